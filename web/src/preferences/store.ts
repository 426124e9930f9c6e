import { api, unwrap, type Me } from '../api/client';
import type { Language } from '../i18n/types';

/** Display preferences a person keeps from visit to visit. */
export interface Preferences {
  /** 长辈模式: larger type, higher contrast, simpler layout. */
  seniorMode: boolean;
}

/** What an account remembers: the display preferences and the UI language it last chose. */
export interface AccountPreferences extends Preferences {
  language: Language | null;
}

const DEVICE_KEY = 'tongban.preferences';

export const DEFAULT_PREFERENCES: Preferences = { seniorMode: false };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** This browser's preferences (used while nobody is logged in, and kept after logout). */
export function loadDevicePreferences(): Preferences {
  try {
    const raw = window.localStorage.getItem(DEVICE_KEY);
    const value = raw === null ? null : (JSON.parse(raw) as unknown);
    return { seniorMode: isRecord(value) && value.seniorMode === true };
  } catch {
    // Storage disabled, or a value written by hand: nothing remembered.
    return DEFAULT_PREFERENCES;
  }
}

export function saveDevicePreferences(preferences: Preferences): void {
  try {
    window.localStorage.setItem(DEVICE_KEY, JSON.stringify({ seniorMode: preferences.seniorMode }));
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
}

/**
 * The preferences the logged-in account keeps on the server, or null when it has none yet: senior mode
 * off and no language, as every account starts (the web always saves a language with them).
 */
export function accountPreferencesOf(me: Me): AccountPreferences | null {
  const { seniorMode, language } = me.preferences;
  return !seniorMode && language === null ? null : { seniorMode, language };
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Saves the logged-in account's preferences on the server and resolves to what it then keeps, or to
 * null when `stillWanted` says no by the time the save's turn comes (another account logged in). Saves
 * go out one after another, so the last choice is the one kept.
 */
export function saveAccountPreferences(
  preferences: AccountPreferences,
  stillWanted: () => boolean,
): Promise<AccountPreferences | null> {
  const save = queue.then(() =>
    stillWanted() ? unwrap(api.PUT('/api/v1/auth/me/preferences', { body: preferences })) : null,
  );
  queue = save.catch(() => undefined);
  return save;
}
