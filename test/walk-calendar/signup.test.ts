import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { Registration, RegistrationRequest } from '../../src/core/api-types.js';
import { clearPageCache } from '../../src/core/cached-get.js';
import type { TryggErrorDetail, TryggSubmitDetail } from '../../src/core/events.js';
import type { TryggWalkCalendar, WalkRegistration } from '../../src/walk-calendar/walk-calendar.js';
import { jsonResponse, problemResponse } from '../helpers/http.js';
import { apiBase, articles, freezeDate, renderCalendar, serveWalks, shadow, text, walk } from './fixtures.js';

// Where the core outbox keeps what waits to be sent.
const outboxKey = 'trygg:outbox:v1';

const open = walk({ id: 'w1', title: 'Kvällsvandring i Bäckby', allowAnonymous: false });
const full = walk({ id: 'w2', title: 'Vandring kring stationen', placesLeft: 0, waitlistCount: 3, startsAt: '2027-04-20T15:00:00Z', endsAt: '2027-04-20T17:00:00Z' });

interface Sent {
  walkId: string;
  key: string;
  body: RegistrationRequest;
}

type Answer = (sent: Sent) => Response | Promise<Response>;

/** Serves the walks and answers sign-ups with `answer`, recording each request. */
function serve(answer: Answer) {
  const sent: Sent[] = [];
  serveWalks([open, full], (url, init) => {
    const match = /walks\/([^/]+)\/registrations$/.exec(url.pathname);
    if (!match || init.method !== 'POST') throw new TypeError('Failed to fetch');
    const request = { walkId: match[1]!, key: (init.headers as Record<string, string>)['Idempotency-Key']!, body: JSON.parse(String(init.body)) };
    sent.push(request);
    return answer(request);
  });
  return sent;
}

const registration = (sent: Sent, status: Registration['status'] = 'confirmed'): Response =>
  jsonResponse({ id: 'r1', walkId: sent.walkId, status, partySize: sent.body.partySize, createdAt: '2027-01-10T12:00:00Z' }, { status: 201 });
const offline = () => Promise.reject(new TypeError('Failed to fetch'));

const calendar = () => renderCalendar(html`<trygg-walk-calendar id="walks" api-base=${apiBase} privacy-url="/integritet"></trygg-walk-calendar>`);
const article = (element: TryggWalkCalendar, index = 0) => articles(element)[index]!;
const toggle = (element: TryggWalkCalendar, index = 0) => article(element, index).querySelector<HTMLButtonElement>('[part~="signup-button"]');
const field = <T extends HTMLElement = HTMLInputElement>(element: TryggWalkCalendar, id: string) => shadow(element).querySelector<T>(`#${id}`)!;
const focused = (element: TryggWalkCalendar) => shadow(element).activeElement;

async function openForm(element: TryggWalkCalendar, index = 0) {
  toggle(element, index)!.click();
  await waitUntil(() => focused(element)?.id === 'name', 'focus moves into the form');
}

function fill(element: TryggWalkCalendar, values: Record<string, string | boolean>) {
  for (const [id, value] of Object.entries(values)) {
    const control = field(element, id);
    if (typeof value === 'boolean') (control as HTMLInputElement).checked = value;
    else (control as HTMLInputElement).value = value;
    control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
}

async function send(element: TryggWalkCalendar) {
  shadow(element).querySelector<HTMLButtonElement>('[part~="submit-button"]')!.click();
  await element.updateComplete;
}

const resultOf = (element: TryggWalkCalendar, index = 0) => article(element, index).querySelector('[part="confirmation"]');

describe('<trygg-walk-calendar> sign-up', () => {
  beforeEach(() => {
    clearPageCache();
    sessionStorage.clear();
    localStorage.removeItem(outboxKey);
    freezeDate();
  });
  afterEach(() => {
    sinon.restore();
    sessionStorage.clear();
    localStorage.removeItem(outboxKey);
  });

  it('tells the browser what each contact field is for, so autofill can fill it (WCAG 1.3.5)', async () => {
    serve(registration);
    const element = await calendar();
    await openForm(element);
    const purposes = ['name', 'email', 'phone'].map((id) => [id, field(element, id).type, field(element, id).autocomplete]);
    expect(purposes).to.deep.equal([
      ['name', 'text', 'name'],
      ['email', 'email', 'email'],
      ['phone', 'tel', 'tel'],
    ]);
    expect(field(element, 'partySize').autocomplete, 'not personal data').to.equal('');
  });

  it('opens a form under the walk, moves focus into it, and closes again', async () => {
    serve(registration);
    const element = await calendar();
    const button = toggle(element)!;
    expect(text(button)).to.equal('Anmäl dig');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    await openForm(element);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const form = article(element).querySelector('form')!;
    expect(button.getAttribute('aria-controls')).to.equal(form.id);
    expect(form.getAttribute('aria-label')).to.equal('Anmälan');
    expect(text(form.querySelector('label[for="name"]'))).to.equal('Namn');
    expect([...field<HTMLSelectElement>(element, 'role').options].map((option) => option.textContent)).to.deep.equal([
      'Boende',
      'Fastighetsägare',
      'Förening',
      'Kollektivtrafiken',
      'Anställd i kommunen',
      'Annat',
    ]);
    expect(text(form.querySelector('#contact-hint'))).to.equal('Fyll i e-post eller telefon, så att vi kan höra av oss om något ändras.');
    expect(form.querySelector<HTMLAnchorElement>('#consent-hint a')!.href).to.equal(new URL('/integritet', location.href).href);
    expect(field(element, 'consent').getAttribute('aria-describedby')).to.equal('consent-hint');
    await expect(element).to.be.accessible();

    button.click();
    await element.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(shadow(element).querySelector('form')).to.equal(null);
  });

  it('checks the form when it is sent: the error summary takes focus, links lead to the fields, nothing typed is lost', async () => {
    const sent = serve(registration);
    const element = await calendar();
    await openForm(element);
    fill(element, { email: 'inte-en-adress', partySize: '0', needs: 'Hörslinga' });
    await send(element);

    const summary = shadow(element).querySelector<HTMLElement>('[part="error-summary"]')!;
    await waitUntil(() => focused(element) === summary, 'the summary takes focus');
    expect([...summary.querySelectorAll('a')].map((link) => text(link))).to.deep.equal([
      'Namn: fyll i det här.',
      'E-post: kontrollera att det är rätt skrivet.',
      'Skriv hur många ni är, från 1 till 20.',
      'Du behöver samtycka för att vi ska få spara dina kontaktuppgifter.',
    ]);
    expect(field(element, 'name').getAttribute('aria-invalid')).to.equal('true');
    expect(field(element, 'name').getAttribute('aria-describedby')).to.equal('name-error');
    expect(text(field(element, 'name-error'))).to.equal('Namn: fyll i det här.');
    expect(field(element, 'phone').getAttribute('aria-invalid')).to.equal('false');
    expect(field(element, 'email').value).to.equal('inte-en-adress');
    expect(field<HTMLTextAreaElement>(element, 'needs').value).to.equal('Hörslinga');
    expect(sent).to.have.length(0);
    await expect(element).to.be.accessible();

    summary.querySelectorAll('a')[2]!.click();
    await waitUntil(() => focused(element) === field(element, 'partySize'), 'the link focuses its field');
  });

  it('needs e-mail or phone unless the walk allows anonymous sign-up', async () => {
    serve(registration);
    const element = await calendar();
    await openForm(element);
    fill(element, { name: 'Aisha' });
    await send(element);
    await waitUntil(() => shadow(element).querySelector('[part="error-summary"]'));
    expect(text(shadow(element).querySelector('[part="error-summary"] a'))).to.equal('Fyll i din e-post eller ditt telefonnummer.');
  });

  it('sends the sign-up once, keyed, shows that it is sending, then "Du är anmäld" in place of the button', async () => {
    let answer: (response: Response) => void = () => {};
    const sent = serve(() => new Promise((resolve) => (answer = resolve)));
    const element = await calendar();
    const announced = oneEvent(element, 'trygg-registration-submit');
    await openForm(element);
    fill(element, { name: ' Aisha Hassan ', email: 'aisha@example.se', partySize: '2', role: 'association', needs: 'Jag går med rullator.', consent: true });
    await send(element);

    const detail = ((await announced) as CustomEvent<TryggSubmitDetail<WalkRegistration>>).detail;
    expect(detail.payload.walkId).to.equal('w1');
    await waitUntil(() => sent.length === 1, 'the request is sent');
    expect(text(shadow(element).querySelector('[part~="submit-button"]'))).to.equal('Skickar…');
    await expect(element).to.be.accessible();

    const [request] = sent;
    expect(request!.walkId).to.equal('w1');
    expect(request!.key).to.match(/^[0-9a-f-]{36}$/);
    expect(request!.body).to.deep.include({
      name: 'Aisha Hassan',
      email: 'aisha@example.se',
      partySize: 2,
      role: 'association',
      needs: 'Jag går med rullator.',
      consent: true,
      language: 'sv',
      website: '',
    });
    expect(request!.body).not.to.have.property('phone');
    expect(request!.body.fillMs).to.be.a('number');
    expect(detail.payload.request).to.deep.equal(request!.body);

    answer(registration(request!));
    await waitUntil(() => resultOf(element), 'the confirmation');
    expect(text(resultOf(element)!.querySelector('.strong'))).to.equal('Du är anmäld');
    await waitUntil(() => focused(element) === resultOf(element), 'the confirmation takes focus');
    expect(toggle(element), 'the big button is gone').to.equal(null);
    expect(shadow(element).querySelector('form')).to.equal(null);
    expect(Object.keys(sessionStorage).filter((key) => key.endsWith(':signup')), 'the draft is gone').to.deep.equal([]);
    await expect(element).to.be.accessible();
  });

  it('puts people on the waiting list when the walk is full, and says so', async () => {
    serve((request) => registration(request, 'waitlisted'));
    const element = await calendar();
    expect(text(toggle(element, 1))).to.equal('Ställ dig på väntelistan');
    await openForm(element, 1);
    expect(text(shadow(element).querySelector('[part~="submit-button"]'))).to.equal('Ställ dig på väntelistan');
    fill(element, { name: 'Per' });
    await send(element);
    await waitUntil(() => resultOf(element, 1), 'the answer');
    expect(text(resultOf(element, 1)!.querySelector('.strong'))).to.equal('Du står på väntelistan');
    expect(text(resultOf(element, 1))).to.contain('Vi hör av oss om en plats blir ledig.');
    await expect(element).to.be.accessible();
  });

  it('keeps a sign-up made offline and sends it once, with the same key, when the browser is back online', async () => {
    let online = false;
    const sent = serve((request) => (online ? registration(request) : offline()));
    const errors: TryggErrorDetail[] = [];
    const element = await calendar();
    element.addEventListener('trygg-error', (event) => errors.push(event.detail));
    await openForm(element);
    fill(element, { name: 'Erik', phone: '070-123 45 67', consent: true });
    await send(element);

    await waitUntil(() => resultOf(element), 'the queued notice');
    expect(text(resultOf(element)!.querySelector('.strong'))).to.equal('Anmälan är inte skickad än');
    await waitUntil(() => focused(element) === resultOf(element), 'the notice takes focus');
    expect(errors.map((error) => error.kind)).to.deep.equal(['network']);
    await expect(element).to.be.accessible();

    online = true;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => text(resultOf(element)).includes('Du är anmäld'), 'sent when back online');
    expect(sent).to.have.length(2);
    expect(sent[1]!.key).to.equal(sent[0]!.key);
    expect(localStorage.getItem(outboxKey)).to.equal('[]');
  });

  it('sends what waited from an earlier visit as soon as the calendar loads', async () => {
    let online = false;
    const sent = serve((request) => (online ? registration(request) : offline()));
    const first = await calendar();
    await openForm(first);
    fill(first, { name: 'Erik', phone: '070-123 45 67', consent: true });
    await send(first);
    await waitUntil(() => resultOf(first), 'queued');
    first.remove();

    online = true;
    clearPageCache();
    const again = await calendar();
    await waitUntil(() => text(resultOf(again)).includes('Du är anmäld'), 'sent on load');
    expect(sent.map((request) => request.key)).to.deep.equal([sent[0]!.key, sent[0]!.key]);
  });

  it('keeps what was typed, and the open form, across a reload; and the answer for the rest of the visit', async () => {
    serve(registration);
    const first = await calendar();
    await openForm(first);
    fill(first, { name: 'Fatima', email: 'fatima@example.se', needs: 'Tolk till arabiska' });
    first.remove();

    const again = await calendar();
    await waitUntil(() => shadow(again).querySelector('form'), 'the form is open again');
    expect(field(again, 'name').value).to.equal('Fatima');
    expect(field(again, 'email').value).to.equal('fatima@example.se');
    expect(field<HTMLTextAreaElement>(again, 'needs').value).to.equal('Tolk till arabiska');
    fill(again, { consent: true });
    await send(again);
    await waitUntil(() => resultOf(again), 'confirmed');
    again.remove();

    const later = await calendar();
    await waitUntil(() => resultOf(later), 'still confirmed after a reload');
    expect(text(resultOf(later)!.querySelector('.strong'))).to.equal('Du är anmäld');
    expect(toggle(later)).to.equal(null);
  });

  it('sends nothing when the page vetoes the sign-up', async () => {
    const sent = serve(registration);
    const element = await calendar();
    element.addEventListener('trygg-registration-submit', (event) => event.preventDefault());
    await openForm(element);
    fill(element, { name: 'Lena', email: 'lena@example.se', consent: true });
    await send(element);
    await element.updateComplete;
    expect(sent).to.have.length(0);
    expect(shadow(element).querySelector('form')).to.exist;
  });

  it('shows the server’s objections at their fields', async () => {
    serve(() => problemResponse(422, [{ field: '/email', code: 'invalid_format', message: 'bad e-mail' }]));
    const element = await calendar();
    await openForm(element);
    fill(element, { name: 'Lena', email: 'lena@exempel', consent: true });
    await send(element);
    await waitUntil(() => focused(element)?.getAttribute('part') === 'error-summary', 'the summary takes focus');
    expect(text(field(element, 'email-error'))).to.equal('E-post: kontrollera att det är rätt skrivet.');
    expect(field(element, 'email').value).to.equal('lena@exempel');
  });

  it('says so when the walk no longer takes sign-ups', async () => {
    serve(() => problemResponse(409, [{ field: 'path/id', code: 'not_open', message: 'The walk is cancelled' }]));
    const element = await calendar();
    await openForm(element);
    fill(element, { name: 'Lena', email: 'lena@example.se', consent: true });
    await send(element);
    await waitUntil(() => shadow(element).querySelector('[part="error-summary"]'));
    expect(text(shadow(element).querySelector('[part="error-summary"] a'))).to.equal('Det går inte längre att anmäla sig till den här vandringen.');
  });

  it('can be used with the keyboard alone', async () => {
    const sent = serve(registration);
    const element = await calendar();
    toggle(element)!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(element)?.id === 'name', 'Enter opens the form and focus moves in');
    await sendKeys({ type: 'Sara Lund' });
    await sendKeys({ press: 'Tab' });
    expect(focused(element)?.id).to.equal('email');
    await sendKeys({ type: 'sara@example.se' });
    for (const id of ['phone', 'partySize', 'role', 'needs', 'consent']) {
      await sendKeys({ press: 'Tab' });
      expect(focused(element)?.id).to.equal(id);
    }
    await sendKeys({ press: 'Space' });
    expect(field(element, 'consent').checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(focused(element)?.tagName).to.equal('A', 'the privacy link');
    await sendKeys({ press: 'Tab' });
    expect(focused(element)?.getAttribute('part')).to.contain('submit-button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(element) === resultOf(element), 'focus on the confirmation');
    expect(sent[0]!.body).to.deep.include({ name: 'Sara Lund', email: 'sara@example.se', consent: true, partySize: 1, role: 'resident' });
  });

  it('offers no sign-up for walks that have started', async () => {
    sinon.restore();
    freezeDate('2027-02-16T17:30:00Z');
    serve(registration);
    const element = await fixture<TryggWalkCalendar>(html`<trygg-walk-calendar api-base=${apiBase}></trygg-walk-calendar>`);
    await waitUntil(() => articles(element).length > 0, 'walks');
    expect(toggle(element, 0)).to.equal(null);
    expect(toggle(element, 1)).to.exist;
  });
});
