import type { Level } from './levels.ts';

/** Deadlines and defaults of the feedback module; local rules differ, so each is configurable. */
export interface FeedbackSettings {
  /** Natural days after the invitation before a default rating is recorded (TONGBAN_DEFAULT_RATING_DAYS). */
  defaultRatingDays: number;
  /** Level of a default rating (TONGBAN_DEFAULT_RATING_LEVEL, 3–5: a default is never a 差评). */
  defaultRatingLevel: Level;
  /** Working days to rectify a 差评 (TONGBAN_RECTIFICATION_DAYS). */
  rectificationDays: number;
  /** Working days to answer a complaint (TONGBAN_COMPLAINT_DAYS). */
  complaintDays: number;
  /** Working days to answer a consultation (TONGBAN_CONSULTATION_DAYS). */
  consultationDays: number;
}

function intIn(
  env: Record<string, string | undefined>,
  name: string,
  fallback: number,
  min: number,
  max: number,
) {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new Error(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  return value;
}

export function loadFeedbackSettings(
  env: Record<string, string | undefined> = process.env,
): FeedbackSettings {
  return {
    defaultRatingDays: intIn(env, 'TONGBAN_DEFAULT_RATING_DAYS', 7, 1, 365),
    defaultRatingLevel: intIn(env, 'TONGBAN_DEFAULT_RATING_LEVEL', 3, 3, 5) as Level,
    rectificationDays: intIn(env, 'TONGBAN_RECTIFICATION_DAYS', 5, 1, 60),
    complaintDays: intIn(env, 'TONGBAN_COMPLAINT_DAYS', 5, 1, 60),
    consultationDays: intIn(env, 'TONGBAN_CONSULTATION_DAYS', 3, 1, 60),
  };
}
