import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { after, before, describe, test } from 'node:test';
import { runRetention, scheduleRetention } from '../src/retention.js';
import { SqliteStorage } from '../src/storage/sqlite-storage.js';
import { call, concernBody, feedbackBody, registrationBody, SEEDED, startServer, walkBody, type TestServer } from './helpers.js';

const DAY = 86_400_000;

function allText(dbFile: string): string[] {
  const db = new Database(dbFile, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
    return tables.flatMap((table) =>
      (db.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[]).flatMap((row) =>
        Object.values(row).filter((value): value is string => typeof value === 'string'),
      ),
    );
  } finally {
    db.close();
  }
}

describe('privacy and storage', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({ config: { retentionDays: 90 } });
  });
  after(() => server.close());

  test('IP addresses are never stored, not even forwarded ones', async () => {
    const remoteAddress = '198.51.100.23';
    const headers = { 'x-forwarded-for': '192.0.2.99', 'user-agent': 'Agent/1.0' };
    await call(server, `/api/v1/walks/${SEEDED.afterDarkWalk}/registrations`, { body: registrationBody(), remoteAddress, headers });
    await call(server, '/api/v1/concerns', { body: concernBody(), remoteAddress, headers });
    await call(server, '/api/v1/feedback', { body: feedbackBody(), remoteAddress, headers });
    await call(server, '/api/v1/concerns', { body: concernBody({ website: 'spam' }), remoteAddress, headers });
    const text = allText(server.dbFile).join('\n');
    for (const needle of [remoteAddress, '192.0.2.99', '127.0.0.1', 'Agent/1.0']) assert.ok(!text.includes(needle), needle);
  });

  test('the database runs in WAL mode and migrations run once', async () => {
    const db = new Database(server.dbFile, { readonly: true });
    try {
      assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
      assert.deepEqual(db.prepare('SELECT version FROM schema_migrations').pluck().all(), [1]);
    } finally {
      db.close();
    }
    const again = SqliteStorage.open(server.dbFile, '2026-11-25T12:00:00Z');
    assert.equal((await again.listWalks({})).length, 7, 'reopening keeps the data');
    await again.close();
  });

  test('contact details of closed concerns are erased after the retention period, and logged', async () => {
    const withContact = concernBody({ contact: { name: 'Ulla', email: 'ulla@example.se', phone: '070-1', consent: true } });
    const closedRef = (await call(server, '/api/v1/concerns', { body: withContact })).json.reference;
    const openRef = (await call(server, '/api/v1/concerns', { body: withContact })).json.reference;
    await call(server, `/api/v1/staff/concerns/${closedRef}`, { method: 'PATCH', staff: true, body: { status: 'closed' } });
    const concern = async (reference: string) => (await call(server, `/api/v1/staff/concerns/${reference}`, { staff: true })).json;

    server.clock.advance(89 * DAY);
    await runRetention(server.storage, server.config);
    assert.deepEqual((await concern(closedRef)).contact, { name: 'Ulla', email: 'ulla@example.se', phone: '070-1' });

    server.clock.advance(2 * DAY);
    const erased = await runRetention(server.storage, server.config);
    assert.ok(erased.concerns >= 1);
    const closed = await concern(closedRef);
    assert.equal(closed.contact, undefined);
    assert.equal(closed.contactErased, true);
    assert.equal(closed.description, withContact.description, 'the report itself stays');
    assert.deepEqual((await concern(openRef)).contact, { name: 'Ulla', email: 'ulla@example.se', phone: '070-1' }, 'open concerns keep it');

    const audit = await call(server, `/api/v1/staff/audit?entity=concern&entityId=${closedRef}`, { staff: true });
    assert.deepEqual(audit.json.items.map((entry: { action: string; actor: string }) => [entry.action, entry.actor])[0], [
      'retention.erase_contact',
      'retention',
    ]);
    assert.equal((await runRetention(server.storage, server.config)).concerns, 0, 'erasing twice does nothing');
    server.clock.set('2026-11-25T12:00:00Z');
  });

  test('contact details of sign-ups are erased once the walk is past the retention period', async () => {
    const walk = (await call(server, '/api/v1/staff/walks', { staff: true, body: walkBody({ startsAt: '2026-12-01T16:00:00Z', endsAt: '2026-12-01T18:00:00Z' }) })).json.id;
    await call(server, `/api/v1/walks/${walk}/registrations`, { body: registrationBody({ needs: 'Hörslinga', phone: '070-2' }) });
    server.clock.set('2027-02-28T12:00:00Z');
    await runRetention(server.storage, server.config);
    const [kept] = (await call(server, `/api/v1/staff/walks/${walk}/registrations`, { staff: true })).json.items;
    assert.equal(kept.email, 'elin@example.se', '90 days after the walk is not yet past');
    server.clock.set('2027-03-02T12:00:00Z');
    await runRetention(server.storage, server.config);
    const [gone] = (await call(server, `/api/v1/staff/walks/${walk}/registrations`, { staff: true })).json.items;
    assert.deepEqual([gone.email, gone.phone, gone.needs, gone.contactErased, gone.name], [undefined, undefined, undefined, true, 'Elin Testsson']);
    server.clock.set('2026-11-25T12:00:00Z');
  });

  test('retention runs at once when scheduled, and stored replies for Idempotency-Keys expire', async () => {
    const db = () => new Database(server.dbFile, { readonly: true });
    const count = () => {
      const handle = db();
      try {
        return handle.prepare('SELECT COUNT(*) FROM idempotency_keys').pluck().get() as number;
      } finally {
        handle.close();
      }
    };
    await call(server, '/api/v1/feedback', { body: feedbackBody() });
    assert.ok(count() > 0);
    server.clock.advance(3 * DAY);
    const stop = await scheduleRetention(server.storage, server.config, server.app.log);
    stop();
    assert.equal(count(), 0);
    server.clock.set('2026-11-25T12:00:00Z');
  });
});
