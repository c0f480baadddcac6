import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { BODY_LIMIT } from '../src/app.js';
import { call, concernBody, registrationBody, SEEDED, startServer, walkBody, type TestServer } from './helpers.js';

describe('protection of every input', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  const registrations = `/api/v1/walks/${SEEDED.afterDarkWalk}/registrations`;

  test('a body that is not application/json is 415, so no cross-site form can post', async () => {
    for (const type of [
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'text/plain',
      'text/plain;charset=UTF-8',
      'application/jsonp',
      'application/json-patch+json',
    ]) {
      const response = await call(server, registrations, { raw: JSON.stringify(registrationBody()), headers: { 'content-type': type } });
      assert.equal(response.status, 415, type);
      assert.equal(response.json.type, 'https://trygg-widgets.example/problems/unsupported-media-type');
    }
    const untyped = await server.app.inject({ method: 'POST', url: registrations, payload: Buffer.from('{}') });
    assert.equal(untyped.statusCode, 415, 'a body without a content type');
    const charset = await call(server, registrations, { raw: JSON.stringify(registrationBody()), headers: { 'content-type': 'Application/JSON; charset=utf-8' } });
    assert.equal(charset.status, 201);
    const staffForm = await call(server, '/api/v1/staff/walks/3/held', { method: 'POST', staff: true, raw: 'a=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    assert.equal(staffForm.status, 415, 'even where no body is needed');
  });

  test('bodies over 64 KB are 413; a description of 4,000 characters of emoji is fine', async () => {
    const big = JSON.stringify(concernBody({ description: 'x'.repeat(BODY_LIMIT) }));
    const response = await call(server, '/api/v1/concerns', { raw: big, headers: { 'content-type': 'application/json' } });
    assert.equal(response.status, 413);
    assert.equal(response.json.type, 'https://trygg-widgets.example/problems/payload-too-large');
    const emoji = await call(server, '/api/v1/concerns', { body: concernBody({ description: '🌙'.repeat(4000) }) });
    assert.equal(emoji.status, 201, 'limits count characters, not UTF-16 units or bytes');
    const over = await call(server, '/api/v1/concerns', { body: concernBody({ description: '🌙'.repeat(4001) }) });
    assert.deepEqual(over.json.errors.map((e: { field: string; code: string }) => [e.field, e.code]), [['/description', 'too_long']]);
  });

  test('broken JSON, empty bodies and prototype tricks are 400, never 500', async () => {
    for (const raw of ['{', '', 'null', '[]', '"text"', '42', '{"__proto__":{"admin":true}}', '{"constructor":{"prototype":{"admin":true}}}']) {
      const response = await call(server, registrations, { raw, headers: { 'content-type': 'application/json' } });
      assert.equal(response.status, 400, JSON.stringify(raw));
      assert.equal(response.json.type, 'https://trygg-widgets.example/problems/validation');
    }
  });

  test('no coercion and no silent removal: wrong types and unknown fields are named', async () => {
    const response = await call(server, '/api/v1/staff/walks', { staff: true, body: { ...walkBody(), title: 123, admin: true, capacity: '10' } });
    assert.equal(response.status, 400);
    const errors = Object.fromEntries(response.json.errors.map((e: { field: string; code: string }) => [e.field, e.code]));
    assert.deepEqual(errors, { '/title': 'invalid_format', '/admin': 'unknown_field', '/capacity': 'invalid_format' });
    const nested = await call(server, registrations, { body: { ...registrationBody(), partySize: 1.5, extra: { deep: 1 } } });
    assert.deepEqual(
      nested.json.errors.map((e: { field: string; code: string }) => [e.field, e.code]).sort(),
      [['/extra', 'unknown_field'], ['/partySize', 'invalid_format']],
    );
    const inside = await call(server, '/api/v1/concerns', { body: concernBody({ place: { description: 'x', floor: 2 } }) });
    assert.deepEqual(inside.json.errors.map((e: { field: string; code: string }) => [e.field, e.code]), [['/place/floor', 'unknown_field']]);
  });

  test('dates that look right but are not (leap seconds, 30 February) are 400', async () => {
    for (const startsAt of ['2026-12-31T23:59:60Z', '2027-02-30T10:00:00Z', '2027-01-01T25:00:00Z', '2027-01-01', '+275760-09-13T00:00:00Z']) {
      const response = await call(server, '/api/v1/staff/walks', { staff: true, body: walkBody({ startsAt }) });
      assert.equal(response.status, 400, startsAt);
      assert.deepEqual(response.json.errors.map((e: { field: string }) => e.field), ['/startsAt'], startsAt);
    }
    const query = await call(server, '/api/v1/walks?from=2027-02-30');
    assert.equal(query.status, 400);
  });

  test('lone UTF-16 surrogates (which cannot be stored as UTF-8) are 400 naming the field', async () => {
    const raw = JSON.stringify(registrationBody()).replace('"Elin Testsson"', '"Elin \\ud800"');
    const response = await call(server, registrations, { raw, headers: { 'content-type': 'application/json' } });
    assert.equal(response.status, 400);
    assert.deepEqual(response.json.errors.map((e: { field: string; code: string }) => [e.field, e.code]), [['/name', 'invalid_format']]);
  });

  test('unknown paths and methods are problem+json 404s', async () => {
    for (const [method, url] of [['GET', '/api/v1/nope'], ['DELETE', '/api/v1/walks/1'], ['GET', '/api/v2/walks']] as const) {
      const response = await server.app.inject({ method, url });
      assert.equal(response.statusCode, 404, `${method} ${url}`);
      assert.match(String(response.headers['content-type']), /^application\/problem\+json/);
    }
  });
});
