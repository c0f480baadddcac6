import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { startE2E, type E2E } from './harness.js';

interface StaffConcern {
  reference: string;
  categoryId: string;
  place: { description: string; area?: string; location?: { lat: number; lng: number } };
  timeOfDay: string[];
  description: string;
  contact?: Record<string, string>;
  consent: boolean;
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .include('trygg-concern-form')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe('<trygg-concern-form> against the real server', () => {
  let e2e: E2E;
  before(async () => {
    // A robot fills the form faster than the 2 s a person needs; the spam rule has its own server tests.
    e2e = await startE2E({ config: { spamMinFillMs: 0 } });
  });
  after(() => e2e.close());

  async function staffConcerns(): Promise<StaffConcern[]> {
    const response = await fetch(`${e2e.baseUrl}/api/v1/staff/concerns`, { headers: { Authorization: `Bearer ${e2e.staffToken}` } });
    return ((await response.json()) as { items: StaffConcern[] }).items;
  }

  async function open(): Promise<{ page: Page; form: Locator; problems: import('./harness.js').PageProblems }> {
    const { page, problems } = await e2e.newPage();
    await page.goto(`${e2e.baseUrl}/concern-form.html`);
    const form = page.locator('trygg-concern-form');
    await form.getByRole('radio', { name: 'Trasig eller saknad belysning' }).waitFor();
    return { page, form, problems };
  }

  test('a resident reports a dark underpass: the reference, who handles it, one concern for staff without contact data', async () => {
    const { page, form, problems } = await open();
    assert.deepEqual(await axeViolations(page), [], 'the empty form');
    const before = await staffConcerns();

    await form.getByRole('radio', { name: 'Trasig eller saknad belysning' }).check();
    assert.ok(await form.getByText('Hanteras av: Gatuavdelningen.').first().isVisible());
    await form.getByRole('textbox', { name: 'Plats', exact: true }).fill('Gångtunneln under Storgatan, norra sidan');
    await form.getByRole('checkbox', { name: 'Kväll', exact: true }).check();
    await form.getByRole('textbox', { name: 'Beskrivning', exact: true }).fill('Båda lamporna i tunneln är trasiga, det är helt mörkt efter klockan fyra.');
    // Contact typed, then "Nej": nothing personal may reach the server.
    await form.getByRole('radio', { name: 'Ja', exact: true }).check();
    await form.getByRole('textbox', { name: 'E-post', exact: true }).fill('anna@exempel.se');
    await form.getByRole('radio', { name: 'Nej', exact: true }).check();
    await form.getByRole('definition').filter({ hasText: 'Gångtunneln under Storgatan, norra sidan' }).waitFor();
    assert.deepEqual(await axeViolations(page), [], 'the filled form');

    const sent = page.waitForResponse((response) => response.url().endsWith('/api/v1/concerns') && response.request().method() === 'POST');
    await form.getByRole('button', { name: 'Skicka', exact: true }).click();
    const response = await sent;
    assert.equal(response.status(), 201);
    const { reference } = (await response.json()) as { reference: string };
    assert.match(reference, /^TRG-\d{4}-\d{5}$/);

    const result = form.locator('[part~="result"]');
    await result.getByText(`Ditt ärende har nummer ${reference}.`).waitFor();
    assert.ok(await result.getByText('Hanteras av: Gatuavdelningen').isVisible());
    assert.equal(await result.evaluate((section) => section === (section.getRootNode() as ShadowRoot).activeElement), true, 'focus on the result');
    assert.deepEqual(await axeViolations(page), [], 'the result');

    const after = await staffConcerns();
    assert.equal(after.length, before.length + 1);
    const ours = after.filter((concern) => concern.reference === reference);
    assert.equal(ours.length, 1, 'exactly one concern for this report');
    assert.equal(ours[0]!.categoryId, 'belysning');
    assert.deepEqual(ours[0]!.place, { description: 'Gångtunneln under Storgatan, norra sidan', area: 'Sandviken' }, 'the area of the page');
    assert.deepEqual(ours[0]!.timeOfDay, ['evening']);
    assert.equal(ours[0]!.contact, undefined, 'no contact data without consent');
    assert.equal(ours[0]!.consent, false);

    assert.deepEqual(problems.consoleErrors, []);
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.failedRequests, []);
    assert.deepEqual(problems.errorResponses, []);
    await page.close();
  });

  test('a "call instead" category shows the number to call and no form; errors follow the summary pattern', async () => {
    const { page, form } = await open();
    await form.getByRole('radio', { name: 'Brott som pågår eller akut fara' }).check();
    await form.getByRole('link', { name: 'Ring 112' }).waitFor();
    assert.equal(await form.getByRole('textbox', { name: 'Plats', exact: true }).count(), 0);
    assert.deepEqual(await axeViolations(page), [], 'call instead');

    await form.getByRole('radio', { name: 'Buskar och träd som skymmer' }).check();
    await form.getByRole('button', { name: 'Skicka', exact: true }).click();
    const summary = form.locator('.error-summary');
    await summary.waitFor();
    assert.equal(await summary.evaluate((element) => element === (element.getRootNode() as ShadowRoot).activeElement), true);
    assert.deepEqual(await summary.getByRole('link').allTextContents(), ['Beskriv var platsen är.', 'Beskriv vad som gör platsen otrygg.']);
    assert.deepEqual(await axeViolations(page), [], 'invalid');
    await page.close();
  });

  test('the draft survives a reload', async () => {
    const { page, form } = await open();
    await form.getByRole('radio', { name: 'Busshållplats' }).check();
    await form.getByRole('textbox', { name: 'Plats', exact: true }).fill('Hållplats Bäckby centrum');
    await page.reload();
    await form.getByRole('radio', { name: 'Busshållplats' }).waitFor();
    assert.equal(await form.getByRole('radio', { name: 'Busshållplats' }).isChecked(), true);
    assert.equal(await form.getByRole('textbox', { name: 'Plats', exact: true }).inputValue(), 'Hållplats Bäckby centrum');
    await form.getByRole('button', { name: 'Rensa utkast' }).click();
    await page.close();
  });

  test('offline, the report waits and reaches the server once, with its key, when the connection is back', async () => {
    const { page, form } = await open();
    await form.getByRole('radio', { name: 'Klotter och skadegörelse' }).check();
    await form.getByRole('textbox', { name: 'Plats', exact: true }).fill('Muren vid idrottsplatsen');
    await form.getByRole('textbox', { name: 'Beskrivning', exact: true }).fill('Hotfullt klotter på muren.');
    await form.getByRole('definition').filter({ hasText: 'Muren vid idrottsplatsen' }).waitFor();
    const before = (await staffConcerns()).length;

    await page.context().setOffline(true);
    await form.getByRole('button', { name: 'Skicka', exact: true }).click();
    await form.getByText('Rapporten är sparad men inte skickad än.').first().waitFor();
    assert.deepEqual(await axeViolations(page), [], 'queued');

    const keys: string[] = [];
    page.on('request', (request) => request.method() === 'POST' && keys.push(request.headers()['idempotency-key'] ?? ''));
    const sent = page.waitForResponse((response) => response.url().endsWith('/api/v1/concerns'));
    await page.context().setOffline(false);
    assert.equal((await sent).status(), 201);
    await form.getByText(/Ditt ärende har nummer TRG-/).waitFor();
    assert.equal(keys.length, 1);
    assert.match(keys[0]!, /^[0-9a-f-]{36}$/);
    assert.equal((await staffConcerns()).length, before + 1);
    await page.close();
  });

  test('the position, asked for on click, reaches staff rounded to about 10 m', async () => {
    const { page, form } = await open();
    await page.context().grantPermissions(['geolocation']);
    await page.context().setGeolocation({ latitude: 59.312345, longitude: 14.560278 });
    await form.getByRole('radio', { name: 'Buskar och träd som skymmer' }).check();
    await form.getByRole('button', { name: 'Använd min position' }).click();
    await form.getByText('Din position: 59,3123, 14,5603').waitFor();
    await form.getByRole('textbox', { name: 'Plats', exact: true }).fill('Stigen bakom förskolan');
    await form.getByRole('textbox', { name: 'Beskrivning', exact: true }).fill('Buskarna skymmer hela stigen.');
    const sent = page.waitForResponse((response) => response.url().endsWith('/api/v1/concerns'));
    await form.getByRole('button', { name: 'Skicka', exact: true }).click();
    const { reference } = (await (await sent).json()) as { reference: string };
    const ours = (await staffConcerns()).find((concern) => concern.reference === reference);
    assert.deepEqual(ours?.place.location, { lat: 59.3123, lng: 14.5603 });
    await page.close();
  });

  test('fits 320 px without sideways scrolling, even with long words, and passes axe in forced colours', async () => {
    const { page, form } = await open();
    await page.setViewportSize({ width: 320, height: 800 });
    await form.getByRole('radio', { name: 'Trasig eller saknad belysning' }).check();
    await form.getByRole('textbox', { name: 'Plats', exact: true }).fill(`https://karta.example/${'x'.repeat(200)}`);
    await form.getByRole('definition').filter({ hasText: 'karta.example' }).waitFor();
    const widths = await page.evaluate(`[document.documentElement.scrollWidth, document.querySelector('trygg-concern-form').scrollWidth]`);
    assert.deepEqual(widths, [320, 288], 'no horizontal scroll at 320 px (the page has 16 px margins)');
    await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
    assert.deepEqual(await axeViolations(page), []);
    await form.getByRole('button', { name: 'Rensa utkast' }).click();
    await page.close();
  });

  test('at 200 % zoom, and with text at 200 %, every step fits: nothing cut off, no sideways scrolling, no axe violations', async () => {
    // Browser zoom at 200 % in a 1280 px window: a 640 px wide page at twice the pixel density.
    const context = await e2e.browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm', viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(`${e2e.baseUrl}/concern-form.html`);
    const form = page.locator('trygg-concern-form');
    await form.getByRole('radio', { name: 'Trasig eller saknad belysning' }).check();
    await form.getByRole('textbox', { name: 'Plats', exact: true }).fill('Gångtunneln under Storgatan');
    await form.getByRole('radio', { name: 'Ja', exact: true }).check();
    await form.getByRole('textbox', { name: 'E-post', exact: true }).fill('anna@exempel.se');
    // Text (and controls) that reach past the element's box, or are cut off by it: what the resident cannot read.
    const cutOff = () =>
      page.evaluate(() => {
        const host = document.querySelector('trygg-concern-form')!;
        const box = host.getBoundingClientRect();
        return Array.from(host.shadowRoot!.querySelectorAll<HTMLElement>('label, legend, p, span, a, button, input, textarea, dt, dd, h2, h3, h4'))
          .filter((element) => element.getBoundingClientRect().width > 1 && !element.closest('[aria-hidden="true"]'))
          .filter((element) => {
            const rect = element.getBoundingClientRect();
            return rect.left < box.left - 0.5 || rect.right > box.right + 0.5 || element.scrollWidth > element.clientWidth + 1;
          })
          .map((element) => `<${element.localName}${element.id ? `#${element.id}` : ''}> ${element.textContent?.trim().slice(0, 40)}`);
      });
    const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.deepEqual(await cutOff(), [], 'at 200 % zoom');
    assert.equal(await sideways(), 0, 'no sideways scrolling at 200 % zoom');
    assert.deepEqual(await axeViolations(page), [], 'axe at 200 % zoom');

    // Text only at 200 % (a browser's font size setting), in the same window at 100 %.
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    assert.deepEqual(await cutOff(), [], 'with text at 200 %');
    assert.equal(await sideways(), 0, 'no sideways scrolling with text at 200 %');
    await form.getByRole('button', { name: 'Rensa utkast' }).click();
    await context.close();
  });
});
