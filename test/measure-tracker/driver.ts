import { fixture, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import type { TemplateResult } from 'lit';
import '../../src/define/trygg-measure-tracker.js';
import type { TryggMeasureTracker } from '../../src/measure-tracker/measure-tracker.js';
import type { Measure } from '../../src/core/api-types.js';
import { clearPageCache } from '../../src/core/cached-get.js';
import { jsonResponse, stubFetch } from '../helpers/http.js';
import { measureList, today } from './fixtures.js';

export const apiBase = 'https://kommun.example/api/v1/';

/** Answers `GET /measures` with `items` (or what `respond` says) and records every requested URL. */
export function serveMeasures(items: Measure[] | (() => Response | Promise<Response>)) {
  const requests: URL[] = [];
  stubFetch((url) => {
    requests.push(url);
    return typeof items === 'function' ? items() : jsonResponse(measureList(items));
  });
  return requests;
}

export const shadow = (tracker: TryggMeasureTracker): ShadowRoot => tracker.shadowRoot!;
export const text = (node: Element | ShadowRoot | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const part = <T extends Element = HTMLElement>(tracker: TryggMeasureTracker, name: string): T | null =>
  shadow(tracker).querySelector<T>(`[part~="${name}"]`);
export const articles = (tracker: TryggMeasureTracker): HTMLElement[] => [...shadow(tracker).querySelectorAll<HTMLElement>('article')];
export const titles = (tracker: TryggMeasureTracker): string[] => articles(tracker).map((article) => text(article.querySelector('[part~="measure-title"]')));
export const article = (tracker: TryggMeasureTracker, title: string): HTMLElement => {
  const found = articles(tracker).find((candidate) => text(candidate.querySelector('[part~="measure-title"]')) === title);
  if (!found) throw new Error(`no measure titled ${title}`);
  return found;
};
/** The facts of a measure as [term, details] pairs (the colon between them is drawn by CSS). */
export const facts = (measure: Element): [string, string][] =>
  [...measure.querySelectorAll('dl > div')].map((row) => [text(row.querySelector('dt')), text(row.querySelector('dd'))]);
export const count = (tracker: TryggMeasureTracker): string => text(part(tracker, 'count'));
export const focused = (tracker: TryggMeasureTracker): Element | null => shadow(tracker).activeElement;

/** Waits until the measures have loaded, failed, or turned out to be none. */
export async function settled(tracker: TryggMeasureTracker): Promise<TryggMeasureTracker> {
  await waitUntil(() => shadow(tracker)?.querySelector('[part~="count"], [part~="empty"], [part~="error"], [part~="not-configured"]'), 'the tracker settles');
  await tracker.updateComplete;
  return tracker;
}

export async function mount(template: TemplateResult): Promise<TryggMeasureTracker> {
  return settled(await fixture<TryggMeasureTracker>(template));
}

/** Types into the search field as a browser reports it: the value, then an `input` event. */
export async function search(tracker: TryggMeasureTracker, value: string): Promise<void> {
  const field = shadow(tracker).querySelector<HTMLInputElement>('#q')!;
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await tracker.updateComplete;
}

export async function choose(tracker: TryggMeasureTracker, selectId: string, value: string): Promise<void> {
  const select = shadow(tracker).querySelector<HTMLSelectElement>(`#${selectId}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await tracker.updateComplete;
}

export function statusBox(tracker: TryggMeasureTracker, label: string): HTMLInputElement {
  const box = [...shadow(tracker).querySelectorAll('fieldset label')].find((candidate) => text(candidate) === label)?.querySelector('input');
  if (!box) throw new Error(`no status checkbox ${label}`);
  return box;
}

/** The page's address without a fragment, as every test starts. */
export function clearFragment(): void {
  history.replaceState(null, '', `${location.pathname}${location.search}`);
}

/**
 * Each test of the suite starts on 25 November 2026 (the tracker reads today from the clock) with an empty page
 * cache and no fragment, and leaves no stubs, clock or fragment behind.
 */
export function freshPagePerTest(): void {
  beforeEach(() => {
    sinon.useFakeTimers({ now: Date.parse(`${today}T10:00:00Z`), toFake: ['Date'] });
    clearPageCache();
    clearFragment();
  });
  afterEach(() => {
    sinon.restore();
    clearFragment();
  });
}
