import assert from 'node:assert/strict';
import { after, before, describe, test, type TestContext } from 'node:test';
import type { Locator, Page, Route } from 'playwright-core';
import type { E2E } from './harness.js';
import {
  axeViolations,
  desktop,
  elementTags,
  FailureLog,
  loadedContent,
  openHostPage,
  startHostE2E,
  type Checkpoint,
  type ElementTag,
} from './host-helpers.js';
import { allJourneys, failedLoadJourney, offlineJourney } from './host-journeys.js';

/** The policy of issue 9, word for word. */
const issuePolicy =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; object-src 'none'; require-trusted-types-for 'script'";

/** What demo/csp-monitor.js recorded: one line per securitypolicyviolation event on the page. */
function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { tryggCspViolations: string[] }).tryggCspViolations);
}

/** Chromium reports every blocked action as a console error too; the harness collects them. */
const cspConsoleErrors = (errors: string[]) => errors.filter((error) => /Content Security Policy|Trusted ?Type/i.test(error));

/**
 * A checkpoint that runs axe on the element and records the CSP violations that happened since the one before, so
 * each is counted in the state where it happened. A reload starts the monitor's list again; so does the count.
 */
function cspCheckpoint(page: Page, t: TestContext, failures: FailureLog): Checkpoint {
  let reported = { document: 0, count: 0 };
  return async (tag, state) => {
    const seen = await page.evaluate(() => ({
      document: performance.timeOrigin,
      violations: (window as unknown as { tryggCspViolations: string[] }).tryggCspViolations,
    }));
    const since = seen.document === reported.document ? reported.count : 0;
    const found = { 'CSP violations': seen.violations.slice(since), axe: await axeViolations(page, tag) };
    reported = { document: seen.document, count: seen.violations.length };
    t.diagnostic(FailureLog.summary(tag, state, found));
    failures.add(tag, state, found);
  };
}

/** The API's reads: what the elements load as they open (the feedback prompt loads nothing). */
const isApiRead = (route: Route) => route.request().method() === 'GET' && new URL(route.request().url()).pathname.startsWith('/api/v1/');

/** An answer of the API with nothing in it: every list empty and every count 0, in the shape of the contract. */
function emptied(value: unknown): unknown {
  if (Array.isArray(value)) return [];
  if (typeof value === 'number') return 0;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, emptied(inner)]));
  return value;
}

/** An api-base an editor could write that no element can use: not http(s), so each shows its "not configured" state. */
const unusableApiBase = 'ftp://files.angsby.example/trygg/';

/** What each element shows in the states the journeys do not reach (null: the element has no such state). */
const stateOf: Record<'loading' | 'empty' | 'not configured', (element: Locator, tag: ElementTag) => Locator | null> = {
  loading: (element, tag) =>
    tag === 'trygg-page-feedback' ? null : tag === 'trygg-concern-form' ? element.getByText('Hämtar …') : element.locator('[part~="loading"]'),
  empty: (element, tag) =>
    tag === 'trygg-page-feedback'
      ? null
      : tag === 'trygg-concern-form'
        ? element.getByText('Det går inte att rapportera här just nu.')
        : element.locator('[part~="empty"]'),
  'not configured': (element) => element.locator('[part~="not-configured"]'),
};

/** Waits until each element on the page shows the state, then runs the checkpoint on it. */
async function checkState(page: Page, state: keyof typeof stateOf, checkpoint: Checkpoint): Promise<void> {
  for (const tag of elementTags) {
    const shown = stateOf[state](page.locator(tag), tag);
    if (!shown) continue;
    await shown.first().waitFor({ timeout: 15_000 });
    await checkpoint(tag, state);
  }
}

describe('demo/host-csp.html: the four elements under a strict Content Security Policy', () => {
  let e2e: E2E;
  before(async () => {
    e2e = await startHostE2E();
  });
  after(() => e2e.close());

  test('the page carries the policy of issue 9, and the browser enforces it (the monitor counts what it blocks)', async () => {
    const { page } = await openHostPage(e2e, '/host-csp.html');
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.equal(policy, issuePolicy);
    assert.deepEqual(await cspViolations(page), []);

    const blocked = await page.evaluate(() => {
      const probe = document.createElement('div');
      let markupRefused = false;
      try {
        probe.innerHTML = '<b>markup</b>';
      } catch {
        markupRefused = true;
      }
      probe.setAttribute('style', 'color: rgb(255, 0, 0)');
      document.body.append(probe);
      const styleApplied = getComputedStyle(probe).color === 'rgb(255, 0, 0)';
      probe.remove();
      return { markupRefused, styleApplied };
    });
    assert.deepEqual(blocked, { markupRefused: true, styleApplied: false }, 'Trusted Types and style-src are enforced');
    const seen = await cspViolations(page);
    assert.equal(seen.length, 2, `the monitor saw both probes: ${seen.join('; ')}`);
    assert.match(await page.locator('[data-csp-report]').textContent() ?? '', /stoppade 2 saker/);
    await page.close();
  });

  test('every element in every state, by keyboard only: 0 CSP violations and 0 axe violations', async (t) => {
    const { page, problems } = await openHostPage(e2e, '/host-csp.html');
    const failures = new FailureLog();
    failures.add('the page', 'as it opens', { 'CSP violations': await cspViolations(page), axe: await axeViolations(page) });
    const checkpoint = cspCheckpoint(page, t, failures);

    await allJourneys(page, checkpoint);
    await offlineJourney(page, checkpoint);
    const structuredData = await page.locator('trygg-walk-calendar > script[type="application/ld+json"]').textContent();
    assert.ok(JSON.parse(structuredData ?? 'null')?.['@graph']?.length > 0, 'the JSON-LD got past Trusted Types through its policy');
    assert.deepEqual(problems.errorResponses, []);
    // Last: the aborted requests of this journey are failures the harness records on purpose.
    await failedLoadJourney(page, checkpoint);
    assert.deepEqual(cspConsoleErrors(problems.consoleErrors), []);
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(failures.list(), []);
    await page.close();
  });

  test('loading, empty and not configured (the API held, answering empty lists, an unusable api-base): 0 CSP violations and 0 axe violations', async (t) => {
    const { page, problems } = await e2e.newPage();
    await page.setViewportSize(desktop);
    const failures = new FailureLog();
    const checkpoint = cspCheckpoint(page, t, failures);

    // Loading: the reads are held until every element has been checked in its loading state.
    const held: Route[] = [];
    let holding = true;
    await page.route('**/api/v1/**', (route) => (holding && isApiRead(route) ? held.push(route) : route.continue()));
    assert.equal((await page.goto(`${e2e.baseUrl}/host-csp.html`))?.status(), 200);
    await checkState(page, 'loading', checkpoint);
    holding = false;
    await Promise.all(held.map((route) => route.continue()));
    await page.unrouteAll();
    for (const tag of ['trygg-walk-calendar', 'trygg-measure-tracker', 'trygg-concern-form'] as const) {
      await loadedContent(page, tag).first().waitFor({ timeout: 15_000 });
    }

    // Empty: the real answers with every list emptied.
    await page.route('**/api/v1/**', async (route) => {
      if (!isApiRead(route)) return route.continue();
      const response = await route.fetch();
      return route.fulfill({ response, json: emptied(await response.json()) });
    });
    await page.reload();
    await checkState(page, 'empty', checkpoint);
    await page.unrouteAll();

    // Not configured: the page as an editor wrote it with an api-base on every tag that no element can use.
    await page.route('**/host-csp.html', async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      return route.fulfill({ response, body: html.replace(/<(trygg-[a-z-]+)(?=[\s>])/g, `<$1 api-base="${unusableApiBase}"`) });
    });
    await page.reload();
    assert.equal(await page.locator(`[api-base="${unusableApiBase}"]`).count(), elementTags.length, 'every element has the api-base');
    await checkState(page, 'not configured', checkpoint);
    await page.unrouteAll();

    assert.deepEqual(problems.errorResponses, []);
    assert.deepEqual(cspConsoleErrors(problems.consoleErrors), []);
    assert.deepEqual(problems.pageErrors, []);
    assert.deepEqual(failures.list(), []);
    await page.close();
  });
});
