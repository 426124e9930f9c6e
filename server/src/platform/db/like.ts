import { sql, type RawBuilder } from 'kysely';

/**
 * `column LIKE '%text%'` where the text is taken literally: a search for "100%" or "a_b" matches those
 * characters, not any. Backslash is the escape character on both engines.
 */
export function contains(column: string, text: string): RawBuilder<boolean> {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<boolean>`${sql.ref(column)} like ${pattern} escape '\\'`;
}
