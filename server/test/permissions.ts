import assert from 'node:assert/strict';
import type { TestClient, TestResponse } from './harness.ts';

export interface PermissionCase {
  /** What is being tried, for the failure message. */
  action: string;
  attempt: (client: TestClient) => Promise<TestResponse>;
  may: Array<[label: string, client: TestClient]>;
  mayNot: Array<[label: string, client: TestClient]>;
}

/**
 * States, per action, who may and who may not: each "may" gets a 2xx answer, each "may not"
 * gets 401 (anonymous) or 403 with a problem body.
 */
export async function assertPermissions(c: PermissionCase): Promise<void> {
  for (const [label, client] of c.may) {
    const response = await c.attempt(client);
    assert.ok(
      response.status >= 200 && response.status < 300,
      `${label} may ${c.action}, got ${response.status} ${response.raw}`,
    );
  }
  for (const [label, client] of c.mayNot) {
    const response = await c.attempt(client);
    assert.ok(
      [401, 403].includes(response.status),
      `${label} may not ${c.action}, got ${response.status} ${response.raw}`,
    );
    assert.match(String(response.headers['content-type']), /application\/problem\+json/);
  }
}
