import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { makeSecondCopy, secondCopyVersion } from '../../scripts/second-copy.mjs';
import type { E2E } from './harness.js';
import { demoDir, elementTags, startHostE2E, widgetsReady } from './host-helpers.js';

const version = (JSON.parse(fs.readFileSync(path.join(demoDir, '../package.json'), 'utf8')) as { version: string }).version;

describe('demo/host-twice.html: the bundle pasted twice and an older copy on the same page', () => {
  let e2e: E2E;
  before(async () => {
    // A real second module instance that reports another version, made from this build.
    makeSecondCopy();
    e2e = await startHostE2E();
  });
  after(() => e2e.close());

  test('each tag is defined once, by the first copy; one console warning; no errors; the widgets and the page work', async () => {
    const { page, problems } = await e2e.newPage();
    const warnings: string[] = [];
    const scripts: string[] = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
    await page.goto(`${e2e.baseUrl}/host-twice.html`);
    assert.deepEqual(await widgetsReady(page), [...elementTags]);
    await page.waitForLoadState('networkidle');

    assert.equal(scripts.filter((script) => script === '/dist/cdn/trygg-widgets.js').length, 1, 'the same address twice is one module');
    assert.ok(scripts.includes('/dist/cdn-copy/trygg-widgets.js'), 'the older copy was loaded');
    const defined = await page.evaluate(
      (tags) => tags.map((tag) => (customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined)?.version),
      [...elementTags],
    );
    assert.deepEqual(defined, elementTags.map(() => version), 'every tag belongs to the copy that came first');

    assert.equal(warnings.length, 1, `one warning, got: ${warnings.join(' | ')}`);
    assert.match(warnings[0]!, new RegExp(`^trygg-widgets ${secondCopyVersion.replaceAll('.', '\\.')}: `));
    for (const tag of elementTags) assert.ok(warnings[0]!.includes(`<${tag}> (version ${version})`), `the warning names ${tag}`);
    assert.deepEqual(problems.consoleErrors, []);
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(problems.failedRequests, []);
    assert.deepEqual(problems.errorResponses, []);

    const prompt = page.locator('trygg-page-feedback');
    await prompt.getByRole('button', { name: 'Ja', exact: true }).click();
    await prompt.getByRole('status').filter({ hasText: 'Tack för ditt svar!' }).waitFor();
    const menu = page.locator('[data-menu-button]');
    await menu.click();
    assert.equal(await menu.getAttribute('aria-expanded'), 'false', "the page's own script still runs");
    assert.deepEqual(problems.pageErrors, []);
    await page.close();
  });
});
