import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { E2E } from './harness.js';
import { axeViolations, FailureLog, openHostPage, startHostE2E, type Checkpoint } from './host-helpers.js';
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
    let reported = 0;
    const checkpoint: Checkpoint = async (tag, state) => {
      const violations = await cspViolations(page);
      // Each violation is counted in the state where it happened.
      const found = { 'CSP violations': violations.slice(reported), axe: await axeViolations(page, tag) };
      reported = violations.length;
      t.diagnostic(FailureLog.summary(tag, state, found));
      failures.add(tag, state, found);
    };

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
});
