import type { Queryable } from '../../platform/db/database.ts';
import type { IdentityTables } from './tables.ts';

// Queries over the identity module's own tables. Only this module's service calls them.

export type PersonRow = IdentityTables['people'];
export type AccountRow = IdentityTables['accounts'];

export const findPersonByIdHash = (q: Queryable, hash: string) =>
  q.selectFrom('people').selectAll().where('id_number_hash', '=', hash).executeTakeFirst();

export const findPerson = (q: Queryable, id: string) =>
  q.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();

/** A staff account by its username (citizens have none). */
export const findAccountByLogin = (q: Queryable, loginName: string) =>
  q.selectFrom('accounts').selectAll().where('login_name', '=', loginName).executeTakeFirst();

/** A citizen account by the lookup hash of its login mobile. */
export const findAccountByLoginHash = (q: Queryable, hash: string) =>
  q.selectFrom('accounts').selectAll().where('login_hash', '=', hash).executeTakeFirst();

export const findCitizenAccountByPerson = (q: Queryable, personId: string) =>
  q
    .selectFrom('accounts')
    .selectAll()
    .where('person_id', '=', personId)
    .where('kind', '=', 'citizen')
    .executeTakeFirst();

export const findAccount = (q: Queryable, id: string) =>
  q.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();

export const rolesOfAccount = (q: Queryable, accountId: string) =>
  q
    .selectFrom('staff_roles')
    .innerJoin('departments', 'departments.id', 'staff_roles.department_id')
    .innerJoin('regions', 'regions.code', 'staff_roles.region_code')
    .select([
      'staff_roles.role',
      'staff_roles.department_id',
      'staff_roles.region_code',
      'departments.name as department_name',
      'regions.name as region_name',
    ])
    .where('staff_roles.account_id', '=', accountId)
    .orderBy('staff_roles.role')
    .execute();

export const representationsOfPerson = (q: Queryable, personId: string) =>
  q
    .selectFrom('representations')
    .innerJoin('organisations', 'organisations.id', 'representations.organisation_id')
    .select([
      'organisations.id',
      'organisations.name',
      'organisations.uscc',
      'organisations.region_code',
      'representations.relation',
    ])
    .where('representations.person_id', '=', personId)
    .where('representations.revoked_at', 'is', null)
    .orderBy('organisations.name')
    .execute();

export const findOrganisation = (q: Queryable, id: string) =>
  q.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();

export const findOrganisationByUscc = (q: Queryable, uscc: string) =>
  q.selectFrom('organisations').selectAll().where('uscc', '=', uscc).executeTakeFirst();

export const findDepartment = (q: Queryable, id: string) =>
  q.selectFrom('departments').selectAll().where('id', '=', id).executeTakeFirst();

export const findDepartmentByUscc = (q: Queryable, uscc: string) =>
  q.selectFrom('departments').selectAll().where('uscc', '=', uscc).executeTakeFirst();

export const findRegion = (q: Queryable, code: string) =>
  q.selectFrom('regions').selectAll().where('code', '=', code).executeTakeFirst();

export const listRegions = (q: Queryable, parentCode: string | null) =>
  q
    .selectFrom('regions')
    .selectAll()
    .$if(parentCode === null, (b) => b.where('parent_code', 'is', null))
    .$if(parentCode !== null, (b) => b.where('parent_code', '=', parentCode!))
    .orderBy('code')
    .execute();

export interface DepartmentFilter {
  regionCode?: string;
  after?: string;
  limit: number;
}

export const listDepartments = (q: Queryable, filter: DepartmentFilter) =>
  q
    .selectFrom('departments')
    .innerJoin('regions', 'regions.code', 'departments.region_code')
    .select([
      'departments.id',
      'departments.name',
      'departments.uscc',
      'departments.kind',
      'departments.region_code',
      'regions.name as region_name',
    ])
    .$if(filter.regionCode !== undefined, (b) => b.where('departments.region_code', '=', filter.regionCode!))
    .$if(filter.after !== undefined, (b) => b.where('departments.id', '>', filter.after!))
    .orderBy('departments.id')
    .limit(filter.limit + 1)
    .execute();

export const listStaff = (q: Queryable, after: string | undefined, limit: number) =>
  q
    .selectFrom('accounts')
    .select(['id', 'login_name', 'display_name', 'disabled', 'locked_until', 'created_at'])
    .where('kind', '=', 'staff')
    .$if(after !== undefined, (b) => b.where('id', '>', after!))
    .orderBy('id')
    .limit(limit + 1)
    .execute();
