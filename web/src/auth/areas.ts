import type { Me, Role } from '../api/client';

export type Area = 'portal' | 'workbench' | 'admin' | 'dashboard';

export const AREA_PATHS: Record<Area, string> = {
  portal: '/portal',
  workbench: '/workbench',
  admin: '/admin',
  dashboard: '/dashboard',
};

const WORKBENCH_ROLES: readonly Role[] = ['window', 'reviewer', 'leader', 'data_steward'];

/** Whether the account may enter an area. The portal's public pages are open to everyone. */
export function canEnter(me: Me | null, area: Area): boolean {
  if (area === 'portal') return true;
  if (!me || me.kind !== 'staff') return false;
  const roles = me.roles.map((r) => r.role);
  switch (area) {
    case 'workbench':
      return roles.some((r) => WORKBENCH_ROLES.includes(r));
    case 'admin':
      return roles.includes('admin');
    case 'dashboard':
      return roles.includes('supervisor');
  }
}

/** The areas to show in the navigation, in display order. */
export function areasFor(me: Me | null): Area[] {
  return (['portal', 'workbench', 'admin', 'dashboard'] as const).filter((a) => canEnter(me, a));
}

/** Where an account lands after login: citizen → portal, admin → admin, supervisor → dashboard, other staff → workbench. */
export function homeAreaFor(me: Me): Area {
  if (me.kind === 'citizen') return 'portal';
  const roles = me.roles.map((r) => r.role);
  if (roles.includes('admin')) return 'admin';
  if (roles.includes('supervisor')) return 'dashboard';
  if (roles.some((r) => WORKBENCH_ROLES.includes(r))) return 'workbench';
  return 'portal';
}

export function areaOfPath(pathname: string): Area {
  const first = pathname.split('/')[1];
  return first === 'workbench' || first === 'admin' || first === 'dashboard' ? first : 'portal';
}

/**
 * Where to go after login or registration: the `next` path the user was sent away from, when it is a
 * local path they may enter, otherwise their home area.
 */
export function landingPath(me: Me, next: string | null): string {
  if (next && next.startsWith('/') && !next.startsWith('//') && !/^\/(login|register)(\/|\?|$)/.test(next)) {
    if (canEnter(me, areaOfPath(next))) return next;
  }
  return AREA_PATHS[homeAreaFor(me)];
}
