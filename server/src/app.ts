import { repoRoot } from './platform/paths.ts';
import { Problem } from './platform/errors.ts';
import { createNodeKeys } from './platform/crypto/node-keys.ts';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { systemContext } from './platform/audit/audit.ts';
import { purgeRateLimits } from './platform/auth/rate-limit.ts';
import { auditRoutes } from './platform/audit/routes.ts';
import { importOfficialCalendar } from './platform/calendar/calendar-store.ts';
import { calendarRoutes } from './platform/calendar/routes.ts';
import { createFileStore } from './platform/files/file-store.ts';
import { fileRoutes } from './platform/files/routes.ts';
import type { Config } from './platform/config.ts';
import type { Platform } from './platform/context.ts';
import { createFieldCipher } from './platform/crypto/field-cipher.ts';
import { loadMasterKey } from './platform/crypto/master-key.ts';
import { inTransaction, openDatabase } from './platform/db/database.ts';
import { migrateToLatest } from './platform/db/migrate.ts';
import { buildHttpServer } from './platform/http/server.ts';
import { EventBus, JobQueue } from './platform/jobs/jobs.ts';
import { createLogger } from './platform/logging.ts';
import { identityRoutes } from './modules/identity/routes.ts';
import { createCatalogSearch, type CatalogSearch } from './modules/catalog/catalog-search.ts';
import { createCatalogImports, type CatalogImports } from './modules/catalog/imports.ts';
import { createSynonymService, loadReferenceData } from './modules/catalog/reference.ts';
import { catalogRoutes } from './modules/catalog/routes.ts';
import { createCatalogService, type CatalogService } from './modules/catalog/service.ts';
import { createIdentityService, type IdentityService } from './modules/identity/service.ts';
import { notifyRoutes } from './modules/notify/routes.ts';
import { casesRoutes } from './modules/cases/routes.ts';
import { createCasesService, type CasesService } from './modules/cases/service.ts';
import { createCaseViews } from './modules/cases/views.ts';
import { workflowRoutes } from './modules/workflow/routes.ts';
import { createWorkflowService, type WorkflowService } from './modules/workflow/service.ts';
import { createNotifyService, type NotifyService } from './modules/notify/service.ts';
import { createLicenceImports } from './modules/licenses/imports.ts';
import { licensesRoutes, registerWellKnownSealKeys } from './modules/licenses/routes.ts';
import { createLicensesService, type LicensesService } from './modules/licenses/service.ts';
import { exchangeRoutes } from './modules/exchange/routes.ts';
import { createExchangeService, type ExchangeService } from './modules/exchange/service.ts';
import { feedbackRoutes } from './modules/feedback/routes.ts';
import { createFeedbackService, type FeedbackService } from './modules/feedback/service.ts';
import { loadFeedbackSettings } from './modules/feedback/settings.ts';
import { createMonthlyReports } from './modules/supervision/report.ts';
import { supervisionRoutes } from './modules/supervision/routes.ts';
import { createSupervisionService, type SupervisionService } from './modules/supervision/service.ts';
import { loadSupervisionSettings } from './modules/supervision/settings.ts';

export { repoRoot };
export const defaultWebDist = path.join(repoRoot, 'web', 'dist');

export interface Tongban {
  platform: Platform;
  identity: IdentityService;
  notify: NotifyService;
  workflow: WorkflowService;
  cases: CasesService;
  catalog: CatalogService;
  catalogSearch: CatalogSearch;
  catalogImports: CatalogImports;
  licenses: LicensesService;
  exchange: ExchangeService;
  feedback: FeedbackService;
  supervision: SupervisionService;
  server: FastifyInstance;
  /** Starts the background job runner (when enabled in the configuration). */
  startJobs(): void;
  close(): Promise<void>;
}

export interface CreateOptions {
  logger?: Logger;
  pgSchema?: string;
  webDist?: string;
  /** Apply pending migrations first (the default; `tongban migrate` does it on its own). */
  migrate?: boolean;
}

/** Opens storage and keys and wires every module: the one composition root for server, CLI and tests. */
export async function createTongban(config: Config, options: CreateOptions = {}): Promise<Tongban> {
  const log = options.logger ?? createLogger(config.logLevel);
  const database = openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    sqliteSynchronous: config.sqliteSynchronous,
    pgSchema: options.pgSchema,
  });
  try {
    if (options.migrate !== false) {
      const { applied } = await migrateToLatest(database);
      if (applied.length > 0) log.info({ applied }, 'database migrated');
      const changed = await inTransaction(database.db, async (tx) =>
        (await tx.selectFrom('calendar_days').select('date').limit(1).executeTakeFirst())
          ? 0
          : importOfficialCalendar(tx, systemContext('tongban')),
      );
      if (changed > 0) log.info({ days: changed }, 'official working-day calendar loaded');
      await inTransaction(database.db, (tx) => loadReferenceData(tx, path.join(repoRoot, 'data', 'catalog')));
    }
    const masterKey = loadMasterKey(config);
    if (masterKey.origin === 'generated') {
      log.warn(
        { file: masterKey.file },
        'no TONGBAN_MASTER_KEY or TONGBAN_MASTER_KEY_FILE given: generated a master key in the data directory; back it up, and give every instance the same key',
      );
    }
    const jobs = new JobQueue(database.db, log, config.instanceId);
    const cipher = createFieldCipher(masterKey.key, config.fieldCipher);
    const platform: Platform = {
      config,
      database,
      db: database.db,
      engine: database.engine,
      log,
      cipher,
      nodeKeys: createNodeKeys(cipher, config.signatureAlgorithm),
      jobs,
      events: new EventBus(jobs),
      clock: { now: () => new Date() },
    };
    jobs.registerRecurring('platform.purge-rate-limits', 3600_000, async () => {
      await purgeRateLimits(database.db, 24 * 3600_000);
    });
    const identity = createIdentityService(platform);
    // Mobiles stored before migration 0014 are encrypted here: migrations run before the key is loaded.
    if (options.migrate !== false) await identity.encryptClearContacts();
    const notify = createNotifyService(platform, identity);
    const catalog = createCatalogService(platform, identity);
    const catalogSearch = createCatalogSearch(platform, identity);
    const catalogImports = createCatalogImports(platform, identity, catalog);
    const synonyms = createSynonymService(database.db);
    const files = createFileStore(database.db, config.dataDir);
    const workflow = createWorkflowService(platform, identity);
    const cases = createCasesService(platform, { identity, catalog, workflow, notify, files });
    const caseViews = createCaseViews(platform, { identity, catalog, files, cases, workflow });
    const licenses = createLicensesService(platform, { identity, catalog, cases, notify });
    const licenceImports = createLicenceImports(platform, identity, licenses);
    cases.registerMaterialSupplier(licenses.supplier);
    const exchange = createExchangeService(platform, {
      identity,
      notify,
      caseInfo: (q, caseId) =>
        cases.decisionOf(q, caseId).catch((error: unknown) => {
          if (error instanceof Problem && error.status === 404) return null;
          throw error;
        }),
      publishedItemCodes: catalog.publishedItemCodes,
    });
    licenses.recordUsesIn(exchange.recordAccess);
    exchange.nameResources('licence', licenses.typeNameOfUse);
    cases.registerMaterialSupplier(exchange.supplier);
    cases.registerFactSource(exchange.factSource);
    const feedback = createFeedbackService(
      platform,
      { identity, cases, catalog, notify },
      loadFeedbackSettings(),
    );
    if (options.migrate !== false) await feedback.ensureOptionSets();
    const supervision = createSupervisionService(
      platform,
      { identity, catalog, cases, workflow, feedback },
      loadSupervisionSettings(),
    );
    const server = await buildHttpServer({
      platform,
      authenticate: identity.authenticate,
      modules: [
        identityRoutes(platform, identity),
        catalogRoutes(platform, {
          identity,
          catalog,
          search: catalogSearch,
          imports: catalogImports,
          synonyms,
        }),
        calendarRoutes(platform),
        fileRoutes(files),
        casesRoutes(cases, caseViews),
        workflowRoutes(platform, { workflow, taskRecord: cases.taskRecord }),
        auditRoutes(platform),
        notifyRoutes(notify),
        licensesRoutes(licenses, licenceImports),
        exchangeRoutes(exchange),
        feedbackRoutes(feedback),
        supervisionRoutes(supervision, createMonthlyReports(platform, supervision)),
      ],
      webDist: options.webDist ?? defaultWebDist,
    });
    registerWellKnownSealKeys(server, licenses);
    let closed = false;
    return {
      platform,
      identity,
      notify,
      workflow,
      cases,
      catalog,
      catalogSearch,
      catalogImports,
      licenses,
      exchange,
      feedback,
      supervision,
      server,
      startJobs: () => {
        if (config.jobsEnabled) jobs.start(config.jobsPollMs);
      },
      close: async () => {
        if (closed) return;
        closed = true;
        await jobs.stop();
        await server.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
