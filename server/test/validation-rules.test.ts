import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  call,
  concernBody,
  feedbackBody,
  measureBody,
  registrationBody,
  SEEDED,
  startServer,
  walkBody,
  type TestServer,
} from './helpers.js';

type Body = Record<string, unknown>;
const DELETE = Symbol('delete');

/** A copy of `body` with the value at a JSON pointer replaced (or deleted). */
function withValue(body: Body, pointer: string, value: unknown): Body {
  const copy = structuredClone(body);
  const keys = pointer.split('/').slice(1);
  let node = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  const last = keys.at(-1)!;
  if (value === DELETE) Reflect.deleteProperty(node, last);
  else node[last] = value;
  return copy;
}

type Rule = [pointer: string, value: unknown, field: string, code: string];

/** Each rule of the contract for one body: the value that breaks it, and the field error it must give. */
const RULES: Record<string, { method: 'POST' | 'PATCH'; url: string; staff?: boolean; body: () => Body; rules: Rule[] }> = {
  RegistrationRequest: {
    method: 'POST',
    url: `/api/v1/walks/${SEEDED.afterDarkWalk}/registrations`,
    body: () => registrationBody({ phone: '070-123 45 67', needs: 'Hörslinga', language: 'sv' }),
    rules: [
      ['/name', DELETE, '/name', 'required'],
      ['/name', '', '/name', 'required'],
      ['/name', 'n'.repeat(201), '/name', 'too_long'],
      ['/email', 'not-an-email', '/email', 'invalid_format'],
      ['/email', `${'a'.repeat(250)}@x.se`, '/email', 'too_long'],
      ['/phone', 'call me', '/phone', 'invalid_format'],
      ['/phone', '1'.repeat(41), '/phone', 'too_long'],
      ['/partySize', 0, '/partySize', 'out_of_range'],
      ['/partySize', 21, '/partySize', 'out_of_range'],
      ['/partySize', '2', '/partySize', 'invalid_format'],
      ['/role', 'mayor', '/role', 'invalid_value'],
      ['/needs', 'n'.repeat(1001), '/needs', 'too_long'],
      ['/consent', DELETE, '/consent', 'required'],
      ['/consent', 'yes', '/consent', 'invalid_format'],
      ['/consent', false, '/consent', 'consent_required'],
      ['/language', 'not a tag', '/language', 'invalid_format'],
      ['/language', `sv-${'a'.repeat(33)}`, '/language', 'too_long'],
      ['/website', DELETE, '/website', 'required'],
      ['/website', 'w'.repeat(201), '/website', 'too_long'],
      ['/fillMs', -1, '/fillMs', 'out_of_range'],
      ['/fillMs', DELETE, '/fillMs', 'required'],
      ['/admin', true, '/admin', 'unknown_field'],
    ],
  },
  ConcernRequest: {
    method: 'POST',
    url: '/api/v1/concerns',
    body: () => concernBody({ contact: { name: 'Anna', email: 'anna@example.se', consent: true }, language: 'sv' }),
    rules: [
      ['/categoryId', DELETE, '/categoryId', 'required'],
      ['/categoryId', 'Not A Slug', '/categoryId', 'invalid_format'],
      ['/categoryId', 'ufo', '/categoryId', 'invalid_value'],
      ['/categoryId', 'hot-och-brott', '/categoryId', 'invalid_value'],
      ['/place', DELETE, '/place', 'required'],
      ['/place/description', '', '/place/description', 'required'],
      ['/place/description', 'p'.repeat(501), '/place/description', 'too_long'],
      ['/place/location', { lat: 91, lng: 14 }, '/place/location/lat', 'out_of_range'],
      ['/place/location', { lat: 59, lng: -181 }, '/place/location/lng', 'out_of_range'],
      ['/place/location', { lat: 59 }, '/place/location/lng', 'required'],
      ['/timeOfDay', ['noon'], '/timeOfDay/0', 'invalid_value'],
      ['/timeOfDay', ['day', 'day'], '/timeOfDay', 'invalid_value'],
      ['/timeOfDay', 'day', '/timeOfDay', 'invalid_format'],
      ['/dayType', ['holidays'], '/dayType/0', 'invalid_value'],
      ['/dayType', DELETE, '/dayType', 'required'],
      ['/description', '', '/description', 'required'],
      ['/description', 'd'.repeat(4001), '/description', 'too_long'],
      ['/contact/email', 'anna', '/contact/email', 'invalid_format'],
      ['/contact/name', 'n'.repeat(201), '/contact/name', 'too_long'],
      ['/contact/phone', '+46 (0)70-123', '', ''],
      ['/contact/consent', DELETE, '/contact/consent', 'required'],
      ['/contact/consent', false, '/contact/consent', 'consent_required'],
      ['/contact/address', 'Storgatan 1', '/contact/address', 'unknown_field'],
      ['/fillMs', 1.5, '/fillMs', 'invalid_format'],
    ],
  },
  FeedbackRequest: {
    method: 'POST',
    url: '/api/v1/feedback',
    body: () => feedbackBody({ pageTitle: 'Sida', comment: 'Bra', pageLastModified: '2026-10-01T10:00:00Z' }),
    rules: [
      ['/id', 'not-a-uuid', '/id', 'invalid_format'],
      ['/id', DELETE, '/id', 'required'],
      ['/pageId', '', '/pageId', 'required'],
      ['/pageId', 'p'.repeat(2001), '/pageId', 'too_long'],
      ['/pageTitle', 't'.repeat(301), '/pageTitle', 'too_long'],
      ['/language', DELETE, '/language', 'required'],
      ['/helpful', 'yes', '/helpful', 'invalid_format'],
      ['/comment', 'c'.repeat(1201), '/comment', 'too_long'],
      ['/pageLastModified', 'yesterday', '/pageLastModified', 'invalid_format'],
    ],
  },
  WalkInput: {
    method: 'POST',
    url: '/api/v1/staff/walks',
    staff: true,
    body: () => walkBody({ description: 'Beskrivning', accessibilityNotes: 'Inga trappor', url: 'https://kommun.example/v', route: [{ name: 'A' }] }),
    rules: [
      ['/title', 't'.repeat(201), '/title', 'too_long'],
      ['/title', DELETE, '/title', 'required'],
      ['/description', 'd'.repeat(4001), '/description', 'too_long'],
      ['/area', '', '/area', 'required'],
      ['/area', 'a'.repeat(101), '/area', 'too_long'],
      ['/startsAt', 'tomorrow', '/startsAt', 'invalid_format'],
      ['/endsAt', '2027-06-01T15:00:00Z', '/endsAt', 'out_of_range'],
      ['/meetingPoint/name', DELETE, '/meetingPoint/name', 'required'],
      ['/meetingPoint/description', 'd'.repeat(1001), '/meetingPoint/description', 'too_long'],
      ['/route', Array.from({ length: 51 }, () => ({ name: 'x' })), '/route', 'too_long'],
      ['/route', [{}], '/route/0/name', 'required'],
      ['/lighting', 'dusk', '/lighting', 'invalid_value'],
      ['/capacity', 0, '/capacity', 'out_of_range'],
      ['/capacity', 2.5, '/capacity', 'invalid_format'],
      ['/organizer/email', 'x', '/organizer/email', 'invalid_format'],
      ['/accessibilityNotes', 'a'.repeat(1001), '/accessibilityNotes', 'too_long'],
      ['/url', 'javascript:alert(1)', '/url', 'invalid_format'],
      ['/url', 'ftp://kommun.example/x', '/url', 'invalid_format'],
      ['/allowAnonymous', 1, '/allowAnonymous', 'invalid_format'],
      ['/status', 'held', '/status', 'unknown_field'],
    ],
  },
  MeasureInput: {
    method: 'POST',
    url: '/api/v1/staff/measures',
    staff: true,
    body: () => measureBody({ links: [{ label: 'Karta', url: 'https://kommun.example/karta' }], note: 'Ny', targetDate: '2027-02-01' }),
    rules: [
      ['/title', '', '/title', 'required'],
      ['/place', 'p'.repeat(201), '/place', 'too_long'],
      ['/responsiblePartyId', 'no such id!', '/responsiblePartyId', 'invalid_format'],
      ['/status', 'finished', '/status', 'invalid_value'],
      ['/status', 'declined', '/publicReason', 'reason_required'],
      ['/targetDate', '2027-13-01', '/targetDate', 'invalid_format'],
      ['/publicReason', '', '/publicReason', 'required'],
      ['/origin', { kind: 'rumour' }, '/origin/kind', 'invalid_value'],
      ['/origin', { walkId: '1' }, '/origin/kind', 'required'],
      ['/origin', { kind: 'walk' }, '/origin/walkId', 'required'],
      ['/origin', { kind: 'concern', reference: 'TRG-26-1' }, '/origin/reference', 'invalid_format'],
      ['/remarkCount', -1, '/remarkCount', 'out_of_range'],
      ['/links', [{ label: 'x', url: 'javascript:alert(1)' }], '/links/0/url', 'invalid_format'],
      ['/links', Array.from({ length: 21 }, () => ({ label: 'x', url: 'https://x.se' })), '/links', 'too_long'],
      ['/note', 'n'.repeat(2001), '/note', 'too_long'],
    ],
  },
  MeasureStatusRequest: {
    method: 'POST',
    url: '/api/v1/staff/measures/1/status',
    staff: true,
    body: () => ({ status: 'planned', note: 'ok' }),
    rules: [
      ['/status', DELETE, '/status', 'required'],
      ['/status', 'declined', '/publicReason', 'reason_required'],
      ['/publicReason', 'r'.repeat(2001), '/publicReason', 'too_long'],
      ['/note', 7, '/note', 'invalid_format'],
    ],
  },
  WalkCancelRequest: {
    method: 'POST',
    url: `/api/v1/staff/walks/${SEEDED.springDstWalk}/cancel`,
    staff: true,
    body: () => ({ reason: 'Stormvarning' }),
    rules: [
      ['/reason', '', '/reason', 'required'],
      ['/reason', 'r'.repeat(1001), '/reason', 'too_long'],
    ],
  },
  ConcernUpdate: {
    method: 'PATCH',
    url: '/api/v1/staff/concerns/TRG-2026-00002',
    staff: true,
    body: () => ({ status: 'in_progress' }),
    rules: [['/status', 'open', '/status', 'invalid_value']],
  },
  FeedbackUpdate: {
    method: 'PATCH',
    url: '/api/v1/feedback/5eed0000-0000-4000-8000-000000000003',
    body: () => ({ helpful: true, comment: 'Tack' }),
    rules: [
      ['/comment', 'c'.repeat(1201), '/comment', 'too_long'],
      ['/helpful', null, '/helpful', 'invalid_format'],
      ['/pageId', 'x', '/pageId', 'unknown_field'],
    ],
  },
  WalkPatch: {
    method: 'PATCH',
    url: `/api/v1/staff/walks/${SEEDED.afterDarkWalk}`,
    staff: true,
    body: () => ({ title: 'Ny titel' }),
    rules: [
      ['/title', null, '/title', 'invalid_format'],
      ['/capacity', -3, '/capacity', 'out_of_range'],
      ['/status', 'cancelled', '/status', 'unknown_field'],
    ],
  },
};

describe('every validation rule of the contract', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  for (const [name, { method, url, staff, body, rules }] of Object.entries(RULES)) {
    test(`${name}: the valid body passes, and each broken rule names its field and code`, async () => {
      const valid = await call(server, url, { method, staff: staff ?? false, body: body() });
      assert.ok(valid.status < 300, `${name} valid body: ${valid.status} ${valid.text}`);
      for (const [pointer, value, field, code] of rules) {
        const response = await call(server, url, { method, staff: staff ?? false, body: withValue(body(), pointer, value) });
        const label = `${name} ${pointer}=${JSON.stringify(value === DELETE ? 'DELETE' : value)?.slice(0, 40)}`;
        if (field === '') {
          assert.ok(response.status < 300, `${label} is allowed: ${response.text}`);
          continue;
        }
        assert.ok(response.status === 400 || response.status === 422, `${label}: ${response.status}`);
        assert.deepEqual(
          response.json.errors.map((error: { field: string; code: string }) => [error.field, error.code]),
          [[field, code]],
          label,
        );
        for (const error of response.json.errors) assert.ok(error.message.length > 0);
      }
    });
  }

  test('an empty PATCH is "required" on the body itself', async () => {
    for (const url of [`/api/v1/staff/walks/${SEEDED.afterDarkWalk}`, '/api/v1/staff/measures/1']) {
      const response = await call(server, url, { method: 'PATCH', staff: true, body: {} });
      assert.deepEqual(response.json.errors.map((e: { field: string; code: string }) => [e.field, e.code]), [['', 'required']]);
    }
  });
});
