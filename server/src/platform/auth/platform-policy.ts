import { definePolicy, hasRole } from './policy.ts';

/** Who may use the platform's own records: the audit chain and the working-day calendar. */
export const platformPolicy = definePolicy<{ readAudit: null; manageCalendar: null }>({
  readAudit: (actor) => hasRole(actor, ['supervisor', 'admin']),
  manageCalendar: (actor) => hasRole(actor, 'admin'),
});
