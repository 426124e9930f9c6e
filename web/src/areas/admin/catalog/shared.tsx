import { useQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';

/** All departments (the admin may file an item under any of them), for filters and pickers. */
export function useAllDepartments() {
  return useQuery({
    queryKey: ['departments', 'all'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/departments', { params: { query: { limit: 200 } } })).then((r) => r.items),
    staleTime: 300_000,
  });
}

const SECTIONS = [
  { key: 'items', path: '/admin/catalog' },
  { key: 'bundles', path: '/admin/catalog/bundles' },
  { key: 'import', path: '/admin/catalog/import' },
  { key: 'synonyms', path: '/admin/catalog/synonyms' },
] as const;

/** The catalogue admin's sections: items, bundles, import/export, synonyms. */
export function CatalogNav() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const current =
    SECTIONS.slice(1).find((s) => pathname.startsWith(s.path))?.key ??
    (pathname.startsWith('/admin/catalog') ? 'items' : undefined);
  // Plain links that wrap (a horizontal antd Menu hides what does not fit behind an overflow menu).
  return (
    <nav aria-label={t('catalogAdmin.nav')} className="tb-subnav">
      <ul>
        {SECTIONS.map((section) => (
          <li key={section.key}>
            <Link
              to={section.path}
              className={section.key === current ? 'tb-subnav-current' : undefined}
              aria-current={section.key === current ? 'page' : undefined}
            >
              {t(`catalogAdmin.nav_${section.key}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
