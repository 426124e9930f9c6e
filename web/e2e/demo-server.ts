import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { EngineName } from '../../server/test/harness.ts';
import {
  isolatedPgDatabase,
  killHard,
  startServerProcess,
  type ServerProcess,
} from '../../server/test/server-process.ts';
import { launchBrowser } from './browser.ts';

export interface DemoRun {
  server: ServerProcess;
  browser: Browser;
  /** Stops the browser and the server and removes their data (safe to call after a failed start). */
  stop(): Promise<void>;
}

/** The built app serving the demo province as a real server process (its own data), and a browser. */
export async function startDemo(
  engine: EngineName,
  name: string,
  env: Record<string, string> = {},
): Promise<DemoRun> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `tongban-e2e-${name}-`));
  // A database of its own: a schema would let Kysely's migrator see other tests' tables (server-process.ts).
  const pgDatabase = engine === 'postgres' ? await isolatedPgDatabase() : null;
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  const stop = async () => {
    await browser?.close();
    if (server) await killHard(server);
    await pgDatabase?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    server = await startServerProcess(
      {
        TONGBAN_DATA_DIR: dataDir,
        TONGBAN_MASTER_KEY: crypto.randomBytes(32).toString('hex'),
        ...(pgDatabase ? { DATABASE_URL: pgDatabase.url } : {}),
        ...env,
      },
      ['--demo'],
    );
    browser = await launchBrowser();
    return { server, browser, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
