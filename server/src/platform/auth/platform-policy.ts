import { definePolicy, hasRole, isSignedIn } from './policy.ts';

/** Who may use the platform's own records: the audit chain, the working-day calendar, files. */
export const platformPolicy = definePolicy<{
  readAudit: null;
  manageCalendar: null;
  uploadFile: { visibility: 'public' | 'private' };
  readFile: { visibility: 'public' | 'private'; createdBy: string | null };
}>({
  readAudit: (actor) => hasRole(actor, ['supervisor', 'admin']),
  manageCalendar: (actor) => hasRole(actor, 'admin'),
  // Public files (blank forms, samples on guides) are published by administrators.
  uploadFile: (actor, file) => (file.visibility === 'public' ? hasRole(actor, 'admin') : isSignedIn(actor)),
  readFile: (actor, file) =>
    file.visibility === 'public' || (file.createdBy !== null && actor.accountId === file.createdBy),
});
