import { fixture, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import type { TemplateResult } from 'lit';
import type { Walk, WalkList } from '../../src/core/api-types.js';
import type { TryggWalkCalendar } from '../../src/walk-calendar/walk-calendar.js';
import '../../src/define/trygg-walk-calendar.js';
import { jsonResponse, stubFetch } from '../helpers/http.js';

/** "Now" in these tests: a winter day, so February's walk is the next one and the 2026 walk is past. */
export const now = '2027-01-10T12:00:00Z';
export const apiBase = 'https://kommun.example/api/v1/';

/** Date.now() and new Date() at `now`; timers stay real. Undone by sinon.restore(). */
export function freezeDate(at = now): sinon.SinonFakeTimers {
  return sinon.useFakeTimers({ now: Date.parse(at), toFake: ['Date'] });
}

let nextId = 1;

/** A planned walk after dark in Bäckby, open for sign-up; override what a test is about. */
export function walk(overrides: Partial<Walk> = {}): Walk {
  return {
    id: String(nextId++),
    title: 'Kvällsvandring i Bäckby',
    description: 'Vi går samma väg som många går hem från bussen.',
    area: 'Bäckby',
    startsAt: '2027-02-16T17:00:00Z',
    endsAt: '2027-02-16T18:30:00Z',
    meetingPoint: { name: 'Bäckby skola, huvudentrén', location: { lat: 59.3188, lng: 14.5412 } },
    route: [],
    lighting: 'dark',
    capacity: 30,
    registeredCount: 4,
    placesLeft: 26,
    waitlistCount: 0,
    status: 'planned',
    organizer: { name: 'Maria Lind', email: 'trygghet@kommun.example', phone: '0000-12 34 56' },
    accessibilityNotes: 'En kort backe vid gångbron.',
    allowAnonymous: true,
    measureCount: 0,
    sequence: 1,
    updatedAt: '2026-11-10T09:00:00Z',
    ...overrides,
  };
}

export function walkList(items: Walk[]): WalkList {
  return { items, areas: [...new Set(items.map((item) => item.area))].sort() };
}

/** Serves `items` at GET /walks (as the server would: filtered by area and `from`); other requests go to `other`. */
export function serveWalks(items: Walk[], other?: (url: URL, init: RequestInit) => Response | Promise<Response>) {
  return stubFetch((url, init) => {
    if (url.pathname.endsWith('/walks') && (init.method ?? 'GET') === 'GET') {
      const area = url.searchParams.get('area');
      const from = url.searchParams.get('from');
      const list = walkList(items.filter((item) => !from || item.startsAt.slice(0, 10) >= from));
      return jsonResponse({ ...list, items: list.items.filter((item) => !area || item.area === area) });
    }
    if (other) return other(url, init);
    throw new TypeError('Failed to fetch');
  });
}

export const shadow = (element: TryggWalkCalendar) => element.shadowRoot!;
export const text = (node: Element | ShadowRoot | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const articles = (element: TryggWalkCalendar) => [...shadow(element).querySelectorAll('article')];
export const titles = (element: TryggWalkCalendar) => articles(element).map((article) => text(article.querySelector('h1, h2, h3, h4, h5, h6')));

/** Renders the calendar and waits until the walks (or a message instead of them) are shown. */
export async function renderCalendar(template: TemplateResult): Promise<TryggWalkCalendar> {
  const element = await fixture<TryggWalkCalendar>(template);
  await waitUntil(() => !shadow(element).querySelector('.loading'), 'the walks load', { timeout: 5000 });
  await element.updateComplete;
  return element;
}

/** A walk's facts as the resident reads them: term → description. */
export function facts(article: Element): Record<string, string> {
  return Object.fromEntries([...article.querySelectorAll('dl > div')].map((row) => [text(row.querySelector('dt')), text(row.querySelector('dd'))]));
}
