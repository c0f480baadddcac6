import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { call, registrationBody, SEEDED, startServer, walkBody, type TestServer } from './helpers.js';

describe('POST /walks/{id}/registrations', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  const register = (walkId: string, extra: Record<string, unknown> = {}) =>
    call(server, `/api/v1/walks/${walkId}/registrations`, { body: registrationBody(extra) });
  const newWalk = async (extra: Record<string, unknown> = {}) =>
    (await call(server, '/api/v1/staff/walks', { staff: true, body: walkBody(extra) })).json.id as string;

  test('confirms while places are left, then waitlists with positions', async () => {
    const walkId = await newWalk({ capacity: 3 });
    const first = await register(walkId, { partySize: 2 });
    assert.equal(first.status, 201);
    assert.equal(first.json.status, 'confirmed');
    assert.equal(first.json.walkId, walkId);
    assert.equal(first.json.waitlistPosition, undefined);
    const tooBig = await register(walkId, { partySize: 2 });
    assert.equal(tooBig.json.status, 'waitlisted');
    assert.equal(tooBig.json.waitlistPosition, 1);
    const fits = await register(walkId, { partySize: 1 });
    assert.equal(fits.json.status, 'confirmed', 'a party that fits the places left is confirmed');
    const after = await register(walkId, { partySize: 1 });
    assert.equal(after.json.waitlistPosition, 2);
    const walk = (await call(server, `/api/v1/walks/${walkId}`)).json;
    assert.deepEqual([walk.registeredCount, walk.placesLeft, walk.waitlistCount], [3, 0, 3]);
  });

  test('the seeded full walk waitlists; a walk without a limit always confirms', async () => {
    assert.equal((await register(SEEDED.fullWalk)).json.waitlistPosition, 3);
    const open = await register(SEEDED.springDstWalk, { partySize: 20 });
    assert.equal(open.json.status, 'confirmed');
  });

  test('needs e-mail or phone unless the walk allows anonymous sign-up', async () => {
    const walkId = await newWalk({ allowAnonymous: false });
    const anonymous = await register(walkId, { email: undefined, consent: false });
    assert.equal(anonymous.status, 422);
    assert.deepEqual(
      anonymous.json.errors.map((e: { field: string; code: string }) => [e.field, e.code]),
      [['/email', 'required'], ['/phone', 'required']],
    );
    assert.equal((await register(walkId, { email: undefined, phone: '070-123 45 67' })).status, 201);
    const open = await register(SEEDED.afterDarkWalk, { email: undefined, consent: false });
    assert.equal(open.status, 201, 'the after-dark walk allows anonymous sign-up');
  });

  test('contact details need consent', async () => {
    const refused = await register(SEEDED.afterDarkWalk, { consent: false });
    assert.equal(refused.status, 422);
    assert.deepEqual(refused.json.errors, [
      { field: '/consent', code: 'consent_required', message: 'Consent is needed to store contact details.' },
    ]);
  });

  test('cancelled, held and started walks are closed: 409 walk-not-open', async () => {
    for (const walkId of [SEEDED.cancelledWalk, SEEDED.sandvikenWalk]) {
      const { status, json } = await register(walkId);
      assert.equal(status, 409);
      assert.equal(json.type, 'https://trygg-widgets.example/problems/walk-not-open');
      assert.equal(json.errors[0].code, 'not_open');
    }
    const walkId = await newWalk({ startsAt: '2026-11-25T11:00:00Z', endsAt: '2026-11-25T13:00:00Z' });
    assert.equal((await register(walkId)).status, 409, 'it started an hour ago on the test clock');
    assert.equal((await register('999')).status, 404);
  });

  test('a missing or malformed Idempotency-Key is a 400 naming the header', async () => {
    for (const key of [false, 'not-a-uuid'] as const) {
      const response = await call(server, `/api/v1/walks/${SEEDED.afterDarkWalk}/registrations`, {
        body: registrationBody(),
        idempotencyKey: key,
      });
      assert.equal(response.status, 400);
      assert.equal(response.json.errors[0].field, 'header/idempotency-key');
    }
  });

  test('spam (honeypot or too fast) is answered like success, stored flagged, and not counted', async () => {
    const walkId = await newWalk({ capacity: 1 });
    const honeypot = await register(walkId, { website: 'https://spam.example' });
    assert.equal(honeypot.status, 201);
    assert.equal(honeypot.json.status, 'confirmed');
    const fast = await register(walkId, { fillMs: 300 });
    assert.equal(fast.status, 201);
    const walk = (await call(server, `/api/v1/walks/${walkId}`)).json;
    assert.equal(walk.registeredCount, 0, 'spam takes no place');
    const staff = await call(server, `/api/v1/staff/walks/${walkId}/registrations`, { staff: true });
    assert.equal(staff.json.items.length, 0);
    const all = await call(server, `/api/v1/staff/walks/${walkId}/registrations?includeSpam=true`, { staff: true });
    assert.deepEqual(all.json.items.map((r: { spam: boolean }) => r.spam), [true, true]);
    const real = await register(walkId);
    assert.equal(real.json.status, 'confirmed', 'a person still gets the place');
  });

  test('staff see who signed up, with contact only when consented', async () => {
    const walkId = await newWalk({ allowAnonymous: true });
    await register(walkId, { name: 'Med kontakt', needs: 'Rullstol' });
    await register(walkId, { name: 'Utan kontakt', email: undefined, consent: false, language: 'en' });
    const { json } = await call(server, `/api/v1/staff/walks/${walkId}/registrations`, { staff: true });
    assert.deepEqual(
      json.items.map((r: Record<string, unknown>) => [r.name, r.email, r.needs, r.consent, r.language]),
      [
        ['Med kontakt', 'elin@example.se', 'Rullstol', true, undefined],
        ['Utan kontakt', undefined, undefined, false, 'en'],
      ],
    );
    assert.equal((await call(server, '/api/v1/staff/walks/999/registrations', { staff: true })).status, 404);
  });
});
