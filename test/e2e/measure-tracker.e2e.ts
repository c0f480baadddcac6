import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { startE2E, type E2E } from './harness.js';

const bushes = 'Klippa buskarna vid gångtunneln under Sandviksvägen';
const note = 'Hela buskaget är nedklippt och sikten är fri.';
// Three weeks after the Sandviken walk, for the server and the browser: the bushes' target (20 November) has passed.
const today = new Date('2026-11-25T10:00:00Z');

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .include('trygg-measure-tracker')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** The tracker on the demo page, opened on `fragment`, once its measures are there. */
async function openTracker(page: Page, baseUrl: string, fragment = '') {
  await page.clock.setFixedTime(today);
  await page.goto(`${baseUrl}/measure-tracker.html${fragment}`);
  const tracker = page.locator('trygg-measure-tracker');
  await tracker.locator('[part~="count"]').waitFor();
  return tracker;
}

const normalized = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
const measure = (tracker: Locator, title: string) => tracker.getByRole('article').filter({ has: tracker.page().getByRole('heading', { name: title }) });

describe('<trygg-measure-tracker> against the real server', () => {
  let e2e: E2E;
  before(async () => {
    e2e = await startE2E({ config: { now: () => today } });
  });
  after(() => e2e.close());

  test('a staff status change through the API appears in the tracker, with its timeline entry', async () => {
    const { page, problems } = await e2e.newPage();
    const tracker = await openTracker(page, e2e.baseUrl, '#trygg-measures?walk=2');
    assert.equal(await tracker.locator('[part~="count"]').textContent(), 'Visar 7 av 9 åtgärder');
    const before = measure(tracker, bushes);
    assert.equal((await before.locator('[part~="status"]').textContent())?.trim(), 'Pågår');
    assert.equal(await before.locator('[part~="late"]').textContent(), 'försenad');
    assert.match(normalized(await tracker.locator('[part~="summary-text"]').textContent()), /· Klar: 2 ·/);
    assert.deepEqual(await axeViolations(page), [], 'the linked walk');
    assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], failedRequests: [], errorResponses: [] });

    const { items } = (await (await fetch(`${e2e.baseUrl}/api/v1/measures?walk=2`)).json()) as { items: { id: string; title: string }[] };
    const id = items.find((item) => item.title === bushes)!.id;
    const changed = await fetch(`${e2e.baseUrl}/api/v1/staff/measures/${id}/status`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${e2e.staffToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ status: 'done', note }),
    });
    assert.equal(changed.status, 200);

    // Another visit (a context of its own, so the browser's 60-second HTTP cache does not answer).
    const context: BrowserContext = await e2e.browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
    const later = await context.newPage();
    const errors: string[] = [];
    later.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    later.on('pageerror', (error) => errors.push(String(error)));
    const updated = await openTracker(later, e2e.baseUrl, '#trygg-measures?walk=2');
    const after = measure(updated, bushes);
    assert.equal((await after.locator('[part~="status"]').textContent())?.trim(), 'Klar');
    assert.equal(await after.locator('[part~="late"]').count(), 0, 'a done measure is never late');
    assert.match(normalized(await updated.locator('[part~="summary-text"]').textContent()), /· Klar: 3 ·/);

    const button = after.getByRole('button', { name: 'Visa vad som har hänt' });
    await button.focus();
    await later.keyboard.press('Enter');
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    const entries = await after.locator('[part~="timeline"] > li').allTextContents();
    assert.equal(entries.length, 4);
    assert.equal(normalized(entries.at(-1)!), `Klar 25 november 2026 ${note}`);
    assert.deepEqual(await axeViolations(later), [], 'the open timeline');
    assert.deepEqual(errors, []);
    await context.close();
    await page.close();
  });

  test('the resident filters and searches; the view lives in the address and survives a reload', async () => {
    const { page, problems } = await e2e.newPage();
    const tracker = await openTracker(page, e2e.baseUrl);
    const entries = await page.evaluate(() => history.length);
    await tracker.getByRole('checkbox', { name: 'Klar' }).check();
    await tracker.getByRole('searchbox', { name: 'Sök på åtgärd eller plats' }).pressSequentially('BÄCKPARK');
    await tracker.getByRole('combobox', { name: 'Sortera efter' }).selectOption('place');
    assert.equal(await tracker.locator('[part~="count"]').textContent(), 'Visar 1 av 9 åtgärder');
    assert.deepEqual(await tracker.getByRole('heading').allTextContents(), ['Nya lampor i Bäckparken']);
    assert.equal(new URL(page.url()).hash, '#trygg-measures?status=done&q=B%C3%84CKPARK&sort=place');
    assert.equal(await page.evaluate(() => history.length), entries, 'no history entry per keystroke');

    await page.reload();
    await tracker.locator('[part~="count"]').waitFor();
    assert.deepEqual(await tracker.getByRole('heading').allTextContents(), ['Nya lampor i Bäckparken']);
    assert.equal(await tracker.getByRole('checkbox', { name: 'Klar' }).isChecked(), true);
    assert.equal(await tracker.getByRole('searchbox', { name: 'Sök på åtgärd eller plats' }).inputValue(), 'BÄCKPARK');

    await tracker.getByRole('searchbox', { name: 'Sök på åtgärd eller plats' }).fill('finns inte');
    await tracker.getByRole('button', { name: 'Visa alla åtgärder' }).click();
    assert.equal(await tracker.locator('[part~="count"]').textContent(), 'Visar 9 av 9 åtgärder');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, { consoleErrors: [], pageErrors: [], failedRequests: [], errorResponses: [] });
    await page.close();
  });

  test('the built bundle draws every status icon with its own path', async () => {
    const { page } = await e2e.newPage();
    const tracker = await openTracker(page, e2e.baseUrl);
    const icons = await tracker.locator('fieldset label').evaluateAll((labels) =>
      labels.map((label) => [label.textContent!.trim(), label.querySelector('svg > path')?.getAttribute('d') ?? '']),
    );
    assert.equal(icons.length, 6);
    assert.equal(new Set(icons.map(([, path]) => path)).size, 6, JSON.stringify(icons));
    assert.ok(icons.every(([, path]) => Boolean(path)));
    await page.close();
  });
});
