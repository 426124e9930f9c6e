import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { generateApiSchema, schemaFile } from '../../../../scripts/export-openapi.ts';

test("the web app's typed API client matches the server's OpenAPI document (run `npm run gen:api` if not)", async () => {
  assert.equal(fs.readFileSync(schemaFile, 'utf8'), await generateApiSchema());
});
