import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import type { FormField, RowsField, ScalarField } from '../../../api/catalogTypes';
import { fieldTitle, regionPath } from '../../../components/form-renderer';
import { useDateFormat } from '../../../i18n/format';

/** A region code as its names (浙江省 杭州市 西湖区), sharing the region cascader's cache. */
function RegionName({ code }: { code: string }) {
  const path = regionPath(code);
  const parents = ['', ...path.slice(0, -1)];
  const levels = useQueries({
    queries: parents.map((parentCode) => ({
      queryKey: ['regions', parentCode],
      queryFn: () =>
        unwrap(api.GET('/api/v1/regions', { params: { query: parentCode ? { parentCode } : {} } })).then(
          (r) => r.items,
        ),
      staleTime: Infinity,
    })),
  });
  const names = path.map((c, i) => levels[i]?.data?.find((r) => r.code === c)?.name).filter(Boolean);
  return <>{names.length > 0 ? names.join(' ') : code}</>;
}

function ScalarValue({ field, value }: { field: ScalarField; value: unknown }) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  if (value === undefined || value === null || value === '')
    return <span className="tb-muted">{t('portalCases.review.notAnswered')}</span>;
  switch (field['x-kind']) {
    case 'date':
      return <>{formatDate.date(String(value))}</>;
    case 'region':
      return <RegionName code={String(value)} />;
    case 'id_number':
    case 'uscc':
    case 'mobile':
      return <span className="tb-mono">{String(value)}</span>;
    default:
      return <span className="tb-prose">{String(value)}</span>;
  }
}

/** One answer of the application form, as the applicant should check it. */
export function AnswerValue({ field, value }: { field: FormField; value: unknown }) {
  const { t, i18n } = useTranslation();
  if (field['x-kind'] !== 'rows') return <ScalarValue field={field as ScalarField} value={value} />;
  const rows = Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
  if (rows.length === 0) return <span className="tb-muted">{t('portalCases.review.notAnswered')}</span>;
  const items = (field as RowsField).items;
  return (
    <ol className="tb-answer-rows">
      {rows.map((row, i) => (
        <li key={i}>
          {items['x-order']
            .filter((key) => items.properties[key])
            .map((key) => (
              <div key={key}>
                <span className="tb-muted">
                  {fieldTitle(items.properties[key]!, i18n.language)}
                  {t('common.colon')}
                </span>
                <ScalarValue field={items.properties[key]!} value={row?.[key]} />
              </div>
            ))}
        </li>
      ))}
    </ol>
  );
}
