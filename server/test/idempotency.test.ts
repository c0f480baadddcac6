import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { idempotencyScope, IN_FLIGHT_TIMEOUT_MS, requestHash } from '../src/idempotency.js';
import {
  call,
  concernBody,
  feedbackBody,
  fetchApi,
  registrationBody,
  SEEDED,
  staffHeaders,
  startServer,
  walkBody,
  type TestServer,
} from './helpers.js';

describe('Idempotency-Key', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({ listen: true });
  });
  after(() => server.close());

  const concernsWith = async (marker: string) =>
    (await call(server, '/api/v1/staff/concerns?includeSpam=true', { staff: true })).json.items.filter(
      (concern: { description: string }) => concern.description === marker,
    ).length;

  test('the same key and body replays the first response, marked Idempotent-Replayed', async () => {
    const key = randomUUID();
    const body = concernBody({ description: 'replay-1' });
    const first = await call(server, '/api/v1/concerns', { body, idempotencyKey: key });
    assert.equal(first.status, 201);
    assert.equal(first.headers['idempotent-replayed'], undefined);
    // Same JSON with the keys in another order is the same request.
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const second = await call(server, '/api/v1/concerns', { body: reordered, idempotencyKey: key });
    assert.equal(second.status, 201);
    assert.equal(second.headers['idempotent-replayed'], 'true');
    assert.deepEqual(second.json, first.json);
    assert.equal(await concernsWith('replay-1'), 1);
  });

  test('the same key with another body is 422 idempotency-mismatch, also for another walk', async () => {
    const key = randomUUID();
    assert.equal((await call(server, '/api/v1/concerns', { body: concernBody(), idempotencyKey: key })).status, 201);
    const other = await call(server, '/api/v1/concerns', { body: concernBody({ description: 'annat' }), idempotencyKey: key });
    assert.equal(other.status, 422);
    assert.equal(other.json.type, 'https://trygg-widgets.example/problems/idempotency-mismatch');

    const walkKey = randomUUID();
    const url = (walk: string) => `/api/v1/walks/${walk}/registrations`;
    assert.equal((await call(server, url(SEEDED.afterDarkWalk), { body: registrationBody(), idempotencyKey: walkKey })).status, 201);
    const otherWalk = await call(server, url(SEEDED.springDstWalk), { body: registrationBody(), idempotencyKey: walkKey });
    assert.equal(otherWalk.status, 422);
  });

  test('keys belong to one endpoint: the same key elsewhere is a new request', async () => {
    const key = randomUUID();
    assert.equal((await call(server, '/api/v1/concerns', { body: concernBody(), idempotencyKey: key })).status, 201);
    const feedback = await call(server, '/api/v1/feedback', { body: feedbackBody(), idempotencyKey: key });
    assert.equal(feedback.status, 201);
    assert.equal(feedback.headers['idempotent-replayed'], undefined);
  });

  test('while the first request is in flight a duplicate is 409; a claim left by a crash expires', async () => {
    const key = randomUUID();
    const body = concernBody({ description: 'in-flight' });
    const url = '/api/v1/concerns';
    // What the first request leaves in the database while its handler runs.
    const claim = await server.storage.beginIdempotent(
      idempotencyScope('POST', url),
      key,
      requestHash(url, body),
      '2026-11-25T12:00:00Z',
      '2026-11-25T11:59:00Z',
    );
    assert.equal(claim.state, 'new');
    const duplicate = await call(server, url, { body, idempotencyKey: key });
    assert.equal(duplicate.status, 409);
    assert.equal(duplicate.json.type, 'https://trygg-widgets.example/problems/idempotency-conflict');
    assert.equal(await concernsWith('in-flight'), 0);

    server.clock.advance(IN_FLIGHT_TIMEOUT_MS + 1000);
    try {
      const retry = await call(server, url, { body, idempotencyKey: key });
      assert.equal(retry.status, 201, 'the claim of a request that died is taken over');
      assert.equal(await concernsWith('in-flight'), 1);
    } finally {
      server.clock.set('2026-11-25T12:00:00Z');
    }
  });

  test('a rejected attempt leaves the key free, so the corrected request can use it', async () => {
    const key = randomUUID();
    const refused = await call(server, '/api/v1/concerns', {
      body: concernBody({ description: 'fixed', contact: { email: 'a@example.se', consent: false } }),
      idempotencyKey: key,
    });
    assert.equal(refused.status, 422);
    const fixed = await call(server, '/api/v1/concerns', {
      body: concernBody({ description: 'fixed', contact: { email: 'a@example.se', consent: true } }),
      idempotencyKey: key,
    });
    assert.equal(fixed.status, 201);
    assert.equal(fixed.headers['idempotent-replayed'], undefined);
  });

  test('ten sequential retries make exactly one record', async () => {
    const key = randomUUID();
    const body = concernBody({ description: 'sequential-10' });
    const responses = [];
    for (let i = 0; i < 10; i += 1) responses.push(await call(server, '/api/v1/concerns', { body, idempotencyKey: key }));
    assert.ok(responses.every((response) => response.status === 201));
    assert.equal(new Set(responses.map((response) => response.json.reference)).size, 1);
    assert.equal(responses.filter((response) => response.headers['idempotent-replayed'] === 'true').length, 9);
    assert.equal(await concernsWith('sequential-10'), 1);
  });

  test('ten concurrent retries over real HTTP make exactly one record', async () => {
    for (const [url, body, count] of [
      ['/api/v1/concerns', concernBody({ description: 'concurrent-10' }), () => concernsWith('concurrent-10')],
      [
        `/api/v1/walks/${SEEDED.springDstWalk}/registrations`,
        registrationBody({ name: 'Samtidig Samtidigsson' }),
        async () =>
          (await call(server, `/api/v1/staff/walks/${SEEDED.springDstWalk}/registrations`, { staff: true })).json.items.filter(
            (r: { name: string }) => r.name === 'Samtidig Samtidigsson',
          ).length,
      ],
    ] as const) {
      const key = randomUUID();
      const responses = await Promise.all(
        Array.from({ length: 10 }, () =>
          fetchApi(server, url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'idempotency-key': key },
            body: JSON.stringify(body),
          }),
        ),
      );
      const created = responses.filter((response) => response.status === 201);
      assert.ok(created.length >= 1, url);
      assert.ok(responses.every((response) => response.status === 201 || response.status === 409), url);
      assert.equal(new Set(created.map((response) => response.text)).size, 1, 'every success is the same response');
      assert.equal(await count(), 1, url);
    }
  });

  test('staff creating POSTs honour a key when one is sent', async () => {
    const key = randomUUID();
    const body = walkBody({ title: 'En gång' });
    const first = await call(server, '/api/v1/staff/walks', { staff: true, body, idempotencyKey: key });
    const second = await call(server, '/api/v1/staff/walks', { staff: true, body, idempotencyKey: key });
    assert.equal(second.headers['idempotent-replayed'], 'true');
    assert.equal(second.json.id, first.json.id);
    const response = await fetchApi(server, '/api/v1/staff/walks', {
      method: 'POST',
      headers: staffHeaders({ 'content-type': 'application/json' }),
      body: JSON.stringify(walkBody({ title: 'Utan nyckel' })),
    });
    assert.equal(response.status, 201, 'without a key staff requests still work');
  });
});
