import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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
  type ApiResponse,
  type TestServer,
} from './helpers.js';

/** The Big List of Naughty Strings (MIT), copied into the repository's fixtures. */
const NAUGHTY: string[] = JSON.parse(
  fs.readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/blns.json'), 'utf8'),
);

type Body = Record<string, unknown>;
/** A body field and where its stored value shows up when read back (default: the same pointer). */
type Field = [bodyPointer: string, storedPointer?: string];

interface Endpoint {
  name: string;
  fields: Field[];
  base: () => Body;
  submit: (server: TestServer, body: Body) => Promise<ApiResponse>;
  /** What the server stored, for each accepted response, read back through the API. */
  stored: (server: TestServer, accepted: ApiResponse[]) => Promise<unknown[]>;
}

function set(body: Body, pointer: string, value: unknown): Body {
  const keys = pointer.split('/').slice(1);
  let node = body as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys.at(-1)!] = value;
  return body;
}

function get(value: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .reduce((node, key) => (Array.isArray(node) && key === '-1' ? node.at(-1) : (node as Record<string, unknown> | undefined)?.[key]), value);
}

const fromResponses = async (_server: TestServer, accepted: ApiResponse[]) => accepted.map((response) => response.json);

async function listed(server: TestServer, url: string, key: string, accepted: ApiResponse[], responseKey = key) {
  const items = (await call(server, url, { staff: true })).json.items as Record<string, unknown>[];
  const byKey = new Map(items.map((item) => [item[key], item]));
  return accepted.map((response) => byKey.get(response.json[responseKey]));
}

let walkForSignUps = '';
let feedbackToChange = '';

const ENDPOINTS: Endpoint[] = [
  {
    name: 'POST /walks/{id}/registrations',
    fields: [['/name'], ['/needs']],
    base: () => registrationBody({ needs: 'x' }),
    submit: (server, body) => call(server, `/api/v1/walks/${walkForSignUps}/registrations`, { body }),
    stored: (server, accepted) => listed(server, `/api/v1/staff/walks/${walkForSignUps}/registrations`, 'id', accepted),
  },
  {
    name: 'POST /concerns',
    fields: [['/description'], ['/place/description'], ['/place/area'], ['/contact/name']],
    base: () => concernBody({ contact: { name: 'x', consent: true } }),
    submit: (server, body) => call(server, '/api/v1/concerns', { body }),
    stored: (server, accepted) => listed(server, '/api/v1/staff/concerns?includeSpam=true', 'reference', accepted),
  },
  {
    name: 'POST /feedback',
    fields: [['/pageId'], ['/pageTitle'], ['/comment']],
    base: () => feedbackBody({ pageTitle: 'x', comment: 'x' }),
    submit: (server, body) => call(server, '/api/v1/feedback', { body }),
    stored: (server, accepted) => listed(server, '/api/v1/staff/feedback?includeSpam=true', 'id', accepted),
  },
  {
    name: 'PATCH /feedback/{id}',
    fields: [['/comment']],
    base: () => ({ comment: 'x' }),
    // Each change is read back at once: the next one overwrites it.
    submit: async (server, body) => {
      const response = await call(server, `/api/v1/feedback/${feedbackToChange}`, { method: 'PATCH', body });
      if (response.status >= 300) return response;
      const items = (await call(server, '/api/v1/staff/feedback?pageId=blns-patch', { staff: true })).json.items;
      return { ...response, json: { ...response.json, storedComment: items[0].comment } };
    },
    stored: async (_server, accepted) => accepted.map((response) => ({ comment: response.json.storedComment })),
  },
  {
    name: 'POST /staff/walks',
    fields: [
      ['/title'],
      ['/description'],
      ['/area'],
      ['/meetingPoint/name'],
      ['/meetingPoint/description'],
      ['/route/0/name'],
      ['/organizer/name'],
      ['/accessibilityNotes'],
    ],
    base: () => walkBody({ route: [{ name: 'x' }], meetingPoint: { name: 'x', description: 'x' } }),
    submit: (server, body) => call(server, '/api/v1/staff/walks', { staff: true, body }),
    stored: fromResponses,
  },
  {
    name: 'PATCH /staff/walks/{id}',
    fields: [['/title'], ['/description'], ['/area'], ['/accessibilityNotes']],
    base: () => ({ title: 'x', description: 'x', area: 'x', accessibilityNotes: 'x' }),
    submit: (server, body) => call(server, `/api/v1/staff/walks/${SEEDED.autumnDstWalk}`, { method: 'PATCH', staff: true, body }),
    stored: fromResponses,
  },
  {
    name: 'POST /staff/walks/{id}/cancel',
    fields: [['/reason', '/cancellationReason']],
    base: () => ({ reason: 'x' }),
    submit: async (server, body) => {
      const walk = (await call(server, '/api/v1/staff/walks', { staff: true, body: walkBody() })).json.id;
      return call(server, `/api/v1/staff/walks/${walk}/cancel`, { staff: true, body });
    },
    stored: fromResponses,
  },
  {
    name: 'POST /staff/measures',
    fields: [['/title'], ['/description'], ['/place'], ['/area'], ['/publicReason'], ['/note', '/timeline/0/note'], ['/links/0/label']],
    base: () =>
      measureBody({ description: 'x', status: 'declined', publicReason: 'x', note: 'x', links: [{ label: 'x', url: 'https://kommun.example' }] }),
    submit: (server, body) => call(server, '/api/v1/staff/measures', { staff: true, body }),
    stored: fromResponses,
  },
  {
    name: 'PATCH /staff/measures/{id}',
    fields: [['/title'], ['/description'], ['/place'], ['/area'], ['/links/0/label']],
    base: () => ({ title: 'x', description: 'x', place: 'x', area: 'x', links: [{ label: 'x', url: 'https://kommun.example' }] }),
    submit: (server, body) => call(server, '/api/v1/staff/measures/1', { method: 'PATCH', staff: true, body }),
    stored: fromResponses,
  },
  {
    name: 'POST /staff/measures/{id}/status',
    fields: [['/note', '/timeline/-1/note'], ['/publicReason']],
    base: () => ({ status: 'declined', note: 'x', publicReason: 'x' }),
    submit: (server, body) => call(server, '/api/v1/staff/measures/2/status', { staff: true, body }),
    stored: fromResponses,
  },
];

describe('every string of the Big List of Naughty Strings in every free-text field', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
    walkForSignUps = (await call(server, '/api/v1/staff/walks', { staff: true, body: walkBody({ allowAnonymous: true }) })).json.id;
    const feedback = feedbackBody({ pageId: 'blns-patch' });
    await call(server, '/api/v1/feedback', { body: feedback });
    feedbackToChange = feedback.id;
  });
  after(() => server.close());

  test('the list is there', () => {
    assert.ok(NAUGHTY.length >= 485);
  });

  for (const endpoint of ENDPOINTS) {
    const names = endpoint.fields.map(([field]) => field).join(', ');
    test(`${endpoint.name} (${names}): each string stored byte for byte, or a 4xx naming the field`, async () => {
      // Every field gets the string at once; fields that refuse it must say so, and the rest are checked.
      const accepted: ApiResponse[] = [];
      const expectations: { value: string; fields: Field[] }[] = [];
      const refusedCount = new Map<string, number>();
      for (const value of NAUGHTY) {
        const body = endpoint.base();
        for (const [field] of endpoint.fields) set(body, field, value);
        let response = await endpoint.submit(server, body);
        let kept = endpoint.fields;
        if (response.status >= 300) {
          const label = `${endpoint.name} with ${JSON.stringify(value)}`;
          assert.ok(response.status >= 400 && response.status < 500, `${label}: ${response.status}`);
          const refused = new Set<string>(response.json.errors.map((error: { field: string }) => error.field));
          for (const field of refused) {
            assert.ok(endpoint.fields.some(([known]) => known === field), `${label}: error for ${field}, which was not sent`);
            refusedCount.set(field, (refusedCount.get(field) ?? 0) + 1);
          }
          kept = endpoint.fields.filter(([field]) => !refused.has(field));
          for (const field of refused) set(body, field, 'x');
          response = await endpoint.submit(server, body);
          assert.ok(response.status < 300, `${label}, refused fields replaced: ${response.status} ${response.text}`);
        }
        accepted.push(response);
        expectations.push({ value, fields: kept });
      }
      const stored = await endpoint.stored(server, accepted);
      for (const [index, { value, fields }] of expectations.entries()) {
        for (const [field, storedAt = field] of fields) {
          assert.equal(get(stored[index], storedAt), value, `${endpoint.name} ${field} = ${JSON.stringify(value)}`);
        }
      }
      for (const [field, count] of refusedCount) assert.ok(count < NAUGHTY.length / 4, `${field} refused ${count} strings`);
    });
  }

  test('query parameters take every string without a server error', async () => {
    for (const value of NAUGHTY) {
      for (const url of [
        `/api/v1/walks?area=${encodeURIComponent(value)}`,
        `/api/v1/measures?area=${encodeURIComponent(value)}`,
        `/api/v1/staff/feedback?pageId=${encodeURIComponent(value)}`,
      ]) {
        const response = await call(server, url, { staff: url.includes('/staff/') });
        assert.ok(response.status === 200 || response.status === 400, `${url}: ${response.status}`);
      }
    }
  });
});
