import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { call, measureBody, SEEDED, startServer, type TestServer } from './helpers.js';

describe('measures', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  test('the Sandviken walk: 14 remarks, 7 measures, one in every status', async () => {
    const { status, json } = await call(server, `/api/v1/measures?walk=${SEEDED.sandvikenWalk}`);
    assert.equal(status, 200);
    assert.deepEqual(json.summary, {
      remarks: 14,
      measures: 7,
      byStatus: { received: 1, planned: 1, in_progress: 1, done: 2, forwarded: 1, declined: 1 },
    });
    const updated = json.items.map((m: { updatedAt: string }) => m.updatedAt);
    assert.deepEqual(updated, [...updated].sort().reverse(), 'most recently updated first');
    for (const measure of json.items) {
      assert.equal(measure.timeline.at(-1).status, measure.status, 'the last timeline entry is the current status');
      assert.deepEqual(measure.origin, { kind: 'walk', walkId: SEEDED.sandvikenWalk, walkTitle: 'Trygghetsvandring i Sandviken' });
    }
    const declined = json.items.find((m: { status: string }) => m.status === 'declined');
    assert.match(declined.publicReason, /tillstånd/);
    const forwarded = json.items.find((m: { status: string }) => m.status === 'forwarded');
    assert.equal(forwarded.responsibleParty.kind, 'municipal_company');
  });

  test('filters by area, repeated status and responsible party; all lists summarize what they show', async () => {
    const done = await call(server, '/api/v1/measures?status=done&status=declined');
    assert.ok(done.json.items.every((m: { status: string }) => m.status === 'done' || m.status === 'declined'));
    assert.equal(done.json.summary.measures, done.json.items.length);
    assert.equal(done.json.summary.byStatus.planned, 0);
    const streets = await call(server, '/api/v1/measures?responsible=gatuavdelningen&area=Sandviken');
    assert.ok(streets.json.items.length >= 2);
    assert.ok(streets.json.items.every((m: { responsibleParty: { id: string }; area: string }) => m.responsibleParty.id === 'gatuavdelningen' && m.area === 'Sandviken'));
    const fromConcern = (await call(server, '/api/v1/measures?area=Bäckby')).json.items[0];
    assert.deepEqual(fromConcern.origin, { kind: 'concern', reference: 'TRG-2026-00001' });
    assert.equal((await call(server, '/api/v1/measures?status=finished')).status, 400);
    assert.equal((await call(server, '/api/v1/measures?walk=999')).json.items.length, 0);
  });

  test('one measure with its timeline; 404 when missing', async () => {
    const list = (await call(server, `/api/v1/measures?walk=${SEEDED.sandvikenWalk}&status=done`)).json.items;
    const lights = list.find((m: { title: string }) => m.title.startsWith('Ny belysning'));
    const { json } = await call(server, `/api/v1/measures/${lights.id}`);
    assert.deepEqual(json.timeline.map((s: { status: string }) => s.status), ['received', 'planned', 'in_progress', 'done']);
    assert.equal(json.timeline[1].note, 'Två nya stolpar med LED-armatur är beställda.');
    assert.equal((await call(server, '/api/v1/measures/999')).status, 404);
  });

  test('staff create a measure: first timeline entry, origin checked, counts on the walk', async () => {
    const before = (await call(server, `/api/v1/walks/${SEEDED.sandvikenWalk}`)).json.measureCount;
    const created = await call(server, '/api/v1/staff/measures', {
      staff: true,
      body: measureBody({ remarkCount: 2, note: 'Från vandringen', links: [{ label: 'Karta', url: 'https://kommun.example/karta' }] }),
    });
    assert.equal(created.status, 201);
    assert.equal(created.json.status, 'received');
    assert.deepEqual(created.json.timeline, [{ status: 'received', at: '2026-11-25T12:00:00Z', note: 'Från vandringen' }]);
    assert.equal(created.json.responsibleParty.name, 'Gatuavdelningen');
    assert.equal((await call(server, `/api/v1/walks/${SEEDED.sandvikenWalk}`)).json.measureCount, before + 1);

    for (const [body, field] of [
      [measureBody({ responsiblePartyId: 'nobody' }), '/responsiblePartyId'],
      [measureBody({ origin: { kind: 'walk', walkId: '999' } }), '/origin/walkId'],
      [measureBody({ origin: { kind: 'concern', reference: 'TRG-2019-00001' } }), '/origin/reference'],
    ] as const) {
      const refused = await call(server, '/api/v1/staff/measures', { staff: true, body });
      assert.equal(refused.status, 422);
      assert.deepEqual(refused.json.errors.map((e: { field: string }) => e.field), [field]);
    }
    const declinedWithoutReason = await call(server, '/api/v1/staff/measures', { staff: true, body: measureBody({ status: 'declined' }) });
    assert.equal(declinedWithoutReason.json.errors[0].code, 'reason_required');
  });

  test('status changes grow the timeline; declined needs a public reason; the reason leaves with the status', async () => {
    const id = (await call(server, '/api/v1/staff/measures', { staff: true, body: measureBody() })).json.id;
    const status = (body: Record<string, unknown>) => call(server, `/api/v1/staff/measures/${id}/status`, { staff: true, body });
    server.clock.advance(60_000);
    const planned = await status({ status: 'planned', note: 'Beställd' });
    assert.equal(planned.status, 200);
    assert.equal(planned.json.timeline.length, 2);
    const refused = await status({ status: 'declined' });
    assert.equal(refused.status, 422);
    assert.deepEqual(refused.json.errors, [
      { field: '/publicReason', code: 'reason_required', message: 'A declined measure needs a public reason.' },
    ]);
    server.clock.advance(60_000);
    const declined = await status({ status: 'declined', publicReason: 'Marken är inte kommunens.' });
    assert.equal(declined.json.publicReason, 'Marken är inte kommunens.');
    server.clock.advance(60_000);
    const reopened = await status({ status: 'planned' });
    assert.equal(reopened.json.publicReason, undefined);
    assert.deepEqual(reopened.json.timeline.map((s: { status: string }) => s.status), ['received', 'planned', 'declined', 'planned']);
    assert.equal((await call(server, '/api/v1/staff/measures/999/status', { staff: true, body: { status: 'done' } })).status, 404);
  });

  test('staff edit details; null clears an optional field', async () => {
    const id = (await call(server, '/api/v1/staff/measures', {
      staff: true,
      body: measureBody({ targetDate: '2027-01-31', location: { lat: 59.3, lng: 14.5 } }),
    })).json.id;
    const patched = await call(server, `/api/v1/staff/measures/${id}`, {
      method: 'PATCH',
      staff: true,
      body: { title: 'Två nya lampor', targetDate: null, location: null, responsiblePartyId: 'park-och-natur' },
    });
    assert.equal(patched.status, 200);
    assert.equal(patched.json.title, 'Två nya lampor');
    assert.equal(patched.json.targetDate, undefined);
    assert.equal(patched.json.location, undefined);
    assert.equal(patched.json.responsibleParty.id, 'park-och-natur');
    const patch = (body: unknown) => call(server, `/api/v1/staff/measures/${id}`, { method: 'PATCH', staff: true, body });
    assert.equal((await patch({ responsiblePartyId: 'nobody' })).status, 422);
    assert.equal((await patch({})).json.errors[0].code, 'required');
    assert.equal((await patch({ status: 'done' })).json.errors[0].code, 'unknown_field');
    assert.equal((await call(server, '/api/v1/staff/measures/999', { method: 'PATCH', staff: true, body: { title: 'x' } })).status, 404);
  });
});
