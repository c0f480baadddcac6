/**
 * Shared by the host-page tests (test/e2e/host-*.e2e.ts): a demo page on the real server with its widgets loaded,
 * axe, keyboard-only moves, and a log of what the checks found in each state.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { startE2E, type E2E, type TrackedPage } from './harness.js';
import { installProbes } from './host-probes.js';

export const elementTags = ['trygg-walk-calendar', 'trygg-measure-tracker', 'trygg-concern-form', 'trygg-page-feedback'] as const;
export type ElementTag = (typeof elementTags)[number];

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export const demoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../demo');

/** Every page in demo/, so a page added later is checked too. */
export function demoPages(): string[] {
  return fs
    .readdirSync(demoDir)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => (file === 'index.html' ? '/' : `/${file}`));
}

export const narrow = { width: 320, height: 800 };
export const desktop = { width: 1280, height: 900 };

/** A seeded server and a browser for one test file. A robot fills forms faster than the server's spam rule allows. */
export async function startHostE2E(): Promise<E2E> {
  const e2e = await startE2E({ config: { spamMinFillMs: 0 } });
  await installProbes(e2e.context);
  // "Använd min position" in the concern form: a fixed place in Sandviken instead of a permission prompt.
  await e2e.context.grantPermissions(['geolocation'], { origin: e2e.baseUrl });
  await e2e.context.setGeolocation({ latitude: 59.3342, longitude: 14.5021 });
  return e2e;
}

/** The element's shadow content once its data arrived (or failed): what a resident sees first. */
export function loadedContent(page: Page, tag: ElementTag): Locator {
  const element = page.locator(tag);
  const failed = element.locator('[part~="error"]');
  switch (tag) {
    case 'trygg-walk-calendar':
      return element.getByRole('article').first().or(element.locator('[part~="empty"]')).or(failed);
    case 'trygg-measure-tracker':
      return element.locator('[part~="count"]').or(element.locator('[part~="empty"]')).or(failed);
    case 'trygg-concern-form':
      return element.getByRole('radio').first().or(failed);
    case 'trygg-page-feedback':
      return element.getByRole('button').first();
  }
}

/** Waits until every trygg element on the page shows its data (or its error). */
export async function widgetsReady(page: Page): Promise<ElementTag[]> {
  const present: ElementTag[] = [];
  for (const tag of elementTags) if ((await page.locator(tag).count()) > 0) present.push(tag);
  for (const tag of present) await loadedContent(page, tag).first().waitFor({ timeout: 15_000 });
  return present;
}

/** Opens a demo page in the file's shared context at a viewport size, and waits for the widgets. */
export async function openHostPage(e2e: E2E, pagePath: string, viewport = desktop): Promise<TrackedPage> {
  const tracked = await e2e.newPage();
  await tracked.page.setViewportSize(viewport);
  const response = await tracked.page.goto(`${e2e.baseUrl}${pagePath}`);
  assert.equal(response?.status(), 200, `${pagePath} is served`);
  await widgetsReady(tracked.page);
  return tracked;
}

/** axe's WCAG A/AA violations on the page, or inside one element, as readable lines (empty when there are none). */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  // Legacy mode runs axe in the page itself (no extra blank page per run); only violations are detailed.
  const builder = new AxeBuilder({ page }).setLegacyMode(true).withTags(wcagTags).options({ resultTypes: ['violations'] });
  if (include) builder.include(include);
  const { violations } = await builder.analyze();
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')} — ${node.failureSummary?.replace(/\s+/g, ' ')}`),
  );
}

/** How many CSS pixels the page scrolls sideways (0 when it fits). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Waits until the element behind the locator has the focus (elements move it after their update); fails after 5 s. */
export async function expectFocus(page: Page, target: Locator, message: string): Promise<void> {
  const handle = await target.elementHandle();
  try {
    await page.waitForFunction((element) => element === window.tryggProbes.focused(), handle, { timeout: 5_000 });
  } catch {
    assert.fail(`${message}; the focus is on ${await describeFocus(page)}`);
  } finally {
    await handle?.dispose();
  }
}

/** What has the keyboard focus now, for messages: tag, id and text. */
export function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = window.tryggProbes.focused();
    if (!active) return 'nothing';
    const name = active.getAttribute('aria-label') ?? active.textContent?.trim().slice(0, 40) ?? '';
    return `<${active.localName}${active.id ? `#${active.id}` : ''}> ${name}`;
  });
}

/** Presses Tab (only Tab) until the target has the focus; fails when it is not reachable that way. */
export async function tabTo(page: Page, target: Locator, maxPresses = 150): Promise<void> {
  await target.waitFor();
  // One handle for the whole walk: a locator would be resolved again after every key.
  const handle = await target.elementHandle();
  try {
    for (let presses = 0; presses < maxPresses; presses++) {
      if (await handle!.evaluate((element) => element === window.tryggProbes.focused())) return;
      await page.keyboard.press('Tab');
    }
  } finally {
    await handle?.dispose();
  }
  assert.fail(`Tab never reached ${target} in ${maxPresses} presses; the focus is on ${await describeFocus(page)}`);
}

/**
 * Tabs into a radio group (one tab stop: the checked radio, else the one focused last or the first) and moves with
 * the arrow keys until the wanted radio button is checked.
 */
export async function chooseRadio(page: Page, group: Locator, wanted: Locator): Promise<void> {
  await group.waitFor();
  const handle = await group.elementHandle();
  const inGroup = () => handle!.evaluate((fieldset) => {
    const active = window.tryggProbes.focused();
    return fieldset.contains(active) && (active as HTMLInputElement).type === 'radio';
  });
  try {
    for (let presses = 0; !(await inGroup()); presses++) {
      if (presses === 150) assert.fail(`Tab never reached the radio buttons of ${group}; the focus is on ${await describeFocus(page)}`);
      await page.keyboard.press('Tab');
    }
  } finally {
    await handle?.dispose();
  }
  for (let presses = 0; presses < 20; presses++) {
    if (await wanted.isChecked()) return;
    await page.keyboard.press('ArrowDown');
  }
  assert.fail(`the arrow keys never checked ${wanted}`);
}

/** Called in every state a journey reaches, with the element and a short name of the state. */
export type Checkpoint = (tag: ElementTag, state: string) => Promise<void>;

/**
 * Failures gathered over every state of a run, each listed once with the states it was seen in: one run shows all a
 * page breaks, and where.
 */
export class FailureLog {
  readonly #states = new Map<string, string[]>();

  /** Records what each check found (a list of problems per check) in one state of one element (or the page). */
  add(where: string, state: string, found: Record<string, string[]>): void {
    for (const [check, problems] of Object.entries(found)) {
      for (const problem of problems) {
        const key = `${where} · ${check}: ${problem}`;
        this.#states.set(key, [...(this.#states.get(key) ?? []), state]);
      }
    }
  }

  /** One line per failure (empty when everything passed). */
  list(): string[] {
    return [...this.#states].map(([failure, states]) => `${failure} [in: ${states.join(', ')}]`);
  }

  /** A one-line count per check, for the test's diagnostics. */
  static summary(where: string, state: string, found: Record<string, string[]>): string {
    return `${where} · ${state}: ${Object.entries(found)
      .map(([check, problems]) => `${problems.length} ${check}`)
      .join(', ')}`;
  }
}

/** The page's sideways scrolling as a problem list, for a FailureLog. */
export async function sidewaysScrolling(page: Page): Promise<string[]> {
  const overflow = await horizontalOverflow(page);
  return overflow > 0 ? [`the page scrolls ${overflow} px sideways`] : [];
}
