import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { documentPath, generateApiTypes, typesPath } from '../../scripts/generate-api-types.mjs';
import { components } from '../src/contract/index.js';
import { ContractViolation, checkResponse, document, DOCUMENT_PATH } from './contract-check.js';
import { call, startServer, type TestServer } from './helpers.js';

type Json = Record<string, unknown>;

function* schemasIn(value: unknown, at = ''): Generator<[string, Json]> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* schemasIn(item, `${at}/${index}`);
  } else if (value !== null && typeof value === 'object') {
    yield [at, value as Json];
    for (const [key, item] of Object.entries(value)) yield* schemasIn(item, `${at}/${key}`);
  }
}

describe('the committed OpenAPI document', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({ seed: false });
  });
  after(() => server.close());

  test('is exactly what the server serves at /api/v1/openapi.json (run `npm run contract -w server` after a change)', async () => {
    const served = await call(server, '/api/v1/openapi.json');
    assert.equal(served.status, 200);
    assert.equal(served.text, fs.readFileSync(DOCUMENT_PATH, 'utf8'));
  });

  test('is OpenAPI 3.1 with the server at /api/v1', () => {
    const raw = JSON.parse(fs.readFileSync(DOCUMENT_PATH, 'utf8')) as Json;
    assert.equal(raw.openapi, '3.1.0');
    assert.deepEqual(document.servers, [{ url: '/api/v1' }]);
  });

  test('names every component of the server, and every object in it is closed', () => {
    const names = Object.keys(document.components.schemas);
    assert.deepEqual(names, components.map((schema) => (schema as { $id?: string }).$id));
    for (const [name, schema] of Object.entries(document.components.schemas)) {
      for (const [at, node] of schemasIn(schema)) {
        if (node.type === 'object' && node.properties !== undefined) {
          assert.equal(node.additionalProperties, false, `${name}${at} must have additionalProperties: false`);
        }
      }
    }
  });

  test('every $ref points at a component that exists', () => {
    for (const [at, node] of schemasIn(document)) {
      if (typeof node.$ref === 'string') {
        const name = node.$ref.replace('#/components/schemas/', '');
        assert.ok(name in document.components.schemas, `${at}: ${node.$ref}`);
      }
    }
  });

  test('every operation has an id, a summary, and problem+json errors', () => {
    const ids = new Set<string>();
    for (const [route, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const op = operation as Json;
        assert.equal(typeof op.operationId, 'string', `${method} ${route}`);
        assert.ok(!ids.has(op.operationId as string), `duplicate ${String(op.operationId)}`);
        ids.add(op.operationId as string);
        assert.equal(typeof op.summary, 'string');
        for (const [status, response] of Object.entries(op.responses as Record<string, Json>)) {
          if (Number(status) >= 400) {
            assert.deepEqual(Object.keys(response.content as Json), ['application/problem+json'], `${method} ${route} ${status}`);
          }
        }
        if (route.startsWith('/staff/')) {
          assert.deepEqual(op.security, [{ staffToken: [] }], `${method} ${route} must require the staff token`);
        }
      }
    }
  });

  test('the widget types generated from it name every component', () => {
    const types = fs.readFileSync(path.resolve(DOCUMENT_PATH, '../../src/generated/api-types.ts'), 'utf8');
    for (const name of Object.keys(document.components.schemas)) {
      assert.match(types, new RegExp(`\\b${name}: `), `src/generated/api-types.ts lacks ${name}: run npm run types:api`);
    }
  });

  test('the widget types are exactly what openapi-typescript generates from it', async () => {
    assert.equal(documentPath, DOCUMENT_PATH);
    const generated = await generateApiTypes(fs.readFileSync(DOCUMENT_PATH, 'utf8'));
    const committed = fs.readFileSync(typesPath);
    if (Buffer.from(generated, 'utf8').equals(committed)) return;
    const [want, have] = [generated.split('\n'), committed.toString('utf8').split('\n')];
    const line = want.findIndex((text, index) => text !== have[index]);
    const at = line === -1 ? want.length : line;
    const show = (text: string | undefined) => (text === undefined ? 'the end of the file' : JSON.stringify(text));
    assert.fail(
      'src/generated/api-types.ts is not what api/openapi.json generates: run `npm run contract` (never edit it by hand).\n' +
        `First difference at line ${at + 1}: expected ${show(want[at])}, found ${show(have[at])}.`,
    );
  });

  test('the contract check itself rejects drift: wrong fields, undocumented statuses, server errors', () => {
    const walk = { status: 200, headers: { 'content-type': 'application/json' }, text: '{"id":"1"}' };
    assert.throws(() => checkResponse('GET', '/api/v1/walks/1', walk), ContractViolation);
    const teapot = { status: 418, headers: { 'content-type': 'application/problem+json' }, text: '{}' };
    assert.throws(() => checkResponse('GET', '/api/v1/walks/1', teapot), ContractViolation);
    const crash = { status: 500, headers: {}, text: '' };
    assert.throws(() => checkResponse('GET', '/api/v1/walks', crash), ContractViolation);
    const html = { status: 200, headers: { 'content-type': 'text/html' }, text: '<p>' };
    assert.throws(() => checkResponse('GET', '/api/v1/walks', html), ContractViolation);
  });
});
