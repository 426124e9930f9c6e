import { useEffect, useRef, useState } from 'react';
import { Button, Progress, Typography, Upload, type UploadProps } from 'antd';
import { CloseOutlined, DeleteOutlined, FileOutlined, ScanOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { FILE_ACCEPT, FILE_UPLOAD_URL, MAX_FILE_BYTES, mediaTypeOf, type StoredFile } from '../../api/files';
import { uploadFile, type UploadHandle } from '../../api/upload';
import { ErrorAlert } from '../../components/ErrorAlert';

interface Pending {
  uid: string;
  name: string;
  percent: number;
  handle: UploadHandle<StoredFile>;
}

interface Props {
  value?: StoredFile[];
  onChange?: (files: StoredFile[]) => void;
  /** What the files are, for the button's and the list's accessible names. */
  label: string;
  id?: string;
}

/**
 * Several scanned or uploaded files for one material, stored privately (only staff handling the case
 * and the applicant can open them); each upload shows its progress and can be cancelled.
 */
export function MultiFileUpload({ value = [], onChange, label, id }: Props) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<Pending[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  // Uploads finish one after another; each must add to the latest list, not the one it started with.
  const latest = useRef(value);
  latest.current = value;
  const handles = useRef(new Set<UploadHandle<StoredFile>>());
  useEffect(() => {
    const live = handles.current;
    return () => live.forEach((h) => h.abort());
  }, []);

  const customRequest: UploadProps['customRequest'] = ({ file }) => {
    if (!(file instanceof File)) return;
    setError(null);
    setTooLarge(null);
    if (file.size > MAX_FILE_BYTES) {
      setTooLarge(file.name);
      return;
    }
    const uid = `${file.name}:${file.size}:${Math.random()}`;
    const handle = uploadFile<StoredFile>(
      `${FILE_UPLOAD_URL}?visibility=private`,
      file,
      mediaTypeOf(file),
      (loaded, total) =>
        setPending((list) =>
          list.map((p) =>
            p.uid === uid ? { ...p, percent: total > 0 ? Math.round((loaded / total) * 100) : 0 } : p,
          ),
        ),
    );
    handles.current.add(handle);
    setPending((list) => [...list, { uid, name: file.name, percent: 0, handle }]);
    handle.done.then(
      (stored) => {
        handles.current.delete(handle);
        setPending((list) => list.filter((p) => p.uid !== uid));
        const next = [...latest.current.filter((f) => f.id !== stored.id), stored];
        latest.current = next;
        onChange?.(next);
      },
      (e: unknown) => {
        handles.current.delete(handle);
        setPending((list) => list.filter((p) => p.uid !== uid));
        if (!(e instanceof DOMException && e.name === 'AbortError')) setError(e);
      },
    );
  };

  return (
    <div className="tb-multi-upload">
      {value.length > 0 ? (
        <ul className="tb-multi-upload-files" aria-label={t('tasks.uploadedFiles', { label })}>
          {value.map((file) => (
            <li key={file.id}>
              <span className="tb-multi-upload-name">
                <FileOutlined aria-hidden /> {file.name}
              </span>
              <Button
                size="small"
                type="text"
                danger
                icon={<DeleteOutlined aria-hidden />}
                aria-label={t('fileInput.remove', { name: file.name })}
                onClick={() => onChange?.(value.filter((f) => f.id !== file.id))}
                className="tb-icon-button"
              />
            </li>
          ))}
        </ul>
      ) : null}
      {pending.map((p) => (
        <div key={p.uid} className="tb-file-input">
          <span className="tb-multi-upload-name">{p.name}</span>
          <Progress
            percent={p.percent}
            size="small"
            className="tb-file-input-progress"
            aria-label={t('tasks.uploadProgress', { name: p.name })}
          />
          <Button
            size="small"
            icon={<CloseOutlined aria-hidden />}
            onClick={() => p.handle.abort()}
            aria-label={t('tasks.uploadCancel', { name: p.name })}
          />
        </div>
      ))}
      <Upload accept={FILE_ACCEPT} multiple showUploadList={false} customRequest={customRequest}>
        <Button id={id} icon={<ScanOutlined aria-hidden />}>
          {value.length > 0 ? t('tasks.uploadMore') : t('tasks.upload')}
        </Button>
      </Upload>
      {tooLarge ? (
        <Typography.Text type="danger" role="alert" className="tb-block">
          {t('tasks.uploadTooLarge', { name: tooLarge })}
        </Typography.Text>
      ) : null}
      {error ? <ErrorAlert error={error} title={t('fileInput.failed')} /> : null}
    </div>
  );
}
