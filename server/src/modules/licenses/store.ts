import type { Queryable } from '../../platform/db/database.ts';
import type { LicensesTables } from './tables.ts';
import { contains } from '../../platform/db/like.ts';

export type LicenceRow = LicensesTables['licences'];
export type LicenceTypeRow = LicensesTables['licence_types'];

export const findType = (q: Queryable, code: string) =>
  q.selectFrom('licence_types').selectAll().where('code', '=', code).executeTakeFirst();

export const listTypes = (q: Queryable) =>
  q.selectFrom('licence_types').selectAll().orderBy('type_code').execute();

export const findLicence = (q: Queryable, id: string) =>
  q.selectFrom('licences').selectAll().where('id', '=', id).executeTakeFirst();

export const findByIdentifier = (q: Queryable, identifier: string) =>
  q.selectFrom('licences').selectAll().where('identifier', '=', identifier).executeTakeFirst();

export const findByCase = (q: Queryable, caseId: string) =>
  q.selectFrom('licences').selectAll().where('case_id', '=', caseId).executeTakeFirst();

/**
 * The next serial for a type and issuer: the counter row is incremented in place (the row lock orders
 * instances on PostgreSQL; SQLite has one writer), so no two licences ever share a serial.
 */
export async function nextSerial(q: Queryable, typeCode: string, issuerCode: string): Promise<number> {
  await q
    .insertInto('licence_serials')
    .values({ type_code: typeCode, issuer_code: issuerCode, last_serial: 0 })
    .onConflict((oc) => oc.columns(['type_code', 'issuer_code']).doNothing())
    .execute();
  const row = await q
    .updateTable('licence_serials')
    .set((eb) => ({ last_serial: eb('last_serial', '+', 1) }))
    .where('type_code', '=', typeCode)
    .where('issuer_code', '=', issuerCode)
    .returning('last_serial')
    .executeTakeFirstOrThrow();
  return Number(row.last_serial);
}

export interface HolderFilter {
  kind: 'person' | 'organisation';
  id: string;
}

/** A holder's licences, newest first (ids are time-ordered). */
export const licencesOfHolder = (
  q: Queryable,
  holder: HolderFilter,
  options: { after?: string; limit: number; type?: string; usableOnly?: boolean },
) =>
  q
    .selectFrom('licences')
    .selectAll()
    .$if(holder.kind === 'person', (b) =>
      b.where('holder_kind', '=', 'person').where('holder_person_id', '=', holder.id),
    )
    .$if(holder.kind === 'organisation', (b) =>
      b.where('holder_kind', '=', 'organisation').where('holder_organisation_id', '=', holder.id),
    )
    .$if(options.type !== undefined, (b) => b.where('type', '=', options.type!))
    .$if(options.usableOnly === true, (b) => b.where('status', '=', 'valid'))
    .$if(options.after !== undefined, (b) => b.where('id', '<', options.after!))
    .orderBy('id', 'desc')
    .limit(options.limit)
    .execute();

export interface SearchFilter {
  departmentIds: string[] | null;
  status?: string;
  type?: string;
  identifier?: string;
  holderName?: string;
  holderCodeHash?: string;
  after?: string;
  limit: number;
}

export const searchLicences = (q: Queryable, f: SearchFilter) =>
  q
    .selectFrom('licences')
    .selectAll()
    .$if(f.departmentIds !== null, (b) => b.where('issuer_department_id', 'in', f.departmentIds!))
    .$if(f.status !== undefined, (b) => b.where('status', '=', f.status as LicenceRow['status']))
    .$if(f.type !== undefined, (b) => b.where('type', '=', f.type!))
    .$if(f.identifier !== undefined || f.holderName !== undefined || f.holderCodeHash !== undefined, (b) =>
      b.where((eb) =>
        eb.or([
          ...(f.identifier !== undefined ? [eb('identifier', '=', f.identifier)] : []),
          ...(f.holderName !== undefined ? [contains('holder_name', f.holderName)] : []),
          ...(f.holderCodeHash !== undefined ? [eb('holder_code_hash', '=', f.holderCodeHash)] : []),
        ]),
      ),
    )
    .$if(f.after !== undefined, (b) => b.where('id', '<', f.after!))
    .orderBy('id', 'desc')
    .limit(f.limit)
    .execute();
