/** The file store: POST /api/v1/files uploads (raw body), GET /api/v1/files/:id downloads. */

/** What POST /api/v1/files answers with (201). */
export interface StoredFile {
  /** SHA-256 of the content, hex. */
  id: string;
  name: string;
  mediaType: string;
  size: number;
}

export const FILE_UPLOAD_URL = '/api/v1/files';
/** The server's upper limit for one file. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** File types the store accepts: PDF, PNG, JPEG and Word/Excel. */
export const FILE_ACCEPT = '.pdf,.png,.jpg,.jpeg,.doc,.docx,.xls,.xlsx';

const TYPES_BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The media type to send for a file: the browser's, or one from the extension when the browser gives none. */
export function mediaTypeOf(file: File): string {
  if (file.type) return file.type;
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  return TYPES_BY_EXTENSION[extension] ?? 'application/octet-stream';
}

/** Where a stored file is downloaded from. */
export function fileUrl(id: string): string {
  return `/api/v1/files/${encodeURIComponent(id)}`;
}
