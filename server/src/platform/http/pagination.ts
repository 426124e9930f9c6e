/**
 * Keyset pagination: stores fetch `limit + 1` rows after the cursor; the extra row only tells
 * whether another page exists.
 */
export function cursorPage<T>(rows: T[], limit: number, cursorOf: (row: T) => string) {
  const page = rows.slice(0, limit);
  return { page, nextCursor: rows.length > limit && page.length > 0 ? cursorOf(page.at(-1)!) : null };
}
