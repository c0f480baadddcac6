import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { TryggMeasureTracker } from '../../src/measure-tracker/measure-tracker.js';
import type { TryggErrorDetail, TryggLoadDetail } from '../../src/core/events.js';
import { jsonResponse, problemResponse, silentFetch } from '../helpers/http.js';
import { apiBase, article, articles, freshPagePerTest, count, facts, focused, mount, part, serveMeasures, settled, shadow, text, titles } from './driver.js';
import { backbyConcern, declinedReason, forwardedReason, manyMeasures, measure, measureList, sandviken } from './fixtures.js';

describe('<trygg-measure-tracker>', () => {
  freshPagePerTest();

  describe('loading', () => {
    it('says that it is loading and keeps a screen of room for the measures, so nothing in view jumps', async () => {
      sinon.stub(window, 'fetch').callsFake((_input, init) => silentFetch(new URL(apiBase), init ?? {}));
      const tracker = await fixture<TryggMeasureTracker>(html`<trygg-measure-tracker api-base=${apiBase}></trygg-measure-tracker>`);
      const loading = part(tracker, 'loading')!;
      expect(loading.getAttribute('role')).to.equal('status');
      expect(text(loading)).to.equal('Hämtar åtgärderna …');
      expect(tracker.getBoundingClientRect().height).to.be.at.least(innerHeight);
      await expect(tracker).to.be.accessible();
    });
  });

  describe('loaded', () => {
    it('starts with the summary: remarks, measures per status and a bar that the sentence describes', async () => {
      serveMeasures(sandviken());
      const tracker = await mount(html`<trygg-measure-tracker api-base=${apiBase}></trygg-measure-tracker>`);
      const sentence = part(tracker, 'summary-text')!;
      expect(text(sentence)).to.equal(
        'Synpunkter: 13 · Mottagen: 1 · Planerad: 1 · Pågår: 1 · Klar: 1 · Överlämnad till fastighetsägaren: 1 · Genomförs inte: 1',
      );
      const bar = part<HTMLProgressElement>(tracker, 'progress')!;
      expect(bar.localName).to.equal('progress');
      expect([bar.value, bar.max]).to.deep.equal([1, 6]);
      expect(shadow(tracker).getElementById(bar.getAttribute('aria-labelledby')!)).to.equal(sentence);
      expect(bar.hasAttribute('style')).to.equal(false);
      await expect(tracker).to.be.accessible();
    });

    it('writes numbers the Swedish way, says "åtgärd" for one, and leaves out statuses no measure has', async () => {
      serveMeasures([measure({ status: 'done', remarkCount: 1200 }), ...manyMeasures(12).filter((item) => item.status === 'planned')]);
      const tracker = await mount(html`<trygg-measure-tracker api-base=${apiBase}></trygg-measure-tracker>`);
      expect(text(part(tracker, 'summary-text'))).to.equal('Synpunkter: 1 202 · Planerad: 2 · Klar: 1');
      expect(count(tracker)).to.equal('Visar 3 av 3 åtgärder');
      sinon.restore();
      serveMeasures([measure({ status: 'done', remarkCount: 1 })]);
      const single = await mount(html`<trygg-measure-tracker api-base="https://another.example/"></trygg-measure-tracker>`);
      expect(count(single)).to.equal('Visar 1 av 1 åtgärd');
    });

    it('lists each measure as an article with a heading, its place, party, target, origin and last change', async () => {
      serveMeasures([...sandviken(), backbyConcern()]);
      const tracker = await mount(html`<trygg-measure-tracker api-base=${apiBase}></trygg-measure-tracker>`);
      expect(part(tracker, 'list')!.getAttribute('role')).to.equal('list');
      expect(titles(tracker)).to.deep.equal([
        'Ny belysning på gångvägen mot skolan',
        'Fler vuxna på torget på fredagar',
        'Klippa buskarna vid gångtunneln',
        'Kameror på torget',
        'Väderskydd vid hållplatsen',
        'Belysning vid entréerna',
        'Nya lampor i Bäckparken',
      ]);
      expect(shadow(tracker).querySelectorAll('article > h2')).to.have.length(7);
      const light = article(tracker, 'Ny belysning på gångvägen mot skolan');
      expect(facts(light)).to.deep.equal([
        ['Plats', 'Gångvägen vid Sandviksskolan (Sandviken)'],
        ['Ansvarig', 'Gatuförvaltningen'],
        ['Måldatum', '15 december 2026'],
        ['Kommer från', 'Trygghetsvandring i Sandviken'],
        ['Senast ändrad', '23 november 2026'],
      ]);
      expect(text(light)).to.contain('Gångvägen var helt mörk på en sträcka av 150 meter.');
      expect(light.querySelector('dd a')?.getAttribute('href')).to.equal('https://www.kommun.example/gata');
      expect(facts(article(tracker, 'Nya lampor i Bäckparken'))).to.deep.include(['Kommer från', 'Rapport TRG-2026-00001']);
      expect(facts(article(tracker, 'Fler vuxna på torget på fredagar')).map(([term]) => term)).not.to.include('Måldatum');
      expect(count(tracker)).to.equal('Visar 7 av 7 åtgärder');
      expect(part(tracker, 'count')!.getAttribute('role')).to.equal('status');
      await expect(tracker).to.be.accessible();
    });

    it('tells the page how many measures arrived, and asks for them once', async () => {
      const requests = serveMeasures(sandviken());
      const tracker = document.createElement('trygg-measure-tracker');
      tracker.apiBase = apiBase;
      const loaded = oneEvent(tracker, 'trygg-load');
      document.body.append(tracker);
      expect(((await loaded) as CustomEvent<TryggLoadDetail>).detail).to.deep.equal({ count: 6 });
      await settled(tracker);
      expect(requests.map((url) => url.href)).to.deep.equal([`${apiBase}measures`]);
      tracker.remove();
    });

    it('shows each status with its label, an icon of its own shape, and the public reason where there is one', async () => {
      serveMeasures(sandviken());
      const tracker = await mount(html`<trygg-measure-tracker api-base=${apiBase}></trygg-measure-tracker>`);
      const statusOf = (title: string) => article(tracker, title).querySelector('[part~="status"]')!;
      const expected: [string, string][] = [
        ['Fler vuxna på torget på fredagar', 'Mottagen'],
        ['Väderskydd vid hållplatsen', 'Planerad'],
        ['Klippa buskarna vid gångtunneln', 'Pågår'],
        ['Ny belysning på gångvägen mot skolan', 'Klar'],
        ['Belysning vid entréerna', 'Överlämnad till fastighetsägaren — deras beslut'],
        ['Kameror på torget', 'Genomförs inte'],
      ];
      const shapes = new Set<string>();
      for (const [title, label] of expected) {
        const status = statusOf(title);
        expect(text(status), title).to.equal(label);
        const icon = status.querySelector('svg')!;
        expect(icon.getAttribute('aria-hidden')).to.equal('true');
        shapes.add(icon.innerHTML.replace(/<!--[^>]*-->/g, ''));
      }
      expect(shapes.size, 'one shape per status').to.equal(6);
      expect(text(article(tracker, 'Belysning vid entréerna').querySelector('[part~="reason"]'))).to.equal(forwardedReason);
      expect(text(article(tracker, 'Kameror på torget').querySelector('[part~="reason"]'))).to.equal(declinedReason);
      expect(article(tracker, 'Väderskydd vid hållplatsen').querySelector('[part~="reason"]')).to.equal(null);
    });

    it('marks a target that has passed as late while the measure is open, and only then', async () => {
      serveMeasures(sandviken());
      const tracker = await mount(html`<trygg-measure-tracker api-base=${apiBase}></trygg-measure-tracker>`);
      const late = articles(tracker)
        .filter((candidate) => candidate.querySelector('[part~="late"]'))
        .map((candidate) => text(candidate.querySelector('h2')));
      // The forwarded measure's target has passed too, but it is no longer the municipality's to do.
      expect(late).to.deep.equal(['Klippa buskarna vid gångtunneln']);
      expect(facts(article(tracker, 'Klippa buskarna vid gångtunneln'))).to.deep.include(['Måldatum', '20 november 2026 försenad']);
    });

    it('knows today from the clock, in Swedish time', async () => {
      sinon.restore();
      sinon.useFakeTimers({ now: Date.parse('2026-11-20T23:30:00Z'), toFake: ['Date'] });
      serveMeasures(sandviken());
      const tracker = await mount(html`<trygg-measure-tracker api-base=${apiBase}></trygg-measure-tracker>`);
      // 00:30 on 21 November in Stockholm: the target of 20 November has passed.
      expect(article(tracker, 'Klippa buskarna vid gångtunneln').querySelector('[part~="late"]')).to.exist;
      sinon.restore();
      sinon.useFakeTimers({ now: Date.parse('2026-11-20T22:30:00Z'), toFake: ['Date'] });
      tracker.requestUpdate();
      await tracker.updateComplete;
      expect(article(tracker, 'Klippa buskarna vid gångtunneln').querySelector('[part~="late"]')).to.equal(null);
    });

    it('uses the heading level the page asks for', async () => {
      serveMeasures(sandviken());
      const tracker = await mount(html`<trygg-measure-tracker api-base=${apiBase} heading-level="4"></trygg-measure-tracker>`);
      expect(shadow(tracker).querySelectorAll('article > h4')).to.have.length(6);
      expect(shadow(tracker).querySelector('h2, h3')).to.equal(null);
    });
  });

  describe('the timeline', () => {
    it('opens and closes with a disclosure button, by keyboard, showing each change with its date and note', async () => {
      serveMeasures(sandviken());
      const tracker = await mount(html`<trygg-measure-tracker api-base=${apiBase}></trygg-measure-tracker>`);
      const light = article(tracker, 'Ny belysning på gångvägen mot skolan');
      const button = light.querySelector<HTMLButtonElement>('[part~="timeline-button"]')!;
      expect(text(button)).to.equal('Visa vad som har hänt');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(shadow(tracker).querySelector('[part~="timeline"]'), 'rendered only when opened').to.equal(null);

      button.focus();
      await sendKeys({ press: 'Enter' });
      await tracker.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(focused(tracker)).to.equal(button);
      const entries = [...light.querySelectorAll('[part~="timeline"] > li')].map((entry) => text(entry));
      expect(entries).to.deep.equal([
        'Mottagen 4 november 2026 Fyra deltagare tog upp den mörka gångvägen.',
        'Planerad 9 november 2026 Två nya stolpar är beställda.',
        'Pågår 17 november 2026',
        'Klar 23 november 2026 Stolparna lyser.',
      ]);
      expect(shadow(tracker).querySelectorAll('[part~="timeline"]'), 'the others stay closed').to.have.length(1);
      await expect(tracker).to.be.accessible();

      await sendKeys({ press: 'Space' });
      await tracker.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(light.querySelector('[part~="timeline"]')).to.equal(null);
    });

    it('stays with its measure when the list is filtered', async () => {
      serveMeasures(sandviken());
      const tracker = await mount(html`<trygg-measure-tracker api-base=${apiBase}></trygg-measure-tracker>`);
      article(tracker, 'Kameror på torget').querySelector<HTMLButtonElement>('[part~="timeline-button"]')!.click();
      await tracker.updateComplete;
      const field = shadow(tracker).querySelector<HTMLInputElement>('#q')!;
      field.value = 'torg';
      field.dispatchEvent(new InputEvent('input'));
      await tracker.updateComplete;
      expect(titles(tracker)).to.deep.equal(['Fler vuxna på torget på fredagar', 'Kameror på torget']);
      expect(article(tracker, 'Kameror på torget').querySelector('[part~="timeline"]')).to.exist;
      expect(article(tracker, 'Fler vuxna på torget på fredagar').querySelector('[part~="timeline"]')).to.equal(null);
    });
  });

  describe('many measures', () => {
    it('shows twenty at a time, and moves focus to the first of the next twenty', async () => {
      serveMeasures(manyMeasures(45));
      const tracker = await mount(html`<trygg-measure-tracker api-base=${apiBase}></trygg-measure-tracker>`);
      expect(articles(tracker)).to.have.length(20);
      expect(count(tracker)).to.equal('Visar 45 av 45 åtgärder');
      const more = part<HTMLButtonElement>(tracker, 'more-button')!;
      expect(text(more)).to.equal('Visa fler åtgärder');
      more.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => articles(tracker).length === 40, 'the next twenty');
      await tracker.updateComplete;
      expect(focused(tracker)).to.equal(articles(tracker)[20]);
      expect(text(articles(tracker)[20]!.querySelector('h2'))).to.equal('Åtgärd nummer 20');
      part<HTMLButtonElement>(tracker, 'more-button')!.click();
      await tracker.updateComplete;
      expect(articles(tracker)).to.have.length(45);
      expect(part(tracker, 'more-button')).to.equal(null);
    });

    it('starts again from twenty when the filters change', async () => {
      serveMeasures(manyMeasures(45));
      const tracker = await mount(html`<trygg-measure-tracker api-base=${apiBase}></trygg-measure-tracker>`);
      part<HTMLButtonElement>(tracker, 'more-button')!.click();
      await tracker.updateComplete;
      expect(articles(tracker)).to.have.length(40);
      const field = shadow(tracker).querySelector<HTMLInputElement>('#q')!;
      field.value = 'nummer';
      field.dispatchEvent(new InputEvent('input'));
      await tracker.updateComplete;
      expect(articles(tracker)).to.have.length(20);
    });
  });

  describe('empty', () => {
    it('says so when there are no measures at all', async () => {
      serveMeasures([]);
      const tracker = await mount(html`<trygg-measure-tracker api-base=${apiBase}></trygg-measure-tracker>`);
      expect(text(part(tracker, 'empty'))).to.equal('Det finns inga åtgärder att visa än.');
      expect(part(tracker, 'list')).to.equal(null);
      await expect(tracker).to.be.accessible();
    });
  });

  describe('error', () => {
    it('explains the failure, tells the page, and loads again past the cache when the resident retries', async () => {
      let healthy = false;
      const requests = serveMeasures(() => (healthy ? jsonResponse(measureList(sandviken())) : problemResponse(404)));
      const tracker = document.createElement('trygg-measure-tracker');
      tracker.apiBase = apiBase;
      const failed = oneEvent(tracker, 'trygg-error');
      document.body.append(tracker);
      const detail = ((await failed) as CustomEvent<TryggErrorDetail>).detail;
      await settled(tracker);
      expect(detail).to.deep.equal({ status: 404, kind: 'http', message: 'Vi hittade inte det du sökte.' });
      const alert = part(tracker, 'error')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(text(alert)).to.equal('Vi hittade inte det du sökte. Försök igen');
      await expect(tracker).to.be.accessible();

      healthy = true;
      part<HTMLButtonElement>(tracker, 'retry-button')!.click();
      await waitUntil(() => part(tracker, 'count'), 'the measures after retrying');
      expect(count(tracker)).to.equal('Visar 6 av 6 åtgärder');
      expect(requests).to.have.length(2);
      tracker.remove();
    });
  });

  describe('not configured', () => {
    it('says that the service is not ready and tells the page, without asking anyone', async () => {
      const warn = sinon.stub(console, 'warn');
      const requests = serveMeasures(sandviken());
      const tracker = document.createElement('trygg-measure-tracker');
      const failed = oneEvent(tracker, 'trygg-error');
      document.body.append(tracker);
      expect(((await failed) as CustomEvent<TryggErrorDetail>).detail.kind).to.equal('not-configured');
      await settled(tracker);
      expect(text(part(tracker, 'not-configured'))).to.contain('inte färdig att använda');
      expect(warn.calledOnce).to.equal(true);
      expect(requests).to.deep.equal([]);
      await expect(tracker).to.be.accessible();
      tracker.remove();
    });
  });

  it('speaks English on an English page, dates and numbers included', async () => {
    serveMeasures(sandviken());
    const page = await fixture<HTMLElement>(html`<div lang="en-GB"><trygg-measure-tracker api-base=${apiBase}></trygg-measure-tracker></div>`);
    const tracker = await settled(page.querySelector('trygg-measure-tracker')!);
    await waitUntil(() => count(tracker).startsWith('Showing'), 'English texts');
    expect(count(tracker)).to.equal('Showing 6 of 6 measures');
    expect(text(part(tracker, 'summary-text'))).to.equal(
      'Remarks: 13 · Received: 1 · Planned: 1 · In progress: 1 · Done: 1 · Forwarded to the property owner: 1 · Will not be done: 1',
    );
    const bushes = article(tracker, 'Klippa buskarna vid gångtunneln');
    expect(text(bushes.querySelector('[part~="status"]'))).to.equal('In progress');
    expect(facts(bushes)).to.deep.include(['Target date', '20 November 2026 late']);
    expect(text(shadow(tracker).querySelector('label[for="q"]'))).to.equal('Search by measure or place');
  });
});
