import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Me } from '../api/client';
import i18n, { changeLanguage, currentLanguage } from '../i18n';
import { ME_QUERY_KEY, useMe } from '../auth/session';
import {
  accountPreferencesOf,
  loadDevicePreferences,
  saveAccountPreferences,
  saveDevicePreferences,
  type AccountPreferences,
  type Preferences,
} from './store';

/** The one class on <html> that switches the stylesheet's 长辈模式 rules on. */
export const SENIOR_CLASS = 'tb-senior';

interface PreferencesValue extends Preferences {
  setSeniorMode(on: boolean): void;
}

const PreferencesContext = createContext<PreferencesValue | null>(null);

/**
 * Holds the display preferences: the browser's own while nobody is logged in; once someone logs in,
 * the ones their account keeps on the server (an account without any adopts what this browser shows).
 * Changes made while logged in — 长辈模式 and the UI language — are saved to the account too.
 */
export function PreferencesProvider({ children }: { children: ReactNode }) {
  const me = useMe();
  const queryClient = useQueryClient();
  const accountId = me.data?.accountId ?? null;
  const [preferences, setPreferences] = useState<Preferences>(loadDevicePreferences);
  // Read by callbacks that run between renders (language events, the account load).
  const current = useRef(preferences);
  // The account whose preferences are in effect; null while logged out.
  const activeAccount = useRef<string | null>(null);
  // What that account keeps on the server (as last saved or read), so unchanged values are not sent again.
  const kept = useRef<AccountPreferences | null>(null);

  const apply = useCallback((next: Preferences) => {
    current.current = next;
    setPreferences(next);
    saveDevicePreferences(next);
  }, []);

  const rememberForAccount = useCallback(() => {
    const id = activeAccount.current;
    if (!id) return;
    const wanted: AccountPreferences = { ...current.current, language: currentLanguage() };
    if (kept.current?.seniorMode === wanted.seniorMode && kept.current.language === wanted.language) return;
    kept.current = wanted;
    saveAccountPreferences(wanted, () => activeAccount.current === id).then(
      (saved) => {
        if (!saved) return;
        queryClient.setQueryData<Me | null>(ME_QUERY_KEY, (old) =>
          old?.accountId === id ? { ...old, preferences: saved } : old,
        );
      },
      () => {
        // Not saved (offline, session ended): the choice stays on this device; the next change retries.
        if (activeAccount.current === id) kept.current = null;
      },
    );
  }, [queryClient]);

  useLayoutEffect(() => {
    document.documentElement.classList.toggle(SENIOR_CLASS, preferences.seniorMode);
  }, [preferences.seniorMode]);

  useEffect(() => {
    activeAccount.current = null;
    kept.current = null;
    const account = queryClient.getQueryData<Me | null>(ME_QUERY_KEY);
    if (!accountId || account?.accountId !== accountId) return;
    activeAccount.current = accountId;
    kept.current = account.preferences;
    const stored = accountPreferencesOf(account);
    if (!stored) {
      rememberForAccount();
      return;
    }
    apply({ seniorMode: stored.seniorMode });
    if (stored.language && stored.language !== currentLanguage()) void changeLanguage(stored.language);
  }, [accountId, apply, rememberForAccount, queryClient]);

  useEffect(() => {
    i18n.on('languageChanged', rememberForAccount);
    return () => i18n.off('languageChanged', rememberForAccount);
  }, [rememberForAccount]);

  const setSeniorMode = useCallback(
    (on: boolean) => {
      apply({ ...current.current, seniorMode: on });
      rememberForAccount();
    },
    [apply, rememberForAccount],
  );

  const value = useMemo(() => ({ ...preferences, setSeniorMode }), [preferences, setSeniorMode]);
  return <PreferencesContext.Provider value={value}>{children}</PreferencesContext.Provider>;
}

export function usePreferences(): PreferencesValue {
  const value = useContext(PreferencesContext);
  if (!value) throw new Error('usePreferences outside PreferencesProvider');
  return value;
}
