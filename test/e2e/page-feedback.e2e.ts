import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { startE2E, type E2E } from './harness.js';

const pageId = 'https://www.angsby.example/trygghet/tips-for-att-kanna-dig-trygg';
const comment = 'Jag saknar en karta över vilka gångvägar som är upplysta.';

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).include('trygg-page-feedback').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe('<trygg-page-feedback> against the real server', () => {
  let e2e: E2E;
  before(async () => {
    // A robot answers faster than the 2 s a person needs; the spam rule has its own server tests.
    e2e = await startE2E({ config: { spamMinFillMs: 0 } });
  });
  after(() => e2e.close());

  test('a resident answers Nej with a comment, and the editors see it in the staff summary', async () => {
    const { page, problems } = await e2e.newPage();
    await page.goto(`${e2e.baseUrl}/page-feedback.html`);
    const prompt = page.locator('trygg-page-feedback');
    const no = prompt.getByRole('button', { name: 'Nej' });
    await no.waitFor();
    assert.deepEqual(await axeViolations(page), [], 'the question');

    const voted = page.waitForResponse((response) => response.url().endsWith('/api/v1/feedback') && response.request().method() === 'POST');
    await no.click();
    assert.equal((await voted).status(), 201);
    const field = prompt.getByRole('textbox', { name: 'Vad saknade du?' });
    await field.waitFor();
    assert.equal(await field.evaluate((textarea) => textarea === (textarea.getRootNode() as ShadowRoot).activeElement), true, 'focus in the field');
    assert.deepEqual(await axeViolations(page), [], 'the follow-up');

    await field.pressSequentially(comment);
    const updated = page.waitForResponse((response) => response.request().method() === 'PATCH');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    assert.equal((await updated).status(), 200);
    await prompt.getByRole('status').filter({ hasText: 'Tack för ditt svar!' }).waitFor();
    assert.deepEqual(await axeViolations(page), [], 'the thanks');

    const summary = await fetch(`${e2e.baseUrl}/api/v1/staff/feedback/summary`, { headers: { Authorization: `Bearer ${e2e.staffToken}` } });
    const { pages } = (await summary.json()) as { pages: { pageId: string; pageTitle?: string; yes: number; no: number; latestComments: { comment: string }[] }[] };
    const ours = pages.find((entry) => entry.pageId === pageId);
    assert.ok(ours, 'the page is in the summary, under its canonical address');
    assert.equal(ours.no, 1);
    assert.equal(ours.yes, 0);
    assert.equal(ours.pageTitle, 'Hjälpte sidan dig? – Ängsby kommun');
    assert.deepEqual(ours.latestComments.map((entry) => entry.comment), [comment]);

    await page.getByRole('button', { name: 'Uppdatera sammanställningen' }).click();
    await page.locator('[data-summary] td').filter({ hasText: comment }).waitFor();

    await page.reload();
    await prompt.getByRole('button', { name: 'Ändra svar' }).waitFor();
    assert.deepEqual(problems.consoleErrors, []);
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.failedRequests, []);
    assert.deepEqual(problems.errorResponses, []);
    await page.close();
  });

  test('offline, the vote waits in the outbox and reaches the server once when the connection is back', async () => {
    const { page } = await e2e.newPage();
    await page.goto(`${e2e.baseUrl}/page-feedback.html`);
    // A new visitor: the first journey's answer is remembered in this browser.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    const prompt = page.locator('trygg-page-feedback');
    await prompt.getByRole('button', { name: 'Ja' }).waitFor();
    const before = (await e2e.storage.listFeedback({ includeSpam: true })).length;

    await page.context().setOffline(true);
    await prompt.getByRole('button', { name: 'Ja' }).click();
    await prompt.getByText('Tack! Vi skickar ditt svar när anslutningen är tillbaka.').waitFor();
    assert.deepEqual(await axeViolations(page), [], 'queued');

    const posts: string[] = [];
    page.on('request', (request) => request.method() === 'POST' && posts.push(request.headers()['idempotency-key'] ?? ''));
    const sent = page.waitForResponse((response) => response.url().endsWith('/api/v1/feedback'));
    await page.context().setOffline(false);
    assert.equal((await sent).status(), 201);
    await prompt.getByRole('status').filter({ hasText: 'Tack för ditt svar!' }).waitFor();
    assert.equal(posts.length, 1);
    assert.equal((await e2e.storage.listFeedback({ includeSpam: true })).length, before + 1);
    await page.close();
  });
});
