import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { E2E } from './harness.js';
import {
  axeViolations,
  demoPages,
  desktop,
  FailureLog,
  narrow,
  openHostPage,
  sidewaysScrolling,
  startHostE2E,
  type ElementTag,
} from './host-helpers.js';
import { checkEveryState } from './host-journeys.js';
import { smallTargets } from './host-probes.js';

/**
 * In forced colours the page's colours give way to the system's: a control whose only edge was a background colour
 * disappears. Lists the controls with neither a border, a fill nor an underline that stands out from what is around.
 */
function invisibleControls(page: Page, tag: ElementTag): Promise<string[]> {
  return page.locator(tag).evaluate((host) => {
    const probes = window.tryggProbes;
    const problems: string[] = [];
    for (const element of probes.shadowElements(host)) {
      if (!element.matches('button, select, textarea, input:not([type="hidden"]), a[part~="button"], a.button') || !probes.isShown(element)) continue;
      const style = getComputedStyle(element);
      const native = (element as HTMLInputElement).type === 'checkbox' || (element as HTMLInputElement).type === 'radio';
      if (native && style.appearance !== 'none') continue;
      const around = probes.backgroundOf(probes.parentAcrossShadow(element)!)!;
      const stands = (colour: string, minimum: number) => probes.contrast(probes.parseColor(colour), around) >= minimum;
      const border = parseFloat(style.borderTopWidth) >= 1 && !/none|hidden/.test(style.borderTopStyle) && stands(style.borderTopColor, 3);
      const fill = probes.parseColor(style.backgroundColor)[3] >= 1 && stands(style.backgroundColor, 3);
      const underline = style.textDecorationLine.includes('underline') && stands(style.color, 4.5);
      if (!border && !fill && !underline) problems.push(`${probes.describe(element)}: no visible edge`);
    }
    return problems;
  });
}

/**
 * Moves the focus to each control of the element (after keyboard use, so :focus-visible applies) and lists those
 * whose focus indicator is not a solid outline of 2 px or more that stands out; the focus goes back where it was.
 */
function invisibleFocus(page: Page, tag: ElementTag): Promise<string[]> {
  return page.locator(tag).evaluate((host) => {
    const probes = window.tryggProbes;
    const before = probes.focused() as HTMLElement | null;
    const problems: string[] = [];
    for (const element of probes.shadowElements(host)) {
      const control = element as HTMLElement;
      if (!control.matches('button, select, textarea, input:not([type="hidden"]), a[href]') || !probes.isShown(control) || control.tabIndex < 0) continue;
      control.focus({ preventScroll: true });
      const style = getComputedStyle(control);
      const around = probes.backgroundOf(probes.parentAcrossShadow(control)!)!;
      const ring = probes.contrast(probes.parseColor(style.outlineColor), around);
      const visible = control.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && ring >= 3;
      if (!visible) problems.push(`${probes.describe(control)}: outline ${style.outlineStyle} ${style.outlineWidth}, ${ring.toFixed(2)}:1`);
    }
    if (before && before !== document.body) before.focus({ preventScroll: true });
    else (probes.focused() as HTMLElement | null)?.blur();
    return problems;
  });
}

describe('accessibility of every demo page: axe, 320 px, forced colours, 44 px targets', () => {
  let e2e: E2E;
  before(async () => {
    e2e = await startHostE2E();
  });
  after(() => e2e.close());

  for (const pagePath of demoPages()) {
    test(`${pagePath}: 0 axe violations at 320 px and at 1280 px, and no sideways scrolling at 320 px`, async () => {
      const { page } = await openHostPage(e2e, pagePath, narrow);
      const [narrowAxe, overflow] = [await axeViolations(page), await sidewaysScrolling(page)];
      await page.setViewportSize(desktop);
      const failures = new FailureLog();
      failures.add(pagePath, 'as it opens', { 'axe at 320 px': narrowAxe, overflow, 'axe at 1280 px': await axeViolations(page) });
      assert.deepEqual(failures.list(), []);
      await page.close();
    });
  }

  test('the demo page in forced colours, by keyboard, in every state: every control and its focus stay visible; targets are 44 px', async (t) => {
    const tracked = await openHostPage(e2e, '/', desktop);
    const { page } = tracked;
    await page.emulateMedia({ forcedColors: 'active' });
    await checkEveryState(tracked, t, async (tag) => ({
      'invisible controls': await invisibleControls(page, tag),
      'invisible focus': await invisibleFocus(page, tag),
      'small targets': await smallTargets(page, tag),
    }));
    await page.close();
  });
});
