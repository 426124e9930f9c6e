import type { FastifyInstance } from 'fastify';
import { fieldError, problems } from '../errors.ts';

// Control characters have no place in text people type: NUL is refused by PostgreSQL (a 500 where
// SQLite would store it), and BEL, ESC or backspace stored in a record reach terminals, logs and
// exports. Tab, line feed and carriage return are text.

/** C0 control characters other than tab, LF and CR, and DEL. */
// eslint-disable-next-line no-control-regex -- matching them is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export const hasControlCharacter = (text: string): boolean => CONTROL.test(text);

export const CONTROL_CHARACTER_MESSAGE = {
  zh: '不能包含控制字符（如 NUL、响铃、退格、转义符）',
  en: 'must not contain control characters (NUL, bell, backspace, escape …)',
} as const;

/**
 * Dotted paths (as validation errors name fields: `materials.0.note`) of every string in a parsed
 * JSON value, and every object key, that holds a control character; a string that is the whole
 * value is `(body)`. Walks with its own stack: request bodies may nest thousands of levels deep.
 */
export function controlCharacterPaths(value: unknown): string[] {
  const found = new Set<string>();
  const stack: Array<[unknown, string]> = [[value, '']];
  const child = (path: string, key: string) => (path ? `${path}.${key}` : key);
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (typeof node === 'string') {
      if (CONTROL.test(node)) found.add(path || '(body)');
    } else if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push([node[i], child(path, String(i))]);
    } else if (node !== null && typeof node === 'object' && !ArrayBuffer.isView(node)) {
      const entries = Object.entries(node);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, v] = entries[i]!;
        if (CONTROL.test(key)) found.add(child(path, key));
        stack.push([v, child(path, key)]);
      }
    }
  }
  return [...found];
}

/**
 * One rule for every route: path parameters, the query string and a parsed JSON body holding a
 * control character are refused before the schema is checked, naming every such field.
 */
export function refuseControlCharacters(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const fields = new Set([
      ...controlCharacterPaths(request.params),
      ...controlCharacterPaths(request.query),
      ...controlCharacterPaths(request.body),
    ]);
    if (fields.size > 0) {
      throw problems.validation(
        [...fields].map((field) =>
          fieldError(field, CONTROL_CHARACTER_MESSAGE.zh, CONTROL_CHARACTER_MESSAGE.en),
        ),
      );
    }
  });
}
