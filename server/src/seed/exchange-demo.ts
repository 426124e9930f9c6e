// Demo data for data sharing (政务数据共享): the resource catalogue, synthetic dataset records consistent
// with the demo people and organisations, and grants — all through the exchange service, as the
// departments' data stewards.
import fs from 'node:fs';
import path from 'node:path';
import { systemContext } from '../platform/audit/audit.ts';
import { inTransaction } from '../platform/db/database.ts';
import { repoRoot, type Tongban } from '../app.ts';
import type { ScalarValue } from '../modules/exchange/http-connector.ts';
import type { DataItem, ResourceDraft } from '../modules/exchange/rules.ts';
import { beijingDate } from '../modules/workflow/deadlines.ts';

interface DemoResource {
  code: string;
  catalogueCode: string;
  name: string;
  /** Department key in data/demo/departments.json; its data steward's login is the same key. */
  provider: string;
  /** Login of the provider's data steward when it is not the department key. */
  steward?: string;
  abstract: string;
  items: DataItem[];
  shareType: ResourceDraft['shareType'];
  shareCondition: string | null;
  legalBasis: string | null;
  updateCycle: string;
  standsFor: string[];
}
interface DemoRecord {
  resource: string;
  /** ID numbers or credit codes the record is found by (a birth record by either parent). */
  subjects: string[];
  /** `@daysAgo:N` stands for the Beijing date N days before the seed runs. */
  values: Record<string, ScalarValue>;
}
interface DemoGrant {
  resource: string;
  consumer: string;
  purpose: string;
  fields: string[];
  itemCodes: string[];
  decision: 'approve' | 'refuse' | null;
  reasons?: string;
}

const dir = path.join(repoRoot, 'data', 'demo', 'exchange');
const readJson = <T>(name: string): T => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as T;

export async function seedExchangeDemo(tongban: Tongban): Promise<void> {
  const { exchange, identity, platform } = tongban;
  const { db } = platform;
  if (await db.selectFrom('exchange_resources').select('id').limit(1).executeTakeFirst()) return;
  const audit = systemContext('tongban seed');
  const departments = JSON.parse(
    fs.readFileSync(path.join(repoRoot, 'data', 'demo', 'departments.json'), 'utf8'),
  ) as Array<{ key: string; uscc: string }>;
  const departmentId = async (key: string) => {
    const uscc = departments.find((d) => d.key === key)?.uscc;
    const dept = uscc ? await identity.departmentByUscc(db, uscc) : null;
    if (!dept) throw new Error(`demo exchange data names unknown department ${key}`);
    return dept.id;
  };

  for (const r of readJson<DemoResource[]>('resources.json')) {
    const steward = await identity.actorForLogin(r.steward ?? r.provider);
    const { provider, steward: _login, ...draft } = r;
    await exchange.createResource(steward, audit, {
      ...draft,
      providerDepartmentId: await departmentId(provider),
      connector: { kind: 'dataset' },
    });
    await exchange.publishResource(steward, audit, r.code);
  }

  const now = platform.clock.now();
  const resolve = (value: ScalarValue): ScalarValue => {
    const match = typeof value === 'string' ? /^@daysAgo:(\d+)$/.exec(value) : null;
    return match ? beijingDate(new Date(now.getTime() - Number(match[1]) * 86_400_000)) : value;
  };
  await inTransaction(db, async (tx) => {
    for (const record of readJson<DemoRecord[]>('records.json')) {
      const values = Object.fromEntries(Object.entries(record.values).map(([k, v]) => [k, resolve(v)]));
      for (const subject of record.subjects) await exchange.putRecord(tx, record.resource, subject, values);
    }
  });

  const providers = new Map(
    readJson<DemoResource[]>('resources.json').map((r) => [r.code, r.steward ?? r.provider]),
  );
  for (const g of readJson<DemoGrant[]>('grants.json')) {
    // The item codes are the demo catalogue's, which is seeded later (and not at all in most tests).
    const consumer = await identity.actorForLogin(g.consumer);
    const input = {
      resourceCode: g.resource,
      consumerDepartmentId: await departmentId(g.consumer),
      purpose: g.purpose,
      fields: g.fields,
      itemCodes: g.itemCodes,
    };
    const requested = await inTransaction(db, (tx) =>
      exchange.requestGrantIn(tx, audit, consumer.accountId, input),
    );
    if (g.decision)
      await exchange.decideGrant(
        await identity.actorForLogin(providers.get(g.resource)!),
        audit,
        requested.id,
        {
          decision: g.decision,
          reasons: g.reasons,
        },
      );
  }
}
