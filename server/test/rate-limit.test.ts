import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { call, concernBody, feedbackBody, fetchApi, registrationBody, SEEDED, startServer, type ApiResponse, type TestServer } from './helpers.js';

describe('rate limit on public POST and PATCH (real HTTP, three per minute)', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({ listen: true, config: { rateLimitPerMinute: 3 } });
  });
  after(() => server.close());

  const postTo = (url: string, body: unknown) =>
    fetchApi(server, url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify(body),
    });
  const post = (body: unknown) => postTo('/api/v1/concerns', body);
  const nextWindow = () => server.clock.advance(61_000);
  const assertLimited = (response: ApiResponse, retryAfter: string) => {
    assert.equal(response.status, 429);
    assert.equal(response.headers['retry-after'], retryAfter);
    assert.equal(response.json.type, 'https://trygg-widgets.example/problems/rate-limited');
  };

  test('the fourth request in a minute is 429 with Retry-After; the window then reopens', async () => {
    nextWindow();
    for (let i = 0; i < 3; i += 1) assert.equal((await post(concernBody())).status, 201);
    const limited = await post(concernBody());
    assert.equal(limited.status, 429);
    assert.equal(limited.headers['retry-after'], '60');
    assert.equal(limited.json.type, 'https://trygg-widgets.example/problems/rate-limited');

    server.clock.advance(45_000);
    assert.equal((await post(concernBody())).headers['retry-after'], '15');
    server.clock.advance(15_000);
    assert.equal((await post(concernBody())).status, 201);
  });

  test('sign-ups for a walk (POST /walks/{id}/registrations) are limited the same way', async () => {
    nextWindow();
    const register = () => postTo(`/api/v1/walks/${SEEDED.springDstWalk}/registrations`, registrationBody());
    for (let i = 0; i < 3; i += 1) assert.equal((await register()).status, 201);
    assertLimited(await register(), '60');
    server.clock.advance(20_000);
    assertLimited(await register(), '40');
    server.clock.advance(40_000);
    assert.equal((await register()).status, 201);
  });

  test('page feedback (POST /feedback) is limited the same way', async () => {
    nextWindow();
    const answer = () => postTo('/api/v1/feedback', feedbackBody());
    for (let i = 0; i < 3; i += 1) assert.equal((await answer()).status, 201);
    assertLimited(await answer(), '60');
    server.clock.advance(30_000);
    assertLimited(await answer(), '30');
    server.clock.advance(30_000);
    assert.equal((await answer()).status, 201);
  });

  test('requests rejected for validation (400 or 422) do not use up the quota', async () => {
    nextWindow();
    for (let i = 0; i < 5; i += 1) assert.equal((await post({ ...concernBody(), description: '' })).status, 400);
    for (let i = 0; i < 5; i += 1) {
      assert.equal((await post(concernBody({ contact: { email: 'a@example.se', consent: false } }))).status, 422);
    }
    for (let i = 0; i < 3; i += 1) assert.equal((await post(concernBody())).status, 201);
    assert.equal((await post(concernBody())).status, 429);
  });

  test('PATCH counts too; GET and staff requests are never limited', async () => {
    nextWindow();
    for (let i = 0; i < 3; i += 1) {
      const response = await fetchApi(server, '/api/v1/feedback/5eed0000-0000-4000-8000-000000000003', {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ helpful: true }),
      });
      assert.notEqual(response.status, 429);
    }
    assert.equal((await post(concernBody())).status, 429);
    for (let i = 0; i < 10; i += 1) assert.equal((await fetchApi(server, '/api/v1/categories')).status, 200);
    for (let i = 0; i < 5; i += 1) {
      assert.equal((await call(server, '/api/v1/staff/measures/1/status', { staff: true, body: { status: 'planned' } })).status, 200);
    }
  });

  test('the quota is per client', async () => {
    nextWindow();
    for (let i = 0; i < 3; i += 1) assert.equal((await post(concernBody())).status, 201);
    assert.equal((await post(concernBody())).status, 429);
    const other = await call(server, '/api/v1/concerns', { body: concernBody(), remoteAddress: '203.0.113.7' });
    assert.equal(other.status, 201);
  });
});
