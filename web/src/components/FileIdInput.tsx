import { useEffect, useRef, useState } from 'react';
import { Button, Progress, Typography, Upload, type UploadProps } from 'antd';
import { CloseOutlined, DeleteOutlined, FileOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import {
  FILE_ACCEPT,
  FILE_UPLOAD_URL,
  MAX_FILE_BYTES,
  fileUrl,
  mediaTypeOf,
  type StoredFile,
} from '../api/files';
import { uploadFile, type UploadHandle } from '../api/upload';
import { ErrorAlert } from './ErrorAlert';

interface Props {
  /** The stored file's ID (SHA-256 hex), or undefined when none is set. */
  value?: string;
  onChange?: (value?: string) => void;
  /** Set by Form.Item so its label points at the upload button. */
  id?: string;
  disabled?: boolean;
}

/**
 * A form control for a file in the file store: uploads a file (with progress) and keeps its ID.
 * When set, shows a download link and a remove button; otherwise an upload button.
 */
export function FileIdInput({ value, onChange, id, disabled }: Props) {
  const { t } = useTranslation();
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [tooLarge, setTooLarge] = useState(false);
  /** The name of the file uploaded here, to show instead of the ID. */
  const [uploaded, setUploaded] = useState<StoredFile | null>(null);
  const upload = useRef<UploadHandle<StoredFile> | null>(null);

  useEffect(() => () => upload.current?.abort(), []);

  const customRequest: UploadProps['customRequest'] = ({ file, onSuccess, onError }) => {
    if (!(file instanceof File)) return;
    setError(null);
    setTooLarge(false);
    if (file.size > MAX_FILE_BYTES) {
      setTooLarge(true);
      onError?.(new Error('file too large'));
      return;
    }
    setProgress(0);
    const handle = uploadFile<StoredFile>(
      `${FILE_UPLOAD_URL}?visibility=public`,
      file,
      mediaTypeOf(file),
      (loaded, total) => setProgress(total > 0 ? Math.round((loaded / total) * 100) : 0),
    );
    upload.current = handle;
    handle.done.then(
      (stored) => {
        upload.current = null;
        setProgress(null);
        setUploaded(stored);
        onSuccess?.(stored);
        onChange?.(stored.id);
      },
      (e: unknown) => {
        upload.current = null;
        setProgress(null);
        if (!(e instanceof DOMException && e.name === 'AbortError')) setError(e);
        onError?.(e instanceof Error ? e : new Error(String(e)));
      },
    );
  };

  if (value) {
    const name = uploaded?.id === value ? uploaded.name : t('fileInput.file', { id: value.slice(0, 12) });
    return (
      <div className="tb-file-input">
        <Typography.Link
          id={id}
          href={fileUrl(value)}
          target="_blank"
          rel="noopener noreferrer"
          className="tb-file-input-link"
          title={value}
        >
          <FileOutlined aria-hidden /> {name}
          <span className="tb-visually-hidden">{t('fileInput.newTab')}</span>
        </Typography.Link>
        <Button
          size="small"
          icon={<DeleteOutlined aria-hidden />}
          aria-label={t('fileInput.remove', { name })}
          disabled={disabled}
          onClick={() => {
            setUploaded(null);
            onChange?.(undefined);
          }}
        >
          {t('fileInput.removeShort')}
        </Button>
      </div>
    );
  }

  return (
    <div>
      {progress === null ? (
        <Upload
          accept={FILE_ACCEPT}
          showUploadList={false}
          maxCount={1}
          customRequest={customRequest}
          disabled={disabled}
        >
          <Button id={id} icon={<UploadOutlined aria-hidden />} disabled={disabled}>
            {t('fileInput.upload')}
          </Button>
        </Upload>
      ) : (
        <div className="tb-file-input">
          <Progress
            percent={progress}
            size="small"
            className="tb-file-input-progress"
            aria-label={t('fileInput.progress')}
          />
          <Button
            size="small"
            icon={<CloseOutlined aria-hidden />}
            onClick={() => upload.current?.abort()}
            aria-label={t('fileInput.cancel')}
          />
        </div>
      )}
      <div className="tb-note">{t('fileInput.hint')}</div>
      {tooLarge ? (
        <Typography.Text type="danger" role="alert">
          {t('fileInput.tooLarge')}
        </Typography.Text>
      ) : null}
      {error ? <ErrorAlert error={error} title={t('fileInput.failed')} /> : null}
    </div>
  );
}
