import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/define/trygg-page-feedback.js';
import type { TryggPageFeedback } from '../../src/page-feedback/page-feedback.js';
import { clearPageCache } from '../../src/core/cached-get.js';
import { jsonResponse, problemResponse, silentFetch, stubFetch } from '../helpers/http.js';

interface SentRequest {
  method: string;
  url: URL;
  body: Record<string, unknown>;
  idempotencyKey: string | null;
}

let apiNumber = 0;
let pageNumber = 0;

/** A fresh API and page per test, so remembered answers and queued submissions never leak between tests. */
function newPrompt(attributes: { lang?: string } = {}) {
  const apiBase = `https://api-${++apiNumber}.example/api/v1/`;
  const pageId = `https://www.kommun.example/sida-${++pageNumber}`;
  return {
    apiBase,
    pageId,
    mount: () =>
      fixture<TryggPageFeedback>(
        html`<trygg-page-feedback api-base=${apiBase} page-id=${pageId} lang=${attributes.lang ?? 'sv'}></trygg-page-feedback>`,
      ),
  };
}

function recordRequests(respond: (request: SentRequest) => Response | Promise<Response> = () => jsonResponse({ id: 'x', receivedAt: '2026-11-25T10:00:00Z' }, { status: 201 })) {
  const requests: SentRequest[] = [];
  stubFetch(async (url, init) => {
    const request = {
      method: init.method ?? 'GET',
      url,
      body: JSON.parse(String(init.body ?? '{}')),
      idempotencyKey: new Headers(init.headers).get('Idempotency-Key'),
    };
    requests.push(request);
    return respond(request);
  });
  return requests;
}

const root = (element: TryggPageFeedback) => element.shadowRoot!;
const text = (element: TryggPageFeedback) => root(element).textContent!.replace(/\s+/g, ' ').trim();
const button = (element: TryggPageFeedback, part: string) => root(element).querySelector<HTMLButtonElement>(`[part~="${part}"]`)!;
const status = (element: TryggPageFeedback) => root(element).querySelector('[role="status"]')!.textContent!.trim();
const comment = (element: TryggPageFeedback) => root(element).querySelector<HTMLTextAreaElement>('textarea')!;
const activeId = (element: TryggPageFeedback) => root(element).activeElement?.id || root(element).activeElement?.getAttribute('part');

async function type(element: TryggPageFeedback, value: string) {
  const field = comment(element);
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await element.updateComplete;
}

async function until(element: TryggPageFeedback, condition: () => boolean, message: string) {
  await waitUntil(condition, message);
  await element.updateComplete;
}

describe('<trygg-page-feedback>', () => {
  beforeEach(() => clearPageCache());
  afterEach(() => {
    sinon.restore();
    Object.keys(localStorage).filter((key) => key.startsWith('trygg:')).forEach((key) => localStorage.removeItem(key));
    Object.keys(sessionStorage).filter((key) => key.startsWith('trygg:')).forEach((key) => sessionStorage.removeItem(key));
  });

  describe('the question', () => {
    it('asks with the question as the name of a group of two buttons', async () => {
      const element = await newPrompt().mount();
      const group = root(element).querySelector('[role="group"]')!;
      const labelledBy = root(element).getElementById(group.getAttribute('aria-labelledby')!)!;
      expect(labelledBy.textContent!.trim()).to.equal('Hjälpte informationen på denna sida dig?');
      expect(labelledBy.localName).to.equal('h2');
      expect([...group.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal(['Ja', 'Nej']);
      await expect(element).to.be.accessible();
    });

    it('speaks English on an English page', async () => {
      const element = await newPrompt({ lang: 'en' }).mount();
      await until(element, () => text(element).includes('Did the information on this page help you?'), 'English question');
      expect(button(element, 'yes-button').textContent!.trim()).to.equal('Yes');
      expect(button(element, 'no-button').textContent!.trim()).to.equal('No');
    });

    it('speaks English through the follow-up, the thanks and the queued message on an English page', async () => {
      let online = false;
      const requests = recordRequests(() =>
        online ? jsonResponse({ id: 'x', receivedAt: '2026-11-25T10:00:00Z' }, { status: 201 }) : Promise.reject(new TypeError('Failed to fetch')),
      );
      const { apiBase, pageId } = newPrompt();
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en"><trygg-page-feedback api-base=${apiBase} page-id=${pageId}></trygg-page-feedback></div>`,
      );
      const element = wrapper.querySelector('trygg-page-feedback')!;
      await until(element, () => text(element).includes('Did the information on this page help you?'), 'English question');
      button(element, 'no-button').click();
      await until(element, () => status(element).startsWith('Thank you! We will send'), 'queued message');
      expect(status(element)).to.equal('Thank you! We will send your answer when the connection is back.');
      expect(root(element).querySelector('label[for="comment"]')!.textContent!.trim()).to.equal('What was missing?');
      expect(root(element).querySelector('#comment-hint')!.textContent!.trim()).to.equal("Tell us what was missing or wrong. You don't have to answer.");
      expect(root(element).querySelector('#comment-warning')!.textContent!.trim()).to.equal(
        "Don't write personal details, such as names, personal identity numbers or phone numbers.",
      );
      expect(root(element).querySelector('#comment-count')!.textContent!.trim()).to.equal('You have 1200 characters left.');
      await type(element, 'x'.repeat(1201));
      expect(root(element).querySelector('#comment-count')!.textContent!.trim()).to.equal('You have 1 characters too many.');
      await type(element, '');
      expect(button(element, 'send-button').textContent!.trim()).to.equal('Send');
      expect(button(element, 'skip-button').textContent!.trim()).to.equal('Skip');
      await expect(element).to.be.accessible();

      online = true;
      window.dispatchEvent(new Event('online'));
      await until(element, () => status(element) === 'Thank you for your answer!', 'thanks');
      button(element, 'skip-button').click();
      await until(element, () => !!root(element).querySelector('[part~="change-button"]'), 'thanks with change');
      expect(status(element)).to.equal('Thank you for your answer!');
      expect(button(element, 'change-button').textContent!.trim()).to.equal('Change answer');
      expect(requests.filter((request) => request.method === 'POST')).to.have.length(2);
      await expect(element).to.be.accessible();
    });

    it('takes its question from a slot and its heading level from the page', async () => {
      const element = await fixture<TryggPageFeedback>(html`<trygg-page-feedback api-base="https://x.example/" heading-level="3">
        <span slot="question">Fick du svar på din fråga?</span>
      </trygg-page-feedback>`);
      const heading = root(element).querySelector('h3')!;
      const slot = heading.querySelector('slot')!;
      expect(slot.assignedNodes()[0]!.textContent).to.equal('Fick du svar på din fråga?');
      await expect(element).to.be.accessible();
    });

    it('fires trygg-load once, after its first render, with a count of 0 (it loads no data)', async () => {
      const requests = recordRequests();
      const loads: { detail: unknown; rendered: boolean; target: EventTarget | null }[] = [];
      const listener = (event: Event) =>
        loads.push({
          detail: (event as CustomEvent).detail,
          target: event.composedPath()[0] ?? null,
          rendered: !!(event.composedPath()[0] as TryggPageFeedback).shadowRoot!.querySelector('[part~="yes-button"]'),
        });
      document.addEventListener('trygg-load', listener);
      try {
        const element = await newPrompt().mount();
        expect(loads).to.deep.equal([{ detail: { count: 0 }, target: element, rendered: true }]);
        button(element, 'no-button').click();
        await until(element, () => requests.length === 1 && !!root(element).querySelector('textarea'), 'follow-up');
        button(element, 'skip-button').click();
        await until(element, () => !!root(element).querySelector('[part~="change-button"]'), 'thanks');
        expect(loads, 'still once after later renders').to.have.length(1);
      } finally {
        document.removeEventListener('trygg-load', listener);
      }
    });

    it('says it is not configured when it has no API', async () => {
      sinon.stub(console, 'warn');
      const loaded = sinon.spy();
      const element = await fixture<TryggPageFeedback>(html`<trygg-page-feedback @trygg-load=${loaded}></trygg-page-feedback>`);
      expect(text(element)).to.contain('inte färdig att använda');
      expect(loaded.called, 'not ready: no trygg-load').to.equal(false);
      expect(root(element).querySelector('button')).to.equal(null);
      await expect(element).to.be.accessible();
    });
  });

  describe('answering Ja', () => {
    it('sends the vote at once with only what the contract names, thanks the resident and moves focus there', async () => {
      const requests = recordRequests();
      const prompt = newPrompt();
      const pageTitle = document.title;
      document.title = 'Trygghetsvandringar – Ängsby kommun';
      const element = await prompt.mount();
      button(element, 'yes-button').click();
      await until(element, () => requests.length === 1 && status(element) !== '', 'vote sent');
      document.title = pageTitle;

      const [vote] = requests;
      expect(vote!.method).to.equal('POST');
      expect(vote!.url.href).to.equal(`${prompt.apiBase}feedback`);
      expect(vote!.idempotencyKey).to.match(/^[0-9a-f-]{36}$/);
      expect(Object.keys(vote!.body).sort()).to.deep.equal(['fillMs', 'helpful', 'id', 'language', 'pageId', 'pageTitle', 'website']);
      expect(vote!.body).to.include({ helpful: true, pageId: prompt.pageId, pageTitle: 'Trygghetsvandringar – Ängsby kommun', language: 'sv', website: '' });
      expect(vote!.body.fillMs).to.be.a('number');

      expect(status(element)).to.equal('Tack för ditt svar!');
      expect(activeId(element)).to.equal('status');
      expect(button(element, 'change-button').textContent!.trim()).to.equal('Ändra svar');
      await expect(element).to.be.accessible();
    });

    it("sends the page's last-modified date when the page declares one", async () => {
      const requests = recordRequests();
      const meta = Object.assign(document.createElement('meta'), { name: 'last-modified', content: '2026-11-20T09:15:00+01:00' });
      document.head.append(meta);
      try {
        const element = await newPrompt().mount();
        button(element, 'yes-button').click();
        await until(element, () => requests.length === 1, 'vote sent');
      } finally {
        meta.remove();
      }
      expect(requests[0]!.body.pageLastModified).to.equal('2026-11-20T08:15:00.000Z');
    });

    it('sends one vote however fast the button is pressed', async () => {
      const requests = recordRequests();
      const element = await newPrompt().mount();
      const yes = button(element, 'yes-button');
      for (let click = 0; click < 5; click++) yes.click();
      await until(element, () => status(element) === 'Tack för ditt svar!', 'thanks');
      expect(requests).to.have.length(1);
    });

    it('remembers the answer for the page, without cookies, and shows the thanks next time', async () => {
      recordRequests();
      const prompt = newPrompt();
      const first = await prompt.mount();
      button(first, 'yes-button').click();
      await until(first, () => status(first) !== '', 'thanks');
      first.remove();

      const again = await prompt.mount();
      expect(status(again)).to.equal('Tack för ditt svar!');
      expect(root(again).querySelector('[part~="yes-button"]')).to.equal(null);
      expect(document.cookie).not.to.contain('trygg');
    });

    it('lets the host veto the submission', async () => {
      const requests = recordRequests();
      const element = await newPrompt().mount();
      element.addEventListener('trygg-feedback-submit', (event) => event.preventDefault());
      button(element, 'yes-button').click();
      await element.updateComplete;
      expect(requests).to.have.length(0);
      expect(button(element, 'yes-button')).to.exist;
    });
  });

  describe('answering Nej', () => {
    it('sends the vote, opens the optional follow-up with focus in the text field, and tells the host the answer', async () => {
      const requests = recordRequests();
      const prompt = newPrompt();
      const element = await prompt.mount();
      const announced = oneEvent(element, 'trygg-feedback-submit');
      button(element, 'no-button').click();
      expect((await announced).detail.payload).to.deep.equal({ pageId: prompt.pageId, helpful: false });
      await until(element, () => activeId(element) === 'comment', 'focus in the follow-up');

      expect(requests.map((request) => request.body.helpful)).to.deep.equal([false]);
      const label = root(element).querySelector('label[for="comment"]')!;
      expect(label.textContent!.trim()).to.equal('Vad saknade du?');
      expect(text(element)).to.contain('Skriv inte personuppgifter');
      expect(comment(element).getAttribute('aria-describedby')).to.contain('comment-warning');
      expect(text(element)).to.contain('Du har 1200 tecken kvar.');
      await expect(element).to.be.accessible();
    });

    it('sends the comment as an update of the same answer and clears the draft', async () => {
      const requests = recordRequests();
      const element = await newPrompt().mount();
      button(element, 'no-button').click();
      await until(element, () => requests.length === 1, 'vote sent');
      await type(element, 'Öppettiderna för återvinningscentralen saknas.');
      expect(text(element)).to.contain('Du har 1154 tecken kvar.');
      const announced = oneEvent(element, 'trygg-feedback-submit');
      button(element, 'send-button').click();
      expect((await announced).detail.payload.comment).to.equal('Öppettiderna för återvinningscentralen saknas.');
      await until(element, () => requests.length === 2 && activeId(element) === 'status', 'comment sent');

      const [vote, update] = requests;
      expect(update!.method).to.equal('PATCH');
      expect(update!.url.pathname).to.equal(`/api/v1/feedback/${vote!.body.id}`);
      expect(update!.body).to.deep.equal({ comment: 'Öppettiderna för återvinningscentralen saknas.' });
      expect(status(element)).to.equal('Tack för ditt svar!');
      expect(Object.keys(sessionStorage).filter((key) => key.startsWith('trygg:draft'))).to.deep.equal([]);
      await expect(element).to.be.accessible();
    });

    it('lets the resident skip the follow-up, sending nothing more', async () => {
      const requests = recordRequests();
      const element = await newPrompt().mount();
      button(element, 'no-button').click();
      await until(element, () => requests.length === 1, 'vote sent');
      button(element, 'skip-button').click();
      await until(element, () => status(element) === 'Tack för ditt svar!' && !root(element).querySelector('textarea'), 'thanks');
      expect(requests).to.have.length(1);
    });

    it('keeps what was typed through a reload and reopens the follow-up', async () => {
      recordRequests();
      const prompt = newPrompt();
      const first = await prompt.mount();
      button(first, 'no-button').click();
      await until(first, () => !!root(first).querySelector('textarea'), 'follow-up');
      await type(first, 'Kartan över gångvägarna');
      first.remove();

      const again = await prompt.mount();
      expect(comment(again).value).to.equal('Kartan över gångvägarna');
    });

    it('refuses a comment over the limit without losing it or sending it', async () => {
      const requests = recordRequests();
      const element = await newPrompt().mount();
      button(element, 'no-button').click();
      await until(element, () => requests.length === 1, 'vote sent');
      const long = 'å'.repeat(1201);
      await type(element, long);
      expect(text(element)).to.contain('Du har 1 tecken för mycket.');
      button(element, 'send-button').click();
      await until(element, () => comment(element).getAttribute('aria-invalid') === 'true', 'error shown');
      expect(text(element)).to.contain('Texten är för lång');
      expect(comment(element).value).to.equal(long);
      expect(activeId(element)).to.equal('comment');
      expect(requests).to.have.length(1);
      await expect(element).to.be.accessible();
    });

    it("shows the server's refusal (4xx) at the field and keeps the text", async () => {
      const requests = recordRequests((request) =>
        request.method === 'PATCH'
          ? problemResponse(422, [{ field: '/comment', code: 'too_long', message: 'must NOT have more than 1200 characters' }])
          : jsonResponse({ id: 'x', receivedAt: '2026-11-25T10:00:00Z' }, { status: 201 }),
      );
      const element = await newPrompt().mount();
      const errors = [] as unknown[];
      element.addEventListener('trygg-error', (event) => errors.push(event.detail.status));
      button(element, 'no-button').click();
      await until(element, () => requests.length === 1, 'vote sent');
      await type(element, 'Text som servern inte tar emot');
      button(element, 'send-button').click();
      await until(element, () => comment(element).getAttribute('aria-invalid') === 'true', 'server error shown');
      expect(root(element).querySelector('#comment-error')!.textContent).to.contain('Texten är för lång');
      expect(comment(element).value).to.equal('Text som servern inte tar emot');
      expect(errors).to.deep.equal([422]);
    });
  });

  describe('changing the answer', () => {
    it('asks again and updates the same answer instead of adding one', async () => {
      const requests = recordRequests();
      const element = await newPrompt().mount();
      button(element, 'yes-button').click();
      await until(element, () => status(element) !== '', 'thanks');
      button(element, 'change-button').click();
      await until(element, () => activeId(element)?.includes('yes-button') === true, 'focus on the question');
      button(element, 'no-button').click();
      await until(element, () => requests.length === 2, 'update sent');
      expect(requests[1]!.method).to.equal('PATCH');
      expect(requests[1]!.url.pathname).to.equal(`/api/v1/feedback/${requests[0]!.body.id}`);
      expect(requests[1]!.body).to.deep.equal({ helpful: false });
    });
  });

  describe('on a bad connection', () => {
    it('shows a sending state while the server thinks', async () => {
      stubFetch(silentFetch);
      const element = await newPrompt().mount();
      button(element, 'yes-button').click();
      await element.updateComplete;
      expect(status(element)).to.equal('Tack för ditt svar!');
      await expect(element).to.be.accessible();
    });

    it('queues the vote offline and sends it exactly once when the connection is back, with the same key', async () => {
      let online = false;
      const requests = recordRequests(() => (online ? jsonResponse({ id: 'x', receivedAt: 'x' }, { status: 201 }) : Promise.reject(new TypeError('Failed to fetch'))));
      const element = await newPrompt().mount();
      const failed = oneEvent(element, 'trygg-error');
      button(element, 'yes-button').click();
      expect((await failed).detail.kind).to.equal('network');
      await until(element, () => status(element).startsWith('Tack! Vi skickar'), 'queued message');
      expect(status(element)).to.equal('Tack! Vi skickar ditt svar när anslutningen är tillbaka.');
      await expect(element).to.be.accessible();

      online = true;
      window.dispatchEvent(new Event('online'));
      window.dispatchEvent(new Event('online'));
      await until(element, () => status(element) === 'Tack för ditt svar!', 'sent');
      expect(requests).to.have.length(2);
      expect(requests[1]!.idempotencyKey).to.equal(requests[0]!.idempotencyKey);
      expect(requests[1]!.body).to.deep.equal(requests[0]!.body);
    });

    it('queues the vote and the comment offline and sends them later in order, exactly once each, with the same keys', async () => {
      let online = false;
      // A small server: it knows an answer only once the POST has been answered, as the reference server does.
      const created = new Set<string>();
      const answered: string[] = [];
      const requests = recordRequests(async (request) => {
        if (!online) throw new TypeError('Failed to fetch');
        if (request.method === 'POST') {
          // The answer takes a round trip to the server and back.
          await new Promise((resolve) => setTimeout(resolve, 30));
          created.add(String(request.body.id));
          answered.push('POST');
          return jsonResponse({ id: request.body.id, receivedAt: '2026-11-25T10:00:00Z' }, { status: 201 });
        }
        const id = request.url.pathname.split('/').pop()!;
        answered.push(created.has(id) ? 'PATCH' : 'PATCH 404');
        return created.has(id) ? jsonResponse({ id, receivedAt: '2026-11-25T10:00:00Z' }) : problemResponse(404);
      });
      const element = await newPrompt().mount();
      button(element, 'no-button').click();
      await until(element, () => status(element).startsWith('Tack! Vi skickar') && !!root(element).querySelector('textarea'), 'vote queued');
      await type(element, 'Busstiderna saknas.');
      button(element, 'send-button').click();
      await until(element, () => requests.length === 2 && !!root(element).querySelector('[part~="change-button"]'), 'comment queued');
      expect(status(element)).to.equal('Tack! Vi skickar ditt svar när anslutningen är tillbaka.');
      const [offlineVote, offlineComment] = requests;
      expect([offlineVote!.method, offlineComment!.method]).to.deep.equal(['POST', 'PATCH']);
      expect(offlineComment!.url.pathname).to.equal(`/api/v1/feedback/${offlineVote!.body.id}`);
      await expect(element).to.be.accessible();

      online = true;
      window.dispatchEvent(new Event('online'));
      window.dispatchEvent(new Event('online'));
      await until(element, () => answered.length === 2 && status(element) === 'Tack för ditt svar!', 'both sent');
      expect(answered).to.deep.equal(['POST', 'PATCH']);
      const [vote, update] = requests.slice(2);
      expect(requests).to.have.length(4);
      expect(vote!.method).to.equal('POST');
      expect(vote!.idempotencyKey).to.equal(offlineVote!.idempotencyKey);
      expect(vote!.body).to.deep.equal(offlineVote!.body);
      expect(update!.method).to.equal('PATCH');
      expect(update!.url.href).to.equal(offlineComment!.url.href);
      expect(update!.body).to.deep.equal({ comment: 'Busstiderna saknas.' });

      // Nothing is left to send again, on a later reconnect or the next page load.
      expect(JSON.parse(localStorage.getItem('trygg:outbox:v1') ?? '[]')).to.deep.equal([]);
    });

    it('treats a failing server (5xx) like a lost connection: kept and sent later', async () => {
      const requests = recordRequests(() => problemResponse(503));
      const element = await newPrompt().mount();
      button(element, 'no-button').click();
      await until(element, () => status(element).startsWith('Tack! Vi skickar'), 'queued');
      expect(requests).to.have.length(1);
      expect(root(element).querySelector('textarea'), 'the follow-up is still offered').to.exist;
      await expect(element).to.be.accessible();
    });

    it('shows an error when the server refuses the vote itself', async () => {
      recordRequests(() => problemResponse(400));
      const element = await newPrompt().mount();
      button(element, 'yes-button').click();
      await until(element, () => !!root(element).querySelector('[role="alert"]'), 'error');
      expect(text(element)).to.contain('kunde inte ta emot');
      await expect(element).to.be.accessible();
    });
  });

  it('sends what a robot typed into the honeypot, so the server can file it as spam', async () => {
    const requests = recordRequests();
    const element = await newPrompt().mount();
    const trap = root(element).querySelector<HTMLInputElement>('input[name="website"]')!;
    expect(trap.closest('[aria-hidden="true"]')).to.exist;
    expect(trap.tabIndex).to.equal(-1);
    trap.value = 'http://spam.example';
    trap.dispatchEvent(new InputEvent('input'));
    button(element, 'yes-button').click();
    await until(element, () => requests.length === 1, 'vote');
    expect(requests[0]!.body.website).to.equal('http://spam.example');
  });
});
