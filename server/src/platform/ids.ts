import { v7 } from 'uuid';

/** Time-ordered row id (UUIDv7). */
export function newId(): string {
  return v7();
}

export function nowIso(): string {
  return new Date().toISOString();
}
