/**
 * One keyboard-only journey per element through its states, for the host-page tests. Every journey calls
 * `checkpoint` in each state it reaches, so each page runs its own checks (CSP, contrast, mirroring…) in every state.
 */
import assert from 'node:assert/strict';
import type { TestContext } from 'node:test';
import type { Page } from 'playwright-core';
import type { TrackedPage } from './harness.js';
import { axeViolations, chooseRadio, expectFocus, FailureLog, loadedContent, tabTo, type Checkpoint, type ElementTag } from './host-helpers.js';

/** What a page's checks found in one state: a list of problems per check. */
export type Checks = (tag: ElementTag, state: string) => Promise<Record<string, string[]>>;

/**
 * Runs every journey on the page with the checks in each state (and, if asked, axe on the whole page first), reports
 * the counts per state, then fails with all that was found, and on any uncaught error or console error.
 */
export async function checkEveryState(
  { page, problems }: TrackedPage,
  t: TestContext,
  checks: Checks,
  options: { axeAsItOpens?: boolean } = {},
): Promise<void> {
  const failures = new FailureLog();
  if (options.axeAsItOpens) failures.add('the page', 'as it opens', { axe: await axeViolations(page) });
  await allJourneys(page, async (tag, state) => {
    const found = await checks(tag, state);
    t.diagnostic(FailureLog.summary(tag, state, found));
    failures.add(tag, state, found);
  });
  assert.deepEqual(problems.pageErrors, []);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(failures.list(), []);
}

/** The sign-up of the walk calendar by keyboard: open, send empty, follow the error, fill in, send. */
export async function walkCalendarJourney(page: Page, checkpoint: Checkpoint): Promise<void> {
  const calendar = page.locator('trygg-walk-calendar');
  await checkpoint('trygg-walk-calendar', 'walks listed');

  const signUp = calendar.getByRole('button', { name: 'Anmäl dig' }).first();
  await tabTo(page, signUp);
  await page.keyboard.press('Enter');
  const name = calendar.getByRole('textbox', { name: 'Namn', exact: true });
  await name.waitFor();
  assert.equal(await signUp.getAttribute('aria-expanded'), 'true');
  await expectFocus(page, name, 'the form opens with the focus in Namn');
  await checkpoint('trygg-walk-calendar', 'sign-up form open');

  await tabTo(page, calendar.getByRole('button', { name: 'Skicka anmälan' }));
  await page.keyboard.press('Enter');
  const summary = calendar.locator('[part~="error-summary"]');
  await summary.waitFor();
  await expectFocus(page, summary, 'the error summary takes the focus');
  await checkpoint('trygg-walk-calendar', 'sign-up errors');

  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expectFocus(page, name, 'the first error link leads to Namn');
  await page.keyboard.type('Samira Ek');
  await tabTo(page, calendar.getByRole('textbox', { name: 'E-post' }));
  await page.keyboard.type('samira@example.se');
  await tabTo(page, calendar.getByRole('checkbox', { name: /samtycker/ }));
  await page.keyboard.press('Space');
  await tabTo(page, calendar.getByRole('button', { name: 'Skicka anmälan' }));
  await page.keyboard.press('Enter');
  const confirmation = calendar.locator('[part~="confirmation"]').filter({ hasText: 'Du är anmäld' });
  await confirmation.waitFor();
  await expectFocus(page, confirmation, 'the confirmation takes the focus');
  await checkpoint('trygg-walk-calendar', 'signed up');
}

/**
 * The month view, as an editor would set it (`view="month"`): the grid loads on demand and is driven with the keys
 * of the grid pattern.
 */
export async function monthViewJourney(page: Page, checkpoint: Checkpoint): Promise<void> {
  const calendar = page.locator('trygg-walk-calendar');
  await calendar.evaluate((element) => element.setAttribute('view', 'month'));
  const grid = calendar.getByRole('grid');
  await grid.waitFor();
  const title = await calendar.locator('#month-title').textContent();
  await tabTo(page, grid.locator('[aria-selected="true"]'));
  await page.keyboard.press('PageDown');
  await calendar.locator('#month-title').filter({ hasNotText: title ?? '' }).waitFor();
  const [table, day] = [await grid.elementHandle(), await grid.locator('[aria-selected="true"]').elementHandle()];
  await page.keyboard.press('ArrowRight');
  // The next day is chosen and takes the focus.
  await page.waitForFunction(
    ([table, day]) => {
      const chosen = table!.querySelector('[aria-selected="true"]');
      return chosen !== day && chosen === window.tryggProbes.focused();
    },
    [table, day] as const,
    { timeout: 5_000 },
  );
  await checkpoint('trygg-walk-calendar', 'month view');
}

/** The measure tracker by keyboard: search, no match and back, a status filter, a timeline opened. */
export async function measureTrackerJourney(page: Page, checkpoint: Checkpoint): Promise<void> {
  const tracker = page.locator('trygg-measure-tracker');
  const count = tracker.locator('[part~="count"]');
  await checkpoint('trygg-measure-tracker', 'measures listed');
  const all = await count.textContent();

  await tabTo(page, tracker.getByRole('searchbox'));
  await page.keyboard.type('belysning');
  await count.filter({ hasNotText: all ?? '' }).waitFor();
  await checkpoint('trygg-measure-tracker', 'searched');

  await page.keyboard.type(' xyzzy');
  const clear = tracker.getByRole('button', { name: 'Visa alla åtgärder' });
  await clear.waitFor();
  await checkpoint('trygg-measure-tracker', 'nothing matches');
  await tabTo(page, clear);
  await page.keyboard.press('Enter');
  await tracker.getByRole('article').first().waitFor();
  await expectFocus(page, tracker.getByRole('searchbox'), 'back in the search field');

  await tabTo(page, tracker.getByRole('checkbox', { name: 'Klar', exact: true }));
  await page.keyboard.press('Space');
  await tracker.getByRole('checkbox', { name: 'Klar', exact: true, checked: true }).waitFor();
  await checkpoint('trygg-measure-tracker', 'filtered by status');

  const timeline = tracker.getByRole('button', { name: 'Visa vad som har hänt' }).first();
  await tabTo(page, timeline);
  await page.keyboard.press('Enter');
  await tracker.locator('[part~="timeline"]').first().waitFor();
  assert.equal(await timeline.getAttribute('aria-expanded'), 'true');
  await checkpoint('trygg-measure-tracker', 'timeline open');
}

/** The concern form by keyboard: send empty, a "call instead" category, then a full report to its reference. */
export async function concernFormJourney(page: Page, checkpoint: Checkpoint): Promise<void> {
  const form = page.locator('trygg-concern-form');
  await checkpoint('trygg-concern-form', 'categories listed');

  const send = form.getByRole('button', { name: 'Skicka', exact: true });
  await tabTo(page, send);
  await page.keyboard.press('Enter');
  const summary = form.locator('[part~="error-summary"]');
  await summary.waitFor();
  await expectFocus(page, summary, 'the error summary takes the focus');
  await checkpoint('trygg-concern-form', 'report errors');

  const categories = form.getByRole('group', { name: /Vad vill du rapportera/ });
  await chooseRadio(page, categories, form.getByRole('radio', { name: 'Brott som pågår eller akut fara' }));
  await form.locator('[part~="call-instead"]').waitFor();
  await checkpoint('trygg-concern-form', 'call instead');

  await chooseRadio(page, categories, form.getByRole('radio', { name: 'Trasig eller saknad belysning' }));
  await tabTo(page, form.getByRole('textbox', { name: 'Plats', exact: true }));
  await page.keyboard.type('Gångvägen bakom Sandviks skola');
  await tabTo(page, form.getByRole('button', { name: 'Använd min position' }));
  await page.keyboard.press('Enter');
  await form.getByText(/Din position:/).waitFor();
  await checkpoint('trygg-concern-form', 'position added');

  await tabTo(page, form.getByRole('checkbox', { name: 'Kväll', exact: true }));
  await page.keyboard.press('Space');
  await tabTo(page, form.getByRole('textbox', { name: 'Beskrivning' }));
  await page.keyboard.type('Två lampor är trasiga, så det är helt mörkt mellan skolan och busshållplatsen.');
  const followUp = form.getByRole('group', { name: /återkoppling/ });
  await chooseRadio(page, followUp, form.getByRole('radio', { name: 'Nej', exact: true }));
  await checkpoint('trygg-concern-form', 'ready to send');

  await tabTo(page, send);
  await page.keyboard.press('Enter');
  const result = form.locator('[part~="result"]').filter({ hasText: /TRG-\d{4}-\d{5}/ });
  await result.waitFor();
  await expectFocus(page, result, 'the result takes the focus');
  await checkpoint('trygg-concern-form', 'sent with a reference');
}

/** The feedback prompt by keyboard: Nej, a comment, thanks; then the answer changed to Ja. */
export async function pageFeedbackJourney(page: Page, checkpoint: Checkpoint): Promise<void> {
  const prompt = page.locator('trygg-page-feedback');
  await checkpoint('trygg-page-feedback', 'question');

  await tabTo(page, prompt.getByRole('button', { name: 'Nej', exact: true }));
  await page.keyboard.press('Enter');
  const comment = prompt.getByRole('textbox', { name: 'Vad saknade du?' });
  await comment.waitFor();
  await expectFocus(page, comment, 'the follow-up opens with the focus in the field');
  await checkpoint('trygg-page-feedback', 'follow-up');

  await page.keyboard.type('En karta över de upplysta gångvägarna.');
  await tabTo(page, prompt.getByRole('button', { name: 'Skicka', exact: true }));
  await page.keyboard.press('Enter');
  await prompt.getByRole('status').filter({ hasText: 'Tack för ditt svar!' }).waitFor();
  await checkpoint('trygg-page-feedback', 'thanks');

  await tabTo(page, prompt.getByRole('button', { name: 'Ändra svar' }));
  await page.keyboard.press('Enter');
  await tabTo(page, prompt.getByRole('button', { name: 'Ja', exact: true }));
  await page.keyboard.press('Enter');
  await prompt.getByRole('button', { name: 'Ändra svar' }).waitFor();
  await checkpoint('trygg-page-feedback', 'changed to Ja');
}

/** All four journeys in page order, each only where its element is on the page. */
export async function allJourneys(page: Page, checkpoint: Checkpoint): Promise<void> {
  const journeys: [ElementTag, (page: Page, checkpoint: Checkpoint) => Promise<unknown>][] = [
    ['trygg-walk-calendar', walkCalendarJourney],
    ['trygg-walk-calendar', monthViewJourney],
    ['trygg-measure-tracker', measureTrackerJourney],
    ['trygg-concern-form', concernFormJourney],
    ['trygg-page-feedback', pageFeedbackJourney],
  ];
  for (const [tag, journey] of journeys) if ((await page.locator(tag).count()) > 0) await journey(page, checkpoint);
}

/**
 * The API unreachable while the page loads: each element shows its error with a retry button; once the API answers
 * again, the retry (by keyboard) brings the data.
 */
export async function failedLoadJourney(page: Page, checkpoint: Checkpoint): Promise<void> {
  await page.route('**/api/v1/**', (route) => route.abort('connectionrefused'));
  await page.reload();
  const loading: ElementTag[] = ['trygg-walk-calendar', 'trygg-measure-tracker', 'trygg-concern-form'];
  for (const tag of loading) {
    await page.locator(tag).locator('[part~="error"]').waitFor({ timeout: 20_000 });
    await checkpoint(tag, 'load failed');
  }
  await page.unroute('**/api/v1/**');
  for (const tag of loading) {
    await tabTo(page, page.locator(tag).getByRole('button', { name: 'Försök igen' }));
    await page.keyboard.press('Enter');
    await loadedContent(page, tag).first().waitFor();
    assert.equal(await page.locator(tag).locator('[part~="error"]').count(), 0, `${tag} loaded after the retry`);
  }
}

/** Offline: the feedback answer waits in the outbox and is sent once the connection is back. */
export async function offlineJourney(page: Page, checkpoint: Checkpoint): Promise<void> {
  const prompt = page.locator('trygg-page-feedback');
  const change = prompt.getByRole('button', { name: 'Ändra svar' });
  if ((await change.count()) > 0) {
    await tabTo(page, change);
    await page.keyboard.press('Enter');
  }
  await page.context().setOffline(true);
  try {
    await tabTo(page, prompt.getByRole('button', { name: 'Ja', exact: true }));
    await page.keyboard.press('Enter');
    await prompt.getByText('Tack! Vi skickar ditt svar när anslutningen är tillbaka.').waitFor();
    await checkpoint('trygg-page-feedback', 'waiting offline');
  } finally {
    await page.context().setOffline(false);
  }
  await prompt.getByRole('status').filter({ hasText: 'Tack för ditt svar!' }).waitFor();
  await checkpoint('trygg-page-feedback', 'sent when back online');
}
