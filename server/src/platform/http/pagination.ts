import { fieldError, problems } from '../errors.ts';

/**
 * Keyset pagination: stores fetch `limit + 1` rows after the cursor; the extra row only tells
 * whether another page exists.
 */
export function cursorPage<T>(rows: T[], limit: number, cursorOf: (row: T) => string) {
  const page = rows.slice(0, limit);
  return { page, nextCursor: rows.length > limit && page.length > 0 ? cursorOf(page.at(-1)!) : null };
}

/**
 * The cursor of a list ordered by a sort value, then id (`<value>~<id>`): the last row of the page. A
 * cursor that is not one (altered, or from another list) is a 400 naming `cursor`.
 */
export const sortedCursor = {
  of: (value: string, id: string) => `${value}~${id}`,
  parse(cursor: string, value: RegExp): { value: string; id: string } {
    const at = cursor.lastIndexOf('~');
    const [v, id] = [cursor.slice(0, at), cursor.slice(at + 1)];
    if (at < 0 || !value.test(v) || !/^[0-9a-f-]{36}$/.test(id))
      throw problems.validation([
        fieldError(
          'cursor',
          '翻页标记无效，请从第一页重新查看',
          'The page cursor is not valid: start again from the first page',
        ),
      ]);
    return { value: v, id };
  },
};
