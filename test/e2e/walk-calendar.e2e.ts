import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { startE2E, type E2E } from './harness.js';

// The server and the browser agree on a winter day: the Bäckby walk in February is the next one.
const today = new Date('2027-01-10T12:00:00Z');
const walkTitle = 'Kvällsvandring i Bäckby';
const resident = 'Sara Lindqvist';

async function axeViolations(page: Page, selector: string) {
  const results = await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe('<trygg-walk-calendar> against the real server', () => {
  let e2e: E2E;
  before(async () => {
    // A robot fills the form faster than the 2 s a person needs; the spam rule has its own server tests.
    e2e = await startE2E({ config: { spamMinFillMs: 0, now: () => today } });
  });
  after(() => e2e.close());

  test('a resident signs up for the next walk, and staff see the sign-up once although the request was sent twice', async () => {
    const { page, problems } = await e2e.newPage();
    await page.clock.setFixedTime(today);
    await page.goto(`${e2e.baseUrl}/walk-calendar.html`);
    const calendar = page.locator('#next-walks');
    const walk = calendar.getByRole('article', { name: walkTitle });
    await walk.waitFor();
    assert.equal(await walk.getByText('Nästa vandring').count(), 1, 'the next walk is highlighted');
    assert.match((await walk.locator('time').textContent()) ?? '', /^tisdag 16 februari 2027 kl\. 18:00–19:30$/);
    assert.deepEqual(await axeViolations(page, '#next-walks'), [], 'the list');

    await walk.getByRole('button', { name: 'Anmäl dig' }).click();
    const name = walk.getByRole('textbox', { name: 'Namn' });
    await name.waitFor();
    assert.equal(await name.evaluate((input) => input === (input.getRootNode() as ShadowRoot).activeElement), true, 'focus in the form');
    await name.fill(resident);
    await walk.getByRole('textbox', { name: 'E-post' }).fill('sara.lindqvist@example.se');
    await walk.getByRole('textbox', { name: 'Hur många kommer ni?' }).fill('2');
    await walk.getByRole('checkbox', { name: /Jag samtycker/ }).check();
    assert.deepEqual(await axeViolations(page, '#next-walks'), [], 'the open form');

    // The server stores the first request, but its answer never reaches the browser: a connection that dropped.
    const keys: string[] = [];
    let dropped = false;
    await page.route('**/api/v1/walks/*/registrations', async (route) => {
      keys.push((await route.request().allHeaders())['idempotency-key'] ?? '');
      if (dropped) return route.continue();
      dropped = true;
      await route.fetch();
      await route.abort('connectionreset');
    });
    await walk.getByRole('button', { name: 'Skicka anmälan' }).click();
    await walk.getByText('Anmälan är inte skickad än').waitFor();
    assert.deepEqual(await axeViolations(page, '#next-walks'), [], 'the sign-up waiting to be sent');

    const replayed = page.waitForResponse((response) => response.url().endsWith('/registrations'));
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    assert.equal((await replayed).headers()['idempotent-replayed'], 'true', 'the server answered the second try from its record');
    const confirmation = walk.locator('[part="confirmation"]');
    await confirmation.getByText('Du är anmäld').waitFor();
    assert.equal(await walk.getByRole('button', { name: 'Anmäl dig' }).count(), 0, 'the confirmation replaces the button');
    assert.equal(keys.length, 2);
    assert.equal(keys[1], keys[0], 'both tries carried the same Idempotency-Key');
    assert.deepEqual(await axeViolations(page, '#next-walks'), [], 'the confirmation');

    const walks = (await (await fetch(`${e2e.baseUrl}/api/v1/walks?from=2027-01-01`)).json()) as { items: { id: string; title: string }[] };
    const walkId = walks.items.find((item) => item.title === walkTitle)!.id;
    const staff = await fetch(`${e2e.baseUrl}/api/v1/staff/walks/${walkId}/registrations`, { headers: { Authorization: `Bearer ${e2e.staffToken}` } });
    const { items } = (await staff.json()) as { items: { name: string; partySize: number; status: string; consent: boolean }[] };
    const ours = items.filter((item) => item.name === resident);
    assert.equal(ours.length, 1, 'one registration, however often it was sent');
    assert.deepEqual(ours[0], { ...ours[0], partySize: 2, status: 'confirmed', consent: true });

    await page.reload();
    await page.locator('#next-walks').getByRole('article', { name: walkTitle }).getByText('Du är anmäld').waitFor();
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.errorResponses, []);
    assert.equal(problems.failedRequests.length, 1, 'only the dropped answer failed');
    await page.close();
  });

  test('a full walk puts the resident on the waiting list', async () => {
    const { page } = await e2e.newPage();
    await page.clock.setFixedTime(today);
    await page.goto(`${e2e.baseUrl}/walk-calendar.html`);
    const walk = page.locator('#all-walks').getByRole('article', { name: 'Trygghetsvandring kring stationen' });
    await walk.getByRole('button', { name: 'Ställ dig på väntelistan' }).click();
    await walk.getByRole('textbox', { name: 'Namn' }).fill('Olle Berg');
    await walk.getByRole('textbox', { name: 'Telefon' }).fill('070-123 45 67');
    await walk.getByRole('checkbox', { name: /Jag samtycker/ }).check();
    await walk.locator('[part~="submit-button"]').click();
    await walk.getByText('Du står på väntelistan').waitFor();
    await page.close();
  });

  test('fits a 320 px screen without sideways scrolling, also in forced colours', async () => {
    const { page } = await e2e.newPage();
    await page.clock.setFixedTime(today);
    await page.setViewportSize({ width: 320, height: 900 });
    await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
    await page.goto(`${e2e.baseUrl}/walk-calendar.html`);
    await page.locator('#month').getByRole('grid').waitFor();
    await page.locator('#all-walks').getByRole('article').first().waitFor();
    await page.locator('#all-walks').getByRole('button', { name: 'Anmäl dig' }).first().click();
    await page.locator('#all-walks form').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320);
    assert.deepEqual(await axeViolations(page, 'trygg-walk-calendar'), []);
    await page.close();
  });

  test('writes its structured data under a Trusted Types policy without a violation', async () => {
    const { page, problems } = await e2e.newPage();
    await page.clock.setFixedTime(today);
    await page.goto(`${e2e.baseUrl}/host-csp.html`);
    const calendar = page.locator('trygg-walk-calendar');
    await calendar.getByRole('article').first().waitFor();
    const script = calendar.locator('script[type="application/ld+json"]');
    await script.waitFor({ state: 'attached' });
    const data = JSON.parse((await script.textContent()) ?? '') as { '@graph': { '@type': string; name: string }[] };
    assert.ok(data['@graph'].some((event) => event['@type'] === 'Event' && event.name === walkTitle));
    assert.equal(await page.locator('script[type="application/ld+json"]').count(), 1, 'no script anywhere else');
    assert.deepEqual(await page.evaluate(() => (window as unknown as { tryggCspViolations: string[] }).tryggCspViolations), []);
    assert.deepEqual(problems.consoleErrors, []);
    await page.close();
  });
});
