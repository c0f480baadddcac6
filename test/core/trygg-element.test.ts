import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { TestElement } from '../helpers/test-element.js';
import { clearPageCache } from '../../src/core/cached-get.js';
import { RestApi } from '../../src/core/rest-api.js';
import type { TryggApi } from '../../src/core/api.js';
import type { TryggErrorDetail } from '../../src/core/events.js';
import { htmlResponse, jsonResponse, problemResponse, stubFetch } from '../helpers/http.js';

const shadowText = (element: Element) => element.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function settled(element: TestElement) {
  await element.updateComplete;
  await element.categories.settled;
  await element.updateComplete;
}

describe('TryggElement', () => {
  let clock: sinon.SinonFakeTimers | undefined;

  beforeEach(() => clearPageCache());
  afterEach(() => {
    clock?.restore();
    clock = undefined;
    sinon.restore();
    document.head.querySelectorAll('meta[name="trygg:api-base"]').forEach((meta) => meta.remove());
  });

  describe('without an API', () => {
    it('shows a localized "not configured" state, warns once and tells the page', async () => {
      const warn = sinon.stub(console, 'warn');
      const errors: TryggErrorDetail[] = [];
      const listener = (event: Event) => errors.push((event as CustomEvent<TryggErrorDetail>).detail);
      document.addEventListener('trygg-error', listener);
      const element = await fixture<TestElement>(html`<trygg-test-element></trygg-test-element>`);
      element.requestUpdate();
      await element.updateComplete;
      document.removeEventListener('trygg-error', listener);

      expect(shadowText(element)).to.contain('inte färdig att använda');
      expect(element.shadowRoot!.querySelector('[role="status"]')).to.exist;
      expect(warn.callCount).to.equal(1);
      expect(String(warn.firstCall.args[0])).to.contain('api-base');
      expect(errors).to.deep.equal([{ status: null, kind: 'not-configured', message: errors[0]!.message }]);
      warn.restore();
      await expect(element).to.be.accessible();
    });

    it('treats an address that is not a web address as not configured', async () => {
      const warn = sinon.stub(console, 'warn');
      const fetch = stubFetch(() => jsonResponse({ items: [] }));
      const element = await fixture<TestElement>(html`<trygg-test-element api-base="javascript:alert(1)"></trygg-test-element>`);
      expect(shadowText(element)).to.contain('inte färdig att använda');
      expect(String(warn.firstCall.args[0])).to.contain('javascript:alert(1)');
      expect(fetch.called).to.equal(false);
    });

    it('speaks English on an English page', async () => {
      sinon.stub(console, 'warn');
      const page = await fixture<HTMLElement>(html`<div lang="en"><trygg-test-element></trygg-test-element></div>`);
      const element = page.querySelector<TestElement>('trygg-test-element')!;
      await waitUntil(() => shadowText(element).includes('not ready'), 'English texts load');
    });

    it('shows the texts another element on the page switched to (one language of texts per page)', async () => {
      sinon.stub(console, 'warn');
      const page = await fixture<HTMLElement>(html`<div><trygg-test-element></trygg-test-element><p lang="en"></p></div>`);
      const first = page.querySelector<TestElement>('trygg-test-element')!;
      await waitUntil(() => shadowText(first).includes('inte färdig att använda'), 'Swedish texts');
      page.querySelector('p')!.append(document.createElement('trygg-test-element'));
      await waitUntil(() => shadowText(first).includes('not ready'), 'the first element renders the English texts too');
    });
  });

  it('finds its API in <meta name="trygg:api-base"> when it has no attribute', async () => {
    const meta = Object.assign(document.createElement('meta'), { name: 'trygg:api-base', content: 'https://meta.example/api/v1' });
    document.head.append(meta);
    const fetch = stubFetch(() => jsonResponse({ items: [{}, {}] }));
    const element = await fixture<TestElement>(html`<trygg-test-element></trygg-test-element>`);
    await settled(element);
    expect(String(fetch.firstCall.args[0])).to.equal('https://meta.example/api/v1/categories');
    expect(element.shadowRoot!.querySelector('.count')?.textContent).to.equal('2');
  });

  it('prefers its own api-base over the meta tag, and fires trygg-load', async () => {
    document.head.append(Object.assign(document.createElement('meta'), { name: 'trygg:api-base', content: 'https://meta.example/' }));
    const fetch = stubFetch(() => jsonResponse({ items: [{}] }));
    const element = document.createElement('trygg-test-element') as TestElement;
    element.setAttribute('api-base', 'https://own.example/v1/');
    const loaded = oneEvent(element, 'trygg-load');
    document.body.append(element);
    expect((await loaded).detail).to.deep.equal({ count: 1 });
    expect(String(fetch.firstCall.args[0])).to.equal('https://own.example/v1/categories');
    element.remove();
  });

  it('uses an adapter set as its api property instead of the REST client', async () => {
    const fetch = stubFetch(() => jsonResponse({ items: [] }));
    const adapter = { listCategories: async () => ({ items: [{}, {}, {}] }) } as unknown as TryggApi;
    const element = await fixture<TestElement>(html`<trygg-test-element .api=${adapter}></trygg-test-element>`);
    await settled(element);
    expect(element.shadowRoot!.querySelector('.count')?.textContent).to.equal('3');
    expect(fetch.called).to.equal(false);
  });

  describe('when the API misbehaves', () => {
    const cases: [string, () => Response | Promise<Response>, number | null, string, string][] = [
      ['answers HTML', () => htmlResponse(200), 200, 'invalid-response', 'Något gick fel hos tjänsten'],
      ['answers 404', () => problemResponse(404), 404, 'http', 'hittade inte'],
      ['answers 500', () => problemResponse(500), 500, 'http', 'Något gick fel hos tjänsten'],
      [
        'answers invalid JSON',
        () => new Response('{"items":', { headers: { 'Content-Type': 'application/json' } }),
        200,
        'invalid-response',
        'Något gick fel hos tjänsten',
      ],
      ['does not answer at all', () => Promise.reject(new TypeError('Failed to fetch')), null, 'network', 'inget svar från tjänsten'],
    ];

    for (const [name, respond, status, kind, text] of cases) {
      it(`${name}: a localized message, a retry, and trygg-error with the status`, async () => {
        clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
        stubFetch(respond);
        const element = document.createElement('trygg-test-element') as TestElement;
        element.apiBase = 'https://broken.example/api/v1/';
        const failed = oneEvent(element, 'trygg-error');
        document.body.append(element);
        await clock.runAllAsync(); // the GET's own retries
        const detail = (await failed).detail as TryggErrorDetail;
        await settled(element);

        expect(detail.status).to.equal(status);
        expect(detail.kind).to.equal(kind);
        expect(shadowText(element)).to.contain(text);
        expect(detail.message).to.contain(text);
        expect(element.shadowRoot!.querySelector('[role="alert"] button')?.textContent?.trim()).to.equal('Försök igen');
        clock.restore();
        clock = undefined;
        await expect(element).to.be.accessible();
        element.remove();
      });
    }

    it('loads again, past the page cache, when the resident presses retry', async () => {
      let healthy = false;
      const fetch = stubFetch(() => (healthy ? jsonResponse({ items: [{}, {}] }) : problemResponse(404)));
      const element = await fixture<TestElement>(html`<trygg-test-element api-base="https://flaky.example/"></trygg-test-element>`);
      await settled(element);
      healthy = true;
      element.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
      await waitUntil(() => element.shadowRoot!.querySelector('.count'), 'data after retry');
      expect(element.shadowRoot!.querySelector('.count')?.textContent).to.equal('2');
      expect(fetch.callCount).to.equal(2);
    });

    it('leaves the page around it working', async () => {
      stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
      const page = await fixture<HTMLElement>(html`<main>
        <button id="host-button">Sidans knapp</button>
        <trygg-test-element .api=${new RestApi(new URL('https://down.example/'), { retries: 0 })}></trygg-test-element>
      </main>`);
      const element = page.querySelector<TestElement>('trygg-test-element')!;
      await settled(element);
      let clicked = false;
      page.querySelector('#host-button')!.addEventListener('click', () => (clicked = true));
      page.querySelector<HTMLButtonElement>('#host-button')!.click();
      expect(clicked).to.equal(true);
      expect(shadowText(element)).to.contain('inget svar från tjänsten');
    });
  });
});
