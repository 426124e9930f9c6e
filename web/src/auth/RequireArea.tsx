import { lazy, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ErrorAlert } from '../components/ErrorAlert';
import { PageSpin } from '../components/PageSpin';
import { canEnter, type Area } from './areas';
import { useMe } from './session';

const ForbiddenPage = lazy(() => import('../pages/ForbiddenPage'));

/**
 * Renders its children only for an account that may enter the area: logged-out visitors go to the
 * login page (and come back afterwards), others see a 403 page. `citizenOnly` narrows the portal's
 * personal pages to citizens.
 */
export function RequireArea({
  area,
  citizenOnly,
  children,
}: {
  area: Area;
  citizenOnly?: boolean;
  children: ReactNode;
}) {
  const location = useLocation();
  const me = useMe();
  if (me.isPending) return <PageSpin />;
  if (me.isError && !me.data) return <ErrorAlert error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  if (!canEnter(me.data, area) || (citizenOnly && me.data.kind !== 'citizen'))
    return <ForbiddenPage area={area} />;
  return children;
}
