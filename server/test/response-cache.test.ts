import assert from 'node:assert/strict';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { runRetention } from '../src/retention.js';
import { checkResponse } from './contract-check.js';
import type { MeasureInputT } from '../src/contract/measures.js';
import type { WalkInputT } from '../src/contract/walks.js';
import type { NewRegistration } from '../src/storage/storage.js';
import { ALLOWED_ORIGIN, call, measureBody, registrationBody, SEEDED, startServer, type TestServer, walkBody } from './helpers.js';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  /** The body as the client reads it (decompressed). */
  text: string;
  /** Bytes on the wire. */
  wireBytes: number;
}

/** A request as a browser sends it (inject gives the bytes on the wire); the answer is checked against the contract. */
async function request(app: FastifyInstance, url: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await app.inject({ method: 'GET', url, headers });
  const coding = response.headers['content-encoding'];
  const raw = response.rawPayload;
  const body = coding === 'br' ? brotliDecompressSync(raw) : coding === 'gzip' ? gunzipSync(raw) : raw;
  const answer = { status: response.statusCode, headers: response.headers, text: body.toString('utf8'), wireBytes: raw.length };
  checkResponse('GET', url, answer);
  return answer;
}

/** Counts the calls of one storage method (the routes look it up on every request). */
function countCalls(server: TestServer, method: 'listWalks' | 'listMeasures' | 'getWalk'): { readonly count: number } {
  const storage = server.storage as unknown as Record<string, (...args: unknown[]) => unknown>;
  const original = storage[method]!;
  const counter = { count: 0 };
  storage[method] = function (this: unknown, ...args: unknown[]) {
    counter.count += 1;
    return original.apply(this, args);
  };
  return counter;
}

const WALK_LIST = '/api/v1/walks?from=2026-11-25';
const walkIn = (answer: Answer, id: string) => JSON.parse(answer.text).items.find((walk: { id: string }) => walk.id === id);

describe('public GET answers kept in memory', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startServer();
  });
  afterEach(() => server.close());

  test('are made once, then sent again (same body and ETag) without asking the database', async () => {
    const listWalks = countCalls(server, 'listWalks');
    const first = await request(server.app, WALK_LIST);
    const second = await request(server.app, WALK_LIST);
    assert.equal(listWalks.count, 1);
    assert.equal(second.text, first.text);
    assert.equal(second.headers.etag, first.headers.etag);
    assert.equal(second.headers['cache-control'], 'public, max-age=60, stale-while-revalidate=600');
    assert.equal(second.headers['content-type'], 'application/json; charset=utf-8');
    const notModified = await request(server.app, WALK_LIST, { 'if-none-match': String(first.headers.etag) });
    assert.equal(notModified.status, 304);
    assert.equal(notModified.text, '');
    assert.equal(notModified.headers.etag, first.headers.etag);
    assert.equal(listWalks.count, 1);
    // Another URL is another answer.
    await request(server.app, '/api/v1/walks?from=2026-11-26');
    assert.equal(listWalks.count, 2);
  });

  test('a staff change shows at once, with a new ETag (an old one no longer gives 304)', async () => {
    const before = await request(server.app, WALK_LIST);
    const changed = await call(server, `/api/v1/staff/walks/${SEEDED.afterDarkWalk}`, {
      method: 'PATCH',
      staff: true,
      body: { title: 'Kvällsvandring i Bäckby (ny tid)' },
    });
    assert.equal(changed.status, 200);
    const after = await request(server.app, WALK_LIST, { 'if-none-match': String(before.headers.etag) });
    assert.equal(after.status, 200);
    assert.notEqual(after.headers.etag, before.headers.etag);
    assert.equal(walkIn(after, SEEDED.afterDarkWalk).title, 'Kvällsvandring i Bäckby (ny tid)');
    const one = await request(server.app, `/api/v1/walks/${SEEDED.afterDarkWalk}`);
    assert.equal(JSON.parse(one.text).sequence, walkIn(after, SEEDED.afterDarkWalk).sequence);
  });

  test('a sign-up changes placesLeft in the list and in the walk at once', async () => {
    const url = `/api/v1/walks/${SEEDED.afterDarkWalk}`;
    const listBefore = walkIn(await request(server.app, WALK_LIST), SEEDED.afterDarkWalk);
    const walkBefore = JSON.parse((await request(server.app, url)).text);
    const signUp = await call(server, `${url}/registrations`, { body: registrationBody({ partySize: 3 }) });
    assert.equal(signUp.json.status, 'confirmed');
    const listAfter = walkIn(await request(server.app, WALK_LIST), SEEDED.afterDarkWalk);
    const walkAfter = JSON.parse((await request(server.app, url)).text);
    assert.equal(listAfter.placesLeft, listBefore.placesLeft - 3);
    assert.equal(walkAfter.placesLeft, walkBefore.placesLeft - 3);
    assert.equal(walkAfter.registeredCount, walkBefore.registeredCount + 3);
  });

  test('a new measure changes its walk’s measureCount; a status change changes the measure list', async () => {
    const countBefore = walkIn(await request(server.app, '/api/v1/walks'), SEEDED.sandvikenWalk).measureCount;
    const summaryBefore = JSON.parse((await request(server.app, '/api/v1/measures')).text).summary;
    const created = await call(server, '/api/v1/staff/measures', { staff: true, body: measureBody() });
    assert.equal(created.status, 201);
    assert.equal(walkIn(await request(server.app, '/api/v1/walks'), SEEDED.sandvikenWalk).measureCount, countBefore + 1);
    const summaryAfter = JSON.parse((await request(server.app, '/api/v1/measures')).text).summary;
    assert.equal(summaryAfter.measures, summaryBefore.measures + 1);
    await call(server, `/api/v1/staff/measures/${created.json.id}/status`, { staff: true, body: { status: 'done' } });
    const done = JSON.parse((await request(server.app, '/api/v1/measures?status=done')).text);
    assert.ok(done.items.some((measure: { id: string }) => measure.id === created.json.id));
  });

  test('a change written by another connection to the database file (an administrator) shows too', async () => {
    await request(server.app, WALK_LIST);
    const admin = new Database(server.dbFile);
    try {
      admin.prepare('UPDATE walks SET title = ? WHERE id = ?').run('Ändrad i databasen', Number(SEEDED.afterDarkWalk));
    } finally {
      admin.close();
    }
    assert.equal(walkIn(await request(server.app, WALK_LIST), SEEDED.afterDarkWalk).title, 'Ändrad i databasen');
  });

  test('retention erasing contact details drops the kept answers', async () => {
    const listWalks = countCalls(server, 'listWalks');
    await request(server.app, '/api/v1/walks');
    // A year on, the sign-ups of the seeded past walks are past retention; the clock of the app does not move.
    const erased = await runRetention(server.storage, { ...server.config, now: () => new Date('2027-12-01T12:00:00Z') });
    assert.ok(erased.registrations > 0);
    await request(server.app, '/api/v1/walks');
    assert.equal(listWalks.count, 2);
  });

  test('an answer is kept at most a minute of the (injected) clock, as long as a browser may keep it', async () => {
    const listWalks = countCalls(server, 'listWalks');
    await request(server.app, WALK_LIST);
    server.clock.advance(59_000);
    await request(server.app, WALK_LIST);
    assert.equal(listWalks.count, 1);
    server.clock.advance(1_000);
    await request(server.app, WALK_LIST);
    assert.equal(listWalks.count, 2);
  });

  test('as time passes, every answer equals what a server keeping nothing answers', async () => {
    const uncached = await buildApp({ storage: server.storage, config: server.config, responseCacheBytes: 0 });
    await uncached.ready();
    try {
      const urls = (today: string) => [
        '/api/v1/walks',
        `/api/v1/walks?from=${today}`,
        `/api/v1/walks?from=${today}&limit=2`,
        '/api/v1/walks?from=2026-11-25',
        `/api/v1/walks/${SEEDED.afterDarkWalk}`,
        `/api/v1/walks/${SEEDED.afterDarkWalk}.ics`,
        `/api/v1/walks.ics?from=${today}`,
        '/api/v1/measures',
        `/api/v1/measures?walk=${SEEDED.sandvikenWalk}`,
        '/api/v1/categories',
      ];
      const compare = async (step: string) => {
        const today = server.clock.now().toISOString().slice(0, 10);
        for (const url of urls(today)) {
          const [kept, fresh] = [await request(server.app, url), await request(uncached, url)];
          assert.equal(kept.status, fresh.status, `${step}: ${url}`);
          assert.equal(kept.text, fresh.text, `${step}: ${url}`);
          assert.equal(kept.headers.etag, fresh.headers.etag, `${step}: ${url}`);
        }
      };
      await compare('25 November');
      // The calendar asks for walks from today: the day after, the walk of 16 February is still upcoming ...
      server.clock.set('2026-11-26T08:00:00Z');
      await compare('26 November');
      await call(server, `/api/v1/walks/${SEEDED.afterDarkWalk}/registrations`, { body: registrationBody() });
      await compare('after a sign-up');
      // ... and once it has started, sign-up is closed and tomorrow's list no longer holds it.
      server.clock.set('2027-02-16T17:30:00Z');
      await compare('while the walk is under way');
      const late = await call(server, `/api/v1/walks/${SEEDED.afterDarkWalk}/registrations`, { body: registrationBody() });
      assert.equal(late.status, 409);
      server.clock.set('2027-02-17T08:00:00Z');
      await compare('the day after');
      const upcoming = JSON.parse((await request(server.app, '/api/v1/walks?from=2027-02-17')).text);
      assert.ok(!upcoming.items.some((walk: { id: string }) => walk.id === SEEDED.afterDarkWalk));
    } finally {
      await uncached.close();
    }
  });
});

describe('public GET answers kept in memory: what stays per request', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  test('CORS headers are those of each request, not of the request that made the answer', async () => {
    const listed = await request(server.app, '/api/v1/categories', { origin: ALLOWED_ORIGIN });
    assert.equal(listed.headers['access-control-allow-origin'], ALLOWED_ORIGIN);
    const unlisted = await request(server.app, '/api/v1/categories', { origin: 'https://other.example' });
    assert.equal(unlisted.headers['access-control-allow-origin'], undefined);
    const none = await request(server.app, '/api/v1/categories');
    assert.equal(none.headers['access-control-allow-origin'], undefined);
    assert.equal(none.text, listed.text);
  });

  test('a calendar file keeps its type and file name', async () => {
    const url = `/api/v1/walks/${SEEDED.afterDarkWalk}.ics`;
    const [first, again] = [await request(server.app, url), await request(server.app, url)];
    assert.equal(again.headers['content-type'], first.headers['content-type']);
    assert.match(String(again.headers['content-type']), /^text\/calendar/);
    assert.equal(again.headers['content-disposition'], first.headers['content-disposition']);
  });

  test('invalid queries are 400 every time, never kept, never a 500', async () => {
    for (let i = 0; i < 2; i++) {
      const { status, text, headers } = await request(server.app, '/api/v1/walks?limit=0');
      assert.equal(status, 400);
      assert.equal(JSON.parse(text).errors[0].field, 'query/limit');
      assert.equal(headers['cache-control'], 'no-store');
    }
  });

  test('staff answers are never kept', async () => {
    const audit = () => server.app.inject({ url: '/api/v1/staff/audit?limit=1', headers: { authorization: 'Bearer test-staff-token-0123456789' } });
    const before = (await audit()).json();
    await call(server, `/api/v1/staff/walks/${SEEDED.afterDarkWalk}`, { method: 'PATCH', staff: true, body: { title: 'Ny titel' } });
    const response = await audit();
    assert.equal(response.headers['cache-control'], 'no-store');
    assert.notEqual(response.json().items[0].id, before.items[0].id);
  });
});

describe('compression of API answers', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  test('br, else gzip, as the client accepts; the same JSON and ETag; Vary: Accept-Encoding', async () => {
    const plain = await request(server.app, '/api/v1/measures');
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.match(String(plain.headers.vary), /Accept-Encoding/);
    for (const [header, coding] of [
      ['gzip, deflate, br, zstd', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip;q=0.5', 'gzip'],
      ['*', 'br'],
      ['gzip;q=0, *', 'br'],
      ['br;q=0, gzip;q=0', undefined],
      ['deflate', undefined],
    ] as const) {
      // Twice: made, then kept with the answer.
      for (let i = 0; i < 2; i++) {
        const answer = await request(server.app, '/api/v1/measures', { 'accept-encoding': header });
        assert.equal(answer.headers['content-encoding'], coding, header);
        assert.equal(answer.text, plain.text, header);
        assert.equal(answer.headers.etag, plain.headers.etag, header);
        assert.match(String(answer.headers.vary), /Origin/);
        assert.match(String(answer.headers.vary), /Accept-Encoding/);
        if (coding) assert.ok(answer.wireBytes < plain.wireBytes / 2, `${header}: ${answer.wireBytes} bytes`);
      }
    }
  });

  test('a conditional GET from a client that got br is 304 with Vary', async () => {
    const first = await request(server.app, '/api/v1/walks', { 'accept-encoding': 'br' });
    const again = await request(server.app, '/api/v1/walks', { 'accept-encoding': 'br', 'if-none-match': String(first.headers.etag) });
    assert.equal(again.status, 304);
    assert.equal(again.wireBytes, 0);
    assert.match(String(again.headers.vary), /Accept-Encoding/);
  });

  test('small answers are sent as they are', async () => {
    const missing = await request(server.app, '/api/v1/walks/999', { 'accept-encoding': 'br' });
    assert.equal(missing.status, 404);
    assert.equal(missing.headers['content-encoding'], undefined);
  });

  test('staff answers are compressed too (never stored), and an idempotent replay is the same answer', async () => {
    const list = await server.app.inject({
      url: '/api/v1/staff/concerns',
      headers: { authorization: 'Bearer test-staff-token-0123456789', 'accept-encoding': 'gzip' },
    });
    assert.equal(list.headers['content-encoding'], 'gzip');
    assert.equal(list.headers['cache-control'], 'no-store');
    assert.ok(Array.isArray(JSON.parse(gunzipSync(list.rawPayload).toString()).items));

    const key = '7b0c1a52-5bd4-4f44-9a53-6f8fd2b3c0de';
    const create = () =>
      server.app.inject({
        method: 'POST',
        url: '/api/v1/staff/measures',
        headers: { authorization: 'Bearer test-staff-token-0123456789', 'content-type': 'application/json', 'idempotency-key': key, 'accept-encoding': 'br' },
        payload: JSON.stringify(measureBody({ description: 'Lång beskrivning. '.repeat(80) })),
      });
    const first = await create();
    const replay = await create();
    assert.equal(first.statusCode, 201);
    assert.equal(replay.headers['idempotent-replayed'], 'true');
    assert.equal(first.headers['content-encoding'], 'br');
    assert.equal(replay.headers['content-encoding'], 'br');
    assert.equal(brotliDecompressSync(replay.rawPayload).toString(), brotliDecompressSync(first.rawPayload).toString());
  });
});

describe('SqliteStorage.dataVersion', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  test('stays while only reading; changes with every write, by this connection or another', async () => {
    const { storage } = server;
    const start = await storage.dataVersion();
    await storage.listWalks({});
    await storage.listMeasures({});
    assert.equal(await storage.dataVersion(), start);
    const at = '2026-11-25T12:00:00Z';
    const versions = [start];
    const wrote = async () => {
      const version = await storage.dataVersion();
      assert.ok(!versions.includes(version), `after write ${versions.length}`);
      versions.push(version);
    };
    await storage.createFeedback({ id: '5b0e4c5e-8d5c-4d8e-9f86-3f4bb1f4e6a1', pageId: 'https://kommun.example/a', language: 'sv', helpful: true, spam: false, at });
    await wrote();
    await storage.createConcern({ categoryId: 'belysning', place: { description: 'Torget' }, timeOfDay: ['evening'], dayType: ['weekdays'], description: 'Mörkt.', spam: false, at });
    await wrote();
    await storage.beginIdempotent('POST /x', 'k', 'h', at, at);
    await wrote();
    const other = new Database(server.dbFile);
    try {
      other.prepare("UPDATE responsible_parties SET phone = '08-123 45' WHERE id = 'gatuavdelningen'").run();
    } finally {
      other.close();
    }
    await wrote();
  });

  test('changes with every write method of the storage, so no kept answer outlives a change', async () => {
    const { storage } = server;
    const change = { actor: 'test', at: '2026-11-25T12:00:00Z' };
    const seen = new Set([await storage.dataVersion()]);
    let walkId = '';
    const writes: [string, () => Promise<unknown>][] = [
      ['createWalk', async () => (walkId = (await storage.createWalk(walkBody() as WalkInputT, change)).id)],
      ['updateWalk', () => storage.updateWalk(SEEDED.centrumWalk, { title: 'Ny titel' }, change)],
      ['setWalkStatus', () => storage.setWalkStatus(SEEDED.afterDarkWalk, 'cancelled', 'Storm.', change)],
      ['createRegistration', () => storage.createRegistration(walkId, { ...registrationBody(), spam: false, at: change.at } as NewRegistration)],
      ['createMeasure', () => storage.createMeasure(measureBody() as MeasureInputT, change)],
      ['updateMeasure', () => storage.updateMeasure('1', { title: 'Ny lampa' }, change)],
      ['addMeasureStatus', () => storage.addMeasureStatus('1', { status: 'done' }, change)],
      ['saveResponsibleParty', () => storage.saveResponsibleParty({ id: 'ny-part', name: 'Ny part', kind: 'municipal_department' })],
      ['saveCategory', async () => storage.saveCategory({ ...(await storage.getCategory('belysning'))!, responsiblePartyId: 'ny-part' }, 1)],
      ['setConcernStatus', () => storage.setConcernStatus('TRG-2026-00001', 'closed', change)],
      ['updateFeedback', () => storage.updateFeedback('5b0e4c5e-8d5c-4d8e-9f86-3f4bb1f4e6a1', { comment: 'Bra.' }, change.at, '2026-11-18T12:00:00Z')],
      ['completeIdempotent', () => storage.completeIdempotent('POST /x', 'k', 201, '{}')],
      ['beginIdempotent', () => storage.beginIdempotent('POST /x', 'k2', 'h', change.at, change.at)],
      ['releaseIdempotent', () => storage.releaseIdempotent('POST /x', 'k2')],
      ['applyRetention', () => storage.applyRetention('2027-12-31T00:00:00Z', '2027-12-31T00:00:00Z', change)],
    ];
    for (const [name, write] of writes) {
      await write();
      const version = await storage.dataVersion();
      assert.ok(!seen.has(version), name);
      seen.add(version);
    }
  });
});
