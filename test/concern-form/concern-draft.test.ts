import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TryggConcernForm } from '../../src/concern-form/concern-form.js';
import { clearPageCache } from '../../src/core/cached-get.js';
import { Outbox } from '../../src/core/outbox.js';
import { problemResponse } from '../helpers/http.js';
import { apiBase, choose, control, fillRequired, focused, mountForm, send, shadow, startEachTestClean, stubApi, text, type } from './driver.js';

const draftKey = `trygg:draft:v1:${location.pathname}:trygg-concern-form:report:report`;
const status = (form: TryggConcernForm) => text(shadow(form).querySelector('.visually-hidden[role="status"]'));

/** The same page loaded again: the element goes, a new one comes in its place. */
async function reload(form: TryggConcernForm): Promise<TryggConcernForm> {
  const parent = form.parentElement!;
  form.remove();
  clearPageCache();
  const again = document.createElement('trygg-concern-form');
  again.id = 'report';
  again.setAttribute('api-base', apiBase);
  again.setAttribute('privacy-url', '/integritet');
  parent.append(again);
  await waitUntil(() => shadow(again).querySelector('#categoryId-0') || shadow(again).querySelector('[part~="result"]'), 'reloaded');
  return again;
}

describe('<trygg-concern-form> drafts and the outbox', () => {
  startEachTestClean();

  it('keeps every field through a reload', async () => {
    stubApi();
    const form = await mountForm();
    await fillRequired(form);
    await choose(form, 'timeOfDay-1');
    await choose(form, 'dayType-1');
    await choose(form, 'followUp-0');
    await type(form, 'name', 'Anna');
    await type(form, 'email', 'anna@exempel.se');
    await type(form, 'phone', '070-123 45 67');
    await choose(form, 'consent');

    const again = await reload(form);
    expect(control(again, 'categoryId-0').checked).to.equal(true);
    expect(control(again, 'place').value).to.equal('Gångtunneln under Storgatan');
    expect(control(again, 'description').value).to.equal('Två lampor är trasiga och det är helt mörkt på kvällen.');
    expect([0, 1, 2].map((index) => control(again, `timeOfDay-${index}`).checked)).to.deep.equal([false, true, false]);
    expect(control(again, 'dayType-1').checked).to.equal(true);
    expect(control(again, 'followUp-0').checked).to.equal(true);
    expect(['name', 'email', 'phone'].map((id) => control(again, id).value)).to.deep.equal(['Anna', 'anna@exempel.se', '070-123 45 67']);
    expect(control(again, 'consent').checked).to.equal(true);
  });

  it('"Rensa utkast" empties the form and the stored draft', async () => {
    stubApi();
    const form = await mountForm();
    await fillRequired(form);
    expect(sessionStorage.getItem(draftKey)).to.contain('Gångtunneln');
    const clear = [...shadow(form).querySelectorAll('button')].find((button) => text(button) === 'Rensa utkast')!;
    clear.click();
    await form.updateComplete;
    expect(sessionStorage.getItem(draftKey)).to.equal(null);
    expect(control(form, 'place').value).to.equal('');
    expect(control(form, 'categoryId-0').checked).to.equal(false);
    expect(status(form)).to.equal('Utkastet är rensat.');
    const again = await reload(form);
    expect(control(again, 'place').value).to.equal('');
  });

  it('counts the time spent before a reload, so a restored report is not taken for spam', async () => {
    const { sent } = stubApi();
    sessionStorage.setItem(draftKey, JSON.stringify({ categoryId: 'belysning', place: 'Torget', description: 'Mörkt', fillMs: 60_000 }));
    const form = await mountForm();
    await send(form);
    await waitUntil(() => sent.length === 1, 'sent');
    expect(sent[0]!.body.fillMs).to.be.at.least(60_000);
  });

  it('ignores stored values of the wrong kind', async () => {
    stubApi();
    sessionStorage.setItem(draftKey, JSON.stringify({ place: 5, timeOfDay: 'day', consent: 'yes', location: { lat: 'x', lng: 1 }, description: 'Kvar' }));
    const form = await mountForm();
    expect(control(form, 'place').value).to.equal('');
    expect(control(form, 'timeOfDay-0').checked).to.equal(false);
    expect(control(form, 'description').value).to.equal('Kvar');
    expect(text(shadow(form).querySelector('.hint[role="status"]'))).to.equal('');
  });

  it('sends a report left in the outbox when the page loads, and announces its reference', async () => {
    const { sent } = stubApi();
    const payload = { categoryId: 'belysning', place: { description: 'Torget' }, timeOfDay: [], dayType: [], description: 'Mörkt', website: '', fillMs: 9000 };
    new Outbox().add('concern', apiBase, payload, 'key-from-yesterday');
    const container = await fixture<HTMLElement>(html`<div><button>Sidans knapp</button></div>`);
    container.querySelector('button')!.focus();
    const form = document.createElement('trygg-concern-form');
    form.setAttribute('api-base', apiBase);
    form.setAttribute('privacy-url', '/integritet');
    container.append(form);
    await waitUntil(() => text(shadow(form).querySelector('[part~="result"]')).includes('TRG-2026-00042'), 'sent on load');
    expect(sent).to.deep.equal([{ body: payload, idempotencyKey: 'key-from-yesterday' }]);
    expect(status(form)).to.equal('Ditt ärende har nummer TRG-2026-00042.');
    expect(document.activeElement, 'focus stays where the resident is').to.equal(container.querySelector('button'));
    expect(new Outbox().pending('concern', apiBase)).to.have.length(0);
    await expect(form).to.be.accessible();
  });

  it('still waiting when the page loads offline: says so, and keeps the report', async () => {
    stubApi(() => Promise.reject(new TypeError('Failed to fetch')));
    new Outbox().add('concern', apiBase, { description: 'Mörkt' }, 'key-1');
    const form = await mountForm();
    await waitUntil(() => text(shadow(form).querySelector('[part~="result"]')).includes('Vi får inget svar'), 'queued');
    expect(text(shadow(form).querySelector('[part~="result"]'))).to.contain('Rapporten är sparad men inte skickad än.');
    expect(focused(form)).to.equal(null);
    expect(new Outbox().pending('concern', apiBase)).to.have.length(1);
  });

  it('a report refused later comes back to the form with the reasons', async () => {
    stubApi(() => problemResponse(422, [{ field: '/categoryId', code: 'invalid_value', message: 'gone' }]));
    sessionStorage.setItem(draftKey, JSON.stringify({ categoryId: 'belysning', place: 'Torget', description: 'Mörkt' }));
    new Outbox().add('concern', apiBase, { description: 'Mörkt' }, 'key-2');
    const form = await mountForm();
    await waitUntil(() => shadow(form).querySelector('.error-summary'), 'summary');
    expect(text(shadow(form).querySelector('.error-summary li'))).to.equal('Kategori: värdet går inte att använda.');
    expect(status(form), 'announced, as the resident did nothing here yet').to.equal('Kategori: värdet går inte att använda.');
    expect(focused(form), 'focus is not taken on page load').to.equal(null);
    expect(control(form, 'place').value).to.equal('Torget');
  });
});
