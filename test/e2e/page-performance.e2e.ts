/**
 * The whole demo page with all four elements against the real server, measured the way a resident meets it: how many
 * requests it makes, how far the page jumps while the elements load, and whether a second view within the freshness
 * window renders from the HTTP cache. Counts and shifts only; no timings (the machine is shared).
 *
 * With TRYGG_PAGE_RESULTS=<file> the measurements are also written there (`npm run bench` does it for
 * docs/performance.md); the assertions are the same either way.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { startE2E, type E2E } from './harness.js';

/** Total layout shift the issue allows (Google calls ≤ 0.1 good). */
const SHIFT_BUDGET = 0.02;
const WIDGETS = ['trygg-walk-calendar', 'trygg-measure-tracker', 'trygg-concern-form', 'trygg-page-feedback'];
/** The elements that load data; each of the four says `trygg-load` once it is ready (the feedback prompt loads nothing). */
const LOADING_WIDGETS = ['trygg-walk-calendar', 'trygg-measure-tracker', 'trygg-concern-form'];

interface Shift {
  value: number;
  hadRecentInput: boolean;
  startTime: number;
  sources: string[];
}

interface PageRecord {
  loads: string[];
  errors: string[];
  shifts: Shift[];
  sizes: { tag: string; height: number; time: number }[];
}

declare global {
  interface Window {
    __performanceRecord: PageRecord;
    /** Hands the observer's pending entries to the record now. */
    __flushLayoutShifts: () => void;
  }
}

/**
 * Runs before the page's own scripts: a layout-shift observer (buffered, so nothing before it is missed), the
 * `trygg-load`/`trygg-error` events, and each element's height whenever it changes — the evidence for a shift.
 */
function recordPage(widgetTags: string[]): void {
  const record: PageRecord = { loads: [], errors: [], shifts: [], sizes: [] };
  window.__performanceRecord = record;
  const name = (element: Element) => `${element.localName}${element.id ? `#${element.id}` : ''}`;
  /** "trygg-walk-calendar#walks ⊃ ul > li" for a node in a shadow root, "main > section" in the page. */
  const describeNode = (node: Node | null): string => {
    const element = node instanceof Element ? node : (node?.parentElement ?? null);
    if (!element) return node ? node.nodeName : '(removed node)';
    const root = element.getRootNode();
    const host = root instanceof ShadowRoot ? `${name(root.host)} ⊃ ` : '';
    return `${host}${element.parentElement ? `${name(element.parentElement)} > ` : ''}${name(element)}`;
  };
  const keep = (entries: PerformanceEntryList) => {
    for (const entry of entries as LayoutShift[]) {
      record.shifts.push({
        value: entry.value,
        hadRecentInput: entry.hadRecentInput,
        startTime: Math.round(entry.startTime),
        sources: entry.sources.map((source) => describeNode(source.node)),
      });
    }
  };
  const observer = new PerformanceObserver((list) => keep(list.getEntries()));
  observer.observe({ type: 'layout-shift', buffered: true });
  window.__flushLayoutShifts = () => keep(observer.takeRecords());

  document.addEventListener('trygg-load', (event) => record.loads.push((event.target as Element).localName), true);
  document.addEventListener('trygg-error', (event) => record.errors.push((event.target as Element).localName), true);
  const resize = new ResizeObserver((entries) => {
    for (const entry of entries) {
      record.sizes.push({ tag: entry.target.localName, height: Math.round(entry.contentRect.height), time: Math.round(performance.now()) });
    }
  });
  const watch = (node: Node) => {
    if (node instanceof Element && widgetTags.includes(node.localName)) resize.observe(node);
  };
  new MutationObserver((mutations) => mutations.forEach((mutation) => mutation.addedNodes.forEach(watch))).observe(document, {
    childList: true,
    subtree: true,
  });
}

/**
 * Installs recordPage in every document the page opens. tsx compiles this file with esbuild's keepNames, which wraps
 * the inner functions in `__name(…)`: the page gets a do-nothing `__name` first.
 */
async function installRecorder(page: Page): Promise<void> {
  await page.addInitScript('globalThis.__name ??= (target) => target;');
  await page.addInitScript(recordPage, WIDGETS);
}

/** The Layout Instability API's entry, which lib.dom does not type yet. */
interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
  sources: { node: Node | null }[];
}

/** Waits until every element has loaded its data (or the count expected) and the feedback prompt shows its question. */
async function waitForWidgets(page: Page, loads = WIDGETS.length): Promise<void> {
  await page.waitForFunction((count) => window.__performanceRecord.loads.length + window.__performanceRecord.errors.length >= count, loads);
  await page.locator('trygg-page-feedback').getByRole('button').first().waitFor();
  const { errors } = await page.evaluate(() => window.__performanceRecord);
  assert.deepEqual(errors, [], 'no element reported an error');
}

/** Every shift so far, after two more frames: the last render's shift is reported after the frame that drew it. */
async function layoutShifts(page: Page): Promise<{ total: number; shifts: Shift[]; sizes: PageRecord['sizes'] }> {
  return page.evaluate(async () => {
    for (let frame = 0; frame < 2; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
    window.__flushLayoutShifts();
    const record = window.__performanceRecord;
    const counted = record.shifts.filter((shift) => !shift.hadRecentInput);
    return { total: counted.reduce((sum, shift) => sum + shift.value, 0), shifts: counted, sizes: record.sizes };
  });
}

/** Every request the page makes from now on, in order. */
function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  return requests;
}

const pathOf = (request: Request) => {
  const url = new URL(request.url());
  return `${url.pathname}${url.search}`;
};
const describeRequests = (requests: Request[]) => requests.map((request) => `${request.method()} ${pathOf(request)}`);
const widgetScripts = (requests: Request[]) => requests.map(pathOf).filter((path) => path.startsWith('/dist/cdn/'));
/** A request of the widgets to the public API (the demo's editor panel asks the staff API; that is not a widget). */
function isWidgetApi(url: string): boolean {
  const { pathname } = new URL(url);
  return pathname.startsWith('/api/v1/') && !pathname.startsWith('/api/v1/staff/');
}

const widgetApiRequests = (requests: Request[]) => requests.filter((request) => isWidgetApi(request.url()));

/** The shifts and each element's heights over time: the evidence a failure message carries. */
function describeShifts(shifts: Shift[], sizes: PageRecord['sizes']): string {
  return [
    ...shifts.map((shift) => `shift ${shift.value.toFixed(4)} at ${shift.startTime} ms: ${shift.sources.join('; ')}`),
    ...sizes.map((size) => `${size.tag} ${size.height} px tall at ${size.time} ms`),
    '(an element is inline, so 0 px, until its script defines it)',
  ].join('\n  ');
}

/** Holds the requests for one path until release(); `asked` resolves when the first of them is made. */
function holdRequests(page: Page, pathname: string): { asked: Promise<void>; release: () => void } {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let markAsked!: () => void;
  const asked = new Promise<void>((resolve) => (markAsked = resolve));
  void page.route(
    (url) => url.pathname === pathname,
    async (route) => {
      markAsked();
      await released;
      await route.continue();
    },
  );
  return { asked, release };
}

function duplicates(values: string[]): string[] {
  return [...new Set(values.filter((value, index) => values.indexOf(value) !== index))];
}

describe('the demo page as a whole: requests, layout shift, repeat visits', () => {
  let e2e: E2E;
  const contexts: BrowserContext[] = [];
  before(async () => {
    e2e = await startE2E();
  });
  /** What each test measured, by test name, before it asserted anything. */
  const measured: Record<string, object> = {};
  after(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await e2e.close();
    if (process.env.TRYGG_PAGE_RESULTS) writeFileSync(process.env.TRYGG_PAGE_RESULTS, JSON.stringify(measured, null, 2));
  });

  /** A fresh context per test: its own HTTP cache, so no test sees another's cached answers. */
  async function freshPage(options: { viewport?: { width: number; height: number }; html?: (text: string) => string } = {}) {
    const context = await e2e.browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm', viewport: options.viewport ?? { width: 1280, height: 800 } });
    contexts.push(context);
    const page = await context.newPage();
    await installRecorder(page);
    if (options.html) {
      const rewrite = options.html;
      // Only the document is rewritten (as another page of the site would be); every other request goes through.
      await page.route(`${e2e.baseUrl}/`, async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: rewrite(await response.text()) });
      });
    }
    return page;
  }

  test('a Swedish page loads one script and one GET per resource; the feedback prompt sends only when pressed', async (t) => {
    const page = await freshPage();
    const requests = recordRequests(page);
    await page.goto(`${e2e.baseUrl}/`);
    await waitForWidgets(page);
    await page.waitForLoadState('networkidle');
    measured[t.name] = { scripts: widgetScripts(requests), apiRequests: describeRequests(widgetApiRequests(requests)) };

    assert.deepEqual(widgetScripts(requests), ['/dist/cdn/trygg-widgets.js'], 'one script and no language chunk in Swedish');
    const api = widgetApiRequests(requests);
    assert.deepEqual(duplicates(api.map(pathOf)), [], 'no resource is asked for twice');
    assert.ok(api.every((request) => request.method() === 'GET'), `only GETs before anyone acts: ${api.map((request) => `${request.method()} ${pathOf(request)}`)}`);
    const resources = new Set(api.map((request) => new URL(request.url()).pathname));
    for (const resource of ['/api/v1/walks', '/api/v1/measures', '/api/v1/categories']) assert.ok(resources.has(resource), `${resource} was asked for`);

    const feedbackRequests = () => requests.filter((request) => new URL(request.url()).pathname.startsWith('/api/v1/feedback'));
    assert.deepEqual(feedbackRequests(), [], 'the feedback prompt asks nothing of the server before an answer');
    const answered = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/v1/feedback');
    await page.locator('trygg-page-feedback').getByRole('button', { name: 'Ja' }).click();
    assert.equal((await answered).status(), 201);
    Object.assign(measured[t.name]!, { afterPressingJa: describeRequests(feedbackRequests()) });
    assert.deepEqual(feedbackRequests().map((request) => request.method()), ['POST'], 'pressing Ja sends one answer');
  });

  test('an English page loads the one English chunk besides the script', async (t) => {
    const page = await freshPage({ html: (text) => text.replace(/(<html\b[^>]*\blang=")sv"/, '$1en"') });
    const requests = recordRequests(page);
    await page.goto(`${e2e.baseUrl}/`);
    await waitForWidgets(page);
    await page.locator('trygg-page-feedback').getByRole('button', { name: 'Yes' }).waitFor();
    await page.waitForLoadState('networkidle');

    const scripts = widgetScripts(requests);
    measured[t.name] = { scripts, apiRequests: describeRequests(widgetApiRequests(requests)) };
    assert.equal(scripts[0], '/dist/cdn/trygg-widgets.js');
    assert.equal(scripts.length, 2, `the script and one language chunk: ${scripts.join(', ')}`);
    assert.match(scripts[1]!, /^\/dist\/cdn\/chunks\/trygg-widgets-en-[\w-]+\.js$/);
    assert.deepEqual(duplicates(widgetApiRequests(requests).map(pathOf)), [], 'no resource is asked for twice');
  });

  test('elements that need the same data share one GET (two calendars, two trackers on one page)', async (t) => {
    const more =
      '<trygg-walk-calendar id="next-walks" limit="3" heading-level="3"></trygg-walk-calendar>' +
      '<trygg-walk-calendar id="walk-month" view="month" heading-level="3"></trygg-walk-calendar>' +
      '<trygg-measure-tracker id="planned-measures" status="planned" heading-level="3"></trygg-measure-tracker>';
    const page = await freshPage({ html: (text) => text.replace('</main>', `${more}</main>`) });
    const requests = recordRequests(page);
    await page.goto(`${e2e.baseUrl}/`);
    await waitForWidgets(page, WIDGETS.length + 3);
    await page.waitForLoadState('networkidle');

    const { loads } = await page.evaluate(() => window.__performanceRecord);
    assert.deepEqual([...loads].sort(), [...WIDGETS, 'trygg-measure-tracker', 'trygg-walk-calendar', 'trygg-walk-calendar'].sort(), 'all seven ready');
    const api = widgetApiRequests(requests).map(pathOf);
    measured[t.name] = { elementsLoaded: loads.length, apiRequests: describeRequests(widgetApiRequests(requests)) };
    assert.deepEqual(duplicates(api), [], 'no resource is asked for twice');
    assert.equal(api.filter((path) => path.startsWith('/api/v1/walks')).length, 1, `one GET for three calendars: ${api.join(', ')}`);
    assert.equal(api.filter((path) => path.startsWith('/api/v1/measures')).length, 1, `one GET for two trackers: ${api.join(', ')}`);
  });

  // The most common desktop screen and a common phone; a smaller window shows less of the page, and so fewer shifts.
  const devices = [
    ['a desktop', { width: 1920, height: 1080 }],
    ['a phone', { width: 390, height: 844 }],
  ] as const;

  for (const [device, viewport] of devices) {
    test(`the first screen shifts by at most ${SHIFT_BUDGET} in total while the elements load, on ${device} (${viewport.width}×${viewport.height})`, async (t) => {
      const page = await freshPage({ viewport });
      // As on a slow connection, the page shows its text (and the elements' fallback content) before the script runs.
      const script = holdRequests(page, '/dist/cdn/trygg-widgets.js');
      await page.goto(`${e2e.baseUrl}/`, { waitUntil: 'commit' });
      await script.asked;
      await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
      script.release();
      await waitForWidgets(page);
      const { total, shifts, sizes } = await layoutShifts(page);
      measured[t.name] = { viewport, layoutShift: total, shifts, sizes };
      assert.ok(total <= SHIFT_BUDGET, `layout shift ${total.toFixed(4)} > ${SHIFT_BUDGET}:\n  ${describeShifts(shifts, sizes)}`);
    });
  }

  // A resident on a slow connection scrolls to a section before its data has arrived: the element must have reserved
  // about the room it will take, or what follows it jumps. Only that element's answer is held, until it is in view
  // and the other elements have loaded, so that nothing else moves meanwhile.
  const resourceOf: Record<string, string> = {
    'trygg-walk-calendar': '/api/v1/walks',
    'trygg-measure-tracker': '/api/v1/measures',
    'trygg-concern-form': '/api/v1/categories',
  };
  for (const [device, viewport] of devices) {
    for (const tag of LOADING_WIDGETS) {
      test(`<${tag}> in view while its data arrives shifts the page by at most ${SHIFT_BUDGET}, on ${device}`, async (t) => {
        const page = await freshPage({ viewport });
        const held = holdRequests(page, resourceOf[tag]!);
        await page.goto(`${e2e.baseUrl}/`);
        await held.asked;
        await page.waitForFunction((count) => window.__performanceRecord.loads.length >= count, WIDGETS.length - 1);
        await page.evaluate(async (name) => {
          document.querySelector(name)!.scrollIntoView({ block: 'start' });
          for (let frame = 0; frame < 2; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
        }, tag);
        const before = (await layoutShifts(page)).shifts.length;
        held.release();
        await waitForWidgets(page);
        const { shifts, sizes } = await layoutShifts(page);
        const after = shifts.slice(before);
        const total = after.reduce((sum, shift) => sum + shift.value, 0);
        measured[t.name] = { viewport, layoutShift: total, shifts: after, sizes };
        assert.ok(total <= SHIFT_BUDGET, `layout shift ${total.toFixed(4)} > ${SHIFT_BUDGET}:\n  ${describeShifts(after, sizes)}`);
      });
    }
  }

  test('a second view within the freshness window renders from the HTTP cache, without waiting on the API', async (t) => {
    /**
     * What answered each request of a page: the HTTP cache, or the server — and then with which status on the wire
     * (a revalidated answer is 304 there, though the page sees the cached 200).
     */
    async function watchResponses(page: Page) {
      const answers = new Map<string, { url: string; status: number; fromCache: boolean; wireStatus?: number }>();
      const answer = (requestId: string) => answers.get(requestId) ?? answers.set(requestId, { url: '', status: 0, fromCache: false }).get(requestId)!;
      const cdp = await page.context().newCDPSession(page);
      cdp.on('Network.responseReceived', ({ requestId, response }) =>
        Object.assign(answer(requestId), { url: response.url, status: response.status, fromCache: response.fromDiskCache === true || response.fromPrefetchCache === true }),
      );
      cdp.on('Network.responseReceivedExtraInfo', ({ requestId, statusCode }) => (answer(requestId).wireStatus = statusCode));
      cdp.on('Network.requestServedFromCache', ({ requestId }) => (answer(requestId).fromCache = true));
      await cdp.send('Network.enable');
      return answers;
    }

    const first = await freshPage();
    const firstAnswers = await watchResponses(first);
    await first.goto(`${e2e.baseUrl}/`);
    await waitForWidgets(first);
    const firstView = [...firstAnswers.values()].filter((answer) => answer.url && isWidgetApi(answer.url));
    assert.ok(firstView.length >= 3 && firstView.every((answer) => !answer.fromCache && answer.status === 200), 'the first view asks the server');
    const firstAnswered = Date.now();

    // The resident opens the page again (a new tab of the same browser, so a navigation and not a reload).
    const second = await first.context().newPage();
    await installRecorder(second);
    const secondAnswers = await watchResponses(second);
    await second.goto(`${e2e.baseUrl}/`);
    await waitForWidgets(second);
    // max-age=60: a machine so loaded that the second view starts a minute later would test something else.
    assert.ok(Date.now() - firstAnswered < 60_000, 'the second view came within the 60 s freshness window');

    const secondView = [...secondAnswers.values()].filter((answer) => answer.url);
    const apiAnswers = secondView.filter((answer) => isWidgetApi(answer.url));
    assert.deepEqual(
      apiAnswers.filter((answer) => !answer.fromCache).map((answer) => `${answer.status} ${answer.url}`),
      [],
      'every API answer of the second view came from the HTTP cache',
    );
    assert.ok(apiAnswers.length >= 3, `the elements read walks, measures and categories again: ${apiAnswers.map((answer) => answer.url)}`);
    const script = secondView.find((answer) => new URL(answer.url).pathname === '/dist/cdn/trygg-widgets.js');
    measured[t.name] = { secondViewAfterMs: Date.now() - firstAnswered, apiAnswers, script };
    // The demo server sends its files with no-cache: the script is revalidated (one 304, no body), not downloaded.
    assert.ok(script && (script.fromCache || script.wireStatus === 304), `the script is not downloaded again: ${JSON.stringify(script)}`);
    assert.ok(apiAnswers.every((answer) => answer.wireStatus === undefined), 'no API request went over the wire');
  });
});
