import zlib from 'node:zlib';
import type { TestClient, TestResponse } from '../harness.ts';
import type { World } from './world.ts';

/** One request: JSON (`body`) or raw bytes (`raw`), sent with the caller's session and CSRF token. */
export interface Probe {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  body?: unknown;
  raw?: { contentType: string; payload: Buffer };
  headers?: Record<string, string>;
}

/** Sends a probe as the caller: JSON through the test client, raw bytes with its cookie and CSRF token. */
export async function send(w: World, client: TestClient, probe: Probe): Promise<TestResponse> {
  if (!probe.raw) return client.request(probe.method, probe.url, probe.body, probe.headers);
  const response = await w.app.tongban.server.inject({
    method: probe.method,
    url: probe.url,
    remoteAddress: client.ip,
    headers: {
      ...(client.cookie ? { cookie: client.cookie, 'x-csrf-token': client.csrfToken ?? '' } : {}),
      'content-type': probe.raw.contentType,
      ...probe.headers,
    },
    payload: probe.raw.payload,
  });
  const raw = response.body;
  let body: unknown = raw;
  if (/json/.test(String(response.headers['content-type']))) {
    try {
      body = JSON.parse(raw);
    } catch {
      body = raw;
    }
  }
  return { status: response.statusCode, body, headers: response.headers, raw };
}

/** A zip archive of the given text files (stored, not compressed): a zip that is not an Office file. */
export function zipOf(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text);
    const fileName = Buffer.from(name);
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
