/** Settings of the supervision module. */
export interface SupervisionSettings {
  /**
   * Minimum people's ratings before a department's rating rates and rectification figures are published
   * (TONGBAN_DISCLOSURE_MIN_RATINGS): smaller cells could let a reader infer who rated.
   */
  disclosureMinRatings: number;
}

export function loadSupervisionSettings(
  env: Record<string, string | undefined> = process.env,
): SupervisionSettings {
  const raw = env.TONGBAN_DISCLOSURE_MIN_RATINGS;
  if (raw === undefined || raw === '') return { disclosureMinRatings: 5 };
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 1000)
    throw new Error(`TONGBAN_DISCLOSURE_MIN_RATINGS must be a whole number from 1 to 1000, got "${raw}"`);
  return { disclosureMinRatings: value };
}
