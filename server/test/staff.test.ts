import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { after, before, describe, test } from 'node:test';
import { document } from './contract-check.js';
import { ALLOWED_ORIGIN, call, measureBody, SEEDED, STAFF_TOKEN, startServer, walkBody, type TestServer } from './helpers.js';

/** Every staff operation in the committed contract, with its path filled in. */
const staffOperations = Object.entries(document.paths)
  .filter(([template]) => template.startsWith('/staff/'))
  .flatMap(([template, item]) =>
    Object.keys(item).map((method) => ({
      method: method.toUpperCase() as 'GET' | 'POST' | 'PATCH',
      url: `/api/v1${template.replace('{id}', '1').replace('{reference}', 'TRG-2026-00001')}`,
    })),
  );

describe('staff endpoints', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  const send = (op: { method: 'GET' | 'POST' | 'PATCH'; url: string }, headers: Record<string, string>) =>
    call(server, op.url, { method: op.method, headers, ...(op.method === 'GET' ? {} : { body: {} }) });

  test('there are staff operations to guard', () => {
    assert.ok(staffOperations.length >= 17);
  });

  test('without a token every staff operation is 401 with WWW-Authenticate: Bearer', async () => {
    for (const op of staffOperations) {
      const response = await send(op, {});
      assert.equal(response.status, 401, `${op.method} ${op.url}`);
      assert.equal(response.headers['www-authenticate'], 'Bearer realm="trygg-staff"');
      assert.equal(response.json.type, 'https://trygg-widgets.example/problems/unauthorized');
    }
  });

  test('a wrong token, another scheme, or the token with extra text is 401 invalid_token', async () => {
    for (const authorization of [`Bearer ${STAFF_TOKEN}x`, `Bearer ${STAFF_TOKEN.slice(1)}`, 'Bearer x', `Basic ${STAFF_TOKEN}`, STAFF_TOKEN]) {
      for (const op of staffOperations) {
        const response = await send(op, { authorization });
        assert.equal(response.status, 401, `${authorization} on ${op.method} ${op.url}`);
      }
    }
    const wrong = await send(staffOperations[0]!, { authorization: 'Bearer wrong-token' });
    assert.equal(wrong.headers['www-authenticate'], 'Bearer realm="trygg-staff", error="invalid_token"');
    const ok = await call(server, '/api/v1/staff/audit', { headers: { authorization: `bearer   ${STAFF_TOKEN}` } });
    assert.equal(ok.status, 200, 'the scheme is case-insensitive');
  });

  test('a valid token from a browser on a foreign site is 403; listed and same-origin pages are fine', async () => {
    for (const op of staffOperations) {
      const response = await send(op, { authorization: `Bearer ${STAFF_TOKEN}`, origin: 'https://evil.example' });
      assert.equal(response.status, 403, `${op.method} ${op.url}`);
    }
    for (const origin of [ALLOWED_ORIGIN, 'https://trygg.kommun.example']) {
      const response = await call(server, '/api/v1/staff/audit', { staff: true, headers: { origin } });
      assert.equal(response.status, 200, origin);
    }
  });

  test('staff responses are never stored by caches', async () => {
    const response = await call(server, '/api/v1/staff/concerns', { staff: true });
    assert.equal(response.headers['cache-control'], 'no-store');
    assert.equal(response.headers.etag, undefined);
  });

  test('create, edit, cancel and mark walks held; conflicts are 409', async () => {
    const created = await call(server, '/api/v1/staff/walks', {
      staff: true,
      body: walkBody({
        capacity: 20,
        description: 'Beskrivning',
        accessibilityNotes: 'Trappfritt',
        url: 'https://kommun.example/vandring',
        route: [{ name: 'Parken', location: { lat: 59.33, lng: 14.51 } }],
        allowAnonymous: true,
        startsAt: '2027-06-01T18:00:00+02:00',
        endsAt: '2027-06-01T20:00:00+02:00',
      }),
    });
    assert.equal(created.status, 201);
    assert.equal(created.json.startsAt, '2027-06-01T16:00:00Z', 'stored and returned in UTC');
    assert.deepEqual([created.json.status, created.json.sequence, created.json.registeredCount], ['planned', 0, 0]);
    const id = created.json.id as string;

    const patched = await call(server, `/api/v1/staff/walks/${id}`, {
      method: 'PATCH',
      staff: true,
      body: { description: null, accessibilityNotes: null, url: null, capacity: null, area: 'Nytt område' },
    });
    assert.equal(patched.status, 200);
    for (const field of ['description', 'accessibilityNotes', 'url']) assert.equal(patched.json[field], undefined, field);
    assert.equal(patched.json.capacity, null);
    assert.equal(patched.json.area, 'Nytt område');

    const badTimes = await call(server, `/api/v1/staff/walks/${id}`, { method: 'PATCH', staff: true, body: { endsAt: '2027-06-01T15:00:00Z' } });
    assert.equal(badTimes.status, 422);
    assert.deepEqual(badTimes.json.errors.map((e: { field: string; code: string }) => [e.field, e.code]), [['/endsAt', 'out_of_range']]);
    const badNew = await call(server, '/api/v1/staff/walks', { staff: true, body: walkBody({ endsAt: '2027-06-01T16:00:00Z' }) });
    assert.equal(badNew.status, 422);

    const cancelled = await call(server, `/api/v1/staff/walks/${id}/cancel`, { staff: true, body: { reason: 'Sjukdom' } });
    assert.deepEqual([cancelled.json.status, cancelled.json.cancellationReason], ['cancelled', 'Sjukdom']);
    assert.equal((await call(server, `/api/v1/staff/walks/${id}/cancel`, { staff: true, body: { reason: 'igen' } })).status, 409);
    assert.equal((await call(server, `/api/v1/staff/walks/${id}/held`, { method: 'POST', staff: true })).status, 409);
    assert.equal((await call(server, `/api/v1/staff/walks/${id}/cancel`, { staff: true, body: {} })).json.errors[0].field, '/reason');

    const other = (await call(server, '/api/v1/staff/walks', { staff: true, body: walkBody() })).json.id;
    const held = await call(server, `/api/v1/staff/walks/${other}/held`, { method: 'POST', staff: true });
    assert.equal(held.json.status, 'held');
    assert.equal((await call(server, '/api/v1/staff/walks/999/held', { method: 'POST', staff: true })).status, 404);
    assert.equal((await call(server, '/api/v1/staff/walks/999', { method: 'PATCH', staff: true, body: { title: 'x' } })).status, 404);
  });

  test('registrations export as CSV, for one walk or all', async () => {
    const one = await call(server, `/api/v1/staff/registrations.csv?walk=${SEEDED.fullWalk}`, { staff: true });
    assert.equal(one.status, 200);
    const lines = one.text.replace('\ufeff', '').trimEnd().split('\r\n');
    assert.equal(lines[0], 'id,walkId,createdAt,status,waitlistPosition,name,email,phone,partySize,role,needs,consent,language,spam,contactErased');
    assert.equal(lines.length, 1 + 7);
    assert.ok(lines.some((line) => line.includes(',waitlisted,2,Ali Yusuf,')));
    const all = await call(server, '/api/v1/staff/registrations.csv', { staff: true });
    assert.ok(all.text.split('\r\n').length > lines.length);
    const withSpam = await call(server, `/api/v1/staff/registrations.csv?walk=${SEEDED.afterDarkWalk}&includeSpam=true`, { staff: true });
    assert.ok(withSpam.text.includes('Buy cheap pills'));
  });

  test('every staff change writes one audit row, newest first, naming the actor', async () => {
    const before = (await call(server, '/api/v1/staff/audit?limit=1', { staff: true })).json.items[0].id as string;
    const walk = (await call(server, '/api/v1/staff/walks', { staff: true, body: walkBody() })).json.id as string;
    await call(server, `/api/v1/staff/walks/${walk}`, { method: 'PATCH', staff: true, body: { title: 'Ändrad' } });
    await call(server, `/api/v1/staff/walks/${walk}/cancel`, { staff: true, body: { reason: 'Snöstorm' } });
    const measure = (await call(server, '/api/v1/staff/measures', { staff: true, body: measureBody() })).json.id as string;
    await call(server, `/api/v1/staff/measures/${measure}`, { method: 'PATCH', staff: true, body: { remarkCount: 3 } });
    await call(server, `/api/v1/staff/measures/${measure}/status`, { staff: true, body: { status: 'done' } });
    await call(server, '/api/v1/staff/concerns/TRG-2026-00002', { method: 'PATCH', staff: true, body: { status: 'closed' } });
    const held = (await call(server, '/api/v1/staff/walks', { staff: true, body: walkBody() })).json.id as string;
    await call(server, `/api/v1/staff/walks/${held}/held`, { method: 'POST', staff: true });
    // Refused changes leave no trace.
    await call(server, `/api/v1/staff/measures/${measure}/status`, { staff: true, body: { status: 'declined' } });

    const { json } = await call(server, '/api/v1/staff/audit?limit=20', { staff: true });
    const fresh = json.items.filter((entry: { id: string }) => Number(entry.id) > Number(before));
    assert.deepEqual(
      fresh.map((entry: { action: string; entity: string; entityId: string }) => [entry.action, entry.entity, entry.entityId]),
      [
        ['walk.held', 'walk', held],
        ['walk.create', 'walk', held],
        ['concern.status', 'concern', 'TRG-2026-00002'],
        ['measure.status', 'measure', measure],
        ['measure.update', 'measure', measure],
        ['measure.create', 'measure', measure],
        ['walk.cancel', 'walk', walk],
        ['walk.update', 'walk', walk],
        ['walk.create', 'walk', walk],
      ],
    );
    assert.ok(fresh.every((entry: { actor: string; at: string }) => entry.actor === 'staff-token' && entry.at === '2026-11-25T12:00:00Z'));
    const update = fresh.find((entry: { action: string }) => entry.action === 'walk.update');
    assert.deepEqual(update.change, { before: { title: 'Testvandring' }, after: { title: 'Ändrad' } });
    const byEntity = await call(server, `/api/v1/staff/audit?entity=walk&entityId=${walk}`, { staff: true });
    assert.equal(byEntity.json.items.length, 3);
  });

  test('the audit log is append-only in the database itself', () => {
    const db = new Database(server.dbFile);
    try {
      assert.throws(() => db.prepare("UPDATE audit_log SET actor = 'someone else'").run(), /append-only/);
      assert.throws(() => db.prepare('DELETE FROM audit_log').run(), /append-only/);
    } finally {
      db.close();
    }
  });
});

describe('staff endpoints on a server without a staff token', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({ seed: false, config: { staffToken: undefined } });
  });
  after(() => server.close());

  test('are 403 for everyone', async () => {
    for (const op of staffOperations) {
      const response = await call(server, op.url, { method: op.method, staff: true, ...(op.method === 'GET' ? {} : { body: {} }) });
      assert.equal(response.status, 403, `${op.method} ${op.url}`);
      assert.match(response.json.detail, /TRYGG_STAFF_TOKEN/);
    }
  });
});
