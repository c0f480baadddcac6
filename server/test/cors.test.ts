import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ALLOWED_ORIGIN, fetchApi, STAFF_TOKEN, startServer, type TestServer } from './helpers.js';

const preflight = (server: TestServer, url: string, origin: string, method: string, headers: string) =>
  fetchApi(server, url, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': headers },
  });

describe('CORS with a list of allowed origins (real HTTP)', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({ listen: true });
  });
  after(() => server.close());

  test('an allowed origin may POST JSON with an Idempotency-Key', async () => {
    const response = await preflight(server, '/api/v1/concerns', ALLOWED_ORIGIN, 'POST', 'content-type,idempotency-key');
    assert.equal(response.status, 204);
    assert.equal(response.headers['access-control-allow-origin'], ALLOWED_ORIGIN);
    assert.match(String(response.headers['access-control-allow-headers']), /Idempotency-Key/);
    assert.doesNotMatch(String(response.headers['access-control-allow-headers']), /Authorization/);
    assert.match(String(response.headers['access-control-allow-methods']), /POST/);
    assert.match(String(response.headers.vary), /Origin/);
  });

  test('responses to an allowed origin expose Retry-After and ETag', async () => {
    const response = await fetchApi(server, '/api/v1/walks', { headers: { origin: ALLOWED_ORIGIN } });
    assert.equal(response.headers['access-control-allow-origin'], ALLOWED_ORIGIN);
    const exposed = String(response.headers['access-control-expose-headers']);
    for (const header of ['Retry-After', 'ETag', 'Idempotent-Replayed']) assert.match(exposed, new RegExp(header));
  });

  test('other origins get no CORS headers at all', async () => {
    const response = await fetchApi(server, '/api/v1/walks', { headers: { origin: 'https://evil.example' } });
    assert.equal(response.headers['access-control-allow-origin'], undefined);
    const flight = await preflight(server, '/api/v1/concerns', 'https://evil.example', 'POST', 'content-type');
    assert.equal(flight.headers['access-control-allow-origin'], undefined);
    assert.equal(flight.status, 404);
    assert.equal(flight.headers['access-control-allow-methods'], undefined);
  });

  test('a preflight must name its method; answers carry Vary: Origin, allowed or not', async () => {
    // Not an operation of the contract: plain fetch.
    const incomplete = await fetch(`${server.url}/api/v1/concerns`, { method: 'OPTIONS', headers: { origin: ALLOWED_ORIGIN } });
    assert.equal(incomplete.status, 400);
    assert.equal(await incomplete.text(), 'Invalid Preflight Request');
    const complete = await preflight(server, '/api/v1/concerns', ALLOWED_ORIGIN, 'POST', 'content-type');
    assert.equal(complete.headers['access-control-max-age'], '600');
    assert.equal(complete.headers['content-length'], '0');
    for (const origin of [ALLOWED_ORIGIN, 'https://evil.example']) {
      const response = await fetchApi(server, '/api/v1/categories', { headers: { origin } });
      assert.match(String(response.headers.vary), /^Origin\b/, origin);
    }
  });

  test('staff endpoints: a listed origin may send Authorization, named exactly', async () => {
    const response = await preflight(server, '/api/v1/staff/concerns', ALLOWED_ORIGIN, 'GET', 'authorization');
    assert.equal(response.headers['access-control-allow-origin'], ALLOWED_ORIGIN);
    assert.match(String(response.headers['access-control-allow-headers']), /Authorization/);
    const actual = await fetchApi(server, '/api/v1/staff/concerns', {
      headers: { origin: ALLOWED_ORIGIN, authorization: `Bearer ${STAFF_TOKEN}` },
    });
    assert.equal(actual.status, 200);
    assert.equal(actual.headers['access-control-allow-origin'], ALLOWED_ORIGIN);
  });
});

describe('CORS with "*" (any site may embed the widgets)', () => {
  let server: TestServer;
  let dist: string;
  before(async () => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'trygg-dist-'));
    fs.mkdirSync(path.join(dist, 'cdn'));
    fs.writeFileSync(path.join(dist, 'cdn', 'trygg-widgets.js'), 'export {};\n');
    server = await startServer({ listen: true, config: { corsOrigins: ['*'], distDir: dist } });
  });
  after(async () => {
    await server.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  test('public endpoints answer any origin with *', async () => {
    const response = await fetchApi(server, '/api/v1/categories', { headers: { origin: 'https://any.example' } });
    assert.equal(response.headers['access-control-allow-origin'], '*');
    const flight = await preflight(server, '/api/v1/feedback', 'https://any.example', 'POST', 'content-type,idempotency-key');
    assert.equal(flight.headers['access-control-allow-origin'], '*');
  });

  test('staff endpoints never answer *', async () => {
    for (const origin of ['https://any.example', ALLOWED_ORIGIN]) {
      const flight = await preflight(server, '/api/v1/staff/audit', origin, 'GET', 'authorization');
      assert.equal(flight.headers['access-control-allow-origin'], undefined, origin);
      const actual = await fetchApi(server, '/api/v1/staff/audit', { headers: { origin, authorization: `Bearer ${STAFF_TOKEN}` } });
      assert.equal(actual.headers['access-control-allow-origin'], undefined);
      assert.equal(actual.status, 403, 'a browser on an unlisted site cannot use the token');
    }
  });

  test('the built bundles may be loaded as modules from any site', async () => {
    const response = await fetchApi(server, '/dist/cdn/trygg-widgets.js', { headers: { origin: 'https://any.example' } });
    assert.equal(response.status, 200);
    assert.equal(response.headers['access-control-allow-origin'], '*');
  });
});
