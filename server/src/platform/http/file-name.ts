import type { FastifyRequest } from 'fastify';
import { fieldError, problems } from '../errors.ts';
import { hasControlCharacter } from './control-characters.ts';

/**
 * The name of a raw-body upload, sent percent-encoded in the `x-file-name` header (a header holds
 * no Chinese as such); `fallback` when there is none. A broken encoding or a control character in
 * the decoded name is the sender's error: 400 naming the header.
 */
export function fileNameHeader(request: FastifyRequest, fallback: string): string {
  const header = request.headers['x-file-name'];
  if (!header) return fallback;
  let name: string | null = null;
  try {
    name = decodeURIComponent(String(header));
  } catch {
    // URIError: a lone % or an incomplete UTF-8 sequence.
  }
  if (name === null || hasControlCharacter(name)) {
    throw problems.validation([
      fieldError(
        'x-file-name',
        '文件名无效：应为百分号编码（encodeURIComponent）的文本，且不含控制字符',
        'The file name must be percent-encoded text (encodeURIComponent) without control characters',
      ),
    ]);
  }
  return name;
}
