import { Alert, App, Button, Card, Col, Descriptions, Result, Row, Space, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EXPORT_URL, IMPORT_URL, catalogApi } from '../../../api/catalog';
import type { ImportCounts } from '../../../api/catalogTypes';
import { FileImportWizard } from '../../../components/FileImportWizard';
import { LinkButton } from '../../../components/LinkButton';
import { usePageTitle } from '../../../components/usePageTitle';
import { CatalogNav } from './shared';

const MAX_BYTES = 50 * 1024 * 1024;

function Counts({ title, counts }: { title: string; counts: ImportCounts | undefined }) {
  const { t } = useTranslation();
  return (
    <Descriptions title={title} column={{ xs: 1, sm: 3 }} size="small" bordered className="tb-descriptions">
      <Descriptions.Item label={t('importer.create')}>{counts?.create ?? 0}</Descriptions.Item>
      <Descriptions.Item label={t('importer.update')}>{counts?.update ?? 0}</Descriptions.Item>
      <Descriptions.Item label={t('importer.unchanged')}>{counts?.unchanged ?? 0}</Descriptions.Item>
    </Descriptions>
  );
}

/** /admin/catalog/import — Excel import (upload, parse, preview, apply) and export. */
export default function ImportPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  usePageTitle(t('importer.title'));

  return (
    <div className="tb-page">
      <Typography.Title level={1}>{t('catalogAdmin.title')}</Typography.Title>
      <CatalogNav />
      <Card
        className="tb-card"
        title={<h2 className="tb-card-heading">{t('importer.title')}</h2>}
        extra={
          <Button href={EXPORT_URL} download icon={<DownloadOutlined aria-hidden />}>
            {t('importer.export')}
          </Button>
        }
      >
        <Typography.Paragraph>{t('importer.intro')}</Typography.Paragraph>
        <FileImportWizard
          ns="importer"
          uploadUrl={IMPORT_URL}
          maxBytes={MAX_BYTES}
          queryKey={['catalog', 'admin', 'import']}
          fetchJob={catalogApi.importJob}
          applyJob={catalogApi.applyImport}
          onApplied={() => {
            void queryClient.invalidateQueries({ queryKey: ['catalog'] });
            void message.success(t('importer.applied'));
          }}
          mayApply={() => true}
          applyLabel={() => t('importer.apply')}
          preview={(data) => (
            <>
              {data.status === 'failed' ? (
                <Alert
                  type="error"
                  showIcon
                  role="alert"
                  message={t('importer.failed')}
                  description={t('importer.failedText')}
                />
              ) : data.errors.length > 0 ? (
                <Alert
                  type="error"
                  showIcon
                  message={t('importer.hasErrors', { count: data.errors.length })}
                  description={t('importer.hasErrorsText')}
                />
              ) : (
                <Alert type="success" showIcon message={t('importer.ready', { name: data.fileName })} />
              )}
              <Row gutter={[16, 16]}>
                <Col xs={24} lg={12}>
                  <Counts title={t('importer.items')} counts={data.summary?.items} />
                </Col>
                <Col xs={24} lg={12}>
                  <Counts title={t('importer.bundles')} counts={data.summary?.bundles} />
                </Col>
              </Row>
            </>
          )}
          done={(data, restart) => (
            <Result
              status="success"
              title={<h3 className="tb-result-title">{t('importer.doneTitle')}</h3>}
              subTitle={t('importer.doneText', {
                created: (data.summary?.items.create ?? 0) + (data.summary?.bundles.create ?? 0),
                updated: (data.summary?.items.update ?? 0) + (data.summary?.bundles.update ?? 0),
              })}
              extra={
                <Space wrap>
                  <LinkButton to="/admin/catalog" type="primary">
                    {t('importer.toItems')}
                  </LinkButton>
                  <Button onClick={restart}>{t('importer.another')}</Button>
                </Space>
              }
            />
          )}
        />
      </Card>
    </div>
  );
}
