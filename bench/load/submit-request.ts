// The create-and-submit request bench/submit.bench.ts and bench/soak.ts send: 张三 (logged in) applies for the
// demo's 居住证申领 at 西湖区 with the item's required materials uploaded and its required form fields filled.
import type autocannon from 'autocannon';
import { call, login, uploadPdf } from './harness.ts';

export interface SubmitRequest {
  /** Session cookie and CSRF token (bench/tracking.bench.ts reuses them for its reads). */
  headers: Record<string, string>;
  body: string;
  itemName: string;
}

/** Plausible values for the required fields the profile does not prefill. */
function fill(required: string[], properties: Record<string, { 'x-kind': string; enum?: string[] }>) {
  const values: Record<string, unknown> = {};
  const byKind: Record<string, unknown> = {
    date: '2026-01-01',
    number: 1,
    region: '330106',
    mobile: '13800000001',
    id_number: '330106198805120111',
  };
  for (const key of required) {
    const field = properties[key]!;
    values[key] = field['x-kind'] === 'select' ? field.enum![0] : (byKind[field['x-kind']] ?? '测试');
  }
  return values;
}

/** Builds the request on a running server and submits it once, so a request the server refuses fails here. */
export async function prepareSubmit(url: string): Promise<SubmitRequest> {
  const citizen = await login(url, '13800000001');
  const search = await call<{ hits: Array<{ id: string; kind: string; regionName: string | null }> }>(
    url,
    null,
    'GET',
    `/api/v1/catalog/search?q=${encodeURIComponent('居住证申领')}&limit=20`,
  );
  const hit = search.hits.find((h) => h.kind === 'item' && h.regionName?.includes('西湖')) ?? search.hits[0]!;
  const item = await call<{
    implementationCode: string;
    content: {
      name: string;
      materials: Array<{ key: string; necessity: string }>;
      form: { required: string[]; properties: Record<string, { 'x-kind': string; enum?: string[] }> };
    };
  }>(url, null, 'GET', `/api/v1/catalog/items/${hit.id}`);
  const materials = [];
  for (const m of item.content.materials.filter((m) => m.necessity === 'required')) {
    materials.push({ key: m.key, source: 'upload', fileIds: [await uploadPdf(url, citizen, m.key)] });
  }
  const body = JSON.stringify({
    serviceKind: 'item',
    code: item.implementationCode,
    submit: true,
    form: fill(item.content.form.required, item.content.form.properties),
    materials,
  });
  await call(url, citizen, 'POST', '/api/v1/cases', JSON.parse(body), { 'idempotency-key': 'probe-0001' });
  return { headers: citizen.headers, body, itemName: item.content.name };
}

/** autocannon `requests` giving every request an Idempotency-Key of its own: each one is a new application. */
export function withOwnKeys(prefix: string): autocannon.Request[] {
  let n = 0;
  return [
    {
      setupRequest: (request) => ({
        ...request,
        headers: { ...request.headers, 'idempotency-key': `${prefix}-${process.pid}-${Date.now()}-${n++}` },
      }),
    },
  ];
}
