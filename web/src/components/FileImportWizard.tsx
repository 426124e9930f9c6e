import { useRef, useState, type ReactNode } from 'react';
import { Alert, Button, Progress, Space, Steps, Table, Upload } from 'antd';
import { InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { pickLocalized } from '../api/problem';
import { XLSX_TYPE, uploadFile, type UploadHandle } from '../api/upload';
import { EmptyState } from './EmptyState';
import { ErrorAlert } from './ErrorAlert';
import { ScrollRegion } from './ScrollRegion';

export interface ImportCellError {
  sheet: string;
  row: number;
  column: string;
  message: { zh: string; en: string };
}

/** What every import job answers while it is parsed and after it is applied. */
export interface ImportJobState {
  fileName: string;
  status: 'parsing' | 'ready' | 'failed' | 'applied';
  progress: number;
  errors: ImportCellError[];
}

/** i18n sections holding every WizardText key. */
export type ImportTextSection = 'importer' | 'licenses.import';
type WizardText =
  | 'stepChoose'
  | 'stepUpload'
  | 'stepParse'
  | 'stepPreview'
  | 'stepDone'
  | 'choose'
  | 'chooseHint'
  | 'notXlsx'
  | 'tooBig'
  | 'uploadFailed'
  | 'chosen'
  | 'upload'
  | 'uploading'
  | 'uploadProgress'
  | 'parsing'
  | 'parseProgress'
  | 'errorsTitle'
  | 'noErrors'
  | 'applyFailed'
  | 'another'
  | 'applyDisabled'
  | 'sheet'
  | 'row'
  | 'column'
  | 'reason';

function useWizardText(ns: ImportTextSection) {
  const { t } = useTranslation();
  return (key: WizardText, values: Record<string, string | number> = {}) => t(`${ns}.${key}`, values);
}

export interface FileImportWizardProps<J extends ImportJobState> {
  /** The i18n section with the wizard's texts. */
  ns: ImportTextSection;
  uploadUrl: string;
  maxBytes: number;
  queryKey: readonly unknown[];
  fetchJob(id: string): Promise<J>;
  applyJob(id: string): Promise<J>;
  onApplied(job: J): void;
  /** The check step above the error table: what the file will change. */
  preview(job: J): ReactNode;
  mayApply(job: J): boolean;
  applyLabel(job: J): string;
  /** The last step; `restart` starts another import. */
  done(job: J, restart: () => void): ReactNode;
}

function ErrorsTable({ ns, errors }: { ns: ImportTextSection; errors: ImportCellError[] }) {
  const { i18n } = useTranslation();
  const text = useWizardText(ns);
  return (
    <ScrollRegion label={text('errorsTitle')}>
      <Table<ImportCellError>
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
          { title: text('sheet'), dataIndex: 'sheet', key: 'sheet' },
          { title: text('row'), dataIndex: 'row', key: 'row', align: 'right' },
          { title: text('column'), dataIndex: 'column', key: 'column' },
          {
            title: text('reason'),
            key: 'reason',
            render: (_v, e) => pickLocalized(e.message, i18n.language),
          },
        ]}
      />
    </ScrollRegion>
  );
}

const percent = (n: number, total: number) => (total > 0 ? Math.round((n / total) * 100) : 0);

/** Excel import in five steps: choose, upload (progress), parse on the server (progress), check, done. */
export function FileImportWizard<J extends ImportJobState>(props: FileImportWizardProps<J>) {
  const { ns } = props;
  const { t } = useTranslation();
  const text = useWizardText(ns);
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ loaded: number; total: number } | null>(null);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const [importId, setImportId] = useState<string | null>(null);
  const upload = useRef<UploadHandle<{ importId: string }> | null>(null);

  const job = useQuery({
    queryKey: [...props.queryKey, importId],
    queryFn: () => props.fetchJob(importId!),
    enabled: importId !== null,
    refetchInterval: (q) => (!q.state.data || q.state.data.status === 'parsing' ? 800 : false),
  });
  const apply = useMutation({
    mutationFn: () => props.applyJob(importId!),
    onSuccess: (next: J) => {
      queryClient.setQueryData([...props.queryKey, importId], next);
      props.onApplied(next);
    },
  });

  const start = () => {
    if (!file) return;
    setUploadError(null);
    setProgress({ loaded: 0, total: file.size });
    const handle = uploadFile<{ importId: string }>(props.uploadUrl, file, XLSX_TYPE, (loaded, total) =>
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
  const whyId = `tb-apply-why-${ns.replace(/\W/g, '-')}`;

  return (
    <>
      <Steps
        className="tb-import-steps"
        size="small"
        current={step}
        status={data?.status === 'failed' || uploadError ? 'error' : step === 4 ? 'finish' : undefined}
        responsive
        items={[
          { title: text('stepChoose') },
          { title: text('stepUpload') },
          { title: text('stepParse') },
          { title: text('stepPreview') },
          { title: text('stepDone') },
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
                if (!/\.xlsx$/i.test(chosen.name)) setFileError(text('notXlsx'));
                else if (chosen.size > props.maxBytes) setFileError(text('tooBig'));
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
              <p className="ant-upload-text">{text('choose')}</p>
              <p className="ant-upload-hint">{text('chooseHint')}</p>
            </Upload.Dragger>
            {fileError ? <Alert type="error" showIcon role="alert" message={fileError} /> : null}
            {uploadError ? <ErrorAlert error={uploadError} title={text('uploadFailed')} /> : null}
            {file ? (
              <Space wrap>
                <span>{text('chosen', { name: file.name, size: (file.size / 1024).toFixed(0) })}</span>
                <Button type="primary" icon={<UploadOutlined aria-hidden />} onClick={start}>
                  {text('upload')}
                </Button>
              </Space>
            ) : null}
          </div>
        ) : null}

        {step === 1 && progress ? (
          <div className="tb-stack">
            <p>{text('uploading', { name: file?.name ?? '' })}</p>
            <Progress
              percent={percent(progress.loaded, progress.total)}
              status="active"
              aria-label={text('uploadProgress')}
            />
            <div>
              <Button onClick={restart}>{t('common.cancel')}</Button>
            </div>
          </div>
        ) : null}

        {step === 2 ? (
          <div className="tb-stack">
            <p>{text('parsing', { name: data?.fileName ?? file?.name ?? '' })}</p>
            <Progress
              percent={Math.round((data?.progress ?? 0) * 100)}
              status="active"
              aria-label={text('parseProgress')}
            />
            {job.isError ? <ErrorAlert error={job.error} onRetry={() => void job.refetch()} /> : null}
          </div>
        ) : null}

        {step === 3 && data ? (
          <div className="tb-stack">
            {props.preview(data)}
            <h3 className="tb-subheading-sm">{text('errorsTitle')}</h3>
            {errors.length === 0 ? (
              <EmptyState text={text('noErrors')} />
            ) : (
              <ErrorsTable ns={ns} errors={errors} />
            )}
            {apply.isError ? <ErrorAlert error={apply.error} title={text('applyFailed')} /> : null}
            <Space wrap>
              <Button
                type="primary"
                disabled={data.status !== 'ready' || errors.length > 0 || !props.mayApply(data)}
                loading={apply.isPending}
                onClick={() => apply.mutate()}
                aria-describedby={errors.length > 0 ? whyId : undefined}
              >
                {props.applyLabel(data)}
              </Button>
              <Button onClick={restart}>{text('another')}</Button>
            </Space>
            {errors.length > 0 ? (
              <p id={whyId} className="tb-note">
                {text('applyDisabled')}
              </p>
            ) : null}
          </div>
        ) : null}

        {step === 4 && data ? props.done(data, restart) : null}
      </div>
    </>
  );
}
