import type { NodeKeys } from './crypto/node-keys.ts';
import type { Logger } from 'pino';
import type { Config } from './config.ts';
import type { Database, Db, Engine } from './db/database.ts';
import type { FieldCipher } from './crypto/field-cipher.ts';
import type { EventBus, JobQueue } from './jobs/jobs.ts';

/** The shared machinery every module is given. Holds no request or user state. */
export interface Platform {
  config: Config;
  database: Database;
  db: Db;
  engine: Engine;
  log: Logger;
  cipher: FieldCipher;
  /** The node's signing key (access log, node-to-node messages). */
  nodeKeys: NodeKeys;
  jobs: JobQueue;
  events: EventBus;
  /** The current time; tests move it to cross deadlines (timers read it, never Date.now directly). */
  clock: { now(): Date };
}
