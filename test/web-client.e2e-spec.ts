import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import openapiTS, { astToString } from 'openapi-typescript';
import { readFileSync, writeFileSync } from 'node:fs';
import { startTestApp, type TestApp } from './support/test-app.js';

/** The web app's API types are generated from the OpenAPI document; this keeps the committed copy current. */
const SCHEMA_FILE = 'apps/web/src/api/schema.d.ts';
const HEADER = "// Generated from the api's OpenAPI document by test/web-client.e2e-spec.ts (UPDATE_WEB_CLIENT=1 to rewrite). Do not edit.\n";

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

  it('declares a response schema for every operation', async () => {
    const document = (await api.request('GET', '/docs-json')).body as OpenApiDocument;
    if (process.env.DUMP_OPENAPI) writeFileSync(process.env.DUMP_OPENAPI, JSON.stringify(document, null, 2));
    const offenders: string[] = [];
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const statuses = Object.keys(operation.responses ?? {});
        if (!statuses.some((status) => status.startsWith('2'))) offenders.push(`${method.toUpperCase()} ${path}: no 2xx response`);
        const successes = Object.entries(operation.responses ?? {}).filter(([status]) => status.startsWith('2') && status !== '204');
        for (const [status, response] of successes) {
          const contents = Object.entries(response.content ?? {});
          if (contents.length === 0) offenders.push(`${method.toUpperCase()} ${path} ${status}: no content`);
          for (const [mediaType, { schema }] of contents) {
            if (!describesBody(schema)) offenders.push(`${method.toUpperCase()} ${path} ${status} ${mediaType}: ${JSON.stringify(schema ?? null)}`);
          }
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('documents each error answer once, with the error shape', async () => {
    const document = (await api.request('GET', '/docs-json')).body as OpenApiDocument;
    const offenders: string[] = [];
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        for (const [status, response] of Object.entries(operation.responses ?? {})) {
          const paragraphs = (response.description ?? '').split('\n\n');
          if (new Set(paragraphs).size !== paragraphs.length) offenders.push(`${method.toUpperCase()} ${path} ${status}: description repeated`);
          if (/^[45]/.test(status) && !response.content?.['application/json']?.schema?.$ref)
            offenders.push(`${method.toUpperCase()} ${path} ${status}: no error schema`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});

interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  items?: Schema;
  properties?: Record<string, unknown>;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { responses?: Record<string, { description?: string; content?: Record<string, { schema?: Schema }> }> }>>;
}

/** A named class, a list of one, file bytes, or an object that says what it holds. */
function describesBody(schema: Schema | undefined): boolean {
  if (!schema) return false;
  if (schema.$ref) return true;
  if (schema.type === 'array') return Boolean(schema.items?.$ref);
  if (schema.type === 'string') return schema.format === 'binary';
  return schema.type === 'object' && Object.keys(schema.properties ?? {}).length > 0;
}
