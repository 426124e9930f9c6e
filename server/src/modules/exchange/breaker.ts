// Circuit breaker for a department's HTTP endpoint, as pure transitions over the stored state (the row
// lives in the database so every instance sees the same breaker).
import type { BreakerState } from './tables.ts';

export interface Breaker {
  state: BreakerState;
  failures: number;
  openedAt: string | null;
}

export interface BreakerSettings {
  /** Consecutive failures that open the breaker. */
  failureThreshold: number;
  /** How long an open breaker refuses calls before one trial call (half-open). */
  coolDownMs: number;
}

export const DEFAULT_BREAKER: BreakerSettings = { failureThreshold: 5, coolDownMs: 30_000 };
export const CLOSED: Breaker = { state: 'closed', failures: 0, openedAt: null };

/**
 * Whether a call may go out now: closed → call; open within the cool-down → refuse; open after it →
 * one trial call (the caller moves the stored state to half-open, and only the instance that wins
 * that update makes the trial); half-open → refuse (a trial is in flight).
 */
export function admission(b: Breaker, now: Date, s: BreakerSettings): 'call' | 'trial' | 'refuse' {
  if (b.state === 'closed') return 'call';
  if (b.state === 'half_open') return 'refuse';
  const openedAt = b.openedAt ? Date.parse(b.openedAt) : 0;
  return now.getTime() - openedAt >= s.coolDownMs ? 'trial' : 'refuse';
}

export function afterSuccess(): Breaker {
  return CLOSED;
}

/** A failed call: counts towards the threshold; a failed trial opens the breaker again. */
export function afterFailure(b: Breaker, now: Date, s: BreakerSettings): Breaker {
  const failures = b.failures + 1;
  if (b.state === 'half_open' || failures >= s.failureThreshold)
    return { state: 'open', failures, openedAt: now.toISOString() };
  return { state: b.state, failures, openedAt: b.openedAt };
}
