/** Media types accepted for uploads, told apart by their first bytes (magic numbers), never by the name. */
export type AcceptedMediaType =
  | 'application/pdf'
  | 'image/png'
  | 'image/jpeg'
  | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
  | 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
  | 'application/msword'
  | 'application/vnd.ms-excel';

const startsWith = (data: Buffer, bytes: number[]) => bytes.every((b, i) => data[i] === b);

export function detectMediaType(data: Buffer, fileName = ''): AcceptedMediaType | null {
  if (startsWith(data, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(data, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04])) {
    // Office Open XML files are zips whose entry names (stored in clear) say what they hold.
    const head = data.subarray(0, Math.min(data.length, 64 * 1024)).toString('latin1');
    if (!head.includes('[Content_Types].xml') && !data.includes('[Content_Types].xml')) return null;
    if (data.includes('word/'))
      return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    if (data.includes('xl/')) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    return null;
  }
  if (startsWith(data, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // Legacy Office compound files look alike; the extension picks between Word and Excel.
    return /\.xls$/i.test(fileName) ? 'application/vnd.ms-excel' : 'application/msword';
  }
  return null;
}
