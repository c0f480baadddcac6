import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { E2E } from './harness.js';
import {
  axeViolations,
  narrow,
  openHostPage,
  sidewaysScrolling,
  startHostE2E,
  type ElementTag,
} from './host-helpers.js';
import { checkEveryState } from './host-journeys.js';

interface Box {
  element: string;
  /** Distance from the host's left and right edges. */
  left: number;
  right: number;
  width: number;
  borderLeft: number;
  borderRight: number;
  paddingLeft: number;
  paddingRight: number;
  textAlign: string;
}

/**
 * The boxes that layout places (block boxes, and the items of flex, grid and table layouts) inside the element.
 * Inline boxes in running text are left out: Swedish words stay a left-to-right run inside a right-to-left line, as
 * they should, so they do not mirror.
 */
function layoutBoxes(page: Page, tag: ElementTag): Promise<Box[]> {
  return page.locator(tag).evaluate((host) => {
    const probes = window.tryggProbes;
    const frame = host.getBoundingClientRect();
    const laidOut = /^(block|flex|grid|list-item|table|table-row|table-cell|flow-root)$/;
    return probes.shadowElements(host).flatMap((element) => {
      const style = getComputedStyle(element);
      const parent = element.parentElement ? getComputedStyle(element.parentElement).display : 'block';
      const placedByLayout = laidOut.test(style.display) || /flex|grid|table/.test(parent);
      if (!placedByLayout || style.position === 'absolute' || style.position === 'fixed' || !probes.isShown(element)) return [];
      const box = element.getBoundingClientRect();
      return [
        {
          element: probes.describe(element),
          left: box.left - frame.left,
          right: frame.right - box.right,
          width: box.width,
          borderLeft: parseFloat(style.borderLeftWidth),
          borderRight: parseFloat(style.borderRightWidth),
          paddingLeft: parseFloat(style.paddingLeft),
          paddingRight: parseFloat(style.paddingRight),
          textAlign: style.textAlign,
        },
      ];
    });
  });
}

/** Lays the page out left to right and right to left in the same state, and lists every box that does not mirror. */
async function unmirrored(page: Page, tag: ElementTag): Promise<string[]> {
  const rtl = await layoutBoxes(page, tag);
  await page.evaluate(() => (document.documentElement.dir = 'ltr'));
  const ltr = await layoutBoxes(page, tag);
  await page.evaluate(() => (document.documentElement.dir = 'rtl'));
  if (rtl.length !== ltr.length) return [`${rtl.length} boxes right to left but ${ltr.length} left to right`];
  const problems: string[] = [];
  const near = (a: number, b: number) => Math.abs(a - b) <= 1.5;
  rtl.forEach((box, index) => {
    const mirror = ltr[index]!;
    const wrong = [
      !near(box.width, mirror.width) && `width ${box.width.toFixed(1)} vs ${mirror.width.toFixed(1)}`,
      !near(box.left, mirror.right) && `${box.left.toFixed(1)} px from the left right to left, but ${mirror.right.toFixed(1)} px from the right left to right`,
      !near(box.borderLeft, mirror.borderRight) && `left border ${box.borderLeft} vs right border ${mirror.borderRight}`,
      !near(box.paddingLeft, mirror.paddingRight) && `left padding ${box.paddingLeft} vs right padding ${mirror.paddingRight}`,
      /^(left|right)$/.test(box.textAlign) && `text-align: ${box.textAlign} (use start or end)`,
    ].filter(Boolean);
    if (wrong.length > 0) problems.push(`${box.element}: ${wrong.join('; ')}`);
  });
  return problems;
}

/** Declarations in the element's own stylesheets that name a physical side, so they cannot follow the direction. */
function physicalDeclarations(page: Page, tag: ElementTag): Promise<string[]> {
  return page.locator(tag).evaluate((host) => {
    const root = host.shadowRoot!;
    const sheets = [...root.adoptedStyleSheets, ...Array.from(root.querySelectorAll('style'), (style) => style.sheet!)];
    const rules = (list: CSSRuleList): CSSStyleRule[] =>
      Array.from(list).flatMap((rule) => (rule instanceof CSSStyleRule ? [rule] : 'cssRules' in rule ? rules((rule as CSSGroupingRule).cssRules) : []));
    const physical = [
      /(^|[\s;])(margin|padding|border)-(left|right)(-width|-color|-style)?\s*:/,
      /(^|[\s;])(left|right)\s*:/,
      /(^|[\s;])(float|clear|text-align)\s*:\s*(left|right)\b/,
      /(^|[\s;])border-(top|bottom)-(left|right)-radius\s*:/,
    ];
    const asymmetric = /(^|[\s;])(margin|padding|inset|border-width|border-style|border-color)\s*:\s*([^;\s]+)\s+([^;\s]+)\s+([^;\s]+)\s+([^;\s]+)\s*(;|$)/;
    const found = new Set<string>();
    for (const rule of sheets.flatMap((sheet) => rules(sheet.cssRules))) {
      const text = rule.style.cssText;
      const quarter = asymmetric.exec(text);
      if (physical.some((pattern) => pattern.test(text)) || (quarter && quarter[4] !== quarter[6])) found.add(`${rule.selectorText} { ${text} }`);
    }
    return [...found];
  });
}

/**
 * Text whose characters are drawn out of their logical order: Swedish text laid out as right-to-left paragraphs puts
 * numbers and punctuation at the wrong end ("0000-12 34 56" drawn as "56 34 0000-12"). Within each line, every next
 * character of a text must be drawn to the right of the one before.
 */
async function reorderedText(page: Page, tag: ElementTag): Promise<string[]> {
  const reordered = await page.locator(tag).evaluate((host) => {
    const probes = window.tryggProbes;
    const problems: string[] = [];
    const range = document.createRange();
    for (const element of probes.shadowElements(host)) {
      if (!probes.isShown(element)) continue;
      for (const node of Array.from(element.childNodes)) {
        const text = node.textContent ?? '';
        if (node.nodeType !== Node.TEXT_NODE || !text.trim()) continue;
        let previous: DOMRect | null = null;
        for (let index = 0; index < text.length; index++) {
          if (!text[index]!.trim()) continue;
          range.setStart(node, index);
          range.setEnd(node, index + 1);
          const box = range.getBoundingClientRect();
          const sameLine = previous && Math.abs(box.top - previous.top) < box.height / 2;
          if (sameLine && box.left < previous!.left - 0.5) {
            problems.push(text.trim());
            break;
          }
          previous = box;
        }
      }
    }
    return problems;
  });
  if (reordered.length === 0) return [];
  const examples = reordered.slice(0, 2).map((text) => `"${text.slice(0, 40)}"`);
  return [`Swedish text runs right to left, so numbers and punctuation move to the wrong end (e.g. ${examples.join(', ')})`];
}

/** The language a screen reader uses for the element's text: the nearest lang, looking out of the shadow root. */
function languageOfText(page: Page, tag: ElementTag): Promise<string | null> {
  return page.locator(tag).evaluate((host) => {
    const probes = window.tryggProbes;
    const text = probes.shadowElements(host).find((element) => probes.isShown(element) && element.textContent!.trim());
    for (let node: Element | null = text ?? host; node; node = probes.parentAcrossShadow(node)) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    return null;
  });
}

describe('demo/host-rtl.html: an Arabic, right-to-left page while the texts fall back to Swedish', () => {
  let e2e: E2E;
  before(async () => {
    e2e = await startHostE2E();
  });
  after(() => e2e.close());

  test('the elements show Swedish (not yet translated), with Swedish dates, and leave <html lang dir> alone', async () => {
    const { page } = await openHostPage(e2e, '/host-rtl.html', narrow);
    await page.locator('trygg-page-feedback').getByRole('button', { name: 'Ja', exact: true }).waitFor();
    await page.locator('trygg-walk-calendar').getByText(/\d+ (februari|mars|april|maj|oktober) 20\d\d kl\./).first().waitFor();
    assert.deepEqual(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), ['ar', 'rtl']);
    await page.close();
  });

  test('at 320 px, by keyboard, in every state: the layout mirrors; the Swedish text reads in order and is marked as Swedish; no axe violations', async (t) => {
    const tracked = await openHostPage(e2e, '/host-rtl.html', narrow);
    const { page } = tracked;
    await checkEveryState(
      tracked,
      t,
      async (tag) => {
        const language = await languageOfText(page, tag);
        return {
          'not mirrored': await unmirrored(page, tag),
          'language of parts (WCAG 3.1.2)': language === 'sv' ? [] : [`Swedish text is announced as "${language}": mark it lang="sv"`],
          'text out of order': await reorderedText(page, tag),
          // Its own stylesheets, also those of the parts loaded on demand in this state.
          'physical CSS': await physicalDeclarations(page, tag),
          overflow: await sidewaysScrolling(page),
          // Right to left again: unmirrored() lays the page out both ways and restores dir="rtl".
          axe: await axeViolations(page, tag),
        };
      },
      { axeAsItOpens: true },
    );
    await page.close();
  });
});
