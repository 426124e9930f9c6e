import crypto from 'node:crypto';
import type { Probe } from './probe.ts';
import type { RouteKey } from './route-table.ts';
import { makeUscc } from '../../src/modules/identity/uscc.ts';
import { idNumber } from './world.ts';

// The bad-input corpus: malformed requests to the write routes, each with what the answer must name.
// Mutations of the request bodies are generated from each route's published JSON schema (every
// required field missing, every field of a wrong type, too long, out of range, off its pattern or
// enum, extra fields where none are allowed), then the rules a schema cannot say are added by hand (ID
// numbers, credit codes, names with control or bidirectional characters, injection strings, dates),
// and the transport-level cases (broken JSON, deep nesting, oversized bodies, spoofed and truncated
// uploads, malformed workbooks).

export type Category =
  | 'missing field'
  | 'wrong type'
  | 'extra field'
  | 'too long'
  | 'too short'
  | 'out of range'
  | 'bad enum'
  | 'bad format'
  | 'huge string'
  | 'huge array'
  | 'deep nesting'
  | 'malformed JSON'
  | 'wrong content type'
  | 'prototype pollution'
  | 'ID number'
  | 'credit code'
  | 'control or bidi characters'
  | 'SQL injection'
  | 'script injection'
  | 'bad date'
  | 'bad reference'
  | 'path traversal'
  | 'bad file name'
  | 'spoofed MIME type'
  | 'empty upload'
  | 'oversized upload'
  | 'truncated upload'
  | 'malformed xlsx'
  | 'bad path parameter'
  | 'bad query';

export interface BadRequest {
  category: Category;
  route: RouteKey;
  /** Login the request is sent as (the person who could make the well-formed request), null: anonymous. */
  as: string | null;
  probe: Probe;
  /** Fields a 400 VALIDATION_FAILED answer must name; when absent any 4xx problem will do. */
  fields?: string[];
  /** A workbook upload: parsed by a job, so the errors are in the import's status and applying is refused. */
  asyncImport?: 'catalog' | 'licence';
  /** A short description for failure messages. */
  what: string;
}

/** Records the corpus is aimed at (all exist before it runs; none may change). */
export interface CorpusTargets {
  manualItemCode: string;
  draft: { id: string; version: number };
  acceptTask: { id: string; version: number };
  approvedCaseId: string;
  optionSetVersion: number;
  /** A topic complaints and consultations may be about. */
  topic: string;
  /** Another approved case's SMS rating link (the corpus rates no case twice). */
  ratingToken: string;
  idCardLicenceId: string;
  zhangsanFileId: string;
  windowFileId: string;
  departments: { xhCentre: string; xhHousing: string; xhMarket: string };
  catalogWorkbook: Buffer;
  licenceTemplate: Buffer;
  /** A valid .xlsx without the sheets either import reads. */
  unrelatedWorkbook: Buffer;
  /** A zip archive that is not a workbook. */
  plainZip: Buffer;
}

/** The subset of an OpenAPI document the generator reads. */
export interface OpenApiDocument {
  paths: Record<
    string,
    Record<string, { requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>
  >;
}
export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  maxItems?: number;
  minItems?: number;
  maxLength?: number;
  minLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  enum?: unknown[];
  anyOf?: JsonSchema[];
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The server's default JSON body limit (TONGBAN_BODY_LIMIT_BYTES). */
const BODY_LIMIT = 1024 * 1024;
export const SCRIPT = '<script>alert("tongban")</script>';
const SQL = [
  "' OR '1'='1",
  "'; DROP TABLE cases; --",
  '1; SELECT pg_sleep(5)--',
  "\\' UNION SELECT * FROM accounts--",
];
const BIDI = '\u202E';
const CONTROL = ['\u0000', '\u0007', '\u001B[2J', '\u0008'];

type Body = Record<string, unknown>;

/** A JSON write route: who may call it, where, and a well-formed body to mutate. */
interface JsonRoute {
  route: RouteKey;
  as: string | null;
  url: string;
  base: Body;
  headers?: Record<string, string>;
  /**
   * Rules the schema cannot state: [category, field path, value, fields named (default: the path)]; the
   * path `*` replaces the whole body.
   */
  semantic?: Array<[Category, string, unknown, string[]?]>;
  /** Makes each generated body unique where one accepted request would change the answer to the next. */
  vary?: (body: Body) => Body;
}

const clone = <T>(value: T): T => structuredClone(value);

function setAt(body: Body, path: string, value: unknown): Body {
  const copy = clone(body);
  const keys = path.split('.');
  let node = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys.at(-1)!] = value;
  return copy;
}

function deleteAt(body: Body, path: string): Body {
  const copy = clone(body);
  const keys = path.split('.');
  let node = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  delete node[keys.at(-1)!];
  return copy;
}

function getAt(body: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], body);
}

/** Values of the wrong type that Fastify's coercion (`coerceTypes: 'array'`) cannot turn into the right one. */
function wrongValues(schema: JsonSchema): unknown[] {
  if (schema.anyOf || schema.enum) return [{ a: 1 }];
  switch (schema.type) {
    case 'string':
      return [{ a: 1 }, [1, 2]];
    case 'integer':
    case 'number':
      return ['abc', { a: 1 }];
    case 'boolean':
      return ['maybe', { a: 1 }];
    case 'array':
      return [{ a: 1 }];
    case 'object':
      return ['text', [1, 2]];
    default:
      return [];
  }
}

/** Mutations of one field that its schema refuses. */
function fieldMutations(
  path: string,
  schema: JsonSchema,
  current: unknown,
): Array<[Category, unknown, string]> {
  const out: Array<[Category, unknown, string]> = [];
  for (const value of wrongValues(schema)) out.push(['wrong type', value, `${JSON.stringify(value)}`]);
  if (schema.type === 'string') {
    if (schema.maxLength !== undefined) {
      out.push(['too long', 'x'.repeat(schema.maxLength + 1), `${schema.maxLength + 1} characters`]);
      out.push(['huge string', '长'.repeat(100_000), '100,000 characters (300 kB)']);
    }
    if ((schema.minLength ?? 0) > 0) out.push(['too short', '', 'empty']);
    if (schema.pattern && !new RegExp(schema.pattern).test(SCRIPT))
      out.push(['script injection', SCRIPT, 'a script tag against its pattern']);
    if (schema.pattern && !new RegExp(schema.pattern).test(SQL[0]!))
      out.push(['SQL injection', SQL[0], 'SQL against its pattern']);
    if (schema.format === 'date-time')
      out.push(['bad date', '2026-13-45T25:61:00Z', 'an impossible date-time']);
    if (schema.format === 'uri') out.push(['bad format', 'javascript:alert(1)', 'a javascript: URL']);
  }
  if (schema.enum) out.push(['bad enum', SQL[1], 'SQL instead of an option']);
  if (schema.type === 'integer' || schema.type === 'number') {
    if (schema.minimum !== undefined)
      out.push(['out of range', schema.minimum - 1, `below ${schema.minimum}`]);
    if (schema.maximum !== undefined)
      out.push(['out of range', schema.maximum + 1, `above ${schema.maximum}`]);
    if (schema.type === 'integer') out.push(['wrong type', 1.5, 'a fraction']);
  }
  if (schema.type === 'array' && schema.maxItems !== undefined) {
    const item = Array.isArray(current) && current.length > 0 ? current[0] : 'x';
    out.push(['huge array', Array.from({ length: 100_000 }, () => clone(item)), '100,000 items']);
    if (schema.maxItems < 1000)
      out.push([
        'too long',
        Array.from({ length: schema.maxItems + 1 }, () => clone(item)),
        `${schema.maxItems + 1} items`,
      ]);
  }
  return out;
}

/** Every mutation the body schema refuses, down to the first element of arrays of objects. */
function schemaMutations(spec: JsonRoute, schema: JsonSchema): BadRequest[] {
  const out: BadRequest[] = [];
  const add = (category: Category, body: Body, field: string, what: string) =>
    out.push({
      category,
      route: spec.route,
      as: spec.as,
      probe: {
        method: methodOf(spec.route),
        url: spec.url,
        body: spec.vary?.(body) ?? body,
        headers: spec.headers,
      },
      // Past the body limit the answer is 413, before any field is looked at.
      fields: Buffer.byteLength(JSON.stringify(body)) > BODY_LIMIT ? undefined : [field],
      what: `${field}: ${what}`,
    });
  const walk = (node: JsonSchema, prefix: string, depth: number) => {
    const properties = node.properties ?? {};
    for (const [name, sub] of Object.entries(properties)) {
      const path = prefix ? `${prefix}.${name}` : name;
      const current = getAt(spec.base, path);
      if (node.required?.includes(name)) add('missing field', deleteAt(spec.base, path), path, 'missing');
      for (const [category, value, what] of fieldMutations(path, sub, current))
        add(category, setAt(spec.base, path, value), path, what);
      if (depth < 2 && sub.type === 'object' && sub.properties && current !== undefined)
        walk(sub, path, depth + 1);
      if (
        depth < 2 &&
        sub.type === 'array' &&
        sub.items?.properties &&
        Array.isArray(current) &&
        current.length > 0
      )
        walk(sub.items, `${path}.0`, depth + 1);
    }
    if (node.additionalProperties === false && Object.keys(properties).length > 0) {
      const path = prefix ? `${prefix}.isAdmin` : 'isAdmin';
      add('extra field', setAt(spec.base, path, true), path, 'a field the schema does not have');
    }
  };
  walk(schema, '', 0);
  return out;
}

const methodOf = (route: RouteKey) => route.slice(0, route.indexOf(' ')) as Probe['method'];

/** Nested `depth` levels deep: objects (`{"a":{"a":…}}`) or arrays (`[[…]]`), as JSON text. */
function nested(depth: number, kind: 'object' | 'array'): string {
  return kind === 'object'
    ? '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)
    : '['.repeat(depth) + '1' + ']'.repeat(depth);
}

/** Body-level malformations every JSON route gets. */
function transportMutations(spec: JsonRoute, schema: JsonSchema): BadRequest[] {
  const out: BadRequest[] = [];
  const raw = (
    category: Category,
    payload: string | Buffer,
    what: string,
    contentType = 'application/json',
    fields?: string[],
  ) =>
    out.push({
      category,
      route: spec.route,
      as: spec.as,
      probe: {
        method: methodOf(spec.route),
        url: spec.url,
        raw: { contentType, payload: Buffer.isBuffer(payload) ? payload : Buffer.from(payload) },
        headers: spec.headers,
      },
      fields,
      what,
    });
  const text = JSON.stringify(spec.base);
  raw('malformed JSON', text.slice(0, Math.max(1, Math.floor(text.length / 2))), 'JSON cut in half');
  raw(
    'malformed JSON',
    Buffer.concat([Buffer.from('{"x":"'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('"}')]),
    'invalid UTF-8',
  );
  raw('malformed JSON', text.replace(/}$/, ',}'), 'a trailing comma');
  raw('malformed JSON', "{'single':'quotes'}", 'single quotes');
  raw('wrong type', '[]', 'an array instead of an object', 'application/json', ['(body)']);
  raw('wrong type', '"text"', 'a string instead of an object', 'application/json', ['(body)']);
  raw('wrong type', 'null', 'null instead of an object');
  raw('deep nesting', nested(10_000, 'object'), 'objects nested 10,000 deep');
  raw('deep nesting', nested(10_000, 'array'), 'arrays nested 10,000 deep');
  const firstString = Object.entries(schema.properties ?? {}).find(([, s]) => s.type === 'string')?.[0];
  if (firstString) {
    raw(
      'deep nesting',
      JSON.stringify(setAt(spec.base, firstString, '@@DEEP@@')).replace(
        '"@@DEEP@@"',
        nested(10_000, 'object'),
      ),
      `${firstString}: objects nested 10,000 deep`,
      'application/json',
      [firstString],
    );
    raw(
      'huge string',
      JSON.stringify(setAt(spec.base, firstString, 'x'.repeat(1024 * 1024))),
      `${firstString}: 1 MB`,
    );
  }
  raw('huge string', JSON.stringify({ ...spec.base, padding: 'x'.repeat(2 * 1024 * 1024) }), 'a 2 MB body');
  raw('wrong content type', text, 'JSON sent as text/plain', 'text/plain');
  raw('wrong content type', 'a=1&b=2', 'a form post', 'application/x-www-form-urlencoded');
  raw('prototype pollution', text.replace(/^{/, '{"__proto__":{"isAdmin":true},'), '__proto__ in the body');
  raw(
    'prototype pollution',
    text.replace(/^{/, '{"constructor":{"prototype":{"isAdmin":true}},'),
    'constructor.prototype in the body',
  );
  return out;
}

function semanticMutations(spec: JsonRoute): BadRequest[] {
  return (spec.semantic ?? []).map(([category, path, value, fields]) => {
    const body = path === '*' ? (value as Body) : setAt(spec.base, path, value);
    return {
      category,
      route: spec.route,
      as: spec.as,
      probe: {
        method: methodOf(spec.route),
        url: spec.url,
        body: spec.vary?.(body) ?? body,
        headers: spec.headers,
      },
      fields: fields ?? [path],
      what: `${path}: ${JSON.stringify(value).slice(0, 80)}`,
    };
  });
}

/**
 * Characters no name may hold: control characters, bidirectional overrides and isolates (which make a
 * name display differently from what it is). A person's name is also held to the ID card's characters,
 * so markup and SQL are refused there; an organisation's name may contain quotes and brackets.
 */
function nameCases(path: string, valid: string, person: boolean): Array<[Category, string, unknown]> {
  return [
    ['control or bidi characters', path, `${valid[0]}${BIDI}${valid.slice(1)}`],
    ['control or bidi characters', path, `${valid}${BIDI}gpj.exe`],
    ...CONTROL.map((c): [Category, string, unknown] => [
      'control or bidi characters',
      path,
      `${valid[0]}${c}${valid.slice(1)}`,
    ]),
    ['control or bidi characters', path, `${valid}\u2066\u2069`],
    ...(person
      ? ([
          ['script injection', path, SCRIPT],
          ['SQL injection', path, `${valid}${SQL[1]}`],
        ] as Array<[Category, string, unknown]>)
      : []),
  ];
}

/** Bad ID numbers: check character, birth date, length, characters. */
function idNumberCases(
  path: string,
  valid: string,
  fields = [path],
): Array<[Category, string, unknown, string[]]> {
  const wrongCheck = valid.slice(0, 17) + (valid[17] === '0' ? '1' : '0');
  return [
    ['ID number', path, wrongCheck, fields],
    ['ID number', path, `${valid.slice(0, 6)}19990230${valid.slice(14, 17)}X`, fields],
    ['ID number', path, `${valid.slice(0, 6)}20991231${valid.slice(14, 17)}0`, fields],
    ['ID number', path, `${valid.slice(0, 6)}18001301${valid.slice(14, 17)}0`, fields],
    ['ID number', path, valid.slice(0, 17), fields],
    ['ID number', path, `${valid.slice(0, 16)}AB`, fields],
    ['ID number', path, `000000${valid.slice(6)}`, fields],
    ['SQL injection', path, `${valid.slice(0, 10)}' OR 1=1`, fields],
  ];
}

let usccSequence = 0;
/** A well-formed credit code not used before. */
function freshUscc(authority: '1' | '9'): string {
  usccSequence += 1;
  const code = makeUscc({
    registrationAuthority: authority,
    category: '1',
    regionCode: '330106',
    sequence: 70_000_000 + usccSequence,
  });
  return code;
}

/** Bad unified social credit codes (format; a wrong check character alone is a warning by design). */
function usccCases(path: string, fields = [path]): Array<[Category, string, unknown, string[]]> {
  return [
    ['credit code', path, '91330106600000004', fields],
    ['credit code', path, '91330106600000004I', fields],
    ['credit code', path, '9133010660000000OG', fields],
    ['credit code', path, 'ZZ330106600000004G', fields],
    ['credit code', path, '91330106-00000004G', fields],
    ['SQL injection', path, "9133' OR '1'='1--X", fields],
  ];
}

function jsonRoutes(t: CorpusTargets): JsonRoute[] {
  const citizenId = idNumber('330106', '19950505', 777);
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  const plus = (days: number) =>
    new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const unknownFile = crypto.createHash('sha256').update('no such file').digest('hex');
  const departmentUscc = freshUscc('1');
  const organisationUscc = freshUscc('9');
  return [
    {
      route: 'POST /api/v1/auth/register',
      as: null,
      url: '/api/v1/auth/register',
      base: { name: '王小明', idNumber: citizenId, mobile: '13912345678', password: 'Secret1234' },
      semantic: [
        ...nameCases('name', '王小明', true),
        ['too short', 'name', '王'],
        ...idNumberCases('idNumber', citizenId),
        ['bad format', 'mobile', '12345678901'],
        ['bad format', 'mobile', '1391234567a'],
        ['SQL injection', 'mobile', SQL[0]],
        ['too short', 'password', 'abc123'],
        ['bad format', 'password', '12345678901'],
        ['bad format', 'password', 'onlyletters'],
      ],
    },
    {
      route: 'POST /api/v1/auth/login',
      as: null,
      url: '/api/v1/auth/login',
      // No such account: a wrong password against a real one would lock it.
      base: { identifier: 'no-such-user', password: 'Wrong1234' },
      semantic: [
        ...SQL.map((s): [Category, string, unknown, string[]] => ['SQL injection', 'identifier', s, []]),
        ['script injection', 'identifier', SCRIPT, []],
        ['control or bidi characters', 'identifier', 'admin\u0000', []],
        ['control or bidi characters', 'identifier', `ad${BIDI}min`, []],
        ['SQL injection', 'password', SQL[0], []],
      ],
    },
    {
      route: 'PUT /api/v1/auth/me/preferences',
      as: '13800000002',
      url: '/api/v1/auth/me/preferences',
      base: { seniorMode: true, language: 'en' },
      semantic: [
        ['missing field', '*', {}, ['(body)']],
        ['wrong type', 'seniorMode', 2],
        ['bad enum', 'language', 'fr'],
        ['bad enum', 'language', 'ZH-CN'],
        ['script injection', 'language', SCRIPT],
        ['SQL injection', 'language', SQL[1]],
      ],
    },
    {
      route: 'POST /api/v1/cases',
      as: '13800000001',
      url: '/api/v1/cases',
      base: {
        serviceKind: 'item',
        code: t.manualItemCode,
        submit: true,
        form: { reason: '测试' },
        materials: [
          { key: 'M01', source: 'upload', fileIds: [t.zhangsanFileId] },
          { key: 'M02', source: 'upload', fileIds: [t.zhangsanFileId] },
        ],
      },
      semantic: [
        ['bad reference', 'code', 'NO-SUCH-ITEM', []],
        ['SQL injection', 'code', SQL[1], []],
        ['script injection', 'code', SCRIPT, []],
        ['too long', 'form.reason', '理'.repeat(101)],
        ['wrong type', 'form.reason', { nested: { deeper: [1, 2, 3] } }],
        ['control or bidi characters', 'form.reason', `事由${CONTROL[0]}`],
        ['ID number', 'form.idNumber', '330106198805120112'],
        ['bad reference', 'materials.0.fileIds', [unknownFile], []],
        ['bad reference', 'materials.0.source', 'waived', []],
        ['bad date', 'materials.1', { key: 'M02', source: 'pledge', pledgeDueDate: '2026-02-30' }, []],
        ['bad reference', 'materials.1', { key: 'M99', source: 'upload', fileIds: [t.zhangsanFileId] }, []],
      ],
    },
    {
      route: 'PUT /api/v1/cases/:id',
      as: '13800000001',
      url: `/api/v1/cases/${t.draft.id}`,
      base: { version: t.draft.version, form: { reason: '修改' } },
      semantic: [
        ['out of range', 'version', 999, []],
        ['bad reference', 'materials', [{ key: 'M01', source: 'upload', fileIds: [unknownFile] }], []],
      ],
    },
    {
      route: 'POST /api/v1/cases/:id/submit',
      as: '13800000001',
      url: `/api/v1/cases/${t.draft.id}/submit`,
      base: { version: t.draft.version },
      semantic: [
        ['out of range', 'version', 999, []],
        ['too long', 'form', { reason: '理'.repeat(101) }, []],
        ['ID number', 'form', { reason: '测试', idNumber: '330106198805120112' }, []],
        ['bad reference', 'materials', [{ key: 'M01', source: 'licence' }], []],
      ],
    },
    {
      route: 'POST /api/v1/window/cases',
      as: 'window01',
      url: '/api/v1/window/cases',
      headers: { 'idempotency-key': 'corpus-window-intake' },
      base: {
        person: { name: '王奶奶', idNumber: idNumber('330106', '19450101', 888) },
        itemCode: t.manualItemCode,
        form: { name: '王奶奶', idNumber: idNumber('330106', '19450101', 888), reason: '窗口代办' },
        materials: [
          { key: 'M01', source: 'upload', fileIds: [t.windowFileId] },
          { key: 'M02', source: 'waived', note: '现场采集' },
        ],
      },
      semantic: [
        ...nameCases('person.name', '王奶奶', true).map(
          ([c, p, v]): [Category, string, unknown, string[]] => [c, p, v, []],
        ),
        ...idNumberCases('person.idNumber', idNumber('330106', '19450101', 888), []),
        ['bad format', 'person.mobile', '0000', []],
        ['bad reference', 'itemCode', 'NO-SUCH-ITEM', []],
      ],
    },
    {
      route: 'POST /api/v1/tasks/:id/decision',
      as: 'window01',
      url: `/api/v1/tasks/${t.acceptTask.id}/decision`,
      base: { version: t.acceptTask.version, outcome: 'accept' },
      semantic: [
        ['out of range', 'version', 999, []],
        ['bad enum', 'outcome', 'approve', []],
        ['missing field', 'outcome', 'refuse', []],
        ['too short', 'reason', 'x'],
        ['bad reference', 'outcome', 'request_correction', []],
        ['control or bidi characters', 'note', `意见${CONTROL[0]}`],
      ],
    },
    {
      route: 'POST /api/v1/feedback/cases/:id/evaluations',
      as: '13800000001',
      url: `/api/v1/feedback/cases/${t.approvedCaseId}/evaluations`,
      base: { stage: 'result', level: 5, options: [], channel: 'web', optionSetVersion: t.optionSetVersion },
      semantic: [
        ['bad reference', 'options', [SCRIPT], []],
        ['bad reference', 'options', ['efficiency_bad'], []],
        ['bad reference', 'optionSetVersion', 999, []],
        ['bad reference', 'stage', 'window_intake', []],
        ['control or bidi characters', 'comment', `很好${CONTROL[0]}`],
      ],
    },
    {
      route: 'POST /api/v1/feedback/rating-link',
      as: null,
      url: `/api/v1/feedback/rating-link?token=${t.ratingToken}`,
      base: { level: 5, options: [], optionSetVersion: t.optionSetVersion },
      semantic: [
        ['bad reference', 'options', ['no_such_option'], []],
        ['control or bidi characters', 'comment', `好${CONTROL[0]}`],
      ],
    },
    {
      route: 'POST /api/v1/feedback/inquiries',
      as: '13800000001',
      url: '/api/v1/feedback/inquiries',
      base: {
        kind: 'complaint',
        itemCode: t.manualItemCode,
        subject: '办理时间过长',
        content: '提交后很久没有受理。',
      },
      semantic: [
        ['bad reference', 'itemCode', 'NO-SUCH-ITEM'],
        ['bad reference', 'caseId', crypto.randomUUID(), ['caseId']],
        [
          'bad reference',
          '*',
          {
            kind: 'complaint',
            topic: 'no_such_topic',
            regionCode: '330106',
            subject: '主题不存在',
            content: '这个主题不存在吧。',
          },
          ['topic'],
        ],
        [
          'missing field',
          '*',
          { kind: 'complaint', topic: t.topic, subject: '没有地区', content: '没有选择所在地区。' },
          ['regionCode'],
        ],
        ['control or bidi characters', 'subject', `投诉${CONTROL[0]}主题`],
        ['control or bidi characters', 'content', `内容${CONTROL[0]}不满意的地方`],
        ['too short', 'subject', '  '],
        ['too short', 'content', '     '],
      ],
    },
    {
      route: 'POST /api/v1/feedback/inquiries',
      as: null,
      url: '/api/v1/feedback/inquiries',
      base: {
        kind: 'consultation',
        anonymous: true,
        itemCode: t.manualItemCode,
        subject: '匿名咨询',
        content: '请问需要本人到场吗？',
      },
      semantic: [
        ['bad reference', 'kind', 'complaint', []],
        [
          'bad reference',
          '*',
          {
            kind: 'consultation',
            anonymous: true,
            topic: t.topic,
            regionCode: '999999',
            subject: '匿名咨询',
            content: '请问需要本人到场吗？',
          },
          ['regionCode'],
        ],
        ['control or bidi characters', 'content', `请问${CONTROL[0]}需要本人到场吗`],
      ],
    },
    {
      route: 'POST /api/v1/exchange/grants',
      as: 'xh-housing',
      url: '/api/v1/exchange/grants',
      base: {
        resourceCode: 'real_estate_registry',
        consumerDepartmentId: t.departments.xhHousing,
        purpose: '房屋租赁登记备案核验房屋权属',
        fields: ['address'],
        itemCodes: [t.manualItemCode],
      },
      semantic: [
        ['SQL injection', 'resourceCode', SQL[1], []],
        ['bad reference', 'fields', ['address', 'salary'], ['fields.1']],
        ['bad reference', 'consumerDepartmentId', t.departments.xhMarket, []],
        ['too short', 'purpose', '   ', ['purpose']],
        ['control or bidi characters', 'purpose', `核验${CONTROL[0]}权属`],
        ['bad reference', 'itemCodes', ['NO-SUCH-ITEM'], []],
      ],
    },
    {
      route: 'POST /api/v1/departments',
      as: 'admin',
      url: '/api/v1/departments',
      base: {
        name: '杭州市西湖区测试局',
        kind: 'market_regulation',
        regionCode: '330106',
        uscc: departmentUscc,
      },
      // Each request names a credit code of its own, so one wrongly accepted request does not turn the
      // next into a 409.
      vary: (body) => ({ ...body, uscc: body.uscc === departmentUscc ? freshUscc('1') : body.uscc }),
      semantic: [
        ...usccCases('uscc'),
        ['bad reference', 'regionCode', '999999', []],
        ...nameCases('name', '杭州市西湖区测试局', false).map(
          ([c, p, v]): [Category, string, unknown, string[]] => [c, p, v, ['name']],
        ),
      ],
    },
    {
      route: 'POST /api/v1/staff',
      as: 'admin',
      url: '/api/v1/staff',
      base: {
        loginName: 'corpus-staff',
        password: 'Tongban@2026',
        name: '测试人员',
        idNumber: idNumber('330106', '19920202', 555),
        roles: [{ role: 'window', departmentId: t.departments.xhCentre }],
      },
      semantic: [
        ...nameCases('name', '测试人员', true).map(([c, p, v]): [Category, string, unknown, string[]] => [
          c,
          p,
          v,
          ['name'],
        ]),
        ...idNumberCases('idNumber', idNumber('330106', '19920202', 555)),
        ['script injection', 'loginName', SCRIPT, ['loginName']],
        ['SQL injection', 'loginName', SQL[0], ['loginName']],
        ['control or bidi characters', 'loginName', `corpus${BIDI}staff`, ['loginName']],
        ['too short', 'password', 'abc', ['password']],
        ['bad reference', 'roles', [{ role: 'window', departmentId: crypto.randomUUID() }], []],
        ['too short', 'roles', [], ['roles']],
      ],
    },
    {
      route: 'POST /api/v1/organisations',
      as: 'admin',
      url: '/api/v1/organisations',
      base: {
        name: '杭州语料测试有限公司',
        uscc: organisationUscc,
        kind: 'enterprise',
        regionCode: '330106',
        legalRepresentativeIdNumber: '330106198805120111',
      },
      vary: (body) => ({ ...body, uscc: body.uscc === organisationUscc ? freshUscc('9') : body.uscc }),
      semantic: [
        ...usccCases('uscc'),
        ...idNumberCases('legalRepresentativeIdNumber', '330106198805120111'),
        ['bad reference', 'legalRepresentativeIdNumber', idNumber('330106', '19700101', 999)],
        ...nameCases('name', '杭州语料测试有限公司', false).map(
          ([c, p, v]): [Category, string, unknown, string[]] => [c, p, v, ['name']],
        ),
      ],
    },
    {
      route: 'POST /api/v1/licenses/:id/grants',
      as: '13800000001',
      url: `/api/v1/licenses/${t.idCardLicenceId}/grants`,
      base: { granteeKind: 'code', purpose: '入职资格核验', validFrom: today, validUntil: plus(30) },
      semantic: [
        ['bad date', 'validFrom', '2026-02-30', []],
        ['bad date', 'validUntil', plus(-1), []],
        ['bad date', 'validUntil', plus(400), []],
        ['bad date', 'validFrom', '0000-00-00', []],
        ['credit code', 'granteeKind', 'organisation', ['uscc']],
        ...[
          ...usccCases('uscc', ['uscc']),
          ['credit code', 'uscc', '91330106600000005G', ['uscc']] as const,
        ].map(([c, , v, f]): [Category, string, unknown, string[]] => [
          c,
          '*',
          {
            granteeKind: 'organisation',
            uscc: v,
            purpose: '入职资格核验',
            validFrom: today,
            validUntil: plus(30),
          },
          [...f],
        ]),
        [
          'bad reference',
          '*',
          {
            granteeKind: 'department',
            departmentId: crypto.randomUUID(),
            purpose: '核验',
            validFrom: today,
            validUntil: plus(30),
          },
          [],
        ],
        [
          'missing field',
          '*',
          { granteeKind: 'department', purpose: '核验', validFrom: today, validUntil: plus(30) },
          ['departmentId'],
        ],
        ['too short', 'purpose', '   ', []],
        ['control or bidi characters', 'purpose', `核验${CONTROL[0]}`],
      ],
    },
    {
      route: 'POST /api/v1/catalog/admin/synonyms',
      as: 'admin',
      url: '/api/v1/catalog/admin/synonyms',
      base: { phrase: '语料短语', expansions: ['营业执照'] },
      semantic: [
        ['too short', 'phrase', ' ', []],
        ['control or bidi characters', 'phrase', `短语${CONTROL[0]}`],
      ],
    },
    {
      route: 'PUT /api/v1/calendar/days/:date',
      as: 'admin',
      url: '/api/v1/calendar/days/2098-01-05',
      base: { kind: 'holiday', name: '语料假日' },
      semantic: [['control or bidi characters', 'name', `假日${CONTROL[0]}`]],
    },
    {
      route: 'POST /api/v1/licenses/grants/redeem',
      as: null,
      url: '/api/v1/licenses/grants/redeem',
      base: { code: 'AAAA-BBBB-CCCC' },
      semantic: [
        ['SQL injection', 'code', SQL[0], []],
        ['script injection', 'code', SCRIPT, []],
        ['control or bidi characters', 'code', 'AAAA\u0000', []],
      ],
    },
  ];
}

/** Uploads: spoofed types, empty, oversized, truncated, bad names, to the file store and both imports. */
function uploadCases(t: CorpusTargets): BadRequest[] {
  const out: BadRequest[] = [];
  const pdf = Buffer.from('%PDF-1.4\n% corpus\n%%EOF\n');
  const exe = Buffer.concat([Buffer.from('MZ'), crypto.randomBytes(200)]);
  const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), crypto.randomBytes(200)]);
  const html = Buffer.from(`<!doctype html><html><body>${SCRIPT}</body></html>`);
  const svg = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">${SCRIPT}</svg>`);
  const file = (
    category: Category,
    what: string,
    payload: Buffer,
    options: { name?: string; contentType?: string; url?: string; headers?: Record<string, string> } = {},
  ) =>
    out.push({
      category,
      route: 'POST /api/v1/files',
      as: '13800000001',
      probe: {
        method: 'POST',
        url: options.url ?? '/api/v1/files?visibility=private',
        raw: { contentType: options.contentType ?? 'application/pdf', payload },
        headers: {
          ...(options.name !== undefined ? { 'x-file-name': options.name } : {}),
          ...options.headers,
        },
      },
      what,
    });
  file('spoofed MIME type', 'a Windows executable named .pdf', exe, { name: 'invoice.pdf' });
  file('spoofed MIME type', 'an ELF binary named .png', elf, { name: 'photo.png', contentType: 'image/png' });
  file('spoofed MIME type', 'a zip that is not an Office file, named .pdf', t.plainZip, { name: 'scan.pdf' });
  file('spoofed MIME type', 'a zip that is not an Office file, named .docx', t.plainZip, {
    name: 'form.docx',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  });
  file('spoofed MIME type', 'an HTML page with a script, named .pdf', html, { name: 'x.pdf' });
  file('spoofed MIME type', 'an SVG with a script, sent as image/png', svg, {
    name: 'x.png',
    contentType: 'image/png',
  });
  file('spoofed MIME type', 'text sent as image/jpeg', Buffer.from('hello'), {
    name: 'x.jpg',
    contentType: 'image/jpeg',
  });
  file('empty upload', 'no bytes', Buffer.alloc(0), { name: 'empty.pdf' });
  file(
    'oversized upload',
    '20 MB + 1 byte',
    Buffer.concat([pdf, Buffer.alloc(20 * 1024 * 1024 + 1 - pdf.length)]),
    { name: 'big.pdf' },
  );
  file(
    'oversized upload',
    'past the route’s body limit',
    Buffer.concat([pdf, Buffer.alloc(20 * 1024 * 1024 + 4096)]),
    { name: 'big.pdf' },
  );
  file('truncated upload', 'Content-Length larger than the bytes sent', pdf, {
    name: 'cut.pdf',
    headers: { 'content-length': String(pdf.length + 1000) },
  });
  file('bad file name', 'a broken percent-encoding in the name', pdf, { name: '%E0%A4%A' });
  file('bad file name', 'a lone % in the name', pdf, { name: '100%.pdf' });
  file('bad file name', 'a name of 601 characters', pdf, { name: 'n'.repeat(601) });
  file('bad query', 'visibility=everyone', pdf, { name: 'x.pdf', url: '/api/v1/files?visibility=everyone' });
  file('bad query', 'a public file from a citizen', pdf, {
    name: 'x.pdf',
    url: '/api/v1/files?visibility=public',
  });

  const workbooks: Array<['catalog' | 'licence', string]> = [
    ['catalog', '/api/v1/catalog/admin/imports'],
    ['licence', '/api/v1/licenses/admin/imports'],
  ];
  for (const [kind, url] of workbooks) {
    const route = `POST ${url}` as RouteKey;
    const good = kind === 'catalog' ? t.catalogWorkbook : t.licenceTemplate;
    const upload = (
      category: Category,
      what: string,
      payload: Buffer,
      options: { contentType?: string; name?: string; asyncImport?: boolean } = {},
    ) =>
      out.push({
        category,
        route,
        as: 'admin',
        probe: {
          method: 'POST',
          url,
          raw: { contentType: options.contentType ?? XLSX, payload },
          headers: options.name !== undefined ? { 'x-file-name': options.name } : {},
        },
        asyncImport: options.asyncImport ? kind : undefined,
        what: `${kind} import: ${what}`,
      });
    upload('malformed xlsx', 'random bytes', crypto.randomBytes(4096), { asyncImport: true });
    upload('malformed xlsx', 'a zip that is not a workbook', t.plainZip, { asyncImport: true });
    upload('malformed xlsx', 'a workbook without the expected sheets', t.unrelatedWorkbook, {
      asyncImport: true,
    });
    upload('malformed xlsx', 'a workbook cut in half', good.subarray(0, Math.floor(good.length / 2)), {
      asyncImport: true,
    });
    upload('spoofed MIME type', 'a PDF sent as .xlsx', pdf, { asyncImport: true });
    upload('spoofed MIME type', 'an executable sent as .xlsx', exe, { asyncImport: true });
    upload('empty upload', 'no bytes', Buffer.alloc(0));
    upload('oversized upload', 'past the 30 MB limit', Buffer.concat([good, Buffer.alloc(30 * 1024 * 1024)]));
    upload('wrong content type', 'a workbook sent as JSON', good, { contentType: 'application/json' });
    upload('wrong content type', 'a workbook sent as text/csv', good, { contentType: 'text/csv' });
    upload('bad file name', 'a broken percent-encoding in the name', good, { name: '%ZZ.xlsx' });
    upload('bad file name', 'a name of 601 characters', good, { name: 'n'.repeat(601) });
  }
  return out;
}

/** Path parameters and query strings of write routes. */
function parameterCases(t: CorpusTargets): BadRequest[] {
  const at = (
    category: Category,
    route: RouteKey,
    as: string,
    method: Probe['method'],
    url: string,
    body: unknown,
    what: string,
    fields?: string[],
  ) => ({ category, route, as, probe: { method, url, body }, what, fields }) satisfies BadRequest;
  return [
    at(
      'bad path parameter',
      'POST /api/v1/tasks/:id/decision',
      'window01',
      'POST',
      `/api/v1/tasks/${'9'.repeat(65)}/decision`,
      { version: 1, outcome: 'accept' },
      '65-character id',
      ['id'],
    ),
    at(
      'SQL injection',
      'POST /api/v1/tasks/:id/decision',
      'window01',
      'POST',
      `/api/v1/tasks/${encodeURIComponent("1' OR '1'='1")}/decision`,
      { version: 1, outcome: 'accept' },
      'SQL in the id',
    ),
    at(
      'path traversal',
      'POST /api/v1/cases/:id/submit',
      '13800000001',
      'POST',
      `/api/v1/cases/${encodeURIComponent('../../etc/passwd')}/submit`,
      { version: 1 },
      'a path in the id',
    ),
    at(
      'bad path parameter',
      'PUT /api/v1/cases/:id',
      '13800000001',
      'PUT',
      `/api/v1/cases/${'a'.repeat(65)}`,
      { version: 1 },
      '65-character id',
      ['id'],
    ),
    at(
      'bad query',
      'DELETE /api/v1/cases/:id',
      '13800000001',
      'DELETE',
      `/api/v1/cases/${t.draft.id}?version=abc`,
      undefined,
      'version=abc',
      ['version'],
    ),
    at(
      'bad query',
      'DELETE /api/v1/cases/:id',
      '13800000001',
      'DELETE',
      `/api/v1/cases/${t.draft.id}`,
      undefined,
      'no version',
      ['version'],
    ),
    at(
      'bad query',
      'DELETE /api/v1/cases/:id',
      '13800000001',
      'DELETE',
      `/api/v1/cases/${t.draft.id}?version=0`,
      undefined,
      'version=0',
      ['version'],
    ),
    at(
      'bad date',
      'PUT /api/v1/calendar/days/:date',
      'admin',
      'PUT',
      '/api/v1/calendar/days/2026-02-30',
      { kind: 'holiday', name: '假日' },
      'February 30th',
      ['date'],
    ),
    at(
      'path traversal',
      'PUT /api/v1/calendar/days/:date',
      'admin',
      'PUT',
      `/api/v1/calendar/days/${encodeURIComponent('../../etc')}`,
      { kind: 'holiday', name: '假日' },
      'a path as the date',
      ['date'],
    ),
    at(
      'bad query',
      'POST /api/v1/feedback/rating-link',
      '13800000001',
      'POST',
      '/api/v1/feedback/rating-link',
      { level: 5, options: [], optionSetVersion: t.optionSetVersion },
      'no token',
      ['token'],
    ),
    at(
      'bad query',
      'POST /api/v1/feedback/rating-link',
      '13800000001',
      'POST',
      `/api/v1/feedback/rating-link?token=${t.ratingToken.slice(0, -1)}${t.ratingToken.endsWith('0') ? '1' : '0'}`,
      { level: 5, options: [], optionSetVersion: t.optionSetVersion },
      'a tampered token',
    ),
    at(
      'SQL injection',
      'POST /api/v1/feedback/rating-link',
      '13800000001',
      'POST',
      `/api/v1/feedback/rating-link?token=${encodeURIComponent(SQL[0]!)}`,
      { level: 5, options: [], optionSetVersion: t.optionSetVersion },
      'SQL as the token',
    ),
    at(
      'script injection',
      'POST /api/v1/feedback/rating-link',
      '13800000001',
      'POST',
      `/api/v1/feedback/rating-link?token=${encodeURIComponent(SCRIPT)}`,
      { level: 5, options: [], optionSetVersion: t.optionSetVersion },
      'a script as the token',
    ),
    at(
      'bad reference',
      'POST /api/v1/feedback/cases/:id/evaluations',
      '13800000001',
      'POST',
      `/api/v1/feedback/cases/${crypto.randomUUID()}/evaluations`,
      { stage: 'result', level: 5, options: [], channel: 'web', optionSetVersion: t.optionSetVersion },
      'no such case',
    ),
  ];
}

/** The whole corpus, in a fixed order. */
export function generateCorpus(t: CorpusTargets, document: OpenApiDocument): BadRequest[] {
  const out: BadRequest[] = [];
  for (const spec of jsonRoutes(t)) {
    const [method, path] = spec.route.split(' ') as [string, string];
    const schema =
      document.paths[path.replace(/:(\w+)/g, '{$1}')]?.[method.toLowerCase()]?.requestBody?.content?.[
        'application/json'
      ]?.schema;
    if (!schema) throw new Error(`no JSON body schema for ${spec.route}`);
    out.push(
      ...schemaMutations(spec, schema),
      ...semanticMutations(spec),
      ...transportMutations(spec, schema),
    );
  }
  out.push(...uploadCases(t), ...parameterCases(t));
  return out;
}
