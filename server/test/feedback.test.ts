import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { call, feedbackBody, startServer, type TestServer } from './helpers.js';

const DAY = 86_400_000;

describe('page feedback', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  test('stores an answer under the client-generated id', async () => {
    const body = feedbackBody({ helpful: false, comment: 'Telefonnumret saknas.', pageTitle: 'Trygghet', pageLastModified: '2026-10-01T08:00:00+02:00' });
    const { status, json } = await call(server, '/api/v1/feedback', { body });
    assert.equal(status, 201);
    assert.deepEqual(json, { id: body.id, receivedAt: '2026-11-25T12:00:00Z' });
    const stored = await call(server, `/api/v1/staff/feedback?pageId=${encodeURIComponent(body.pageId)}`, { staff: true });
    const mine = stored.json.items.find((f: { id: string }) => f.id === body.id);
    assert.equal(mine.comment, 'Telefonnumret saknas.');
    assert.equal(mine.pageLastModified, '2026-10-01T06:00:00Z');
  });

  test('an answer sent faster than the minimum fill time is answered like success and stored flagged as spam', async () => {
    const pageId = 'https://kommun.example/too-fast';
    const fast = feedbackBody({ pageId, fillMs: 1999 });
    const { status, json } = await call(server, '/api/v1/feedback', { body: fast });
    assert.equal(status, 201);
    assert.deepEqual(json, { id: fast.id, receivedAt: '2026-11-25T12:00:00Z' });
    const person = feedbackBody({ pageId, fillMs: 2000 });
    assert.equal((await call(server, '/api/v1/feedback', { body: person })).status, 201);

    const query = `pageId=${encodeURIComponent(pageId)}`;
    const all = await call(server, `/api/v1/staff/feedback?includeSpam=true&${query}`, { staff: true });
    const spamOf = (id: string) => all.json.items.find((f: { id: string }) => f.id === id)?.spam;
    assert.deepEqual([spamOf(fast.id), spamOf(person.id)], [true, false]);
    const listed = await call(server, `/api/v1/staff/feedback?${query}`, { staff: true });
    assert.deepEqual(listed.json.items.map((f: { id: string }) => f.id), [person.id]);
    const summary = await call(server, '/api/v1/staff/feedback/summary', { staff: true });
    const page = summary.json.pages.find((p: { pageId: string }) => p.pageId === pageId);
    assert.deepEqual([page.yes, page.no], [1, 0]);
  });

  test('the same id again (with a new key) is a 409', async () => {
    const body = feedbackBody();
    assert.equal((await call(server, '/api/v1/feedback', { body })).status, 201);
    const again = await call(server, '/api/v1/feedback', { body });
    assert.equal(again.status, 409);
  });

  test('PATCH changes the answer or adds the follow-up for 7 days, then 409', async () => {
    const body = feedbackBody({ helpful: true });
    await call(server, '/api/v1/feedback', { body });
    const patch = (update: unknown) => call(server, `/api/v1/feedback/${body.id}`, { method: 'PATCH', body: update });
    const changed = await patch({ helpful: false, comment: 'Jag hittade inte kartan.' });
    assert.equal(changed.status, 200);
    assert.deepEqual(changed.json, { id: body.id, receivedAt: '2026-11-25T12:00:00Z' });
    const items = (await call(server, '/api/v1/staff/feedback', { staff: true })).json.items;
    const mine = items.find((f: { id: string }) => f.id === body.id);
    assert.deepEqual([mine.helpful, mine.comment], [false, 'Jag hittade inte kartan.']);

    server.clock.advance(7 * DAY - 1000);
    assert.equal((await patch({ helpful: true })).status, 200);
    server.clock.advance(2000);
    const late = await patch({ helpful: true });
    assert.equal(late.status, 409);
    assert.equal(late.json.type, 'https://trygg-widgets.example/problems/feedback-closed');
    server.clock.set('2026-11-25T12:00:00Z');

    assert.equal((await patch({})).status, 400);
    assert.equal((await call(server, `/api/v1/feedback/${randomUUID()}`, { method: 'PATCH', body: { helpful: true } })).status, 404);
    assert.equal((await call(server, '/api/v1/feedback/not-a-uuid', { method: 'PATCH', body: { helpful: true } })).status, 400);
  });

  test('the staff summary counts yes and no per page, with the latest comments; spam stays out', async () => {
    const pageId = 'https://kommun.example/summary-test';
    for (const [helpful, comment] of [[true, undefined], [true, 'Bra!'], [false, 'Saknar karta'], [true, '']] as const) {
      server.clock.advance(1000);
      await call(server, '/api/v1/feedback', { body: feedbackBody({ pageId, pageTitle: 'Sammanfattning', helpful, ...(comment === undefined ? {} : { comment }) }) });
    }
    await call(server, '/api/v1/feedback', { body: feedbackBody({ pageId, helpful: false, website: 'bot' }) });
    const { json } = await call(server, '/api/v1/staff/feedback/summary', { staff: true });
    const page = json.pages.find((p: { pageId: string }) => p.pageId === pageId);
    assert.deepEqual(
      { yes: page.yes, no: page.no, shareYes: page.shareYes, title: page.pageTitle },
      { yes: 3, no: 1, shareYes: 0.75, title: 'Sammanfattning' },
    );
    assert.deepEqual(page.latestComments.map((c: { comment: string }) => c.comment), ['Saknar karta', 'Bra!']);
    const seeded = json.pages.find((p: { pageId: string }) => p.pageId === 'https://kommun.example/trygghet');
    assert.deepEqual([seeded.yes, seeded.no], [3, 1]);

    const spamIncluded = await call(server, `/api/v1/staff/feedback?includeSpam=true&pageId=${encodeURIComponent(pageId)}`, { staff: true });
    assert.equal(spamIncluded.json.items.length, 5);
    const spamLeftOut = await call(server, `/api/v1/staff/feedback?pageId=${encodeURIComponent(pageId)}`, { staff: true });
    assert.equal(spamLeftOut.json.items.length, 4);

    const csv = await call(server, `/api/v1/staff/feedback.csv?pageId=${encodeURIComponent(pageId)}`, { staff: true });
    assert.equal(csv.text.split('\r\n').filter(Boolean).length, 5, 'header and four answers');
    assert.match(String(csv.headers['content-disposition']), /attachment; filename="sidfeedback.csv"/);
  });
});
