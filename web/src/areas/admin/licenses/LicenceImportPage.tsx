import { useRef, useState } from 'react';
import { Alert, App, Button, Card, Progress, Result, Space, Steps, Table, Typography, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  IMPORT_TEMPLATE_URL,
  LICENCE_IMPORT_URL,
  licensesApi,
  type LicenceImport,
  type LicenceImportError,
} from '../../../api/licenses';
import { pickLocalized } from '../../../api/problem';
import { XLSX_TYPE, uploadFile, type UploadHandle } from '../../../api/upload';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LinkButton } from '../../../components/LinkButton';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { usePageTitle } from '../../../components/usePageTitle';
import { LicensesAdminHead } from './shared';

/** The server accepts up to 30 MB. */
const MAX_BYTES = 30 * 1024 * 1024;

function ErrorsTable({ errors }: { errors: LicenceImportError[] }) {
  const { t, i18n } = useTranslation();
  return (
    <ScrollRegion label={t('licenses.import.errorsTitle')}>
      <Table<LicenceImportError>
        className="tb-wrap-table"
        size="small"
        rowKey={(e) => `${e.sheet}:${e.row}:${e.column}:${e.message.zh}`}
        dataSource={errors}
        pagination={{
          pageSize: 20,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          hideOnSinglePage: true,
        }}
        columns={[
          { title: t('licenses.import.sheet'), dataIndex: 'sheet', key: 'sheet' },
          { title: t('licenses.import.row'), dataIndex: 'row', key: 'row', align: 'right' },
          { title: t('licenses.import.column'), dataIndex: 'column', key: 'column' },
          {
            title: t('licenses.import.message'),
            key: 'message',
            render: (_v, e) => pickLocalized(e.message, i18n.language),
          },
        ]}
      />
    </ScrollRegion>
  );
}

/** /admin/licenses/import — licences issued before Tongban: template, upload, parse (with progress), check, apply. */
export default function LicenceImportPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  usePageTitle(t('licenses.admin.section.import'));
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ loaded: number; total: number } | null>(null);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const [importId, setImportId] = useState<string | null>(null);
  const upload = useRef<UploadHandle<{ importId: string }> | null>(null);

  const job = useQuery({
    queryKey: ['licenses', 'import', importId],
    queryFn: () => licensesApi.importStatus(importId!),
    enabled: importId !== null,
    refetchInterval: (q) => (!q.state.data || q.state.data.status === 'parsing' ? 700 : false),
  });
  const apply = useMutation({
    mutationFn: () => licensesApi.applyImport(importId!),
    onSuccess: (next: LicenceImport) => {
      queryClient.setQueryData(['licenses', 'import', importId], next);
      void queryClient.invalidateQueries({ queryKey: ['licenses', 'search'] });
      void message.success(t('licenses.import.applied', { count: next.issued }));
    },
  });

  const start = () => {
    if (!file) return;
    setUploadError(null);
    setProgress({ loaded: 0, total: file.size });
    const handle = uploadFile<{ importId: string }>(LICENCE_IMPORT_URL, file, XLSX_TYPE, (loaded, total) =>
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
    data?.status === 'applied' ? 4 : data?.status === 'ready' ? 3 : importId ? 2 : uploading ? 1 : 0;
  const errors = data?.errors ?? [];
  const percent = (n: number, total: number) => (total > 0 ? Math.round((n / total) * 100) : 0);

  return (
    <div className="tb-page">
      <LicensesAdminHead />
      <Card
        className="tb-card"
        title={<h2 className="tb-card-heading">{t('licenses.admin.section.import')}</h2>}
        extra={
          <Button href={IMPORT_TEMPLATE_URL} download icon={<DownloadOutlined aria-hidden />}>
            {t('licenses.import.template')}
          </Button>
        }
      >
        <Typography.Paragraph>{t('licenses.import.intro')}</Typography.Paragraph>
        <Steps
          size="small"
          current={step}
          status={uploadError ? 'error' : step === 4 ? 'finish' : undefined}
          responsive
          items={[
            { title: t('licenses.import.stepChoose') },
            { title: t('licenses.import.stepUpload') },
            { title: t('licenses.import.stepParse') },
            { title: t('licenses.import.stepCheck') },
            { title: t('licenses.import.stepDone') },
          ]}
        />
        <div className="tb-stack" style={{ marginTop: 16 }} aria-live="polite">
          {step === 0 ? (
            <>
              <Upload.Dragger
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                multiple={false}
                showUploadList={false}
                beforeUpload={(chosen) => {
                  if (!/\.xlsx$/i.test(chosen.name)) setFileError(t('licenses.import.notXlsx'));
                  else if (chosen.size > MAX_BYTES) setFileError(t('licenses.import.tooBig'));
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
                <p className="ant-upload-text">{t('licenses.import.choose')}</p>
                <p className="ant-upload-hint">{t('licenses.import.chooseHint')}</p>
              </Upload.Dragger>
              {fileError ? <Alert type="error" showIcon role="alert" message={fileError} /> : null}
              {uploadError ? (
                <ErrorAlert error={uploadError} title={t('licenses.import.uploadFailed')} />
              ) : null}
              {file ? (
                <Space wrap>
                  <span>
                    {t('licenses.import.chosen', { name: file.name, size: (file.size / 1024).toFixed(0) })}
                  </span>
                  <Button type="primary" icon={<UploadOutlined aria-hidden />} onClick={start}>
                    {t('licenses.import.upload')}
                  </Button>
                </Space>
              ) : null}
            </>
          ) : null}

          {step === 1 && progress ? (
            <>
              <p>{t('licenses.import.uploading', { name: file?.name ?? '' })}</p>
              <Progress
                percent={percent(progress.loaded, progress.total)}
                status="active"
                aria-label={t('licenses.import.uploadProgress')}
              />
              <div>
                <Button onClick={restart}>{t('common.cancel')}</Button>
              </div>
            </>
          ) : null}

          {step === 2 ? (
            <>
              <p>{t('licenses.import.parsing', { name: data?.fileName ?? file?.name ?? '' })}</p>
              <Progress
                percent={Math.round((data?.progress ?? 0) * 100)}
                status="active"
                aria-label={t('licenses.import.parseProgress')}
              />
              {job.isError ? <ErrorAlert error={job.error} onRetry={() => void job.refetch()} /> : null}
            </>
          ) : null}

          {step === 3 && data ? (
            <>
              {errors.length > 0 ? (
                <Alert
                  type="error"
                  showIcon
                  message={t('licenses.import.hasErrors', { count: errors.length, rows: data.rows })}
                  description={t('licenses.import.hasErrorsText')}
                />
              ) : (
                <Alert
                  type="success"
                  showIcon
                  message={t('licenses.import.ready', { name: data.fileName, rows: data.rows })}
                />
              )}
              <h3 className="tb-subheading-sm">{t('licenses.import.errorsTitle')}</h3>
              {errors.length === 0 ? (
                <EmptyState text={t('licenses.import.noErrors')} />
              ) : (
                <ErrorsTable errors={errors} />
              )}
              {apply.isError ? (
                <ErrorAlert error={apply.error} title={t('licenses.import.applyFailed')} />
              ) : null}
              <Space wrap>
                <Button
                  type="primary"
                  disabled={errors.length > 0 || data.rows === 0}
                  loading={apply.isPending}
                  onClick={() => apply.mutate()}
                  aria-describedby={errors.length > 0 ? 'tb-lic-apply-why' : undefined}
                >
                  {t('licenses.import.apply', { count: data.rows })}
                </Button>
                <Button onClick={restart}>{t('licenses.import.another')}</Button>
              </Space>
              {errors.length > 0 ? (
                <p id="tb-lic-apply-why" className="tb-note">
                  {t('licenses.import.applyDisabled')}
                </p>
              ) : null}
            </>
          ) : null}

          {step === 4 && data ? (
            <Result
              status="success"
              title={<h3 className="tb-result-title">{t('licenses.import.doneTitle')}</h3>}
              subTitle={t('licenses.import.doneText', { count: data.issued })}
              extra={
                <Space wrap>
                  <LinkButton to="/admin/licenses/search" type="primary">
                    {t('licenses.import.toSearch')}
                  </LinkButton>
                  <Button onClick={restart}>{t('licenses.import.another')}</Button>
                </Space>
              }
            />
          ) : null}
        </div>
      </Card>
    </div>
  );
}
