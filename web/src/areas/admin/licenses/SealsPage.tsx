import { useState } from 'react';
import { App, Button, Card, Input, Space, Table, Tag, Typography } from 'antd';
import { KeyOutlined, SafetyOutlined, SyncOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { licensesApi, type DepartmentSeal, type SealAlgorithm } from '../../../api/licenses';
import { useErrorToast } from '../../../api/errors';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { usePageTitle } from '../../../components/usePageTitle';
import { useDateFormat } from '../../../i18n/format';
import { LicensesAdminHead } from './shared';

const SEALS_KEY = ['licenses', 'seals'] as const;

function SealActions({ seal }: { seal: DepartmentSeal }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const queryClient = useQueryClient();
  const toastError = useErrorToast();
  const done = (text: string) => {
    void queryClient.invalidateQueries({ queryKey: SEALS_KEY });
    void message.success(text);
  };
  const rotate = useMutation({
    mutationFn: () => licensesApi.rotateSeal(seal.departmentId),
    onSuccess: () => done(t('licenses.seals.rotated', { name: seal.departmentName })),
    onError: toastError,
  });
  const switchTo = useMutation({
    mutationFn: (algorithm: SealAlgorithm) => licensesApi.setSealAlgorithm(seal.departmentId, algorithm),
    onSuccess: (next) =>
      done(
        t('licenses.seals.switched', {
          name: seal.departmentName,
          algorithm: t(`licenses.algorithm.${next.algorithm}`),
        }),
      ),
    onError: toastError,
  });
  const other: SealAlgorithm = seal.algorithm === 'sm2' ? 'ed25519' : 'sm2';
  return (
    <Space wrap size="small">
      <Button
        icon={<SyncOutlined aria-hidden />}
        loading={rotate.isPending}
        aria-label={t('licenses.seals.rotateFor', { name: seal.departmentName })}
        onClick={() =>
          void modal.confirm({
            title: t('licenses.seals.rotateTitle', { name: seal.departmentName }),
            content: t('licenses.seals.rotateText'),
            okText: t('licenses.seals.rotate'),
            cancelText: t('common.cancel'),
            onOk: () => rotate.mutateAsync().catch(() => undefined),
          })
        }
      >
        {t('licenses.seals.rotate')}
      </Button>
      <Button
        icon={<SafetyOutlined aria-hidden />}
        loading={switchTo.isPending}
        aria-label={t('licenses.seals.switchFor', {
          name: seal.departmentName,
          algorithm: t(`licenses.algorithm.${other}`),
        })}
        onClick={() =>
          void modal.confirm({
            title: t('licenses.seals.switchTitle', {
              name: seal.departmentName,
              algorithm: t(`licenses.algorithm.${other}`),
            }),
            content: t('licenses.seals.switchText'),
            okText: t('licenses.seals.switchOk'),
            cancelText: t('common.cancel'),
            onOk: () => switchTo.mutateAsync(other).catch(() => undefined),
          })
        }
      >
        {other === 'sm2' ? t('licenses.seals.toSm2') : t('licenses.seals.toEd25519')}
      </Button>
    </Space>
  );
}

/** /admin/licenses/seals — each department's seal algorithm and active key; rotate or switch to 国密 SM2. */
export default function SealsPage() {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  usePageTitle(t('licenses.admin.section.seals'));
  const [filter, setFilter] = useState('');
  const seals = useQuery({ queryKey: SEALS_KEY, queryFn: () => licensesApi.seals() });
  const text = filter.trim();
  const rows = (seals.data ?? []).filter(
    (s) => !text || s.departmentName.includes(text) || s.departmentCode.includes(text.toUpperCase()),
  );

  return (
    <div className="tb-page">
      <LicensesAdminHead />
      <Card
        className="tb-card"
        title={<h2 className="tb-card-heading">{t('licenses.admin.section.seals')}</h2>}
      >
        <Typography.Paragraph className="tb-note">{t('licenses.seals.intro')}</Typography.Paragraph>
        <div className="tb-lic-filter" style={{ marginBottom: 12 }}>
          <div className="tb-lic-filter-q">
            <label htmlFor="tb-seal-filter">{t('licenses.seals.filter')}</label>
            <Input
              id="tb-seal-filter"
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
              allowClear
              placeholder={t('licenses.seals.filterPlaceholder')}
            />
          </div>
          <Button
            href="/.well-known/tongban/seal-keys.json"
            target="_blank"
            icon={<KeyOutlined aria-hidden />}
          >
            {t('licenses.seals.published')}
          </Button>
        </div>
        {seals.isError ? (
          <ErrorAlert error={seals.error} onRetry={() => void seals.refetch()} />
        ) : !seals.isPending && rows.length === 0 ? (
          <EmptyState text={t(text ? 'licenses.seals.emptyFiltered' : 'licenses.seals.empty')} />
        ) : (
          <ScrollRegion label={t('licenses.admin.section.seals')}>
            <Table<DepartmentSeal>
              className="tb-wrap-table"
              rowKey="departmentId"
              loading={seals.isPending}
              dataSource={rows}
              pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
              columns={[
                {
                  title: t('licenses.seals.department'),
                  key: 'department',
                  render: (_v, s) => (
                    <div>
                      {s.departmentName}
                      <div className="tb-mono tb-note">{s.departmentCode}</div>
                    </div>
                  ),
                },
                {
                  title: t('licenses.sealAlgorithm'),
                  key: 'algorithm',
                  render: (_v, s) => (
                    <Space direction="vertical" size={2}>
                      <Tag className={`tb-lic-tag tb-lic-tone-${s.algorithm === 'sm2' ? 'red' : 'blue'}`}>
                        {t(`licenses.algorithm.${s.algorithm}`)}
                      </Tag>
                      {s.configured ? null : <span className="tb-note">{t('licenses.seals.default')}</span>}
                    </Space>
                  ),
                },
                {
                  title: t('licenses.seals.activeKey'),
                  key: 'key',
                  render: (_v, s) =>
                    s.activeKeyId ? (
                      <div>
                        <span className="tb-mono" title={s.activeKeyId}>
                          {s.activeKeyId.length > 24 ? `${s.activeKeyId.slice(0, 24)}…` : s.activeKeyId}
                        </span>
                        <div className="tb-note">
                          {t('licenses.seals.since', { at: formatDate.dateTime(s.activeSince) })}
                        </div>
                      </div>
                    ) : (
                      <span className="tb-muted">{t('licenses.seals.noKey')}</span>
                    ),
                },
                {
                  title: t('common.actions'),
                  key: 'actions',
                  render: (_v, s) => <SealActions seal={s} />,
                },
              ]}
            />
          </ScrollRegion>
        )}
      </Card>
    </div>
  );
}
