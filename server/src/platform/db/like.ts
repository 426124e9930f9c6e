import { sql, type RawBuilder } from 'kysely';

/**
 * `column LIKE '%text%'` where the text is taken literally: a search for "100%" or "a_b" matches those
 * characters, not any. Backslash is the escape character on both engines.
 */
export function contains(column: string, text: string): RawBuilder<boolean> {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<boolean>`${sql.ref(column)} like ${pattern} escape '\\'`;
}

/**
 * `column` starts with `prefix`, as a range an index can seek (`>= '3301' and < '3302'`): a region code
 * prefix covers the region and every region under it.
 */
export function startsWith(column: string, prefix: string): RawBuilder<boolean> {
  const end = prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
  return sql<boolean>`${sql.ref(column)} >= ${prefix} and ${sql.ref(column)} < ${end}`;
}
