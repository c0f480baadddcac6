import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { call, concernBody, SEEDED, startServer, type TestServer } from './helpers.js';

describe('categories and concerns', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  test('categories carry their responsible party, guidance and "call instead"', async () => {
    const { status, json } = await call(server, '/api/v1/categories');
    assert.equal(status, 200);
    const byId = new Map(json.items.map((c: { id: string }) => [c.id, c]));
    const expectations = {
      belysning: 'Gatuavdelningen',
      vegetation: 'Park och natur',
      bostadsomrade: 'Bostadsbolaget Hemgården AB',
      busshallplats: 'Länstrafiken',
    };
    for (const [id, party] of Object.entries(expectations)) {
      const category = byId.get(id) as { responsibleParty: { name: string }; callInstead: boolean; guidance: { sv: string } };
      assert.equal(category.responsibleParty.name, party);
      assert.equal(category.callInstead, false);
      assert.ok(category.guidance.sv.length > 0);
    }
    const emergency = byId.get('akut-fara') as { callInstead: boolean; phone: string };
    assert.deepEqual([emergency.callInstead, emergency.phone], [true, '112']);
    const police = byId.get('hot-och-brott') as { callInstead: boolean; phone: string };
    assert.deepEqual([police.callInstead, police.phone], [true, '114 14']);

    const parties = await call(server, '/api/v1/responsible-parties');
    assert.ok(parties.json.items.some((p: { kind: string }) => p.kind === 'transport_operator'));
    const names = parties.json.items.map((p: { name: string }) => p.name);
    assert.deepEqual(names, [...names].sort(new Intl.Collator('sv').compare), 'in Swedish alphabetical order');
  });

  test('a concern gets the next TRG-<year>-<5 digits> reference and who handles it', async () => {
    const { status, json } = await call(server, '/api/v1/concerns', { body: concernBody() });
    assert.equal(status, 201);
    assert.equal(json.reference, SEEDED.nextConcernReference);
    assert.equal(json.responsibleParty.id, 'gatuavdelningen');
    assert.equal(json.createdAt, '2026-11-25T12:00:00Z');
    const next = await call(server, '/api/v1/concerns', { body: concernBody() });
    assert.equal(next.json.reference, 'TRG-2026-00006');
  });

  test('the sequence starts again each year (by the server clock)', async () => {
    server.clock.set('2027-01-01T00:00:10Z');
    try {
      assert.equal((await call(server, '/api/v1/concerns', { body: concernBody() })).json.reference, 'TRG-2027-00001');
      assert.equal((await call(server, '/api/v1/concerns', { body: concernBody() })).json.reference, 'TRG-2027-00002');
    } finally {
      server.clock.set('2026-11-25T12:00:00Z');
    }
  });

  test('"call instead" categories and unknown categories are refused with /categoryId', async () => {
    const emergency = await call(server, '/api/v1/concerns', { body: concernBody({ categoryId: 'akut-fara' }) });
    assert.equal(emergency.status, 422);
    assert.deepEqual(emergency.json.errors, [{ field: '/categoryId', code: 'invalid_value', message: 'Not for this form: call 112.' }]);
    const unknown = await call(server, '/api/v1/concerns', { body: concernBody({ categoryId: 'ufo' }) });
    assert.equal(unknown.status, 422);
    assert.equal(unknown.json.errors[0].field, '/categoryId');
  });

  test('contact details only with consent; with consent they reach staff', async () => {
    const refused = await call(server, '/api/v1/concerns', {
      body: concernBody({ contact: { email: 'a@example.se', consent: false } }),
    });
    assert.equal(refused.status, 422);
    assert.deepEqual(refused.json.errors.map((e: { field: string; code: string }) => [e.field, e.code]), [['/contact/consent', 'consent_required']]);

    const withContact = await call(server, '/api/v1/concerns', {
      body: concernBody({ contact: { name: 'Anna', phone: '+46 70 123 45 67', consent: true }, language: 'sv' }),
    });
    const stored = await call(server, `/api/v1/staff/concerns/${withContact.json.reference}`, { staff: true });
    assert.deepEqual(stored.json.contact, { name: 'Anna', phone: '+46 70 123 45 67' });
    assert.equal(stored.json.consent, true);
    assert.equal(stored.json.status, 'received');

    const consentOnly = await call(server, '/api/v1/concerns', { body: concernBody({ contact: { consent: false } }) });
    assert.equal(consentOnly.status, 201, 'an empty contact without consent stores nothing');
    const none = await call(server, `/api/v1/staff/concerns/${consentOnly.json.reference}`, { staff: true });
    assert.equal(none.json.contact, undefined);
  });

  test('spam is answered like success, kept out of staff lists unless asked for', async () => {
    const spam = await call(server, '/api/v1/concerns', { body: concernBody({ website: 'x', description: 'SPAM-MARKER' }) });
    assert.equal(spam.status, 201);
    assert.match(spam.json.reference, /^TRG-2026-\d{5}$/);
    const fast = await call(server, '/api/v1/concerns', { body: concernBody({ fillMs: 1999, description: 'SPAM-MARKER' }) });
    assert.equal(fast.status, 201);
    const listed = await call(server, '/api/v1/staff/concerns', { staff: true });
    assert.ok(!listed.json.items.some((c: { description: string }) => c.description === 'SPAM-MARKER'));
    const all = await call(server, '/api/v1/staff/concerns?includeSpam=true', { staff: true });
    assert.equal(all.json.items.filter((c: { spam: boolean }) => c.spam).length, 2);
    const csv = await call(server, '/api/v1/staff/concerns.csv', { staff: true });
    assert.ok(!csv.text.includes('SPAM-MARKER'));
  });

  test('staff filter, read, close and export concerns', async () => {
    const created = await call(server, '/api/v1/concerns', { body: concernBody({ categoryId: 'vegetation', description: 'Buskar, "höga" som väggar\növerallt' }) });
    const reference = created.json.reference as string;
    const vegetation = await call(server, '/api/v1/staff/concerns?category=vegetation', { staff: true });
    assert.ok(vegetation.json.items.every((c: { categoryId: string }) => c.categoryId === 'vegetation'));
    assert.equal(vegetation.json.items[0].reference, reference, 'newest first');

    const closed = await call(server, `/api/v1/staff/concerns/${reference}`, { method: 'PATCH', staff: true, body: { status: 'closed' } });
    assert.equal(closed.status, 200);
    assert.equal(closed.json.closedAt, '2026-11-25T12:00:00Z');
    const closedList = await call(server, '/api/v1/staff/concerns?status=closed', { staff: true });
    assert.ok(closedList.json.items.some((c: { reference: string }) => c.reference === reference));
    const reopened = await call(server, `/api/v1/staff/concerns/${reference}`, { method: 'PATCH', staff: true, body: { status: 'in_progress' } });
    assert.equal(reopened.json.closedAt, undefined);

    const csv = await call(server, '/api/v1/staff/concerns.csv?category=vegetation', { staff: true });
    assert.equal(csv.status, 200);
    assert.match(String(csv.headers['content-type']), /^text\/csv/);
    assert.ok(csv.text.startsWith('\ufeffreference,createdAt,status,categoryId'));
    assert.ok(csv.text.includes(`${reference},2026-11-25T12:00:00Z,in_progress,vegetation`));
    assert.ok(csv.text.includes('"Buskar, ""höga"" som väggar\növerallt"'));

    assert.equal((await call(server, '/api/v1/staff/concerns/TRG-2026-99999', { staff: true })).status, 404);
    assert.equal((await call(server, '/api/v1/staff/concerns/42', { staff: true })).status, 400);
  });
});
