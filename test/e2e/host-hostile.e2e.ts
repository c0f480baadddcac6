import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { E2E } from './harness.js';
import {
  axeViolations,
  elementTags,
  narrow,
  openHostPage,
  sidewaysScrolling,
  startHostE2E,
  type ElementTag,
} from './host-helpers.js';
import { checkEveryState } from './host-journeys.js';
import { lowContrastText, smallTargets } from './host-probes.js';

type Signature = { element: string; values: Record<string, string> };

/**
 * What a page may not change inside an element: the inherited text properties other than font and colour (lengths
 * relative to the font size, so a bigger font is not a change) and the box model.
 */
function textSignature(page: Page, tag: ElementTag): Promise<Signature[]> {
  return page.locator(tag).evaluate((host) => {
    const perFontSize = (length: string, fontSize: number) => (length === 'normal' ? 0 : parseFloat(length) / fontSize).toFixed(3);
    return window.tryggProbes.shadowElements(host).map((element) => {
      const style = getComputedStyle(element);
      const fontSize = parseFloat(style.fontSize);
      return {
        element: window.tryggProbes.describe(element),
        values: {
          'box-sizing': style.boxSizing,
          'line-height': style.lineHeight === 'normal' ? 'normal' : perFontSize(style.lineHeight, fontSize),
          'letter-spacing': perFontSize(style.letterSpacing, fontSize),
          'word-spacing': perFontSize(style.wordSpacing, fontSize),
          'text-indent': perFontSize(style.textIndent, fontSize),
          'text-transform': style.textTransform,
          'text-align': style.textAlign,
          'text-shadow': style.textShadow,
          'white-space': style.whiteSpace,
          'word-break': style.wordBreak,
          'overflow-wrap': style.overflowWrap,
          hyphens: style.hyphens,
          'list-style-type': style.listStyleType,
          'list-style-position': style.listStylePosition,
          visibility: style.visibility,
          cursor: style.cursor,
        },
      };
    });
  });
}

/** The site theme on and off, in the same state: every difference besides font and colour is a leak. */
async function leaks(page: Page, tag: ElementTag): Promise<string[]> {
  const themed = await textSignature(page, tag);
  const theme = page.locator('#site-theme');
  await theme.evaluate((link: HTMLLinkElement) => (link.disabled = true));
  const own = await textSignature(page, tag);
  await theme.evaluate((link: HTMLLinkElement) => (link.disabled = false));
  assert.equal(themed.length, own.length, 'the same elements with and without the theme');
  const found = new Map<string, { example: string }>();
  themed.forEach(({ element, values }, index) => {
    for (const [property, value] of Object.entries(values)) {
      const expected = own[index]!.values[property];
      if (value === expected) continue;
      const seen = found.get(property);
      found.set(property, { example: seen?.example ?? `${element}: ${value} instead of ${expected}` });
    }
  });
  return [...found].map(([property, { example }]) => `${property} changes, e.g. ${example}`);
}

describe('demo/host-hostile.html: a CMS theme that restyles everything', () => {
  let e2e: E2E;
  before(async () => {
    e2e = await startHostE2E();
  });
  after(() => e2e.close());

  test('the elements take the site font and colour, as a site would want', async () => {
    const { page } = await openHostPage(e2e, '/host-hostile.html', narrow);
    const site = await page.locator('main > p').first().evaluate((paragraph) => {
      const style = getComputedStyle(paragraph);
      return { font: style.fontFamily, color: style.color };
    });
    for (const tag of elementTags) {
      const inside = await page.locator(tag).evaluate((host) => {
        const text = window.tryggProbes.shadowElements(host).find((element) => element.localName === 'p')!;
        const style = getComputedStyle(text);
        return { font: style.fontFamily, color: style.color };
      });
      assert.deepEqual(inside, site, `${tag} inherits the font and colour of the page`);
    }
    await page.close();
  });

  // axe runs on the page as it opens and on each element in every state, with the site theme on (leaks() restores it).
  test('at 320 px, by keyboard, in every state: only font and colour leak in, text stays readable, targets stay 44 px, no axe violations', async (t) => {
    const tracked = await openHostPage(e2e, '/host-hostile.html', narrow);
    const { page } = tracked;
    await checkEveryState(
      tracked,
      t,
      async (tag) => ({
        'leaks from the theme': await leaks(page, tag),
        'low-contrast text': await lowContrastText(page, tag),
        'small targets': await smallTargets(page, tag),
        overflow: await sidewaysScrolling(page),
        axe: await axeViolations(page, tag),
      }),
      { axeAsItOpens: true },
    );
    await page.close();
  });
});
