import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { findDeclaredLanguage, intlLocaleFor, normalizeLanguage } from '../../src/core/language.js';
import '../helpers/test-element.js';

/** What an element resolves, as LanguageController (the locale) and DataElement (the tag for Intl) put it together. */
function resolveLanguage(element: Element) {
  const declared = findDeclaredLanguage(element);
  const locale = normalizeLanguage(declared);
  return { locale, intlLocale: intlLocaleFor(declared, locale) };
}

describe('language', () => {
  const htmlElement = document.documentElement;
  let pageLang: string | null;

  beforeEach(() => {
    pageLang = htmlElement.getAttribute('lang');
  });
  afterEach(() => {
    if (pageLang === null) htmlElement.removeAttribute('lang');
    else htmlElement.setAttribute('lang', pageLang);
    sinon.restore();
  });

  it('normalises tags to a supported language by their primary subtag', () => {
    expect(normalizeLanguage('sv-SE')).to.equal('sv');
    expect(normalizeLanguage('SV')).to.equal('sv');
    expect(normalizeLanguage('en-GB')).to.equal('en');
    expect(normalizeLanguage('en_US')).to.equal('en');
    expect(normalizeLanguage('fi')).to.equal('sv');
    expect(normalizeLanguage('')).to.equal('sv');
    expect(normalizeLanguage(null)).to.equal('sv');
    expect(normalizeLanguage(' en ')).to.equal('en');
  });

  it("takes the element's own lang before its ancestors'", async () => {
    const page = await fixture(html`<div lang="sv"><span lang="en-GB"><i></i></span></div>`);
    expect(resolveLanguage(page.querySelector('span')!)).to.deep.equal({ locale: 'en', intlLocale: 'en-GB' });
    expect(resolveLanguage(page.querySelector('i')!).locale, 'nearest ancestor').to.equal('en');
    expect(resolveLanguage(page).locale).to.equal('sv');
  });

  it('crosses shadow roots to find the nearest lang', async () => {
    const host = await fixture(html`<section lang="en"></section>`);
    const inner = document.createElement('p');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(findDeclaredLanguage(inner)).to.equal('en');
  });

  it('skips an empty lang="" and falls back to <html lang>, then Swedish', async () => {
    const page = await fixture(html`<div lang=""><b></b></div>`);
    htmlElement.setAttribute('lang', 'en');
    expect(resolveLanguage(page.querySelector('b')!).locale).to.equal('en');
    htmlElement.removeAttribute('lang');
    expect(resolveLanguage(page.querySelector('b')!)).to.deep.equal({ locale: 'sv', intlLocale: 'sv' });
  });

  it('shows Swedish, dates included, on a page in a language without texts yet', async () => {
    const page = await fixture(html`<div lang="ar"><b></b></div>`);
    expect(resolveLanguage(page.querySelector('b')!)).to.deep.equal({ locale: 'sv', intlLocale: 'sv' });
  });

  it('follows changes of <html lang> and never writes it', async () => {
    sinon.stub(console, 'warn');
    htmlElement.setAttribute('lang', 'sv');
    const element = await fixture(html`<trygg-test-element></trygg-test-element>`);
    const text = () => element.shadowRoot!.textContent ?? '';
    expect(text()).to.contain('inte färdig');

    htmlElement.setAttribute('lang', 'en-GB');
    await waitUntil(() => text().includes('not ready'), 'switches to English');
    expect(htmlElement.getAttribute('lang')).to.equal('en-GB');

    htmlElement.setAttribute('lang', 'sv-SE');
    await waitUntil(() => text().includes('inte färdig'), 'back to Swedish');
    expect(htmlElement.getAttribute('lang')).to.equal('sv-SE');
  });

  it("follows a change of the element's own lang", async () => {
    sinon.stub(console, 'warn');
    const element = await fixture(html`<trygg-test-element lang="sv"></trygg-test-element>`);
    element.setAttribute('lang', 'en');
    await waitUntil(() => (element.shadowRoot!.textContent ?? '').includes('not ready'), 'switches to English');
  });
});
