import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startE2E, type E2E } from './harness.js';

describe('the demo page, served by the real server', () => {
  let e2e: E2E;
  before(async () => {
    e2e = await startE2E();
  });
  after(() => e2e.close());

  test('opens with no console errors, no page errors and no failed requests, and the API served the seeded walks', async () => {
    const { page, problems, apiResponses } = await e2e.newPage();
    const walksAnswered = page.waitForResponse(
      (response) => new URL(response.url()).pathname === '/api/v1/walks' && response.request().method() === 'GET',
      { timeout: 15_000 },
    );
    const response = await page.goto(`${e2e.baseUrl}/`, { waitUntil: 'load' });
    assert.equal(response?.status(), 200);
    const walks = await walksAnswered;
    assert.equal(walks.status(), 200);
    const body = (await walks.json()) as { items: { id: string; title: string }[] };
    assert.ok(body.items.length > 0, 'the seeded walks reach the page');
    const seeded = new Map((await e2e.storage.listWalks({})).map((walk) => [walk.id, walk.title]));
    for (const walk of body.items) assert.equal(seeded.get(walk.id), walk.title, 'only seeded walks');
    await page.waitForLoadState('networkidle');

    assert.deepEqual(problems.consoleErrors, [], 'console errors');
    assert.deepEqual(problems.pageErrors, [], 'page errors');
    assert.deepEqual(problems.failedRequests, [], 'failed requests');
    assert.deepEqual(problems.errorResponses, [], 'HTTP error responses');
    assert.ok(apiResponses.every((answer) => answer.status < 400));
    await page.close();
  });

  test('the editor panel can fetch the development staff token in demo mode', async () => {
    const answer = await fetch(`${e2e.baseUrl}/demo/config.json`);
    assert.deepEqual(await answer.json(), { staffToken: e2e.staffToken });
  });
});
