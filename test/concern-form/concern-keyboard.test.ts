import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TryggConcernForm } from '../../src/concern-form/concern-form.js';
import { apiBase, focused, shadow, startEachTestClean, stubApi, text } from './driver.js';

/** Presses Tab until focus is on what `wanted` accepts; fails if it never gets there. */
async function tabTo(form: TryggConcernForm, wanted: (element: Element) => boolean, what: string): Promise<Element> {
  for (let presses = 0; presses < 40; presses++) {
    await sendKeys({ press: 'Tab' });
    const element = focused(form);
    if (element && wanted(element)) return element;
  }
  throw new Error(`Tab never reached ${what}`);
}

const byId = (id: string) => (element: Element) => element.id === id;

describe('<trygg-concern-form> with the keyboard only', () => {
  startEachTestClean();

  it('goes from the first link to the reference number', async () => {
    const { sent } = stubApi();
    const page = await fixture<HTMLElement>(html`<div>
      <a href="#start">Start</a>
      <trygg-concern-form api-base=${apiBase} privacy-url="/integritet"></trygg-concern-form>
    </div>`);
    const form = page.querySelector('trygg-concern-form')!;
    await waitUntil(() => shadow(form).querySelector('#categoryId-0'), 'categories');
    page.querySelector('a')!.focus();

    const emergency = await tabTo(form, (element) => element.localName === 'a', 'the emergency number');
    expect(emergency.getAttribute('href'), 'the emergency number comes first').to.equal('tel:112');

    await tabTo(form, byId('categoryId-0'), 'the categories');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(form)!.id).to.equal('categoryId-1');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Space' });

    await tabTo(form, byId('place'), 'the place');
    await sendKeys({ type: 'Parkeringen vid simhallen' });
    await tabTo(form, byId('timeOfDay-2'), 'night');
    await sendKeys({ press: 'Space' });
    await tabTo(form, byId('description'), 'the description');
    await sendKeys({ type: 'Ingen belysning alls.' });
    await tabTo(form, byId('followUp-0'), 'the follow-up question');
    await sendKeys({ press: 'ArrowDown' });
    expect((focused(form) as HTMLInputElement).checked, '"Nej" chosen').to.equal(true);

    await tabTo(form, byId('send'), 'the send button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(form).querySelector('[part~="result"]'), 'result');
    expect(focused(form)).to.equal(shadow(form).querySelector('[part~="result"]'));
    expect(text(focused(form))).to.contain('Ditt ärende har nummer TRG-2026-00042.');
    expect(sent[0]!.body).to.include({ categoryId: 'belysning', description: 'Ingen belysning alls.' });
    expect(sent[0]!.body.timeOfDay).to.deep.equal(['night']);

    await tabTo(form, (element) => text(element) === 'Rapportera en plats till', 'the start-over button');
    await sendKeys({ press: 'Enter' });
    await form.updateComplete;
    expect(focused(form)!.id, 'a new report starts at the first question').to.equal('categoryId-0');
  });

  it('reaches a field from the error summary with Enter', async () => {
    stubApi();
    const form = await fixture<TryggConcernForm>(html`<trygg-concern-form api-base=${apiBase} privacy-url="/p"></trygg-concern-form>`);
    await waitUntil(() => shadow(form).querySelector('#send'), 'form');
    shadow(form).querySelector<HTMLButtonElement>('#send')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(form)?.classList.contains('error-summary'), 'summary focused');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await form.updateComplete;
    expect(focused(form)!.id).to.equal('place');
  });
});
