import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { call, SEEDED, startServer, type TestServer } from './helpers.js';

describe('GET /walks and /walks/{id}', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  test('lists every walk by start time, with the areas sorted the Swedish way', async () => {
    const { status, json } = await call(server, '/api/v1/walks');
    assert.equal(status, 200);
    const starts = json.items.map((walk: { startsAt: string }) => walk.startsAt);
    assert.deepEqual(starts, [...starts].sort());
    assert.equal(json.items.length, 7);
    assert.deepEqual(json.areas, ['Bäckby', 'Centrum', 'Ekbacken', 'Sandviken', 'Stationsområdet']);
  });

  test('filters by from/to (dates are Stockholm days, to includes its day), area, repeated status and limit', async () => {
    const upcoming = await call(server, '/api/v1/walks?from=2026-11-25T12:00:00Z');
    assert.deepEqual(
      upcoming.json.items.map((walk: { id: string }) => walk.id),
      [SEEDED.afterDarkWalk, SEEDED.springDstWalk, SEEDED.fullWalk, SEEDED.cancelledWalk, SEEDED.autumnDstWalk],
    );
    // The Sandviken walk started 18:00 Stockholm time on 2 November 2026 (17:00 UTC).
    const day = await call(server, '/api/v1/walks?from=2026-11-02&to=2026-11-02');
    assert.deepEqual(day.json.items.map((walk: { id: string }) => walk.id), [SEEDED.sandvikenWalk]);
    const dayBefore = await call(server, '/api/v1/walks?from=2026-11-01&to=2026-11-01');
    assert.deepEqual(dayBefore.json.items, []);

    const sandviken = await call(server, '/api/v1/walks?area=Sandviken');
    assert.deepEqual(sandviken.json.items.map((walk: { id: string }) => walk.id), [SEEDED.sandvikenWalk, SEEDED.autumnDstWalk]);
    assert.equal(sandviken.json.areas.length, 5, 'areas ignore the area filter');

    const statuses = await call(server, '/api/v1/walks?status=held&status=cancelled');
    assert.deepEqual(
      statuses.json.items.map((walk: { status: string }) => walk.status),
      ['held', 'held', 'cancelled'],
    );
    const single = await call(server, '/api/v1/walks?status=cancelled');
    assert.equal(single.json.items.length, 1);
    assert.deepEqual(single.json.areas, ['Ekbacken']);

    const limited = await call(server, '/api/v1/walks?limit=2');
    assert.equal(limited.json.items.length, 2);
  });

  test('rejects bad filters with 400 naming the parameter', async () => {
    for (const [query, field, code] of [
      ['from=yesterday', 'query/from', 'invalid_format'],
      ['status=done', 'query/status', 'invalid_value'],
      ['limit=0', 'query/limit', 'out_of_range'],
      ['limit=many', 'query/limit', 'invalid_format'],
      ['sort=title', 'query/sort', 'unknown_field'],
      [`area=${'x'.repeat(101)}`, 'query/area', 'too_long'],
    ] as const) {
      const { status, json } = await call(server, `/api/v1/walks?${query}`);
      assert.equal(status, 400, query);
      assert.deepEqual(json.errors.map((e: { field: string; code: string }) => [e.field, e.code]), [[field, code]], query);
    }
  });

  test('one walk: counts of people, places left, waiting list and measures', async () => {
    const full = await call(server, `/api/v1/walks/${SEEDED.fullWalk}`);
    assert.equal(full.status, 200);
    assert.equal(full.json.capacity, 12);
    assert.equal(full.json.registeredCount, 12);
    assert.equal(full.json.placesLeft, 0);
    assert.equal(full.json.waitlistCount, 3);

    const open = await call(server, `/api/v1/walks/${SEEDED.springDstWalk}`);
    assert.equal(open.json.capacity, null);
    assert.equal(open.json.placesLeft, null);

    const held = await call(server, `/api/v1/walks/${SEEDED.sandvikenWalk}`);
    assert.equal(held.json.status, 'held');
    assert.equal(held.json.measureCount, 7);
    assert.equal(held.json.lighting, 'dark');

    const cancelled = await call(server, `/api/v1/walks/${SEEDED.cancelledWalk}`);
    assert.equal(cancelled.json.status, 'cancelled');
    assert.match(cancelled.json.cancellationReason, /hösten/);
  });

  test('a walk that does not exist is a 404 problem; a malformed id a 400', async () => {
    const missing = await call(server, '/api/v1/walks/999');
    assert.equal(missing.status, 404);
    assert.match(String(missing.headers['content-type']), /^application\/problem\+json/);
    assert.equal(missing.json.type, 'https://trygg-widgets.example/problems/not-found');
    const malformed = await call(server, '/api/v1/walks/a%20b');
    assert.equal(malformed.status, 400);
    assert.equal(malformed.json.errors[0].field, 'path/id');
  });

  test('public GETs are cacheable for a minute with an ETag, and If-None-Match gives 304', async () => {
    const first = await call(server, '/api/v1/walks');
    assert.equal(first.headers['cache-control'], 'public, max-age=60, stale-while-revalidate=600');
    const etag = String(first.headers.etag);
    assert.match(etag, /^W\/".+"$/);
    const again = await call(server, '/api/v1/walks', { headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304);
    assert.equal(again.text, '');
    const other = await call(server, '/api/v1/walks', { headers: { 'if-none-match': 'W/"something-else"' } });
    assert.equal(other.status, 200);
    const error = await call(server, '/api/v1/walks/999');
    assert.equal(error.headers['cache-control'], 'no-store');
    assert.equal(error.headers.etag, undefined);
  });
});
