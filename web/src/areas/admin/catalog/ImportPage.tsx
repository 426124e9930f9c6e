import { useRef, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Progress,
  Result,
  Row,
  Space,
  Steps,
  Table,
  Typography,
  Upload,
} from 'antd';
import { DownloadOutlined, InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EXPORT_URL, IMPORT_URL, catalogApi } from '../../../api/catalog';
import type { ImportCounts, ImportError, ImportJob } from '../../../api/catalogTypes';
import { pickLocalized } from '../../../api/problem';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LinkButton } from '../../../components/LinkButton';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { usePageTitle } from '../../../components/usePageTitle';
import { CatalogNav } from './shared';
import { XLSX_TYPE, uploadFile, type UploadHandle } from '../../../api/upload';

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

function ErrorsTable({ errors }: { errors: ImportError[] }) {
  const { t, i18n } = useTranslation();
  return (
    <ScrollRegion label={t('importer.errorsTitle')}>
      <Table<ImportError>
        className="tb-wrap-table"
        size="small"
        rowKey={(e) => `${e.sheet}:${e.row}:${e.column}:${e.message.zh}`}
        dataSource={errors}
        pagination={{
          pageSize: 10,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50],
          hideOnSinglePage: true,
        }}
        columns={[
          { title: t('importer.sheet'), dataIndex: 'sheet', key: 'sheet' },
          { title: t('importer.row'), dataIndex: 'row', key: 'row', align: 'right' },
          { title: t('importer.column'), dataIndex: 'column', key: 'column' },
          {
            title: t('importer.reason'),
            key: 'reason',
            render: (_v, e) => pickLocalized(e.message, i18n.language),
          },
        ]}
      />
    </ScrollRegion>
  );
}

/** /admin/catalog/import — Excel import (upload, parse, preview, apply) and export. */
export default function ImportPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  usePageTitle(t('importer.title'));
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ loaded: number; total: number } | null>(null);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const [importId, setImportId] = useState<string | null>(null);
  const upload = useRef<UploadHandle<{ importId: string }> | null>(null);

  const job = useQuery({
    queryKey: ['catalog', 'admin', 'import', importId],
    queryFn: () => catalogApi.importJob(importId!),
    enabled: importId !== null,
    refetchInterval: (q) => (q.state.data?.status === 'parsing' || !q.state.data ? 1000 : false),
  });
  const apply = useMutation({
    mutationFn: () => catalogApi.applyImport(importId!),
    onSuccess: (next: ImportJob) => {
      queryClient.setQueryData(['catalog', 'admin', 'import', importId], next);
      void queryClient.invalidateQueries({ queryKey: ['catalog'] });
      void message.success(t('importer.applied'));
    },
  });

  const start = () => {
    if (!file) return;
    setUploadError(null);
    setProgress({ loaded: 0, total: file.size });
    const handle = uploadFile<{ importId: string }>(IMPORT_URL, file, XLSX_TYPE, (loaded, total) =>
      setProgress({ loaded, total }),
    );
    upload.current = handle;
    handle.done.then(
      (result) => {
        upload.current = null;
        setImportId(result.importId);
      },
      (error: unknown) => {
        upload.current = null;
        setProgress(null);
        if (!(error instanceof DOMException && error.name === 'AbortError')) setUploadError(error);
      },
    );
  };
  const restart = () => {
    upload.current?.abort();
    setFile(null);
    setProgress(null);
    setUploadError(null);
    setImportId(null);
    apply.reset();
  };

  const data = job.data;
  const uploading = progress !== null && importId === null;
  const step =
    data?.status === 'applied' ? 4 : data && data.status !== 'parsing' ? 3 : importId ? 2 : uploading ? 1 : 0;
  const errors = data?.errors ?? [];
  const percent = (n: number, total: number) => (total > 0 ? Math.round((n / total) * 100) : 0);

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
        <Steps
          className="tb-import-steps"
          size="small"
          current={step}
          status={data?.status === 'failed' || uploadError ? 'error' : step === 4 ? 'finish' : undefined}
          responsive
          items={[
            { title: t('importer.stepChoose') },
            { title: t('importer.stepUpload') },
            { title: t('importer.stepParse') },
            { title: t('importer.stepPreview') },
            { title: t('importer.stepDone') },
          ]}
        />

        <div className="tb-import-body" aria-live="polite">
          {step === 0 ? (
            <div className="tb-stack">
              <Upload.Dragger
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                multiple={false}
                showUploadList={false}
                beforeUpload={(chosen) => {
                  if (!/\.xlsx$/i.test(chosen.name)) setFileError(t('importer.notXlsx'));
                  else if (chosen.size > MAX_BYTES) setFileError(t('importer.tooBig'));
                  else {
                    setFileError(null);
                    setFile(chosen);
                  }
                  return false;
                }}
              >
                <p className="ant-upload-drag-icon">
                  <InboxOutlined aria-hidden />
                </p>
                <p className="ant-upload-text">{t('importer.choose')}</p>
                <p className="ant-upload-hint">{t('importer.chooseHint')}</p>
              </Upload.Dragger>
              {fileError ? <Alert type="error" showIcon role="alert" message={fileError} /> : null}
              {uploadError ? <ErrorAlert error={uploadError} title={t('importer.uploadFailed')} /> : null}
              {file ? (
                <Space wrap>
                  <span>
                    {t('importer.chosen', { name: file.name, size: (file.size / 1024).toFixed(0) })}
                  </span>
                  <Button type="primary" icon={<UploadOutlined aria-hidden />} onClick={start}>
                    {t('importer.upload')}
                  </Button>
                </Space>
              ) : null}
            </div>
          ) : null}

          {step === 1 && progress ? (
            <div className="tb-stack">
              <p>{t('importer.uploading', { name: file?.name ?? '' })}</p>
              <Progress
                percent={percent(progress.loaded, progress.total)}
                status="active"
                aria-label={t('importer.uploadProgress')}
              />
              <Button onClick={restart}>{t('common.cancel')}</Button>
            </div>
          ) : null}

          {step === 2 ? (
            <div className="tb-stack">
              <p>{t('importer.parsing', { name: data?.fileName ?? file?.name ?? '' })}</p>
              <Progress
                percent={Math.round((data?.progress ?? 0) * 100)}
                status="active"
                aria-label={t('importer.parseProgress')}
              />
              {job.isError ? <ErrorAlert error={job.error} onRetry={() => void job.refetch()} /> : null}
            </div>
          ) : null}

          {step === 3 && data ? (
            <div className="tb-stack">
              {data.status === 'failed' ? (
                <Alert
                  type="error"
                  showIcon
                  role="alert"
                  message={t('importer.failed')}
                  description={t('importer.failedText')}
                />
              ) : errors.length > 0 ? (
                <Alert
                  type="error"
                  showIcon
                  message={t('importer.hasErrors', { count: errors.length })}
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
              <h3 className="tb-subheading-sm">{t('importer.errorsTitle')}</h3>
              {errors.length === 0 ? (
                <EmptyState text={t('importer.noErrors')} />
              ) : (
                <ErrorsTable errors={errors} />
              )}
              {apply.isError ? <ErrorAlert error={apply.error} title={t('importer.applyFailed')} /> : null}
              <Space wrap>
                <Button
                  type="primary"
                  disabled={data.status !== 'ready' || errors.length > 0}
                  loading={apply.isPending}
                  onClick={() => apply.mutate()}
                  aria-describedby={errors.length > 0 ? 'tb-apply-why' : undefined}
                >
                  {t('importer.apply')}
                </Button>
                <Button onClick={restart}>{t('importer.another')}</Button>
              </Space>
              {errors.length > 0 ? (
                <p id="tb-apply-why" className="tb-note">
                  {t('importer.applyDisabled')}
                </p>
              ) : null}
            </div>
          ) : null}

          {step === 4 && data ? (
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
          ) : null}
        </div>
      </Card>
    </div>
  );
}
