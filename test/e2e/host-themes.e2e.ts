import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { E2E } from './harness.js';
import {
  axeViolations,
  desktop,
  narrow,
  openHostPage,
  sidewaysScrolling,
  startHostE2E,
  type ElementTag,
} from './host-helpers.js';
import { checkEveryState } from './host-journeys.js';
import { lowContrastText } from './host-probes.js';

/**
 * Controls whose edge (border, or fill when there is no border) has less than `minimum` contrast with what is
 * around them: a field or button nobody can find (WCAG 1.4.11). Native check boxes and radio buttons are drawn by
 * the browser in the page's colour scheme.
 */
function faintControls(page: Page, tag: ElementTag, minimum = 3): Promise<string[]> {
  return page.locator(tag).evaluate((host, minimum) => {
    const probes = window.tryggProbes;
    const problems: string[] = [];
    for (const element of probes.shadowElements(host)) {
      if (!element.matches('button, select, textarea, input:not([type="checkbox"]):not([type="radio"]):not([type="hidden"])')) continue;
      if (!probes.isShown(element)) continue;
      const style = getComputedStyle(element);
      const around = probes.backgroundOf(probes.parentAcrossShadow(element)!);
      if (!around) continue;
      const edges: number[] = [];
      if (parseFloat(style.borderTopWidth) >= 1 && style.borderTopStyle !== 'none') edges.push(probes.contrast(probes.parseColor(style.borderTopColor), around));
      const fill = probes.parseColor(style.backgroundColor);
      if (fill[3] >= 1) edges.push(probes.contrast(fill, around));
      const best = Math.max(0, ...edges);
      // A button without border or fill is a text link in looks: its text contrast is checked with the text.
      if (edges.length === 0 && element.localName === 'button') continue;
      if (best < minimum) problems.push(`${probes.describe(element)}: edge ${best.toFixed(2)}:1`);
    }
    return problems;
  }, minimum);
}

/** Rules of a theme stylesheet that touch a trygg element other than through --trygg-* properties or ::part(). */
function offLimitsRules(page: Page, href: string): Promise<string[]> {
  return page.evaluate((href) => {
    const sheet = Array.from(document.styleSheets).find((candidate) => candidate.href?.endsWith(href));
    if (!sheet) return [`${href} is not on the page`];
    const rules = Array.from(sheet.cssRules).flatMap((rule) => (rule instanceof CSSMediaRule ? Array.from(rule.cssRules) : [rule]));
    return rules
      .filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule && /trygg-/.test(rule.selectorText))
      .filter((rule) => !rule.selectorText.split(',').every((selector) => selector.includes('::part(')))
      .filter((rule) => Array.from(rule.style).some((property) => !property.startsWith('--trygg-')))
      .map((rule) => rule.cssText);
  }, href);
}

// axe runs on each page as it opens and on every element in every state of both themes.
const themes = [
  { name: 'the dark theme', path: '/host-dark.html', stylesheet: 'theme-dark.css', viewport: narrow },
  { name: "Norrby's brand", path: '/host-brand.html', stylesheet: 'theme-norrby.css', viewport: desktop },
];

describe('demo/host-dark.html and demo/host-brand.html: themes set only through --trygg-* and ::part()', () => {
  let e2e: E2E;
  before(async () => {
    e2e = await startHostE2E();
  });
  after(() => e2e.close());

  for (const theme of themes) {
    test(`${theme.name} styles the elements only through --trygg-* custom properties and ::part()`, async () => {
      const { page } = await openHostPage(e2e, theme.path, theme.viewport);
      assert.deepEqual(await offLimitsRules(page, theme.stylesheet), []);
      await page.close();
    });

    test(`${theme.name} at ${theme.viewport.width} px, by keyboard, in every state: text ≥ 4.5:1, control edges ≥ 3:1, no axe violations`, async (t) => {
      const tracked = await openHostPage(e2e, theme.path, theme.viewport);
      const { page } = tracked;
      await checkEveryState(
        tracked,
        t,
        async (tag) => ({
          'low-contrast text': await lowContrastText(page, tag, 4.5),
          'faint controls': await faintControls(page, tag),
          overflow: await sidewaysScrolling(page),
          axe: await axeViolations(page, tag),
        }),
        { axeAsItOpens: true },
      );
      await page.close();
    });
  }
});
