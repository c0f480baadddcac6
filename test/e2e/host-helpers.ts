/**
 * Shared by the host-page journeys (test/e2e/host-*.e2e.ts): opening a demo host page on the real server, axe,
 * keyboard-only moves, and one journey per element through its states. Every journey calls `checkpoint` in each
 * state it reaches, so each page runs its own checks (CSP, contrast, mirroring…) in every state.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestContext } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { startE2E, type E2E, type TrackedPage } from './harness.js';

export const elementTags = ['trygg-walk-calendar', 'trygg-measure-tracker', 'trygg-concern-form', 'trygg-page-feedback'] as const;
export type ElementTag = (typeof elementTags)[number];

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export const demoDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../demo');

export type Rgba = [number, number, number, number];
type Probes = ReturnType<typeof makeProbes>;

declare global {
  interface Window {
    tryggProbes: Probes;
  }
}

/**
 * Measuring tools installed in every page of the test context (as `window.tryggProbes`) before its own scripts:
 * page.evaluate() calls share them. Self-contained, because the function travels to the page as text.
 */
function makeProbes() {
  const parentAcrossShadow = (element: Element): Element | null =>
    element.parentElement ?? ((element.getRootNode() as ShadowRoot | Document) instanceof ShadowRoot ? (element.getRootNode() as ShadowRoot).host : null);

  const parseColor = (value: string): Rgba => {
    const match = /^rgba?\(([^)]+)\)$/.exec(value.trim());
    if (!match) throw new Error(`unexpected computed colour ${value}`);
    const [r = 0, g = 0, b = 0, a = 1] = match[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
    return [r, g, b, a];
  };

  const blend = (top: Rgba, bottom: Rgba): Rgba => {
    const alpha = top[3] + bottom[3] * (1 - top[3]);
    const channel = (index: number) => (top[index]! * top[3] + bottom[index]! * bottom[3] * (1 - top[3])) / (alpha || 1);
    return [channel(0), channel(1), channel(2), alpha];
  };

  const luminance = ([r, g, b]: Rgba) => {
    const linear = (channel: number) => {
      const value = channel / 255;
      return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  };

  const contrast = (a: Rgba, b: Rgba) => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (light + 0.05) / (dark + 0.05);
  };

  /** The opaque colour behind an element: its own and its ancestors' backgrounds over the canvas; null under an image. */
  const backgroundOf = (element: Element): Rgba | null => {
    const layers: Rgba[] = [];
    for (let node: Element | null = element; node; node = parentAcrossShadow(node)) {
      const style = getComputedStyle(node);
      if (style.backgroundImage !== 'none') return null;
      const colour = parseColor(style.backgroundColor);
      if (colour[3] > 0) layers.push(colour);
      if (colour[3] >= 1) break;
    }
    const dark = getComputedStyle(document.documentElement).colorScheme.includes('dark');
    let result: Rgba = dark ? [18, 18, 18, 1] : [255, 255, 255, 1];
    for (const layer of layers.reverse()) result = blend(layer, result);
    return result;
  };

  const probes = {
    parseColor,
    contrast,
    backgroundOf,
    parentAcrossShadow,

    /** The element with the keyboard focus, looking through shadow roots. */
    focused(): Element | null {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active;
    },

    /** Every element inside the host's shadow root (and shadow roots within it), in document order. */
    shadowElements(host: Element): Element[] {
      const found: Element[] = [];
      const visit = (root: ParentNode) => {
        for (const element of Array.from(root.querySelectorAll('*'))) {
          found.push(element);
          if (element.shadowRoot) visit(element.shadowRoot);
        }
      };
      if (host.shadowRoot) visit(host.shadowRoot);
      return found;
    },

    /** Whether a person can see the element: a box of its own, not hidden, not clipped away (visually hidden, honeypot). */
    isShown(element: Element): boolean {
      for (let node: Element | null = element; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) return false;
        const box = node.getBoundingClientRect();
        if (box.width <= 1 || box.height <= 1) return false;
        if (node.getAttribute('aria-hidden') === 'true') return false;
      }
      return true;
    },

    /** A short, readable name of an element for failure messages. */
    describe(element: Element): string {
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
      const part = element.getAttribute('part');
      return `<${element.localName}${element.id ? `#${element.id}` : ''}${part ? ` part="${part}"` : ''}> "${text}"`;
    },

    /** Text (and form controls) in the element's shadow root whose contrast with what is behind it is below `minimum`. */
    lowContrastText(host: Element, minimum: number): string[] {
      const problems: string[] = [];
      const controls = new Set(['input', 'select', 'textarea', 'button']);
      for (const element of probes.shadowElements(host)) {
        const ownText = Array.from(element.childNodes).some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim());
        const control = controls.has(element.localName) && (element as HTMLInputElement).type !== 'checkbox' && (element as HTMLInputElement).type !== 'radio';
        if ((!ownText && !control) || !probes.isShown(element)) continue;
        const background = backgroundOf(element);
        if (!background) {
          problems.push(`${probes.describe(element)}: text over an image, contrast unknown`);
          continue;
        }
        const text = blend(parseColor(getComputedStyle(element).color), background);
        const ratio = contrast(text, background);
        if (ratio < minimum) {
          problems.push(`${probes.describe(element)}: ${ratio.toFixed(2)}:1 (text ${text.map(Math.round).slice(0, 3).join(',')} on ${background.map(Math.round).slice(0, 3).join(',')})`);
        }
      }
      return problems;
    },

    /**
     * Pointer targets smaller than `minimum` CSS pixels in either direction: buttons, fields, choices (with their
     * label, which also takes the click) and links that look like buttons. Links inside running text are exempt.
     */
    smallTargets(host: Element, minimum: number): string[] {
      const problems: string[] = [];
      const root = host.shadowRoot!;
      for (const element of probes.shadowElements(host)) {
        const isControl = element.matches('button, select, textarea, input:not([type="hidden"]), a[part~="button"], a.button');
        if (!isControl || !probes.isShown(element)) continue;
        let box = element.getBoundingClientRect();
        const input = element as HTMLInputElement;
        if (input.type === 'checkbox' || input.type === 'radio') {
          const label = (input.labels?.[0] ?? (input.id ? root.querySelector(`label[for="${input.id}"]`) : null))?.getBoundingClientRect();
          if (label) {
            const [left, top] = [Math.min(box.left, label.left), Math.min(box.top, label.top)];
            box = new DOMRect(left, top, Math.max(box.right, label.right) - left, Math.max(box.bottom, label.bottom) - top);
          }
        }
        if (box.width < minimum - 0.5 || box.height < minimum - 0.5) {
          problems.push(`${probes.describe(element)}: ${box.width.toFixed(1)} × ${box.height.toFixed(1)} px`);
        }
      }
      return problems;
    },
  };
  return probes;
}

/** Text in the element below the contrast ratio (a list of what, where and how much; empty when all is readable). */
export function lowContrastText(page: Page, tag: ElementTag, minimum = 4.5): Promise<string[]> {
  return page.locator(tag).evaluate((host, minimum) => window.tryggProbes.lowContrastText(host, minimum), minimum);
}

/** Controls in the element smaller than the project's 44 × 44 px targets. */
export function smallTargets(page: Page, tag: ElementTag, minimum = 44): Promise<string[]> {
  return page.locator(tag).evaluate((host, minimum) => window.tryggProbes.smallTargets(host, minimum), minimum);
}

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
  await prepareContext(e2e.context, e2e.baseUrl);
  return e2e;
}

/**
 * tsx compiles these tests with esbuild's keepNames, which wraps named functions in `__name(…)`; a function handed
 * to page.evaluate() then needs that helper in the page too. It only names functions; the widgets never see it.
 */
export async function prepareContext(context: BrowserContext, baseUrl: string): Promise<void> {
  await context.addInitScript('globalThis.__name ??= (target) => target;');
  await context.addInitScript(`globalThis.tryggProbes = (${makeProbes.toString()})();`);
  // "Använd min position" in the concern form: a fixed place in Sandviken instead of a permission prompt.
  await context.grantPermissions(['geolocation'], { origin: baseUrl });
  await context.setGeolocation({ latitude: 59.3342, longitude: 14.5021 });
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

/** Whether the element behind the locator has the keyboard focus, looking through shadow roots. */
export function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === window.tryggProbes.focused());
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

/** What a page's checks found in one state: a list of problems per check. */
export type Checks = (tag: ElementTag, state: string) => Promise<Record<string, string[]>>;

/**
 * Runs every journey on the page with the checks in each state, reports the counts per state, and then fails with
 * all that was found (and on any uncaught error or console error).
 */
export async function checkEveryState({ page, problems }: TrackedPage, t: TestContext, checks: Checks, failures = new FailureLog()): Promise<void> {
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
  assert.ok(await isFocused(name), 'the form opens with the focus in Namn');
  await checkpoint('trygg-walk-calendar', 'sign-up form open');

  await tabTo(page, calendar.getByRole('button', { name: 'Skicka anmälan' }));
  await page.keyboard.press('Enter');
  const summary = calendar.locator('[part~="error-summary"]');
  await summary.waitFor();
  assert.ok(await isFocused(summary), 'the error summary takes the focus');
  await checkpoint('trygg-walk-calendar', 'sign-up errors');

  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.ok(await isFocused(name), 'the first error link leads to Namn');
  await page.keyboard.type('Samira Ek');
  await tabTo(page, calendar.getByRole('textbox', { name: 'E-post' }));
  await page.keyboard.type('samira@example.se');
  await tabTo(page, calendar.getByRole('checkbox', { name: /samtycker/ }));
  await page.keyboard.press('Space');
  await tabTo(page, calendar.getByRole('button', { name: 'Skicka anmälan' }));
  await page.keyboard.press('Enter');
  const confirmation = calendar.locator('[part~="confirmation"]').filter({ hasText: 'Du är anmäld' });
  await confirmation.waitFor();
  assert.ok(await isFocused(confirmation), 'the confirmation takes the focus');
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
  await page.keyboard.press('ArrowRight');
  assert.ok(await isFocused(grid.locator('[aria-selected="true"]')), 'the chosen day keeps the focus');
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
  assert.ok(await isFocused(tracker.getByRole('searchbox')), 'back in the search field');

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
export async function concernFormJourney(page: Page, checkpoint: Checkpoint): Promise<string> {
  const form = page.locator('trygg-concern-form');
  await checkpoint('trygg-concern-form', 'categories listed');

  const send = form.getByRole('button', { name: 'Skicka', exact: true });
  await tabTo(page, send);
  await page.keyboard.press('Enter');
  const summary = form.locator('[part~="error-summary"]');
  await summary.waitFor();
  assert.ok(await isFocused(summary), 'the error summary takes the focus');
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
  assert.ok(await isFocused(result), 'the result takes the focus');
  await checkpoint('trygg-concern-form', 'sent with a reference');
  return /TRG-\d{4}-\d{5}/.exec((await result.textContent()) ?? '')![0];
}

/** The feedback prompt by keyboard: Nej, a comment, thanks; then the answer changed to Ja. */
export async function pageFeedbackJourney(page: Page, checkpoint: Checkpoint): Promise<void> {
  const prompt = page.locator('trygg-page-feedback');
  await checkpoint('trygg-page-feedback', 'question');

  await tabTo(page, prompt.getByRole('button', { name: 'Nej', exact: true }));
  await page.keyboard.press('Enter');
  const comment = prompt.getByRole('textbox', { name: 'Vad saknade du?' });
  await comment.waitFor();
  assert.ok(await isFocused(comment), 'the follow-up opens with the focus in the field');
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
