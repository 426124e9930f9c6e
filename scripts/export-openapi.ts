// Writes the server's OpenAPI document and the web app's typed schema generated from it.
// Usage: npm run gen:api   (a test fails when the committed schema is out of date)
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';
import { createTongban, repoRoot } from '../server/src/app.ts';
import { loadConfig } from '../server/src/platform/config.ts';
import { createLogger } from '../server/src/platform/logging.ts';

export async function generateApiSchema(): Promise<string> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongban-openapi-'));
  const config = loadConfig({
    TONGBAN_DATA_DIR: dataDir,
    TONGBAN_MASTER_KEY: crypto.randomBytes(32).toString('hex'),
    TONGBAN_JOBS: 'off',
  });
  const tongban = await createTongban(config, { logger: createLogger('silent') });
  try {
    await tongban.server.ready();
    const document = tongban.server.swagger() as Parameters<typeof openapiTS>[0];
    const ast = await openapiTS(document, { alphabetize: true });
    const text = `// Generated from the server's OpenAPI document by \`npm run gen:api\`. Do not edit.\n${astToString(ast)}`;
    // Formatted like the rest of the code, so that formatting the tree never makes it stale.
    const options = await prettier.resolveConfig(schemaFile);
    return prettier.format(text, { ...options, filepath: schemaFile });
  } finally {
    await tongban.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export const schemaFile = path.join(repoRoot, 'web', 'src', 'api', 'schema.d.ts');

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = await generateApiSchema();
  fs.mkdirSync(path.dirname(schemaFile), { recursive: true });
  fs.writeFileSync(schemaFile, text);
  console.log(`wrote ${path.relative(process.cwd(), schemaFile)} (${text.length} bytes)`);
}
