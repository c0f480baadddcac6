import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import type { TryggConcernForm } from '../../src/concern-form/concern-form.js';
import type { TryggErrorDetail } from '../../src/core/events.js';
import { jsonResponse, problemResponse, silentFetch, stubFetch } from '../helpers/http.js';
import { choose, control, fillRequired, focused, mountForm, send, shadow, startEachTestClean, stubApi, text, type } from './driver.js';
import { categories, receipt } from './fixtures.js';

const part = (form: TryggConcernForm, name: string) => shadow(form).querySelector(`[part~="${name}"]`);
const result = (form: TryggConcernForm) => part(form, 'result');

describe('<trygg-concern-form>', () => {
  startEachTestClean();

  describe('before anything is sent', () => {
    it('shows the emergency numbers first, as phone links', async () => {
      stubApi();
      const form = await mountForm();
      const first = shadow(form).querySelector('.root')!.firstElementChild!;
      expect(first.getAttribute('part')).to.contain('emergency');
      expect(text(first)).to.contain('Akut fara eller brott som pågår? Ring 112');
      expect(text(first)).to.contain('Andra ärenden till polisen: ring 114 14');
      expect([...first.querySelectorAll('a')].map((link) => link.getAttribute('href'))).to.deep.equal(['tel:112', 'tel:11414']);
    });

    it('without an API shows the emergency numbers and says the form is not ready', async () => {
      const warn = sinon.stub(console, 'warn');
      const fetch = stubFetch(() => jsonResponse({ items: [] }));
      const form = await fixture<TryggConcernForm>(html`<trygg-concern-form privacy-url="/integritet"></trygg-concern-form>`);
      expect(text(part(form, 'emergency'))).to.contain('112');
      expect(text(part(form, 'not-configured'))).to.contain('inte färdig att använda');
      expect(shadow(form).querySelector('form')).to.equal(null);
      expect(fetch.called).to.equal(false);
      expect(warn.calledWithMatch(/api-base/)).to.equal(true);
      warn.restore();
      await expect(form).to.be.accessible();
    });

    it('keeps room for the categories while they load', async () => {
      stubFetch(silentFetch);
      const form = await fixture<TryggConcernForm>(
        html`<trygg-concern-form api-base="https://kommun.example/api/v1/" privacy-url="/integritet"></trygg-concern-form>`,
      );
      const pending = shadow(form).querySelector('.pending')!;
      expect(text(pending)).to.equal('Hämtar …');
      expect(pending.getBoundingClientRect().height).to.be.greaterThan(400);
      await expect(form).to.be.accessible();
    });

    it('lists each category as a radio button with who handles it and its guidance, in numbered steps', async () => {
      stubApi();
      const loaded = oneEvent(document, 'trygg-load');
      const form = await mountForm();
      expect((await loaded).detail).to.deep.equal({ count: 3 });
      const first = control(form, 'categoryId-0');
      expect(first.type).to.equal('radio');
      expect(text(shadow(form).querySelector('label[for="categoryId-0"]'))).to.equal('Trasig eller saknad belysning');
      const hint = shadow(form).getElementById(first.getAttribute('aria-describedby')!);
      expect(text(hint)).to.equal('Hanteras av: Gatuavdelningen. Skriv vid vilken stolpe det är mörkt.');
      expect([...shadow(form).querySelectorAll('fieldset[part="section"] > legend')].map(text)).to.deep.equal([
        '1. Vad vill du rapportera?',
        '2. Var är platsen?',
        '3. När känns platsen otrygg?',
        '4. Vad gör platsen otrygg?',
        '5. Vill du ha återkoppling?',
      ]);
      expect(text(shadow(form).querySelector('#review'))).to.equal('6. Granska och skicka');
      expect(shadow(form).querySelector('h3#review'), 'heading-level defaults to 3').to.exist;
      await expect(form).to.be.accessible();
    });

    it('takes the heading level from heading-level', async () => {
      stubApi();
      const form = await mountForm('heading-level="2"');
      expect(shadow(form).querySelectorAll('h2[part="heading"]')).to.have.length(6);
    });

    it('shows the guidance and phone of a "call instead" category and hides the rest of the form', async () => {
      stubApi();
      const form = await mountForm();
      await fillRequired(form);
      await choose(form, 'categoryId-2');
      const callInstead = part(form, 'call-instead')!;
      expect(callInstead.parentElement!.getAttribute('aria-live')).to.equal('polite');
      expect(text(callInstead)).to.contain('Använd inte formuläret. Ring 112 direkt.');
      const call = callInstead.querySelector('a')!;
      expect([call.getAttribute('href'), text(call)]).to.deep.equal(['tel:112', 'Ring 112']);
      expect(control(form, 'place')).to.equal(null);
      expect(control(form, 'send')).to.equal(null);
      await expect(form).to.be.accessible();

      await choose(form, 'categoryId-0');
      expect(part(form, 'call-instead')).to.equal(null);
      expect(control(form, 'place').value, 'nothing typed is lost').to.equal('Gångtunneln under Storgatan');
    });

    it('says so when there are no categories', async () => {
      stubApi(undefined, []);
      const form = await fixture<TryggConcernForm>(
        html`<trygg-concern-form api-base="https://kommun.example/api/v1/" privacy-url="/integritet"></trygg-concern-form>`,
      );
      await waitUntil(() => text(shadow(form)).includes('Det går inte att rapportera här just nu.'), 'empty message');
      await expect(form).to.be.accessible();
    });

    it('shows the categories in the page language, Swedish where a text has no translation', async () => {
      stubApi();
      const page = await fixture<HTMLElement>(
        html`<div lang="en"><trygg-concern-form api-base="https://kommun.example/api/v1/" privacy-url="/p"></trygg-concern-form></div>`,
      );
      const form = page.querySelector('trygg-concern-form')!;
      await waitUntil(() => text(shadow(form)).includes('What would you like to report?'), 'English texts');
      expect(text(shadow(form).querySelector('label[for="categoryId-0"]'))).to.equal('Broken or missing street lighting');
      expect(text(shadow(form).querySelector('label[for="categoryId-1"]'))).to.equal('Buskar och träd som skymmer');
      expect(text(shadow(form).querySelector('#categoryId-0-hint'))).to.equal('Handled by: Gatuavdelningen. Tell us which lamp post is dark.');
      await expect(form).to.be.accessible();
    });

    it('shows an error with a retry when the categories cannot be loaded, and tells the page', async () => {
      let healthy = false;
      stubFetch(() => (healthy ? jsonResponse({ items: categories }) : problemResponse(404)));
      const failed = oneEvent(document, 'trygg-error');
      const form = await fixture<TryggConcernForm>(
        html`<trygg-concern-form api-base="https://kommun.example/api/v1/" privacy-url="/p"></trygg-concern-form>`,
      );
      expect(((await failed).detail as TryggErrorDetail).status).to.equal(404);
      await waitUntil(() => part(form, 'error'), 'error state');
      expect(text(part(form, 'error'))).to.contain('Vi hittade inte det du sökte.');
      await expect(form).to.be.accessible();
      healthy = true;
      part(form, 'error')!.querySelector('button')!.click();
      await waitUntil(() => control(form, 'categoryId-0'), 'categories after retry');
    });

    it('warns once when privacy-url is missing and leaves the link out', async () => {
      stubApi();
      const warn = sinon.stub(console, 'warn');
      const form = await fixture<TryggConcernForm>(html`<trygg-concern-form api-base="https://kommun.example/api/v1/"></trygg-concern-form>`);
      await waitUntil(() => control(form, 'followUp-0'), 'form');
      await choose(form, 'followUp-0');
      expect(text(shadow(form).querySelector('#consent-hint'))).to.equal('Behövs för att vi ska kunna svara dig.');
      expect(shadow(form).querySelector('#consent-hint a')).to.equal(null);
      expect(warn.callCount).to.equal(1);
      expect(String(warn.firstCall.args[0])).to.contain('privacy-url');
      warn.restore();
    });

    it('tells the browser what each contact field is for, so autofill can fill it (WCAG 1.3.5); the place is no address book entry', async () => {
      stubApi();
      const form = await mountForm();
      expect(control(form, 'place').getAttribute('autocomplete')).to.equal(null);
      await choose(form, 'followUp-0');
      const purposes = ['name', 'email', 'phone'].map((id) => [id, control(form, id).getAttribute('type'), control(form, id).getAttribute('autocomplete')]);
      expect(purposes).to.deep.equal([
        ['name', 'text', 'name'],
        ['email', 'email', 'email'],
        ['phone', 'tel', 'tel'],
      ]);
    });

    it('links the privacy page beside the consent, only through a safe address', async () => {
      stubApi();
      const form = await mountForm();
      await choose(form, 'followUp-0');
      const link = shadow(form).querySelector<HTMLAnchorElement>('#consent-hint a')!;
      expect([link.href, text(link)]).to.deep.equal(['https://kommun.example/personuppgifter', 'Så hanterar vi personuppgifter']);
      expect(control(form, 'consent').getAttribute('aria-describedby')).to.equal('consent-hint');
      sinon.stub(console, 'warn');
      form.privacyUrl = 'javascript:alert(1)';
      await form.updateComplete;
      expect(shadow(form).querySelector('#consent-hint a')).to.equal(null);
    });

    it('gives every control a visible label and a hint, its own or its group\'s, that a screen reader reads with it', async () => {
      stubApi();
      const form = await mountForm();
      await choose(form, 'followUp-0');
      const root = shadow(form);
      // The honeypot is no control for people: hidden from them and from assistive technology.
      const controls = [...root.querySelectorAll<HTMLElement>('input, select, textarea')].filter((element) => !element.closest('[aria-hidden="true"]'));
      expect(controls.map((element) => element.id)).to.include.members([
        'categoryId-0',
        'place',
        'timeOfDay-0',
        'dayType-1',
        'description',
        'followUp-0',
        'followUp-1',
        'name',
        'email',
        'phone',
        'consent',
      ]);
      for (const element of controls) {
        const label = root.querySelector(`label[for="${element.id}"]`);
        expect(text(label), `label of #${element.id}`).not.to.equal('');
        expect(label!.getBoundingClientRect().height, `label of #${element.id} shown`).to.be.greaterThan(0);
        const describedBy = [element, element.closest('fieldset')].flatMap((node) => node?.getAttribute('aria-describedby')?.split(' ') ?? []);
        const hints = describedBy.map((id) => root.getElementById(id)).filter((node) => node?.classList.contains('hint'));
        expect(hints.map(text).join(' '), `hint of #${element.id}`).not.to.equal('');
        for (const hint of hints) expect(hint!.getBoundingClientRect().height, `hint of #${element.id} shown`).to.be.greaterThan(0);
      }
      expect(text(root.getElementById('contact-hint'))).to.equal('Fyll i e-post eller telefon, så att vi kan svara dig.');
      expect(['name', 'email', 'phone'].map((id) => control(form, id).getAttribute('aria-describedby'))).to.deep.equal(['contact-hint', 'contact-hint', 'contact-hint']);
      await expect(form).to.be.accessible();
    });

    it('warns beside the description not to write about other people, and a screen reader reads it with the field', async () => {
      stubApi();
      const form = await mountForm();
      const warning = shadow(form).getElementById('description-hint')!;
      expect(text(warning)).to.equal('Skriv inte namn eller andra uppgifter om andra personer.');
      expect(warning.querySelector('strong'), 'stands out').not.to.equal(null);
      expect(control(form, 'description').getAttribute('aria-describedby')!.split(' ')).to.include('description-hint');
    });
  });

  describe('validation', () => {
    it('checks nothing while typing; on submit the summary takes focus and links each field', async () => {
      const { sent } = stubApi();
      const form = await mountForm();
      await type(form, 'place', '   ');
      expect(shadow(form).querySelector('.error-summary')).to.equal(null);

      await send(form);
      const summary = shadow(form).querySelector<HTMLElement>('.error-summary')!;
      expect(focused(form)).to.equal(summary);
      expect([...summary.querySelectorAll('a')].map(text)).to.deep.equal([
        'Välj vad du vill rapportera.',
        'Beskriv var platsen är.',
        'Beskriv vad som gör platsen otrygg.',
      ]);
      expect(sent).to.have.length(0);

      const place = control<HTMLTextAreaElement>(form, 'place');
      expect(place.getAttribute('aria-invalid')).to.equal('true');
      expect(text(shadow(form).getElementById('place-error'))).to.equal('Beskriv var platsen är.');
      expect(place.getAttribute('aria-describedby')).to.equal('place-hint place-error');
      expect(place.value, 'nothing typed is cleared').to.equal('   ');
      expect(control(form, 'categoryId-1').getAttribute('aria-describedby')).to.contain('categoryId-0-error');
      await expect(form).to.be.accessible();

      summary.querySelectorAll('a')[2]!.click();
      await form.updateComplete;
      expect(focused(form)).to.equal(control(form, 'description'));
      summary.querySelectorAll('a')[0]!.click();
      await form.updateComplete;
      expect(focused(form)).to.equal(control(form, 'categoryId-0'));
    });

    it('asks for a way to reply, a valid address and consent when a reply is wanted', async () => {
      stubApi();
      const form = await mountForm();
      await fillRequired(form);
      await choose(form, 'followUp-0');
      await send(form);
      expect([...shadow(form).querySelectorAll('.error-summary a')].map(text)).to.deep.equal([
        'Skriv e-post eller telefon, så att vi kan svara dig.',
        'Du behöver samtycka för att vi ska få spara dina kontaktuppgifter.',
      ]);
      await type(form, 'email', 'anna.exempel.se');
      await type(form, 'phone', '070-abc');
      await send(form);
      expect([...shadow(form).querySelectorAll('.error-summary a')].map(text)).to.deep.equal([
        'E-post: kontrollera att det är rätt skrivet.',
        'Telefon: kontrollera att det är rätt skrivet.',
        'Du behöver samtycka för att vi ska få spara dina kontaktuppgifter.',
      ]);
      expect(control(form, 'consent').getAttribute('aria-invalid')).to.equal('true');
      await expect(form).to.be.accessible();
    });

    it('does not cut a long description: over the limit is an error on submit', async () => {
      stubApi();
      const form = await mountForm();
      await fillRequired(form);
      await type(form, 'description', 'å'.repeat(4001));
      expect(control<HTMLTextAreaElement>(form, 'description').value).to.have.length(4001);
      expect(text(shadow(form).querySelector('#description-count'))).to.equal('Tecken för mycket: 1');
      await send(form);
      expect(text(shadow(form).querySelector('.error-summary li'))).to.equal('Beskrivningen får vara högst 4 000 tecken.');
    });
  });

  describe('the description counter', () => {
    it('says how many characters are left and announces 90 % and 100 %, not every keystroke', async () => {
      stubApi();
      const form = await mountForm();
      const status = shadow(form).querySelector('.visually-hidden[role="status"]')!;
      const count = shadow(form).querySelector('#description-count')!;
      expect(text(count)).to.equal('Tecken kvar: 4 000');
      expect(control(form, 'description').getAttribute('aria-describedby')).to.equal('description-hint description-count');

      await type(form, 'description', 'Mörkt');
      expect(text(count)).to.equal('Tecken kvar: 3 995');
      expect(text(status)).to.equal('');
      await type(form, 'description', 'x'.repeat(3600));
      expect(text(status)).to.equal('Tecken kvar: 400');
      await type(form, 'description', 'x'.repeat(3601));
      expect(text(status), 'not again within the same zone').to.equal('Tecken kvar: 400');
      await type(form, 'description', '🙂'.repeat(4002));
      expect(text(count), 'an emoji is one character, as the contract counts').to.equal('Tecken för mycket: 2');
      expect(text(status)).to.equal('Tecken för mycket: 2');
    });
  });

  describe('sending', () => {
    it('sends the report and shows the reference, who handles it and what happens next, with focus there', async () => {
      const { sent } = stubApi();
      const form = await mountForm();
      await fillRequired(form);
      await choose(form, 'timeOfDay-2');
      await choose(form, 'timeOfDay-1');
      await choose(form, 'dayType-1');
      await choose(form, 'followUp-1');
      await send(form);
      await waitUntil(() => result(form), 'result');

      expect(sent).to.have.length(1);
      const { fillMs, ...body } = sent[0]!.body;
      expect(body).to.deep.equal({
        categoryId: 'belysning',
        place: { description: 'Gångtunneln under Storgatan' },
        timeOfDay: ['evening', 'night'],
        dayType: ['weekends'],
        description: 'Två lampor är trasiga och det är helt mörkt på kvällen.',
        language: 'sv',
        website: '',
      });
      expect(fillMs).to.be.a('number');
      expect(sent[0]!.idempotencyKey).to.match(/^[0-9a-f-]{36}$/);

      const shown = result(form)!;
      expect(focused(form)).to.equal(shown);
      expect(text(shown)).to.contain('Tack för din rapport!');
      expect(text(shown)).to.contain('Ditt ärende har nummer TRG-2026-00042.');
      expect(text(shown)).to.contain('Hanteras av: Gatuavdelningen');
      expect(text(shown)).to.contain('Ange numret om du kontaktar oss.');
      expect(shown.querySelector('a')!.getAttribute('href')).to.equal('https://kommun.example/gator-och-trafik');
      expect(text(part(form, 'emergency')), 'the emergency numbers stay first').to.contain('112');
      expect(Object.keys(sessionStorage).filter((key) => key.includes('trygg-concern-form')), 'the draft is gone').to.deep.equal([]);
      await expect(form).to.be.accessible();

      shown.querySelector('button')!.click();
      await form.updateComplete;
      expect(focused(form)).to.equal(control(form, 'categoryId-0'));
      expect(control(form, 'categoryId-0').checked).to.equal(false);
      expect(control<HTMLTextAreaElement>(form, 'place').value).to.equal('');
    });

    it('sends nothing personal without consent, and the contact with it', async () => {
      const { sent } = stubApi();
      const form = await mountForm();
      await fillRequired(form);
      await choose(form, 'followUp-0');
      await type(form, 'name', 'Anna');
      await type(form, 'email', 'anna@exempel.se');
      await choose(form, 'followUp-1');
      expect(control(form, 'email'), 'the contact fields go with "Nej"').to.equal(null);
      await send(form);
      await waitUntil(() => result(form), 'sent without contact');
      expect(sent[0]!.body).not.to.have.property('contact');

      result(form)!.querySelector('button')!.click();
      await form.updateComplete;
      await fillRequired(form);
      await choose(form, 'followUp-0');
      await type(form, 'phone', '070-123 45 67');
      await choose(form, 'consent');
      const review = text(part(form, 'review'));
      expect(review).to.contain('Återkoppling 070-123 45 67');
      await send(form);
      await waitUntil(() => result(form), 'sent with contact');
      expect(sent[1]!.body.contact).to.deep.equal({ phone: '070-123 45 67', consent: true });
    });

    it('sends the area of the page as place.area, and leaves out one the contract would refuse', async () => {
      const { sent } = stubApi();
      const form = await mountForm('area="  Sandviken "');
      await fillRequired(form);
      await send(form);
      await waitUntil(() => sent.length === 1, 'sent');
      expect(sent[0]!.body.place).to.deep.equal({ description: 'Gångtunneln under Storgatan', area: 'Sandviken' });

      const warn = sinon.stub(console, 'warn');
      const tooLong = await mountForm(`area="${'Å'.repeat(101)}"`);
      expect(warn.calledWithMatch(/area/)).to.equal(true);
      await fillRequired(tooLong);
      await send(tooLong);
      await waitUntil(() => sent.length === 2, 'sent again');
      expect(sent[1]!.body.place).to.deep.equal({ description: 'Gångtunneln under Storgatan' });
    });

    it('reviews what will be sent, with Ändra links that focus the field', async () => {
      stubApi();
      const form = await mountForm();
      await fillRequired(form);
      await choose(form, 'timeOfDay-0');
      await choose(form, 'dayType-0');
      const rows = [...shadow(form).querySelectorAll('dl > div')].map((row) => [text(row.querySelector('dt')), text(row.querySelector('dd'))]);
      expect(rows).to.deep.equal([
        ['Kategori', 'Trasig eller saknad belysning'],
        ['Plats', 'Gångtunneln under Storgatan'],
        ['När', 'Dagtid, Vardagar'],
        ['Beskrivning', 'Två lampor är trasiga och det är helt mörkt på kvällen.'],
        ['Återkoppling', 'Inget svar'],
      ]);
      const change = shadow(form).querySelectorAll<HTMLAnchorElement>('dl a')[1]!;
      expect(text(change)).to.equal('Ändra Plats');
      change.click();
      await form.updateComplete;
      expect(focused(form)).to.equal(control(form, 'place'));
      await expect(form).to.be.accessible();
    });

    it('says it is sending, and five quick submits send one report', async () => {
      let answer: (response: Response) => void = () => undefined;
      const { sent } = stubApi(() => new Promise((resolve) => (answer = resolve)));
      const form = await mountForm();
      await fillRequired(form);
      for (let click = 0; click < 5; click++) control<HTMLButtonElement>(form, 'send').click();
      await form.updateComplete;
      await waitUntil(() => sent.length === 1, 'the request');
      const button = control<HTMLButtonElement>(form, 'send');
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(text(button)).to.equal('Skickar …');
      expect(text(shadow(form).querySelector('.visually-hidden[role="status"]'))).to.equal('Skickar …');
      await expect(form).to.be.accessible();
      answer(jsonResponse(receipt(), { status: 201 }));
      await waitUntil(() => result(form), 'result');
      expect(sent).to.have.length(1);
    });

    it('lets the host veto sending', async () => {
      const { sent } = stubApi();
      const form = await mountForm();
      await fillRequired(form);
      const veto = (event: Event) => event.preventDefault();
      form.addEventListener('trygg-concern-submit', veto);
      const submitted = oneEvent(form, 'trygg-concern-submit');
      await send(form);
      const event = await submitted;
      expect(event.cancelable).to.equal(true);
      expect(event.detail.payload.place.description).to.equal('Gångtunneln under Storgatan');
      await form.updateComplete;
      expect(sent).to.have.length(0);
      expect(result(form)).to.equal(null);
      form.removeEventListener('trygg-concern-submit', veto);
    });
  });

  describe('when sending fails', () => {
    it('offline: keeps the report and sends it once, with the same key, when the connection is back', async () => {
      let online = false;
      const { sent } = stubApi(() => (online ? jsonResponse(receipt(), { status: 201 }) : Promise.reject(new TypeError('Failed to fetch'))));
      const form = await mountForm();
      await fillRequired(form);
      const failed = oneEvent(form, 'trygg-error');
      await send(form);
      expect(((await failed).detail as TryggErrorDetail).kind).to.equal('network');
      await waitUntil(() => result(form), 'queued');
      const queued = result(form)!;
      expect(focused(form)).to.equal(queued);
      expect(text(queued)).to.contain('Rapporten är sparad men inte skickad än.');
      expect(text(queued)).to.contain('Vi får inget svar från tjänsten just nu.');
      expect(text(queued)).to.contain('Vi skickar den när anslutningen fungerar och visar då ditt ärendenummer här.');
      await expect(form).to.be.accessible();

      online = true;
      window.dispatchEvent(new Event('online'));
      await waitUntil(() => text(result(form)).includes('TRG-2026-00042'), 'sent once online');
      window.dispatchEvent(new Event('online'));
      await form.updateComplete;
      expect(sent).to.have.length(2);
      expect(sent[1]!.idempotencyKey).to.equal(sent[0]!.idempotencyKey);
      expect(sent[1]!.body).to.deep.equal(sent[0]!.body);
      expect(focused(form)).to.equal(result(form));
    });

    it('a server error keeps the report and offers to try again', async () => {
      let healthy = false;
      const { sent } = stubApi(() => (healthy ? jsonResponse(receipt(), { status: 201 }) : problemResponse(503)));
      const form = await mountForm();
      await fillRequired(form);
      const failed = oneEvent(form, 'trygg-error');
      await send(form);
      expect(((await failed).detail as TryggErrorDetail).status).to.equal(503);
      await waitUntil(() => result(form), 'queued');
      expect(text(result(form))).to.contain('Något gick fel hos tjänsten.');
      await expect(form).to.be.accessible();

      healthy = true;
      result(form)!.querySelector('button')!.click();
      await waitUntil(() => text(result(form)).includes('TRG-2026-00042'), 'sent');
      expect(sent.map((request) => request.idempotencyKey)).to.deep.equal([sent[0]!.idempotencyKey, sent[0]!.idempotencyKey]);
    });

    it("shows the server's field errors in the summary and keeps everything typed", async () => {
      const { sent } = stubApi(() =>
        problemResponse(422, [
          { field: '/place/description', code: 'too_long', message: 'too long' },
          { field: '/contact/email', code: 'invalid_format', message: 'bad' },
          { field: '/categoryId', code: 'invalid_value', message: 'call 112' },
        ]),
      );
      const form = await mountForm();
      await fillRequired(form);
      await choose(form, 'followUp-0');
      await type(form, 'email', 'anna@exempel.invalid');
      await choose(form, 'consent');
      await send(form);
      await waitUntil(() => shadow(form).querySelector('.error-summary'), 'summary');
      expect([...shadow(form).querySelectorAll('.error-summary a')].map(text)).to.deep.equal([
        'Plats: texten är för lång.',
        'E-post: kontrollera att det är rätt skrivet.',
        'Kategori: värdet går inte att använda.',
      ]);
      expect(focused(form)).to.equal(shadow(form).querySelector('.error-summary'));
      expect(control(form, 'email').value).to.equal('anna@exempel.invalid');
      expect(control(form, 'email').getAttribute('aria-invalid')).to.equal('true');
      expect(control(form, 'consent').checked).to.equal(true);
      await expect(form).to.be.accessible();

      await send(form);
      await waitUntil(() => sent.length === 2, 'sent again');
      expect(sent[1]!.idempotencyKey, 'a changed report is a new submission').not.to.equal(sent[0]!.idempotencyKey);
    });

    it('links a refusal without field errors to the send button', async () => {
      stubApi(() => problemResponse(400));
      const form = await mountForm();
      await fillRequired(form);
      await send(form);
      await waitUntil(() => shadow(form).querySelector('.error-summary'), 'summary');
      const link = shadow(form).querySelector<HTMLAnchorElement>('.error-summary a')!;
      expect(text(link)).to.equal('Tjänsten kunde inte ta emot uppgifterna. Kontrollera dem och försök igen.');
      link.click();
      await form.updateComplete;
      expect(focused(form)).to.equal(control(form, 'send'));
    });
  });
});
