import { apiLanguage, csrfTokenForWrite } from './client';
import { ApiError, NetworkError, isProblem } from './problem';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface UploadHandle<T> {
  done: Promise<T>;
  abort: () => void;
}

/**
 * POSTs a file as the raw request body with XMLHttpRequest, which (unlike fetch) reports upload
 * progress. Sends the session's CSRF token and the UI language like the API client does.
 */
export function uploadFile<T>(
  url: string,
  file: File,
  contentType: string,
  onProgress: (loaded: number, total: number) => void,
): UploadHandle<T> {
  const xhr = new XMLHttpRequest();
  const done = (async () => {
    const token = await csrfTokenForWrite();
    return new Promise<T>((resolve, reject) => {
      xhr.open('POST', url);
      xhr.withCredentials = true;
      xhr.responseType = 'text';
      xhr.setRequestHeader('content-type', contentType);
      xhr.setRequestHeader('accept', 'application/json, application/problem+json');
      xhr.setRequestHeader('accept-language', apiLanguage());
      xhr.setRequestHeader('x-file-name', encodeURIComponent(file.name));
      if (token) xhr.setRequestHeader('x-csrf-token', token);
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable) onProgress(event.loaded, event.total);
      };
      xhr.onload = () => {
        let body: unknown = null;
        try {
          body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
        } catch {
          body = null;
        }
        if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
        else reject(new ApiError(xhr.status, isProblem(body) ? body : null));
      };
      xhr.onerror = () => reject(new NetworkError(new Error('upload failed')));
      xhr.onabort = () => reject(new DOMException('Upload aborted', 'AbortError'));
      xhr.send(file);
    });
  })();
  return { done, abort: () => xhr.abort() };
}
