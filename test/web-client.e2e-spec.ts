import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import openapiTS, { astToString } from 'openapi-typescript';
import { readFileSync, writeFileSync } from 'node:fs';
import { startTestApp, type TestApp } from './support/test-app.js';

/** The web app's API types are generated from the OpenAPI document; this keeps the committed copy current. */
const SCHEMA_FILE = 'apps/web/src/api/schema.d.ts';
const HEADER = '// Generated from the api\'s OpenAPI document by test/web-client.e2e-spec.ts (UPDATE_WEB_CLIENT=1 to rewrite). Do not edit.\n';

describe('web app API client', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(async () => api.close());

  it('matches the OpenAPI document the api serves', async () => {
    const document = (await api.request('GET', '/docs-json')).body;
    const generated = HEADER + astToString(await openapiTS(document, { alphabetize: true }));
    if (process.env.UPDATE_WEB_CLIENT === '1') writeFileSync(SCHEMA_FILE, generated);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(generated);
  });
});
