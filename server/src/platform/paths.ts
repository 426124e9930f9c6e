import { createRequire } from 'node:module';
import path from 'node:path';

// Found through the workspace package, not this file's place: the same from the TypeScript sources and
// from the compiled bundle in server/dist.
/** The server package's folder (server/). */
export const serverRoot = path.dirname(
  createRequire(import.meta.url).resolve('@tongban/server/package.json'),
);
/** The repository's root folder. */
export const repoRoot = path.dirname(serverRoot);
