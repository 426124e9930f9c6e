import { useEffect, useRef, useState } from 'react';
import { Button, Progress, Upload, type UploadProps } from 'antd';
import { CloseOutlined, DeleteOutlined, FileOutlined, InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { caseFileUrl } from '../../../api/cases';
import { FILE_UPLOAD_URL, MAX_FILE_BYTES, fileUrl, mediaTypeOf, type StoredFile } from '../../../api/files';
import { uploadFile, type UploadHandle } from '../../../api/upload';
import { useErrorText } from '../../../api/errors';

/** A file attached to a material: its store ID, and its name when it was uploaded in this visit. */
export interface AttachedFile {
  id: string;
  name?: string;
}

/** What an applicant may upload as a material (scans and photos). */
const ACCEPT = '.pdf,.jpg,.jpeg,.png';
const ACCEPTED_TYPES = new Set(['application/pdf', 'image/jpeg', 'image/png']);

interface Running {
  uid: string;
  name: string;
  percent: number;
}

interface Props {
  caseId: string;
  /** The material's name, for the labels a screen reader announces. */
  label: string;
  value: AttachedFile[];
  onChange: (files: AttachedFile[]) => void;
  disabled?: boolean;
  /** Marks the drop zone as the place of an error message (aria-describedby). */
  describedBy?: string;
}

/**
 * Uploads material files (drag or pick, several at once) into the private file store, with a progress
 * bar per file; lists the attached files with a link and a remove button.
 */
export function MaterialUploader({ caseId, label, value, onChange, disabled, describedBy }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [running, setRunning] = useState<Running[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const handles = useRef(new Map<string, UploadHandle<StoredFile>>());
  // Uploads finishing in the same tick must all be kept: each adds to the latest list, not to a stale prop.
  const latest = useRef(value);
  latest.current = value;

  useEffect(() => {
    const current = handles.current;
    return () => current.forEach((handle) => handle.abort());
  }, []);

  const customRequest: UploadProps['customRequest'] = ({ file }) => {
    if (!(file instanceof File)) return;
    const uid = (file as File & { uid?: string }).uid ?? `${file.name}:${Date.now()}`;
    const type = mediaTypeOf(file);
    if (!ACCEPTED_TYPES.has(type)) {
      setProblems((p) => [...p, t('portalCases.upload.wrongType', { name: file.name })]);
      return;
    }
    if (file.size > MAX_FILE_BYTES) {
      setProblems((p) => [...p, t('portalCases.upload.tooLarge', { name: file.name })]);
      return;
    }
    setProblems([]);
    setRunning((r) => [...r, { uid, name: file.name, percent: 0 }]);
    const handle = uploadFile<StoredFile>(
      `${FILE_UPLOAD_URL}?visibility=private`,
      file,
      type,
      (loaded, total) =>
        setRunning((r) =>
          r.map((u) =>
            u.uid === uid ? { ...u, percent: total > 0 ? Math.round((loaded / total) * 100) : 0 } : u,
          ),
        ),
    );
    handles.current.set(uid, handle);
    const finish = () => {
      handles.current.delete(uid);
      setRunning((r) => r.filter((u) => u.uid !== uid));
    };
    handle.done.then(
      (stored) => {
        finish();
        if (latest.current.some((f) => f.id === stored.id)) return;
        latest.current = [...latest.current, { id: stored.id, name: stored.name }];
        onChange(latest.current);
      },
      (error: unknown) => {
        finish();
        if (error instanceof DOMException && error.name === 'AbortError') return;
        setProblems((p) => [...p, `${file.name}${t('common.colon')}${errorText(error)}`]);
      },
    );
  };

  return (
    <div className="tb-uploader">
      <Upload.Dragger
        accept={ACCEPT}
        multiple
        showUploadList={false}
        customRequest={customRequest}
        disabled={disabled}
        className={`tb-uploader-drop${value.length > 0 ? ' tb-uploader-compact' : ''}`}
        aria-describedby={describedBy}
      >
        <p className="tb-uploader-icon" hidden={value.length > 0}>
          <InboxOutlined aria-hidden />
        </p>
        <p className="tb-uploader-text">
          {value.length > 0 ? t('portalCases.upload.dropMore') : t('portalCases.upload.drop')}
          <span className="tb-visually-hidden">
            {t('common.colon')}
            {label}
          </span>
        </p>
        <p className="tb-note">{t('portalCases.upload.hint')}</p>
      </Upload.Dragger>

      {value.length > 0 || running.length > 0 ? (
        <ul className="tb-upload-list" aria-label={t('portalCases.upload.listLabel', { name: label })}>
          {value.map((file, index) => {
            const name = file.name ?? t('portalCases.upload.savedFile', { n: index + 1 });
            return (
              <li key={file.id} className="tb-upload-item">
                <a
                  href={file.name ? fileUrl(file.id) : caseFileUrl(caseId, file.id)}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="tb-upload-name"
                >
                  <FileOutlined aria-hidden /> {name}
                  <span className="tb-visually-hidden">{t('fileInput.newTab')}</span>
                </a>
                <Button
                  type="text"
                  icon={<DeleteOutlined aria-hidden />}
                  disabled={disabled}
                  aria-label={t('fileInput.remove', { name })}
                  onClick={() => {
                    latest.current = latest.current.filter((f) => f.id !== file.id);
                    onChange(latest.current);
                  }}
                >
                  {t('fileInput.removeShort')}
                </Button>
              </li>
            );
          })}
          {running.map((upload) => (
            <li key={upload.uid} className="tb-upload-item">
              <span className="tb-upload-name">
                <FileOutlined aria-hidden /> {upload.name}
              </span>
              <Progress
                percent={upload.percent}
                size="small"
                className="tb-upload-progress"
                aria-label={t('portalCases.upload.progress', { name: upload.name })}
              />
              <Button
                type="text"
                icon={<CloseOutlined aria-hidden />}
                aria-label={t('portalCases.upload.cancel', { name: upload.name })}
                onClick={() => handles.current.get(upload.uid)?.abort()}
              />
            </li>
          ))}
        </ul>
      ) : null}
      {problems.length > 0 ? (
        <ul className="tb-upload-problems" role="alert">
          {problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
