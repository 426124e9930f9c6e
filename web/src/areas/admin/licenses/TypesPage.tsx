import { Card, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { licensesApi, type LicenceType } from '../../../api/licenses';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LinkButton } from '../../../components/LinkButton';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { usePageTitle } from '../../../components/usePageTitle';
import { useDateFormat } from '../../../i18n/format';
import zhCN from '../../../i18n/zh-CN';
import { LicensesAdminHead } from './shared';
import { joinList } from '../../../i18n/text';

/** Every department kind with a name: the shared list, plus the kinds only licence types mention. */
export const DEPARTMENT_KINDS = [...Object.keys(zhCN.departmentKinds), ...Object.keys(zhCN.licenses.kinds)];

/** Department kinds as words (the codes the identity module uses); an unnamed kind shows its code. */
export function useKindLabel() {
  const { t, i18n } = useTranslation();
  return (kind: string) =>
    i18n.exists(`departmentKinds.${kind}`)
      ? t(`departmentKinds.${kind}` as 'departmentKinds.tax')
      : i18n.exists(`licenses.kinds.${kind}`)
        ? t(`licenses.kinds.${kind}` as 'licenses.kinds.education')
        : kind;
}

/** /admin/licenses — 证照类型 list. */
export default function TypesPage() {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const kindLabel = useKindLabel();
  usePageTitle(t('licenses.admin.section.types'));
  const types = useQuery({ queryKey: ['licenses', 'types'], queryFn: () => licensesApi.types() });

  return (
    <div className="tb-page">
      <LicensesAdminHead />
      <Card
        className="tb-card"
        title={<h2 className="tb-card-heading">{t('licenses.admin.section.types')}</h2>}
        extra={
          <LinkButton to="/admin/licenses/types/new" type="primary" icon={<PlusOutlined aria-hidden />}>
            {t('licenses.types.add')}
          </LinkButton>
        }
      >
        <Typography.Paragraph className="tb-note">{t('licenses.types.intro')}</Typography.Paragraph>
        {types.isError ? (
          <ErrorAlert error={types.error} onRetry={() => void types.refetch()} />
        ) : !types.isPending && (types.data ?? []).length === 0 ? (
          <EmptyState
            text={t('licenses.types.empty')}
            action={
              <LinkButton to="/admin/licenses/types/new" type="primary">
                {t('licenses.types.add')}
              </LinkButton>
            }
          />
        ) : (
          <ScrollRegion label={t('licenses.admin.section.types')}>
            <Table<LicenceType>
              className="tb-wrap-table"
              rowKey="code"
              loading={types.isPending}
              dataSource={types.data ?? []}
              pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
              columns={[
                {
                  title: t('licenses.types.name'),
                  key: 'name',
                  render: (_v, ty) => (
                    <div>
                      <Link to={`/admin/licenses/types/${encodeURIComponent(ty.code)}`}>{ty.name}</Link>
                      <div className="tb-mono tb-note">{ty.code}</div>
                    </div>
                  ),
                },
                {
                  title: t('licenses.types.typeCode'),
                  dataIndex: 'typeCode',
                  key: 'typeCode',
                  render: (v: string) => <span className="tb-mono">{v}</span>,
                },
                {
                  title: t('licenses.types.holderKind'),
                  key: 'holderKind',
                  render: (_v, ty) => t(`licenses.types.holder.${ty.holderKind}`),
                },
                {
                  title: t('licenses.types.validityYears'),
                  key: 'validity',
                  render: (_v, ty) =>
                    ty.validityYears === null
                      ? t('licenses.longTerm')
                      : t('licenses.types.years', { count: ty.validityYears }),
                },
                {
                  title: t('licenses.types.issuerKinds'),
                  key: 'issuerKinds',
                  render: (_v, ty) => joinList(ty.issuerKinds.map(kindLabel)),
                },
                {
                  title: t('licenses.types.faceCount'),
                  key: 'faceFields',
                  align: 'right',
                  render: (_v, ty) => ty.faceFields.length,
                },
                {
                  title: t('licenses.types.updatedAt'),
                  key: 'updatedAt',
                  render: (_v, ty) => formatDate.dateTime(ty.updatedAt),
                },
              ]}
            />
          </ScrollRegion>
        )}
      </Card>
    </div>
  );
}
