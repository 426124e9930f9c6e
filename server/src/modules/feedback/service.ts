import { markDaysStale } from '../../platform/db/rollup-days.ts';
import crypto from 'node:crypto';
import type { Actor } from '../../platform/auth/actor.ts';
import { authorize, can, regionCovers } from '../../platform/auth/policy.ts';
import { countHit } from '../../platform/auth/rate-limit.ts';
import { appendAudit, systemContext, type AuditContext } from '../../platform/audit/audit.ts';
import { loadWorkingCalendar } from '../../platform/calendar/calendar-store.ts';
import type { Platform } from '../../platform/context.ts';
import { inTransaction, read, type Queryable, type Tx } from '../../platform/db/database.ts';
import { fieldError, Problem, problems, type Bilingual } from '../../platform/errors.ts';
import { cursorPage } from '../../platform/http/pagination.ts';
import { newId } from '../../platform/ids.ts';
import type { CatalogService } from '../catalog/service.ts';
import { CASE_TRANSITIONED, type CasesService, type CaseTransitionEvent } from '../cases/service.ts';
import type { IdentityService } from '../identity/service.ts';
import type { NotifyService } from '../notify/service.ts';
import { beijingDate, dueDateAfter, extendDueDate } from '../workflow/deadlines.ts';
import {
  CHANNELS_OF,
  DECIDED_STATUSES,
  isBadLevel,
  LEVEL_NAMES,
  notRateableReason,
  ONLINE_OPTIONS_V1,
  optionErrors,
  optionSetErrors,
  optionSetKindOf,
  WINDOW_OPTIONS_V1,
  type Channel,
  type Level,
  type OptionSetKind,
  type RatingOption,
  type Stage,
} from './levels.ts';
import { feedbackPolicy, staffScope, type InquiryRecord, type RectificationRecord } from './policy.ts';
import {
  actionsFor,
  nextRectificationStatus,
  ON_THE_CLOCK,
  RECTIFICATION_STATUS_NAMES,
  RECTIFICATION_TRANSITIONS,
  type Party,
  type RectificationAction,
} from './rectification-machine.ts';
import { signRatingToken, verifyRatingToken, type RatingClaims } from './rating-token.ts';
import type { FeedbackSettings } from './settings.ts';
import * as store from './store.ts';
import type { InquiryKind, ResultRating } from './tables.ts';

export const DEFAULT_RATING_JOB = 'feedback.default-ratings';
export const ESCALATION_JOB = 'feedback.escalate-overdue';
/** A hall device's rating link is for the person at the counter now. */
const DEVICE_LINK_MS = 30 * 60_000;
/** After a second 不满意 with the rectification, it closes with that rating (and stays in the figures). */
const MAX_ROUNDS = 2;

/** Topics a complaint or consultation may be about when it concerns no single item. */
export const TOPICS: ReadonlyArray<{ key: string; name: Bilingual }> = [
  { key: 'general', name: { zh: '综合咨询', en: 'General' } },
  { key: 'business', name: { zh: '企业开办与经营', en: 'Starting and running a business' } },
  { key: 'social_security', name: { zh: '社保医保', en: 'Social and medical insurance' } },
  { key: 'household', name: { zh: '户籍与证照', en: 'Household registration and certificates' } },
  { key: 'construction', name: { zh: '工程建设', en: 'Construction' } },
  { key: 'platform', name: { zh: '平台使用', en: 'Using this platform' } },
];

const conflict = (code: string, zh: string, en: string) => new Problem(409, code, { zh, en });
const rectificationNotFound = () => problems.notFound({ zh: '该整改', en: 'Rectification' });
const inquiryNotFound = () => problems.notFound({ zh: '该诉求', en: 'Complaint or consultation' });
const versionConflict = () =>
  conflict(
    'FEEDBACK_VERSION_CONFLICT',
    '该记录已被他人更新，请刷新后再试',
    'Someone changed this first; reload and try again',
  );

/** Who rates: a signed-in applicant, or the applicant named by a rating link. */
interface Rater {
  personId: string;
  organisationId: string | null;
  channel: Channel;
}

export interface RateInput {
  stage: Stage;
  level: Level;
  options: string[];
  comment?: string;
  optionSetVersion: number;
}

export interface InquiryInput {
  kind: InquiryKind;
  anonymous?: boolean;
  caseId?: string;
  itemCode?: string;
  topic?: string;
  regionCode?: string;
  subject: string;
  content: string;
  publishConsent?: boolean;
}

export function createFeedbackService(
  platform: Platform,
  deps: { identity: IdentityService; cases: CasesService; catalog: CatalogService; notify: NotifyService },
  settings: FeedbackSettings,
) {
  const { db, config, cipher } = platform;
  const { identity, cases, catalog, notify } = deps;
  const now = () => platform.clock.now();
  const mac = (text: string) => cipher.lookupHash(text);
  const parseOptions = (row: store.OptionSetRow) => read.json<RatingOption[]>(row.options);

  // ---- option sets ----

  /** Publishes version 1 of the online and window sets on a new database (reference data, not demo). */
  async function ensureOptionSets(): Promise<void> {
    await inTransaction(db, async (tx) => {
      for (const [kind, options] of [
        ['online', ONLINE_OPTIONS_V1],
        ['window', WINDOW_OPTIONS_V1],
      ] as const) {
        if (await store.currentOptionSet(tx, kind)) continue;
        await tx
          .insertInto('feedback_option_sets')
          .values({
            id: newId(),
            kind,
            version: 1,
            options: JSON.stringify(options),
            published_at: now().toISOString(),
            published_by: null,
            superseded_at: null,
          })
          .onConflict((oc) => oc.columns(['kind', 'version']).doNothing())
          .execute();
      }
    });
  }

  const optionSetView = (row: store.OptionSetRow) => ({
    id: row.id,
    kind: row.kind,
    version: row.version,
    publishedAt: row.published_at,
    superseded: row.superseded_at !== null,
    options: parseOptions(row),
  });

  async function currentOptionSet(q: Queryable, kind: OptionSetKind) {
    const row = await store.currentOptionSet(q, kind);
    if (!row) throw new Error(`no ${kind} rating option set: ensureOptionSets was not run`);
    return row;
  }

  /** A new version of a kind's options; the previous one is superseded and stays as it was. */
  async function publishOptionSet(
    actor: Actor,
    audit: AuditContext,
    kind: OptionSetKind,
    options: RatingOption[],
  ) {
    authorize(feedbackPolicy, 'manageOptionSets', actor, null);
    const errors = optionSetErrors(options);
    if (errors.length > 0) throw problems.validation(errors);
    return inTransaction(db, async (tx) => {
      const current = await currentOptionSet(tx, kind);
      const at = now().toISOString();
      const row: store.OptionSetRow = {
        id: newId(),
        kind,
        version: current.version + 1,
        options: JSON.stringify(options),
        published_at: at,
        published_by: actor.accountId,
        superseded_at: null,
      };
      await tx
        .updateTable('feedback_option_sets')
        .set({ superseded_at: at })
        .where('id', '=', current.id)
        .execute();
      await tx.insertInto('feedback_option_sets').values(row).execute();
      await appendAudit(tx, audit, {
        action: 'feedback.option_set_published',
        recordType: 'feedback_option_set',
        recordId: row.id,
        detail: { kind, version: row.version },
      });
      return optionSetView(row);
    });
  }

  // ---- evaluations ----

  const rateableRecord = (c: Awaited<ReturnType<CasesService['loadCase']>>) => ({
    applicantPersonId: c.applicant_person_id,
    applicantOrganisationId: c.applicant_organisation_id,
    regionCode: c.region_code,
  });

  function evaluationView(row: store.EvaluationRow, options: RatingOption[]) {
    const byKey = new Map(options.map((o) => [o.key, o]));
    return {
      id: row.id,
      caseId: row.case_id,
      caseNumber: row.case_number,
      serviceName: row.service_name,
      stage: row.stage,
      level: row.level,
      levelName: LEVEL_NAMES[row.level],
      isDefault: read.bool(row.is_default),
      optionSetVersion: row.option_set_version,
      options: read.json<string[]>(row.options).map((key) => ({
        key,
        label: byKey.get(key)?.label ?? { zh: key, en: key },
      })),
      comment: row.comment,
      channel: row.channel,
      createdAt: row.created_at,
    };
  }

  async function evaluationViews(q: Queryable, rows: store.EvaluationRow[]) {
    const sets = new Map<string, RatingOption[]>();
    for (const id of new Set(rows.map((r) => r.option_set_id))) {
      const set = await store.optionSetById(q, id);
      if (set) sets.set(id, parseOptions(set));
    }
    return rows.map((r) => evaluationView(r, sets.get(r.option_set_id) ?? []));
  }

  /** What the applicant's rating card shows for a case: each stage, whether it can be rated, the rating. */
  async function caseRating(actor: Actor, caseId: string) {
    const c = await cases.loadCase(db, caseId);
    authorize(feedbackPolicy, 'rate', actor, rateableRecord(c));
    return ratingSummary(db, c);
  }

  async function ratingSummary(q: Queryable, c: Awaited<ReturnType<CasesService['loadCase']>>) {
    const existing = await evaluationViews(q, await store.evaluationsOfCase(q, c.id));
    const facts = { status: c.status, filedThrough: c.channel, submitted: c.submitted_at !== null };
    const stages = (
      c.channel === 'window' ? (['window_intake', 'collection', 'result'] as const) : (['result'] as const)
    ).map((stage) => {
      const evaluation = existing.find((e) => e.stage === stage) ?? null;
      const reason = c.department_id ? notRateableReason(stage, facts) : bundleReason;
      return { stage, rateable: evaluation === null && reason === null, reason, evaluation };
    });
    return {
      caseId: c.id,
      caseNumber: c.case_number,
      serviceName: c.service_name,
      stages,
      optionSet: optionSetView(await currentOptionSet(q, 'online')),
    };
  }

  const bundleReason: Bilingual = {
    zh: '“一件事”请分别评价其中各事项',
    en: 'Rate each item of a bundle on its own',
  };

  /** Records one evaluation; a 差评 opens its rectification in the same transaction. */
  async function recordEvaluation(
    tx: Tx,
    audit: AuditContext,
    caseId: string,
    rater: Rater,
    input: RateInput,
  ) {
    const c = await cases.loadCase(tx, caseId);
    if (!c.department_id || !c.case_number) throw new Problem(409, 'NOT_RATEABLE', bundleReason);
    const reason = notRateableReason(input.stage, {
      status: c.status,
      filedThrough: c.channel,
      submitted: c.submitted_at !== null,
    });
    if (reason) throw new Problem(409, 'NOT_RATEABLE', reason);
    if (!CHANNELS_OF[input.stage].includes(rater.channel))
      throw new Problem(409, 'NOT_RATEABLE', {
        zh: '该环节请在办事大厅的评价器上评价',
        en: 'This stage is rated on the hall’s rating device',
      });
    const set = await currentOptionSet(tx, optionSetKindOf(input.stage));
    if (set.version !== input.optionSetVersion)
      throw conflict(
        'OPTION_SET_SUPERSEDED',
        '评价选项已更新，请刷新后重新评价',
        'The rating options were updated; reload and rate again',
      );
    const errors = optionErrors(parseOptions(set), input.level, input.options);
    if (errors.length > 0) throw problems.validation(errors);
    if ((await store.evaluationsOfCase(tx, c.id)).some((e) => e.stage === input.stage)) throw alreadyRated();
    const at = now();
    const row: store.EvaluationRow = {
      id: newId(),
      case_id: c.id,
      stage: input.stage,
      level: input.level,
      is_bad: isBadLevel(input.level),
      is_default: false,
      option_set_id: set.id,
      option_set_version: set.version,
      options: JSON.stringify(input.options),
      comment: input.comment?.trim() || null,
      channel: rater.channel,
      evaluator_person_id: rater.personId,
      evaluator_organisation_id: rater.organisationId,
      department_id: c.department_id,
      region_code: c.region_code,
      service_code: c.service_code,
      service_name: c.service_name,
      case_number: c.case_number,
      created_at: at.toISOString(),
    };
    try {
      await tx.insertInto('feedback_evaluations').values(row).execute();
    } catch (error) {
      if (store.isUniqueViolation(error)) throw alreadyRated();
      throw error;
    }
    await tx
      .updateTable('feedback_invitations')
      .set({ status: 'rated' })
      .where('case_id', '=', c.id)
      .where('stage', '=', input.stage)
      .execute();
    await appendAudit(tx, audit, {
      action: 'feedback.rated',
      recordType: 'case',
      recordId: c.id,
      detail: { evaluationId: row.id, stage: row.stage, level: row.level, channel: row.channel },
    });
    if (isBadLevel(input.level)) await openRectification(tx, audit, row, at);
    return evaluationView(row, parseOptions(set));
  }

  const alreadyRated = () =>
    conflict(
      'EVALUATION_EXISTS',
      '该办件此环节已评价过，每次服务只能评价一次',
      'This stage of the case has already been rated',
    );

  async function rate(
    actor: Actor,
    audit: AuditContext,
    caseId: string,
    input: RateInput & { channel: Channel },
  ) {
    const c = await cases.loadCase(db, caseId);
    authorize(feedbackPolicy, 'rate', actor, rateableRecord(c));
    if (input.channel !== 'web' && input.channel !== 'mobile')
      throw problems.validation([fieldError('channel', '请选择网站或手机端', 'Choose web or mobile')]);
    return inTransaction(db, (tx) =>
      recordEvaluation(
        tx,
        audit,
        caseId,
        {
          personId: actor.personId!,
          organisationId: actor.actingFor?.organisationId ?? null,
          channel: input.channel,
        },
        input,
      ),
    );
  }

  // ---- rating links (SMS, hall device) ----

  const rateUrl = (token: string) => `${config.publicUrl}/rate?token=${token}`;

  function claimsOf(token: string): RatingClaims {
    const checked = verifyRatingToken(mac, token, now());
    if (!checked.ok)
      throw new Problem(
        checked.reason === 'expired' ? 410 : 404,
        checked.reason === 'expired' ? 'RATING_LINK_EXPIRED' : 'RATING_LINK_INVALID',
        checked.reason === 'expired'
          ? { zh: '评价链接已过期', en: 'This rating link has expired' }
          : { zh: '评价链接无效', en: 'This rating link is not valid' },
      );
    return checked.claims;
  }

  /** Window staff hand the applicant at the counter a link for the hall's rating device. */
  async function deviceLink(actor: Actor, audit: AuditContext, caseId: string, stage: Stage) {
    const c = await cases.loadCase(db, caseId);
    authorize(feedbackPolicy, 'issueDeviceLink', actor, rateableRecord(c));
    if (!CHANNELS_OF[stage].includes('window_device'))
      throw problems.validation([fieldError('stage', '该环节在网上评价', 'This stage is rated online')]);
    const exp = now().getTime() + DEVICE_LINK_MS;
    const token = signRatingToken(mac, {
      caseId: c.id,
      stage,
      personId: c.applicant_person_id,
      channel: 'window_device',
      exp,
    });
    await inTransaction(db, (tx) =>
      appendAudit(tx, audit, {
        action: 'feedback.device_link_issued',
        recordType: 'case',
        recordId: c.id,
        detail: { stage },
      }),
    );
    return { token, url: rateUrl(token), expiresAt: new Date(exp).toISOString() };
  }

  /** The rating page behind a link: the case, the stage and the options (no personal data). */
  async function linkView(token: string) {
    const claims = claimsOf(token);
    const c = await cases.loadCase(db, claims.caseId);
    const summary = await ratingSummary(db, c);
    const stage = summary.stages.find((s) => s.stage === claims.stage) ?? {
      stage: claims.stage,
      rateable: false,
      reason: notRateableReason(claims.stage, { status: c.status, filedThrough: c.channel, submitted: true }),
      evaluation: null,
    };
    const department = c.department_id
      ? (await identity.departmentsById([c.department_id])).get(c.department_id)
      : null;
    return {
      caseNumber: c.case_number,
      serviceName: c.service_name,
      departmentName: department?.name ?? null,
      channel: claims.channel,
      expiresAt: new Date(claims.exp).toISOString(),
      ...stage,
      optionSet: optionSetView(await currentOptionSet(db, optionSetKindOf(claims.stage))),
    };
  }

  async function rateByLink(audit: AuditContext, token: string, input: Omit<RateInput, 'stage'>) {
    const claims = claimsOf(token);
    return inTransaction(db, async (tx) => {
      const c = await cases.loadCase(tx, claims.caseId);
      // The link names the applicant: a rating through it is real-name.
      if (c.applicant_person_id !== claims.personId) throw problems.forbidden();
      return recordEvaluation(
        tx,
        { ...audit, actorName: `rating link (${claims.channel})`, actingFor: `person:${claims.personId}` },
        c.id,
        { personId: claims.personId, organisationId: c.applicant_organisation_id, channel: claims.channel },
        { ...input, stage: claims.stage },
      );
    });
  }

  // ---- invitations and default ratings ----

  /** A decided case: invite the applicant to rate (once; the event may be delivered again). */
  async function invite(tx: Tx, e: CaseTransitionEvent) {
    if (!(DECIDED_STATUSES as readonly string[]).includes(e.to)) return;
    const c = await cases.loadCase(tx, e.caseId);
    if (!c.department_id || !c.case_number) return;
    const at = now();
    const defaultDue = new Date(at.getTime() + settings.defaultRatingDays * 86_400_000);
    const inserted = await tx
      .insertInto('feedback_invitations')
      .values({
        case_id: c.id,
        stage: 'result',
        applicant_person_id: c.applicant_person_id,
        applicant_organisation_id: c.applicant_organisation_id,
        department_id: c.department_id,
        region_code: c.region_code,
        service_code: c.service_code,
        service_name: c.service_name,
        case_number: c.case_number,
        invited_at: at.toISOString(),
        default_due_at: defaultDue.toISOString(),
        status: 'pending',
      })
      .onConflict((oc) => oc.columns(['case_id', 'stage']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return;
    const token = signRatingToken(mac, {
      caseId: c.id,
      stage: 'result',
      personId: c.applicant_person_id,
      channel: 'sms',
      exp: defaultDue.getTime(),
    });
    await notify.send(tx, {
      personId: c.applicant_person_id,
      template: 'feedback.invite',
      params: {
        caseNumber: c.case_number,
        itemName: c.service_name,
        rateUrl: rateUrl(token),
        dueDate: beijingDate(defaultDue),
      },
      link: `/portal/cases/${c.parent_id ?? c.id}`,
      caseId: c.id,
    });
  }

  /** Records the default rating of every invitation left unrated past its day (a recurring job). */
  async function recordDefaultRatings(at: Date = now()): Promise<number> {
    const due = await db
      .selectFrom('feedback_invitations')
      .selectAll()
      .where('status', '=', 'pending')
      .where('default_due_at', '<=', at.toISOString())
      .orderBy('default_due_at')
      .limit(500)
      .execute();
    let recorded = 0;
    const audit = systemContext('tongban.feedback');
    for (const inv of due) {
      await inTransaction(db, async (tx) => {
        const set = await currentOptionSet(tx, optionSetKindOf(inv.stage));
        const id = newId();
        const inserted = await tx
          .insertInto('feedback_evaluations')
          .values({
            id,
            case_id: inv.case_id,
            stage: inv.stage,
            level: settings.defaultRatingLevel,
            is_bad: false,
            is_default: true,
            option_set_id: set.id,
            option_set_version: set.version,
            options: '[]',
            comment: null,
            channel: 'default',
            evaluator_person_id: inv.applicant_person_id,
            evaluator_organisation_id: inv.applicant_organisation_id,
            department_id: inv.department_id,
            region_code: inv.region_code,
            service_code: inv.service_code,
            service_name: inv.service_name,
            case_number: inv.case_number,
            created_at: at.toISOString(),
          })
          .onConflict((oc) => oc.columns(['case_id', 'stage']).doNothing())
          .executeTakeFirst();
        const made = Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
        await tx
          .updateTable('feedback_invitations')
          .set({ status: made ? 'defaulted' : 'rated' })
          .where('case_id', '=', inv.case_id)
          .where('stage', '=', inv.stage)
          .where('status', '=', 'pending')
          .execute();
        if (!made) return;
        recorded++;
        await appendAudit(tx, audit, {
          action: 'feedback.default_rated',
          recordType: 'case',
          recordId: inv.case_id,
          detail: { evaluationId: id, stage: inv.stage, level: settings.defaultRatingLevel },
        });
      });
    }
    return recorded;
  }

  /**
   * Closes rectifications whose result the evaluator left unrated for the default-rating days after the
   * feedback (a recurring job); they close without a result rating, counted apart from rated ones.
   */
  async function closeUnratedRectifications(at: Date = now()): Promise<number> {
    const fedBackBefore = new Date(at.getTime() - settings.defaultRatingDays * 86_400_000).toISOString();
    const due = await db
      .selectFrom('feedback_rectifications')
      .select(['id', 'version'])
      .where('status', '=', 'awaiting_rating')
      .where('fed_back_at', '<=', fedBackBefore)
      .orderBy('fed_back_at')
      .limit(500)
      .execute();
    const audit = systemContext('tongban.feedback');
    let closed = 0;
    for (const r of due) {
      await inTransaction(db, async (tx) => {
        const status = nextRectificationStatus('awaiting_rating', 'close_unrated');
        // The version guard: an evaluator rating at this moment wins; this close then does nothing.
        const updated = await tx
          .updateTable('feedback_rectifications')
          .set({ status, closed_at: at.toISOString(), version: r.version + 1, updated_at: at.toISOString() })
          .where('id', '=', r.id)
          .where('version', '=', r.version)
          .where('status', '=', 'awaiting_rating')
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) !== 1) return;
        closed++;
        const note = `${settings.defaultRatingDays} 日内未评价整改结果 · not rated within ${settings.defaultRatingDays} days`;
        await addStep(tx, r.id, 'close_unrated', audit, note);
        await appendAudit(tx, audit, {
          action: 'feedback.rectification.close_unrated',
          recordType: 'feedback_rectification',
          recordId: r.id,
          detail: { days: settings.defaultRatingDays },
        });
      });
    }
    return closed;
  }

  // ---- rectifications ----

  const rectificationRecord = (r: store.RectificationRow): RectificationRecord => ({
    departmentId: r.department_id,
    regionCode: r.region_code,
    evaluatorPersonId: r.evaluator_person_id,
  });

  async function addStep(
    tx: Tx,
    rectificationId: string,
    action: string,
    audit: AuditContext,
    note: string | null,
  ) {
    await tx
      .insertInto('feedback_rectification_steps')
      .values({
        id: newId(),
        rectification_id: rectificationId,
        at: now().toISOString(),
        action,
        actor_account_id: audit.actorAccountId,
        actor_name: audit.actorName,
        note,
      })
      .execute();
  }

  async function openRectification(tx: Tx, audit: AuditContext, e: store.EvaluationRow, at: Date) {
    const calendar = await loadWorkingCalendar(tx);
    const id = newId();
    await tx
      .insertInto('feedback_rectifications')
      .values({
        id,
        evaluation_id: e.id,
        case_id: e.case_id,
        case_number: e.case_number,
        service_code: e.service_code,
        service_name: e.service_name,
        department_id: e.department_id,
        region_code: e.region_code,
        evaluator_person_id: e.evaluator_person_id,
        // Every channel so far identifies the evaluator (login or a link naming the applicant).
        real_name: true,
        level: e.level,
        status: 'verifying',
        verdict: null,
        verify_note: null,
        round: 1,
        callback_count: 0,
        first_callback_at: null,
        due_date: dueDateAfter(calendar, at, settings.rectificationDays),
        fix_mode: null,
        fix_note: null,
        fixed_at: null,
        fixed_on_time: null,
        feedback_message: null,
        fed_back_at: null,
        result_rating: null,
        rated_at: null,
        appeal_note: null,
        escalated_at: null,
        opened_at: at.toISOString(),
        closed_at: null,
        version: 1,
        updated_at: at.toISOString(),
      })
      .execute();
    await addStep(tx, id, 'opened', systemContext('tongban.feedback'), null);
    await appendAudit(tx, audit, {
      action: 'feedback.rectification_opened',
      recordType: 'feedback_rectification',
      recordId: id,
      detail: { evaluationId: e.id, departmentId: e.department_id },
    });
  }

  const POLICY_OF: Record<
    Exclude<Party, 'system'>,
    'actAsDepartment' | 'actAsSupervisor' | 'rateRectification'
  > = {
    department: 'actAsDepartment',
    supervisor: 'actAsSupervisor',
    evaluator: 'rateRectification',
  };

  /**
   * One action on a rectification: permission by the party the state table names, the state checked,
   * version-checked update, a step on its page and an audit row, all in one transaction.
   */
  async function act(
    actor: Actor,
    audit: AuditContext,
    id: string,
    version: number,
    action: RectificationAction,
    note: string | null,
    change: (tx: Tx, r: store.RectificationRow) => Promise<Partial<store.RectificationRow>>,
  ) {
    return inTransaction(db, async (tx) => {
      const r = await store.findRectification(tx, id);
      if (!r) throw rectificationNotFound();
      const by = RECTIFICATION_TRANSITIONS[action].by;
      if (by === 'system') throw problems.forbidden();
      authorize(feedbackPolicy, POLICY_OF[by], actor, rectificationRecord(r));
      if (r.version !== version) throw versionConflict();
      const status = nextRectificationStatus(r.status, action);
      const set = { ...(await change(tx, r)), status };
      const at = now().toISOString();
      const result = await tx
        .updateTable('feedback_rectifications')
        .set({ ...set, version: r.version + 1, updated_at: at })
        .where('id', '=', r.id)
        .where('version', '=', r.version)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) throw versionConflict();
      // Whether it was fixed, and on time, counts on the day it opened.
      await markDaysStale(tx, [r.opened_at], now());
      await addStep(tx, r.id, action, audit, note);
      await appendAudit(tx, audit, {
        action: `feedback.rectification.${action}`,
        recordType: 'feedback_rectification',
        recordId: r.id,
        detail: { from: r.status, to: status },
      });
      return rectificationDetail(tx, actor, { ...r, ...set, version: r.version + 1, updated_at: at });
    });
  }

  /** A real-name 差评 is called back before it is closed or its result reported (100% 回访). */
  const requireCallback = (r: store.RectificationRow) => {
    if (read.bool(r.real_name) && r.callback_count === 0)
      throw conflict(
        'CALLBACK_REQUIRED',
        '实名差评须先回访评价人，请先登记回访情况',
        'A real-name bad review must be called back first; record the call-back',
      );
  };

  const verify = (
    actor: Actor,
    audit: AuditContext,
    id: string,
    version: number,
    verdict: 'valid' | 'invalid' | 'malicious',
    note: string,
  ) =>
    act(actor, audit, id, version, `verify_${verdict}`, note, async () => ({ verdict, verify_note: note }));

  const decideAppeal = (
    actor: Actor,
    audit: AuditContext,
    id: string,
    version: number,
    uphold: boolean,
    note: string,
  ) =>
    act(actor, audit, id, version, uphold ? 'uphold_appeal' : 'reject_appeal', note, async (_tx, r) => {
      if (!uphold) return { appeal_note: note };
      requireCallback(r);
      return { appeal_note: note, closed_at: now().toISOString() };
    });

  const recordCallback = (
    actor: Actor,
    audit: AuditContext,
    id: string,
    version: number,
    calledAt: string,
    note: string,
  ) =>
    act(actor, audit, id, version, 'record_callback', `${calledAt} ${note}`, async (_tx, r) => {
      if (new Date(calledAt).getTime() > now().getTime() + 60_000)
        throw problems.validation([
          fieldError('calledAt', '回访时间不能晚于现在', 'The call cannot be in the future'),
        ]);
      return {
        callback_count: r.callback_count + 1,
        first_callback_at: r.first_callback_at ?? new Date(calledAt).toISOString(),
      };
    });

  const fix = (
    actor: Actor,
    audit: AuditContext,
    id: string,
    version: number,
    mode: 'immediate' | 'ledger',
    note: string,
  ) =>
    act(
      actor,
      audit,
      id,
      version,
      mode === 'immediate' ? 'fix_now' : 'put_on_ledger',
      note,
      async (tx, r) => {
        const at = now();
        if (mode === 'immediate')
          return {
            fix_mode: mode,
            fix_note: note,
            fixed_at: at.toISOString(),
            fixed_on_time: beijingDate(at) <= r.due_date,
          };
        const calendar = await loadWorkingCalendar(tx);
        // 台账限期整改: the ledger's own deadline, counted from today.
        return {
          fix_mode: mode,
          fix_note: note,
          due_date: dueDateAfter(calendar, at, settings.rectificationDays),
          escalated_at: null,
        };
      },
    );

  const completeLedger = (actor: Actor, audit: AuditContext, id: string, version: number, note: string) =>
    act(actor, audit, id, version, 'complete_ledger', note, async (_tx, r) => {
      const at = now();
      return { fix_note: note, fixed_at: at.toISOString(), fixed_on_time: beijingDate(at) <= r.due_date };
    });

  const feedBack = (actor: Actor, audit: AuditContext, id: string, version: number, message: string) =>
    act(actor, audit, id, version, 'feed_back', message, async (tx, r) => {
      requireCallback(r);
      const department = (await identity.departmentsById([r.department_id], tx)).get(r.department_id);
      await notify.send(tx, {
        personId: r.evaluator_person_id,
        template: 'feedback.rectification_reported',
        params: {
          caseNumber: r.case_number,
          itemName: r.service_name,
          departmentName: department?.name ?? '',
          message,
        },
        link: `/portal/feedback/rectifications/${r.id}`,
        caseId: r.case_id,
      });
      return { feedback_message: message, fed_back_at: now().toISOString() };
    });

  /** The evaluator rates the rectification; 不满意 sends it back for another round (once). */
  async function rateRectification(
    actor: Actor,
    audit: AuditContext,
    id: string,
    version: number,
    rating: ResultRating,
  ) {
    const r = await store.findRectification(db, id);
    if (!r) throw rectificationNotFound();
    const reopen = rating === 'dissatisfied' && r.round < MAX_ROUNDS;
    return act(actor, audit, id, version, reopen ? 'reopen' : 'accept_result', rating, async (tx, row) => {
      if (!reopen)
        return { result_rating: rating, rated_at: now().toISOString(), closed_at: now().toISOString() };
      const calendar = await loadWorkingCalendar(tx);
      return {
        result_rating: rating,
        rated_at: now().toISOString(),
        round: row.round + 1,
        fix_mode: null,
        fixed_at: null,
        fixed_on_time: null,
        due_date: dueDateAfter(calendar, now(), settings.rectificationDays),
        escalated_at: null,
      };
    });
  }

  const requestExtension = (
    actor: Actor,
    audit: AuditContext,
    id: string,
    version: number,
    workingDays: number,
    reason: string,
  ) =>
    act(actor, audit, id, version, 'request_extension', reason, async (tx, r) => {
      const pending = (await store.extensionsOf(tx, r.id)).some((e) => e.status === 'pending');
      if (pending)
        throw conflict(
          'EXTENSION_PENDING',
          '已有待审批的延期申请',
          'An extension request is already waiting for a decision',
        );
      await tx
        .insertInto('feedback_extensions')
        .values({
          id: newId(),
          rectification_id: r.id,
          working_days: workingDays,
          reason,
          status: 'pending',
          requested_by: actor.accountId,
          requested_at: now().toISOString(),
          decided_by: null,
          decided_at: null,
          decision_note: null,
          due_date_before: r.due_date,
          due_date_after: null,
        })
        .execute();
      return {};
    });

  const decideExtension = (
    actor: Actor,
    audit: AuditContext,
    id: string,
    version: number,
    approve: boolean,
    note: string | null,
  ) =>
    act(
      actor,
      audit,
      id,
      version,
      'decide_extension',
      `${approve ? 'approved' : 'refused'}${note ? `: ${note}` : ''}`,
      async (tx, r) => {
        const ext = (await store.extensionsOf(tx, r.id)).find((e) => e.status === 'pending');
        if (!ext)
          throw conflict('NO_PENDING_EXTENSION', '没有待审批的延期申请', 'No extension request is waiting');
        const calendar = await loadWorkingCalendar(tx);
        const due = approve ? extendDueDate(calendar, r.due_date, ext.working_days) : null;
        await tx
          .updateTable('feedback_extensions')
          .set({
            status: approve ? 'approved' : 'refused',
            decided_by: actor.accountId,
            decided_at: now().toISOString(),
            decision_note: note,
            due_date_after: due,
          })
          .where('id', '=', ext.id)
          .execute();
        return due ? { due_date: due, escalated_at: due >= beijingDate(now()) ? null : r.escalated_at } : {};
      },
    );

  const partyOf = (actor: Actor, r: store.RectificationRow): Party | null => {
    const record = rectificationRecord(r);
    if (can(feedbackPolicy, 'actAsDepartment', actor, record)) return 'department';
    if (can(feedbackPolicy, 'actAsSupervisor', actor, record)) return 'supervisor';
    if (can(feedbackPolicy, 'rateRectification', actor, record)) return 'evaluator';
    return null;
  };

  function rectificationItem(r: store.RectificationRow, departmentName: string | null, today: string) {
    return {
      id: r.id,
      version: r.version,
      caseId: r.case_id,
      caseNumber: r.case_number,
      serviceName: r.service_name,
      departmentId: r.department_id,
      departmentName,
      regionCode: r.region_code,
      level: r.level,
      levelName: LEVEL_NAMES[r.level],
      status: r.status,
      statusName: RECTIFICATION_STATUS_NAMES[r.status],
      dueDate: r.due_date,
      overdue: ON_THE_CLOCK.includes(r.status) && today > r.due_date,
      escalated: r.escalated_at !== null,
      calledBack: r.callback_count > 0,
      openedAt: r.opened_at,
    };
  }

  async function rectificationDetail(q: Queryable, actor: Actor, r: store.RectificationRow) {
    const evaluation = await store.findEvaluation(q, r.evaluation_id);
    const [view] = await evaluationViews(q, evaluation ? [evaluation] : []);
    const department = (await identity.departmentsById([r.department_id], q)).get(r.department_id);
    const party = partyOf(actor, r);
    const staff = party === 'department' || party === 'supervisor';
    const steps = await store.stepsOf(q, r.id);
    return {
      ...rectificationItem(r, department?.name ?? null, beijingDate(now())),
      evaluation: view!,
      realName: read.bool(r.real_name),
      verdict: r.verdict,
      verifyNote: r.verify_note,
      round: r.round,
      callbackCount: r.callback_count,
      firstCallbackAt: r.first_callback_at,
      fixMode: r.fix_mode,
      fixNote: r.fix_note,
      fixedAt: r.fixed_at,
      fixedOnTime: r.fixed_on_time === null ? null : read.bool(r.fixed_on_time),
      feedbackMessage: r.feedback_message,
      fedBackAt: r.fed_back_at,
      resultRating: r.result_rating,
      appealNote: r.appeal_note,
      closedAt: r.closed_at,
      // The evaluator sees what was done, not who on the staff did it or the internal notes.
      steps: steps.map((s) => ({
        action: s.action,
        at: s.at,
        // Only people are named: system steps ('tongban.feedback', a rating link) carry no account.
        actorName: staff && s.actor_account_id ? s.actor_name : null,
        note:
          staff || ['feed_back', 'accept_result', 'reopen', 'close_unrated'].includes(s.action)
            ? s.note
            : null,
      })),
      extensions: staff
        ? (await store.extensionsOf(q, r.id)).map((e) => ({
            id: e.id,
            workingDays: e.working_days,
            reason: e.reason,
            status: e.status,
            requestedAt: e.requested_at,
            decidedAt: e.decided_at,
            decisionNote: e.decision_note,
            dueDateBefore: e.due_date_before,
            dueDateAfter: e.due_date_after,
          }))
        : [],
      actions: party ? actionsFor(r.status, party) : [],
    };
  }

  async function getRectification(actor: Actor, id: string) {
    const r = await store.findRectification(db, id);
    if (!r) throw rectificationNotFound();
    authorize(feedbackPolicy, 'viewRectification', actor, rectificationRecord(r));
    return rectificationDetail(db, actor, r);
  }

  async function listRectifications(
    actor: Actor,
    query: {
      view?: 'all' | 'appeals' | 'extensions' | 'overdue';
      status?: string;
      cursor?: string;
      limit: number;
    },
  ) {
    authorize(feedbackPolicy, 'listAsStaff', actor, null);
    const rows = await store.rectificationList(db, {
      ...staffScope(actor, ['reviewer', 'leader']),
      view: query.view ?? 'all',
      status: query.status,
      cursor: query.cursor,
      limit: query.limit,
    });
    const { page, nextCursor } = cursorPage(rows, query.limit, (r) => r.id);
    const departments = await identity.departmentsById([...new Set(page.map((r) => r.department_id))]);
    const today = beijingDate(now());
    return {
      items: page.map((r) => rectificationItem(r, departments.get(r.department_id)?.name ?? null, today)),
      nextCursor,
    };
  }

  async function listEvaluations(actor: Actor, query: { level?: number; cursor?: string; limit: number }) {
    authorize(feedbackPolicy, 'listAsStaff', actor, null);
    const rows = await store.evaluationList(db, { ...staffScope(actor, ['reviewer', 'leader']), ...query });
    const { page, nextCursor } = cursorPage(rows, query.limit, (r) => r.id);
    return { items: await evaluationViews(db, page), nextCursor };
  }

  /** The evaluator's or asker's name and mobile for the call-back: every read is audited. */
  async function contactFor(
    actor: Actor,
    audit: AuditContext,
    record: RectificationRecord | InquiryRecord,
    personId: string | null,
    ref: { recordType: string; recordId: string },
  ) {
    authorize(feedbackPolicy, 'readContact', actor, record);
    if (!personId)
      throw problems.notFound({ zh: '实名信息（匿名提交）', en: 'Identity (submitted anonymously)' });
    const contact = await identity.contactOf(db, personId);
    if (!contact) throw problems.notFound({ zh: '该人员', en: 'Person' });
    await inTransaction(db, (tx) =>
      appendAudit(tx, audit, {
        action: 'feedback.contact_read',
        recordType: ref.recordType,
        recordId: ref.recordId,
      }),
    );
    return { name: contact.name, mobile: contact.mobile };
  }

  async function evaluatorOf(actor: Actor, audit: AuditContext, id: string) {
    const r = await store.findRectification(db, id);
    if (!r) throw rectificationNotFound();
    return contactFor(actor, audit, rectificationRecord(r), r.evaluator_person_id, {
      recordType: 'feedback_rectification',
      recordId: r.id,
    });
  }

  // ---- complaints and consultations ----

  const inquiryRecord = (q: store.InquiryRow): InquiryRecord => ({
    departmentId: q.department_id,
    regionCode: q.region_code,
    askerPersonId: q.asker_person_id,
  });

  function inquiryView(row: store.InquiryRow, departmentName: string | null, today: string) {
    return {
      id: row.id,
      version: row.version,
      number: row.number,
      kind: row.kind,
      status: row.status,
      anonymous: read.bool(row.anonymous),
      subject: row.subject,
      content: row.content,
      itemCode: row.item_code,
      itemName: row.item_name,
      topic: row.topic,
      caseId: row.case_id,
      departmentId: row.department_id,
      departmentName,
      regionCode: row.region_code,
      dueDate: row.due_date,
      overdue: row.status === 'open' && today > row.due_date,
      escalated: row.escalated_at !== null,
      answer: row.answer,
      answeredAt: row.answered_at,
      rating: row.rating,
      publishConsent: read.bool(row.publish_consent),
      publishedAt: row.published_at,
      createdAt: row.created_at,
    };
  }

  async function inquiryViews(q: Queryable, rows: store.InquiryRow[]) {
    const departments = await identity.departmentsById([...new Set(rows.map((r) => r.department_id))], q);
    const today = beijingDate(now());
    return rows.map((r) => inquiryView(r, departments.get(r.department_id)?.name ?? null, today));
  }

  /** Where a topic goes in a region: the configured department, else the nearest service centre. */
  async function topicDepartment(q: Queryable, topic: string, regionCode: string): Promise<string | null> {
    const route = await q
      .selectFrom('feedback_topic_routes')
      .select('department_id')
      .where('topic', '=', topic)
      .where('region_code', '=', regionCode)
      .executeTakeFirst();
    if (route) return route.department_id;
    const centres = await identity.departmentsById(await identity.serviceCentresCovering(q, regionCode), q);
    // The county's centre first, then the city's, then the province's.
    const rank = (code: string) => (code === regionCode ? 0 : code.endsWith('0000') ? 2 : 1);
    return [...centres.values()].sort((a, b) => rank(a.regionCode) - rank(b.regionCode))[0]?.id ?? null;
  }

  async function submitInquiry(actor: Actor, audit: AuditContext, ip: string, input: InquiryInput) {
    const anonymous =
      input.kind === 'consultation' && (input.anonymous === true || actor.kind === 'anonymous');
    if (input.kind === 'complaint') authorize(feedbackPolicy, 'submitComplaint', actor, null);
    else if (!anonymous && actor.kind !== 'citizen') throw problems.forbidden();
    if (anonymous && (await countHit(db, `feedback.anonymous:${ip}`, 3_600_000, now())) > 20)
      throw new Problem(429, 'RATE_LIMITED', {
        zh: '提交过于频繁，请稍后再试',
        en: 'Too many submissions; try again later',
      });
    return inTransaction(db, async (tx) => {
      let departmentId: string | null = null;
      let regionCode: string | null = null;
      let item: { code: string; name: string } | null = null;
      let caseId: string | null = null;
      if (input.caseId) {
        const c = await cases.loadCase(tx, input.caseId).catch(() => null);
        if (!c || anonymous || !can(feedbackPolicy, 'rate', actor, rateableRecord(c)))
          throw problems.validation([
            fieldError('caseId', '只能就本人的办件投诉', 'Only your own case can be named'),
          ]);
        caseId = c.id;
        departmentId = c.department_id;
        regionCode = c.region_code;
        item = { code: c.service_code, name: c.service_name };
      } else if (input.itemCode) {
        const found = await catalog.applicableItem(tx, { code: input.itemCode });
        if (!found) throw problems.validation([fieldError('itemCode', '未找到该事项', 'No such item')]);
        departmentId = found.departmentId;
        regionCode = found.regionCode;
        item = { code: found.code, name: found.name };
      } else if (input.topic) {
        if (!TOPICS.some((t) => t.key === input.topic))
          throw problems.validation([fieldError('topic', '请选择主题', 'Choose a topic')]);
        if (!input.regionCode)
          throw problems.validation([fieldError('regionCode', '请选择所在地区', 'Choose the region')]);
        regionCode = input.regionCode;
        departmentId = await topicDepartment(tx, input.topic, regionCode);
      } else {
        throw problems.validation([
          fieldError('itemCode', '请选择事项或主题', 'Choose an item or a topic'),
          fieldError('topic', '请选择事项或主题', 'Choose an item or a topic'),
        ]);
      }
      if (!departmentId || !regionCode)
        throw problems.validation([
          fieldError(
            input.topic ? 'regionCode' : 'itemCode',
            '该地区暂无受理部门',
            'No department takes these here',
          ),
        ]);
      const at = now();
      const calendar = await loadWorkingCalendar(tx);
      const day = beijingDate(at).replaceAll('-', '');
      const prefix = input.kind === 'complaint' ? 'TS' : 'ZX';
      const seq = await store.nextSequence(tx, `${prefix}${regionCode}`, day);
      const number = `${prefix}${regionCode}${day}${String(seq).padStart(4, '0')}`;
      const accessCode = anonymous ? crypto.randomBytes(6).toString('base64url') : null;
      const row: store.InquiryRow = {
        id: newId(),
        number,
        kind: input.kind,
        status: 'open',
        anonymous,
        // Anonymous: nothing that names the asker is kept.
        asker_person_id: anonymous ? null : actor.personId,
        asker_account_id: anonymous ? null : actor.accountId,
        access_code_hash: accessCode ? mac(`inquiry:${number}:${accessCode}`) : null,
        item_code: item?.code ?? null,
        item_name: item?.name ?? null,
        topic: input.topic ?? null,
        case_id: caseId,
        department_id: departmentId,
        region_code: regionCode,
        subject: input.subject.trim(),
        content: input.content.trim(),
        publish_consent: input.kind === 'consultation' && input.publishConsent === true,
        due_date: dueDateAfter(
          calendar,
          at,
          input.kind === 'complaint' ? settings.complaintDays : settings.consultationDays,
        ),
        escalated_at: null,
        answer: null,
        answered_at: null,
        answered_by: null,
        answered_on_time: null,
        rating: null,
        rated_at: null,
        published_at: null,
        version: 1,
        created_at: at.toISOString(),
        updated_at: at.toISOString(),
      };
      await tx.insertInto('feedback_inquiries').values(row).execute();
      await appendAudit(
        tx,
        anonymous ? { ...audit, actorAccountId: null, actorName: 'anonymous', actingFor: null } : audit,
        {
          action: `feedback.${input.kind}_submitted`,
          recordType: 'feedback_inquiry',
          recordId: row.id,
          detail: { number, departmentId },
        },
      );
      const [view] = await inquiryViews(tx, [row]);
      return { ...view!, accessCode };
    });
  }

  async function loadInquiry(q: Queryable, id: string) {
    const row = await store.findInquiry(q, id);
    if (!row) throw inquiryNotFound();
    return row;
  }

  async function getInquiry(actor: Actor, id: string) {
    const row = await loadInquiry(db, id);
    authorize(feedbackPolicy, 'viewInquiry', actor, inquiryRecord(row));
    const [view] = await inquiryViews(db, [row]);
    return { ...view!, mayAnswer: can(feedbackPolicy, 'answerInquiry', actor, inquiryRecord(row)) };
  }

  /** An anonymous asker reads the answer with the number and the code shown at submission. */
  async function inquiryByCode(number: string, code: string) {
    const row = await store.inquiryByNumber(db, number);
    const hash = row?.access_code_hash;
    if (!row || !hash || hash !== mac(`inquiry:${number}:${code}`)) throw inquiryNotFound();
    const [view] = await inquiryViews(db, [row]);
    return { ...view!, mayAnswer: false };
  }

  async function listInquiries(
    actor: Actor,
    query: {
      kind?: InquiryKind;
      status?: 'open' | 'answered';
      overdue?: boolean;
      cursor?: string;
      limit: number;
    },
  ) {
    authorize(feedbackPolicy, 'listAsStaff', actor, null);
    const rows = await store.inquiryList(db, {
      ...staffScope(actor, ['window', 'reviewer', 'leader']),
      ...query,
    });
    const { page, nextCursor } = cursorPage(rows, query.limit, (r) => r.id);
    return { items: await inquiryViews(db, page), nextCursor };
  }

  async function myInquiries(actor: Actor, query: { kind?: InquiryKind; cursor?: string; limit: number }) {
    if (actor.kind !== 'citizen' || !actor.personId)
      throw actor.kind === 'anonymous' ? problems.unauthenticated() : problems.forbidden();
    const rows = await store.myInquiries(db, actor.personId, query);
    const { page, nextCursor } = cursorPage(rows, query.limit, (r) => r.id);
    return { items: await inquiryViews(db, page), nextCursor };
  }

  /** A version-checked change of an inquiry with its audit row. */
  async function changeInquiry(
    tx: Tx,
    audit: AuditContext,
    row: store.InquiryRow,
    version: number,
    action: string,
    set: Partial<store.InquiryRow>,
  ) {
    const at = now().toISOString();
    const result = await tx
      .updateTable('feedback_inquiries')
      .set({ ...set, version: row.version + 1, updated_at: at })
      .where('id', '=', row.id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw versionConflict();
    // A complaint counts on the day it came in, for the department and item it is routed to.
    await markDaysStale(tx, [row.created_at], now());
    await appendAudit(tx, audit, {
      action: `feedback.inquiry_${action}`,
      recordType: 'feedback_inquiry',
      recordId: row.id,
    });
    const [view] = await inquiryViews(tx, [{ ...row, ...set, version: row.version + 1, updated_at: at }]);
    return view!;
  }

  async function answerInquiry(
    actor: Actor,
    audit: AuditContext,
    id: string,
    version: number,
    answer: string,
  ) {
    return inTransaction(db, async (tx) => {
      const row = await loadInquiry(tx, id);
      authorize(feedbackPolicy, 'answerInquiry', actor, inquiryRecord(row));
      if (row.status !== 'open')
        throw conflict('INQUIRY_ALREADY_ANSWERED', '该诉求已答复', 'This has already been answered');
      const at = now();
      const view = await changeInquiry(tx, audit, row, version, 'answered', {
        status: 'answered',
        answer: answer.trim(),
        answered_at: at.toISOString(),
        answered_by: actor.accountId,
        answered_on_time: beijingDate(at) <= row.due_date,
      });
      if (row.asker_person_id) {
        await notify.send(tx, {
          personId: row.asker_person_id,
          template: 'feedback.inquiry_answered',
          params: { caseNumber: row.number, subject: row.subject },
          link: `/portal/feedback/inquiries/${row.id}`,
        });
      }
      return view;
    });
  }

  async function rateAnswer(
    actor: Actor,
    audit: AuditContext,
    id: string,
    rating: ResultRating,
    accessCode?: string,
  ) {
    return inTransaction(db, async (tx) => {
      const row = await loadInquiry(tx, id);
      const byCode =
        accessCode !== undefined &&
        row.access_code_hash !== null &&
        row.access_code_hash === mac(`inquiry:${row.number}:${accessCode}`);
      if (!byCode) authorize(feedbackPolicy, 'askerOfInquiry', actor, inquiryRecord(row));
      if (row.status !== 'answered')
        throw conflict('INQUIRY_NOT_ANSWERED', '答复后才能评价', 'It can be rated once answered');
      if (row.rating) throw conflict('ALREADY_RATED', '已评价过该答复', 'This answer has already been rated');
      return changeInquiry(tx, audit, row, row.version, 'rated', { rating, rated_at: now().toISOString() });
    });
  }

  /** The asker agrees (or no longer agrees) that the answer may be published as FAQ. */
  async function setConsent(actor: Actor, audit: AuditContext, id: string, consent: boolean) {
    return inTransaction(db, async (tx) => {
      const row = await loadInquiry(tx, id);
      authorize(feedbackPolicy, 'askerOfInquiry', actor, inquiryRecord(row));
      if (row.kind !== 'consultation')
        throw conflict('NOT_PUBLISHABLE', '只有咨询可以公开', 'Only consultations can be published');
      return changeInquiry(tx, audit, row, row.version, consent ? 'consent_given' : 'consent_withdrawn', {
        publish_consent: consent,
        ...(consent ? {} : { published_at: null }),
      });
    });
  }

  async function publishInquiry(
    actor: Actor,
    audit: AuditContext,
    id: string,
    version: number,
    publish: boolean,
  ) {
    return inTransaction(db, async (tx) => {
      const row = await loadInquiry(tx, id);
      authorize(feedbackPolicy, 'answerInquiry', actor, inquiryRecord(row));
      if (publish) {
        if (row.kind !== 'consultation' || row.status !== 'answered' || !row.item_code)
          throw conflict(
            'NOT_PUBLISHABLE',
            '只有已答复、针对具体事项的咨询可以公开',
            'Only an answered consultation about an item can be published',
          );
        if (!read.bool(row.publish_consent))
          throw conflict(
            'CONSENT_REQUIRED',
            '提问人未同意公开，不能发布',
            'The asker has not agreed to publication',
          );
      }
      return changeInquiry(tx, audit, row, version, publish ? 'published' : 'unpublished', {
        published_at: publish ? now().toISOString() : null,
      });
    });
  }

  async function askerOf(actor: Actor, audit: AuditContext, id: string) {
    const row = await loadInquiry(db, id);
    return contactFor(actor, audit, inquiryRecord(row), row.asker_person_id, {
      recordType: 'feedback_inquiry',
      recordId: row.id,
    });
  }

  /** Published consultations on an item's guide: question and answer only, never who asked. */
  async function faq(itemRef: string, query: { cursor?: string; limit: number }) {
    const item =
      (await catalog.applicableItem(db, { code: itemRef })) ??
      (/^[0-9a-f-]{36}$/.test(itemRef) ? await catalog.applicableItem(db, { id: itemRef }) : null);
    if (!item) throw problems.notFound({ zh: '该事项', en: 'Item' });
    const rows = await store.publishedFaq(db, item.code, query);
    const { page, nextCursor } = cursorPage(rows, query.limit, (r) => r.id);
    return {
      items: page.map((r) => ({
        id: r.id,
        question: r.subject,
        detail: r.content,
        answer: r.answer ?? '',
        publishedAt: r.published_at!,
      })),
      nextCursor,
    };
  }

  async function setTopicRoute(
    actor: Actor,
    audit: AuditContext,
    input: { topic: string; regionCode: string; departmentId: string },
  ) {
    authorize(feedbackPolicy, 'manageTopicRoutes', actor, { regionCode: input.regionCode });
    if (!TOPICS.some((t) => t.key === input.topic))
      throw problems.validation([fieldError('topic', '没有该主题', 'No such topic')]);
    const department = (await identity.departmentsById([input.departmentId])).get(input.departmentId);
    if (!department || !regionCovers(department.regionCode.slice(0, 2) + '0000', input.regionCode))
      throw problems.validation([
        fieldError('departmentId', '请选择本省的部门', 'Choose a department of this province'),
      ]);
    return inTransaction(db, async (tx) => {
      await tx
        .insertInto('feedback_topic_routes')
        .values({
          ...{ topic: input.topic, region_code: input.regionCode, department_id: input.departmentId },
          updated_at: now().toISOString(),
        })
        .onConflict((oc) =>
          oc
            .columns(['topic', 'region_code'])
            .doUpdateSet({ department_id: input.departmentId, updated_at: now().toISOString() }),
        )
        .execute();
      await appendAudit(tx, audit, {
        action: 'feedback.topic_routed',
        recordType: 'feedback_topic_route',
        recordId: `${input.topic}:${input.regionCode}`,
        detail: { departmentId: input.departmentId },
      });
      return {
        topic: input.topic,
        regionCode: input.regionCode,
        departmentId: input.departmentId,
        departmentName: department.name,
      };
    });
  }

  async function topicRoutes() {
    const rows = await db
      .selectFrom('feedback_topic_routes')
      .selectAll()
      .orderBy('region_code')
      .orderBy('topic')
      .execute();
    const departments = await identity.departmentsById([...new Set(rows.map((r) => r.department_id))]);
    return rows.map((r) => ({
      topic: r.topic,
      regionCode: r.region_code,
      departmentId: r.department_id,
      departmentName: departments.get(r.department_id)?.name ?? '',
    }));
  }

  // ---- escalation ----

  /** Flags overdue rectifications and unanswered inquiries once and tells the region's supervisors. */
  async function escalateOverdue(at: Date = now()): Promise<{ rectifications: number; inquiries: number }> {
    const today = beijingDate(at);
    const audit = systemContext('tongban.feedback');
    return inTransaction(db, async (tx) => {
      const people = await identity.peopleWithRole(tx, 'supervisor');
      const supervisorsOf = (regionCode: string) => [
        ...new Set(people.filter((s) => regionCovers(s.region_code, regionCode)).map((s) => s.person_id!)),
      ];
      const rects = await tx
        .selectFrom('feedback_rectifications')
        .selectAll()
        .where('status', 'in', [...ON_THE_CLOCK])
        .where('due_date', '<', today)
        .where('escalated_at', 'is', null)
        .execute();
      for (const r of rects) {
        await tx
          .updateTable('feedback_rectifications')
          .set({ escalated_at: at.toISOString() })
          .where('id', '=', r.id)
          .execute();
        await addStep(tx, r.id, 'escalate', audit, r.due_date);
        await appendAudit(tx, audit, {
          action: 'feedback.rectification.escalate',
          recordType: 'feedback_rectification',
          recordId: r.id,
          detail: { dueDate: r.due_date },
        });
        for (const personId of supervisorsOf(r.region_code)) {
          await notify.send(tx, {
            personId,
            template: 'feedback.rectification_overdue',
            params: { caseNumber: r.case_number, itemName: r.service_name, dueDate: r.due_date },
            link: `/dashboard/feedback/rectifications/${r.id}`,
            caseId: r.case_id,
          });
        }
      }
      const inquiries = await tx
        .selectFrom('feedback_inquiries')
        .selectAll()
        .where('status', '=', 'open')
        .where('due_date', '<', today)
        .where('escalated_at', 'is', null)
        .execute();
      for (const q of inquiries) {
        await tx
          .updateTable('feedback_inquiries')
          .set({ escalated_at: at.toISOString() })
          .where('id', '=', q.id)
          .execute();
        await appendAudit(tx, audit, {
          action: 'feedback.inquiry_escalated',
          recordType: 'feedback_inquiry',
          recordId: q.id,
          detail: { dueDate: q.due_date },
        });
        for (const personId of supervisorsOf(q.region_code)) {
          await notify.send(tx, {
            personId,
            template: 'feedback.inquiry_overdue',
            params: { caseNumber: q.number, subject: q.subject, dueDate: q.due_date },
            link: '/dashboard/feedback/inquiries?overdue=1',
          });
        }
      }
      return { rectifications: rects.length, inquiries: inquiries.length };
    });
  }

  platform.events.subscribe(
    CASE_TRANSITIONED,
    'feedback.invite',
    async (event, tx) => {
      await invite(tx, event.payload as CaseTransitionEvent);
    },
    { when: (e: CaseTransitionEvent) => (DECIDED_STATUSES as readonly string[]).includes(e.to) },
  );
  platform.jobs.registerRecurring(DEFAULT_RATING_JOB, 3600_000, async (_payload, context) => {
    const recorded = await recordDefaultRatings();
    const closedUnrated = await closeUnratedRectifications();
    if (recorded + closedUnrated > 0)
      context.log.info(
        { recorded, closedUnrated },
        'default ratings recorded, unrated rectifications closed',
      );
  });
  platform.jobs.registerRecurring(ESCALATION_JOB, 3600_000, async (_payload, context) => {
    const escalated = await escalateOverdue();
    if (escalated.rectifications + escalated.inquiries > 0)
      context.log.info(escalated, 'overdue feedback escalated');
  });

  return {
    settings,
    ensureOptionSets,
    currentOptionSet: async (kind: OptionSetKind) => optionSetView(await currentOptionSet(db, kind)),
    optionSetVersion: async (kind: OptionSetKind, version: number) => {
      const row = await store.optionSetVersion(db, kind, version);
      if (!row) throw problems.notFound({ zh: '该版本评价选项', en: 'Option set version' });
      return optionSetView(row);
    },
    publishOptionSet,
    caseRating,
    rate,
    deviceLink,
    linkView,
    rateByLink,
    recordDefaultRatings,
    listEvaluations,
    listRectifications,
    getRectification,
    evaluatorOf,
    verify,
    decideAppeal,
    recordCallback,
    fix,
    completeLedger,
    feedBack,
    rateRectification,
    requestExtension,
    decideExtension,
    submitInquiry,
    getInquiry,
    inquiryByCode,
    listInquiries,
    myInquiries,
    answerInquiry,
    rateAnswer,
    setConsent,
    publishInquiry,
    askerOf,
    faq,
    setTopicRoute,
    /** Read-only aggregate queries behind the supervision indicators. */
    aggregates: {
      ratings: store.ratingAggregates,
      rectifications: store.rectificationAggregates,
      complaints: store.complaintAggregates,
    },
    topicRoutes,
    escalateOverdue,
    closeUnratedRectifications,
  };
}

export type FeedbackService = ReturnType<typeof createFeedbackService>;
