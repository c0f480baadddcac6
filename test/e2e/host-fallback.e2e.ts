import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import type { E2E } from './harness.js';
import { demoPages, elementTags, narrow, sidewaysScrolling, startHostE2E } from './host-helpers.js';

/** The tags on the page whose own content (the editor's fallback) is missing or not visible. */
async function hiddenFallbacks(page: Page): Promise<string[]> {
  const missing: string[] = [];
  for (const tag of elementTags) {
    const instances = page.locator(tag);
    for (let index = 0; index < (await instances.count()); index++) {
      const fallback = instances.nth(index).locator(':scope > :not(script)');
      if ((await fallback.count()) === 0 || !(await fallback.first().isVisible())) missing.push(`${tag} #${index + 1}`);
    }
  }
  return missing;
}

/** The page outside the elements, head included: its tree of tags and ids, and `<html lang dir>`. Elements may change only themselves. */
function pageOutsideElements(page: Page): Promise<string> {
  return page.evaluate(() => {
    const outline = (element: Element): string =>
      /^trygg-/.test(element.localName)
        ? `<${element.localName}>`
        : `<${element.localName}${element.id ? `#${element.id}` : ''}>${Array.from(element.children, outline).join('')}`;
    return outline(document.documentElement) + `lang=${document.documentElement.getAttribute('lang')} dir=${document.documentElement.getAttribute('dir')}`;
  });
}

describe('without JavaScript, without the script, without the API: the fallback shows and the page around is unharmed', () => {
  let e2e: E2E;
  let noScript: BrowserContext;
  before(async () => {
    e2e = await startHostE2E();
    noScript = await e2e.browser.newContext({ javaScriptEnabled: false });
  });
  after(async () => {
    await noScript.close();
    await e2e.close();
  });

  test('with JavaScript off, every tag on every demo page shows the content the editor put inside it', async () => {
    const missing: string[] = [];
    for (const pagePath of demoPages()) {
      const page = await noScript.newPage();
      await page.goto(`${e2e.baseUrl}${pagePath}`);
      missing.push(...(await hiddenFallbacks(page)).map((tag) => `${pagePath}: ${tag}`));
      await page.close();
    }
    assert.deepEqual(missing, []);
  });

  test('when the bundle cannot load (the CDN is down), the fallback shows and the page works', async () => {
    const { page, problems } = await e2e.newPage();
    await page.route('**/dist/cdn/**', (route) => route.abort('connectionrefused'));
    await page.goto(`${e2e.baseUrl}/host-csp.html`);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(await hiddenFallbacks(page), []);
    const menu = page.locator('[data-menu-button]');
    await menu.click();
    assert.equal(await menu.getAttribute('aria-expanded'), 'false', "the page's own script runs");
    assert.deepEqual(problems.pageErrors, []);
    await page.close();
  });

  for (const pagePath of ['/', '/host-csp.html']) {
    test(`${pagePath} at 320 px with the API down: each element says so and offers a retry; the page around is unharmed`, async () => {
      const apiDown = async (withBundle: boolean) => {
        const tracked = await e2e.newPage();
        await tracked.page.setViewportSize(narrow);
        await tracked.page.route('**/api/v1/**', (route) => route.abort('connectionrefused'));
        if (!withBundle) await tracked.page.route('**/dist/cdn/**', (route) => route.abort('connectionrefused'));
        await tracked.page.goto(`${e2e.baseUrl}${pagePath}`);
        return tracked;
      };
      // The same page with its own scripts but without the widgets: what the page looks like untouched by them.
      const { page: untouched } = await apiDown(false);
      await untouched.waitForLoadState('networkidle');
      const withoutWidgets = await pageOutsideElements(untouched);
      await untouched.close();

      const { page, problems } = await apiDown(true);
      for (const tag of ['trygg-walk-calendar', 'trygg-measure-tracker', 'trygg-concern-form'] as const) {
        const element = page.locator(tag);
        await element.getByRole('alert').waitFor({ timeout: 20_000 });
        assert.ok(await element.getByRole('button', { name: 'Försök igen' }).isVisible(), `${tag} offers a retry`);
      }
      const prompt = page.locator('trygg-page-feedback');
      await prompt.getByRole('button', { name: 'Ja', exact: true }).click();
      await prompt.getByText('Tack! Vi skickar ditt svar när anslutningen är tillbaka.').waitFor();

      assert.equal(await pageOutsideElements(page), withoutWidgets, 'nothing outside the elements changed');
      assert.deepEqual(await sidewaysScrolling(page), []);
      assert.deepEqual(problems.pageErrors, [], 'no uncaught errors');
      assert.ok(await page.getByRole('heading', { level: 1 }).isVisible());
      await page.close();
    });
  }
});
