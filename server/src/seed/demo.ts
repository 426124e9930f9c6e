import fs from 'node:fs';
import path from 'node:path';
import { systemContext } from '../platform/audit/audit.ts';
import { inTransaction } from '../platform/db/database.ts';
import { repoRoot, type Tongban } from '../app.ts';
import { importRegions } from '../modules/identity/regions.ts';
import type { StaffRole } from '../modules/identity/tables.ts';
import * as identityStore from '../modules/identity/store.ts';
import { seedExchangeDemo } from './exchange-demo.ts';
import { seedDemoLicences } from './licenses-demo.ts';

interface DemoDepartment {
  key: string;
  name: string;
  kind: string;
  regionCode: string;
  uscc: string;
}
interface DemoPerson {
  key: string;
  name: string;
  idNumber: string;
  mobile: string;
  email: string;
}
interface DemoOrganisation {
  key: string;
  name: string;
  uscc: string;
  regionCode: string;
  kind: string;
  legalRepresentative: string;
  agents: string[];
}
interface DemoAccount {
  loginName: string;
  password: string;
  kind: 'citizen' | 'staff';
  personKey: string;
  displayName: string;
  roles: Array<{ role: StaffRole; departmentKey: string }>;
}

export interface DemoAccountSummary {
  loginName: string;
  password: string;
  kind: 'citizen' | 'staff';
  displayName: string;
  roles: string[];
}

const demoDir = path.join(repoRoot, 'data', 'demo');
const readDemo = <T>(name: string): T => JSON.parse(fs.readFileSync(path.join(demoDir, name), 'utf8')) as T;

export const DEMO_PROVINCE = '33';

export function demoAccounts(): DemoAccountSummary[] {
  return readDemo<DemoAccount[]>('accounts.json').map((a) => ({
    loginName: a.loginName,
    password: a.password,
    kind: a.kind,
    displayName: a.displayName,
    roles: a.roles.map((r) => r.role),
  }));
}

/**
 * Loads the demo province through the same service functions a real deployment uses. Safe to
 * run again: whatever already exists is kept. Returns whether anything was added.
 */
export async function seedDemo(tongban: Tongban, options: { catalog?: boolean } = {}): Promise<boolean> {
  const { db } = tongban.platform;
  const identity = tongban.identity;
  const audit = systemContext('tongban seed');
  const departments = readDemo<DemoDepartment[]>('departments.json');
  const people = readDemo<DemoPerson[]>('people.json');
  const organisations = readDemo<DemoOrganisation[]>('organisations.json');
  const accounts = readDemo<DemoAccount[]>('accounts.json');
  if (await identity.findLoginAccount(db, accounts.at(-1)!.loginName)) return false;
  await seedPeopleAndAccounts();
  await seedExchangeDemo(tongban);
  await seedDemoLicences(tongban);
  if (options.catalog !== false) await seedCatalogue(tongban);
  return true;

  async function seedPeopleAndAccounts() {
    await inTransaction(db, async (tx) => {
      await importRegions(tx, DEMO_PROVINCE);
      const departmentIds = new Map<string, string>();
      for (const d of departments) {
        const existing = await identityStore.findDepartmentByUscc(tx, d.uscc);
        departmentIds.set(d.key, existing?.id ?? (await identity.createDepartment(tx, audit, d)));
      }
      const personIds = new Map<string, string>();
      for (const p of people) personIds.set(p.key, await identity.ensurePerson(tx, audit, p));
      for (const o of organisations) {
        const { id } = await identity.createOrganisation(tx, audit, o);
        await identity.addRepresentation(
          tx,
          audit,
          id,
          personIds.get(o.legalRepresentative)!,
          'legal_representative',
        );
        for (const agent of o.agents)
          await identity.addRepresentation(tx, audit, id, personIds.get(agent)!, 'agent');
      }
      for (const a of accounts) {
        if (await identity.findLoginAccount(tx, a.loginName)) continue;
        const person = people.find((p) => p.key === a.personKey)!;
        if (a.kind === 'staff') {
          await identity.createStaffAccount(tx, audit, {
            loginName: a.loginName,
            password: a.password,
            person,
            roles: a.roles.map((r) => ({ role: r.role, departmentId: departmentIds.get(r.departmentKey)! })),
          });
        } else {
          await identity.createCitizenAccount(tx, audit, {
            personId: personIds.get(a.personKey)!,
            loginName: a.loginName,
            password: a.password,
            displayName: a.displayName,
          });
        }
      }
    });
  }
}

/** The demo catalogue goes through the Excel import, as a province's own catalogue would, run by the demo admin. */
async function seedCatalogue(tongban: Tongban): Promise<void> {
  const file = path.join(demoDir, 'catalog.xlsx');
  if (!fs.existsSync(file)) return;
  const admin = await tongban.identity.actorForLogin('admin');
  const result = await tongban.catalogImports.importWorkbookFile(
    admin,
    systemContext('tongban seed'),
    fs.readFileSync(file),
  );
  if (!result.applied) {
    const sample = result.errors.slice(0, 5).map((e) => `${e.sheet} ${e.row} ${e.column}: ${e.message.zh}`);
    throw new Error(
      `the demo catalogue did not import (${result.errors.length} errors): ${sample.join('; ')}`,
    );
  }
}
