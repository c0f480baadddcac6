import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { TryggFilterChangeDetail, TryggMeasureTracker } from '../../src/measure-tracker/measure-tracker.js';
import {
  apiBase,
  choose,
  freshPagePerTest,
  count,
  focused,
  mount,
  part,
  search,
  serveMeasures,
  settled,
  shadow,
  statusBox,
  text,
  titles,
} from './driver.js';
import { backbyConcern, measure, sandviken } from './fixtures.js';

const otherWalk = () =>
  measure({
    id: 'station',
    title: 'Bättre belysning i cykeltunneln',
    place: 'Cykeltunneln vid stationen',
    area: 'Centrum',
    status: 'planned',
    origin: { kind: 'walk', walkId: '5', walkTitle: 'Trygghetsvandring vid stationen' },
    updatedAt: '2026-11-01T10:00:00Z',
  });

const everything = () => [...sandviken(), backbyConcern(), otherWalk()];

/** Records the trygg-filter-change events of a tracker. */
function filterChanges(tracker: TryggMeasureTracker): TryggFilterChangeDetail[] {
  const details: TryggFilterChangeDetail[] = [];
  tracker.addEventListener('trygg-filter-change', (event) => details.push(event.detail));
  return details;
}

describe('<trygg-measure-tracker> filters', () => {
  freshPagePerTest();

  it('offers search, status, area, walk, responsible party and order, each with a visible label', async () => {
    serveMeasures(everything());
    const tracker = await mount(html`<trygg-measure-tracker api-base=${apiBase}></trygg-measure-tracker>`);
    const filters = part(tracker, 'filters')!;
    expect(filters.getAttribute('role')).to.equal('search');
    const labels = [...filters.querySelectorAll('label[for]')].map((label) => text(label));
    expect(labels).to.deep.equal(['Sök på åtgärd eller plats', 'Område', 'Trygghetsvandring', 'Ansvarig', 'Sortera efter']);
    expect(text(filters.querySelector('legend'))).to.equal('Status');
    expect([...filters.querySelectorAll('fieldset label')].map((label) => text(label))).to.deep.equal([
      'Mottagen',
      'Planerad',
      'Pågår',
      'Klar',
      'Överlämnad till fastighetsägaren',
      'Genomförs inte',
    ]);
    const options = (id: string) => [...shadow(tracker).querySelectorAll(`#${id} option`)].map((option) => text(option));
    expect(options('area')).to.deep.equal(['Alla', 'Bäckby', 'Centrum', 'Sandviken']);
    expect(options('walk')).to.deep.equal(['Alla', 'Trygghetsvandring i Sandviken', 'Trygghetsvandring vid stationen']);
    expect(options('responsible')).to.deep.equal(['Alla', 'Bostadsbolaget Hemgården', 'Gatuförvaltningen', 'Park och natur']);
    expect(options('sort')).to.deep.equal(['Senast ändrad', 'Måldatum', 'Plats']);
  });

  it('does not offer a choice where the data has only one value', async () => {
    serveMeasures(sandviken());
    const tracker = await mount(html`<trygg-measure-tracker api-base=${apiBase}></trygg-measure-tracker>`);
    expect(shadow(tracker).querySelector('#walk')).to.equal(null);
    expect(shadow(tracker).querySelector('#area')).to.equal(null);
    expect(shadow(tracker).querySelector('#responsible')).to.exist;
  });

  it('narrows the list as the resident types, announces the count and tells the page', async () => {
    serveMeasures(everything());
    const tracker = await mount(html`<trygg-measure-tracker api-base=${apiBase}></trygg-measure-tracker>`);
    const changes = filterChanges(tracker);
    shadow(tracker).querySelector<HTMLInputElement>('#q')!.focus();
    await sendKeys({ type: 'belysning' });
    await tracker.updateComplete;
    expect(titles(tracker)).to.deep.equal(['Ny belysning på gångvägen mot skolan', 'Belysning vid entréerna', 'Bättre belysning i cykeltunneln']);
    expect(count(tracker)).to.equal('Visar 3 av 8 åtgärder');
    expect(part(tracker, 'count')!.getAttribute('role')).to.equal('status');
    expect(changes).to.have.length('belysning'.length);
    expect(changes.at(-1)).to.deep.equal({ filters: { status: [], q: 'belysning', sort: 'updated' }, shown: 3 });
    await expect(tracker).to.be.accessible();
  });

  it('combines the status boxes with the choices, by keyboard', async () => {
    serveMeasures(everything());
    const tracker = await mount(html`<trygg-measure-tracker api-base=${apiBase}></trygg-measure-tracker>`);
    statusBox(tracker, 'Planerad').focus();
    await sendKeys({ press: 'Space' });
    await tracker.updateComplete;
    expect(titles(tracker)).to.deep.equal(['Väderskydd vid hållplatsen', 'Bättre belysning i cykeltunneln']);
    statusBox(tracker, 'Klar').click();
    await tracker.updateComplete;
    expect(titles(tracker)).to.have.length(4);
    await choose(tracker, 'area', 'Sandviken');
    expect(titles(tracker)).to.deep.equal(['Ny belysning på gångvägen mot skolan', 'Väderskydd vid hållplatsen']);
    await choose(tracker, 'responsible', 'gatuavdelningen');
    await choose(tracker, 'walk', '2');
    expect(titles(tracker)).to.deep.equal(['Ny belysning på gångvägen mot skolan', 'Väderskydd vid hållplatsen']);
    expect(count(tracker)).to.equal('Visar 2 av 8 åtgärder');
    expect(statusBox(tracker, 'Planerad').checked).to.equal(true);
    statusBox(tracker, 'Planerad').click();
    await tracker.updateComplete;
    expect(titles(tracker)).to.deep.equal(['Ny belysning på gångvägen mot skolan']);
    await expect(tracker).to.be.accessible();
  });

  it('sorts by latest change, target date or place', async () => {
    serveMeasures(sandviken());
    const tracker = await mount(html`<trygg-measure-tracker api-base=${apiBase}></trygg-measure-tracker>`);
    expect(titles(tracker)[0]).to.equal('Ny belysning på gångvägen mot skolan');
    await choose(tracker, 'sort', 'target');
    expect(titles(tracker)).to.deep.equal([
      'Belysning vid entréerna',
      'Klippa buskarna vid gångtunneln',
      'Ny belysning på gångvägen mot skolan',
      'Väderskydd vid hållplatsen',
      'Fler vuxna på torget på fredagar',
      'Kameror på torget',
    ]);
    await choose(tracker, 'sort', 'place');
    expect(titles(tracker).slice(0, 2)).to.deep.equal(['Klippa buskarna vid gångtunneln', 'Ny belysning på gångvägen mot skolan']);
    expect(location.hash).to.equal('#trygg-measures?sort=place');
  });

  it('says when nothing matches and offers to clear the filters, then focuses the search field', async () => {
    serveMeasures(everything());
    const tracker = await mount(html`<trygg-measure-tracker api-base=${apiBase}></trygg-measure-tracker>`);
    await choose(tracker, 'sort', 'place');
    statusBox(tracker, 'Klar').click();
    await search(tracker, 'ingenting sådant');
    expect(part(tracker, 'list')).to.equal(null);
    expect(text(part(tracker, 'empty'))).to.equal('Ingen åtgärd passar det du har valt. Visa alla åtgärder');
    expect(count(tracker)).to.equal('Visar 0 av 8 åtgärder');
    await expect(tracker).to.be.accessible();

    const changes = filterChanges(tracker);
    part<HTMLButtonElement>(tracker, 'clear-button')!.click();
    await waitUntil(() => focused(tracker)?.id === 'q', 'focus on the search field');
    expect(titles(tracker)).to.have.length(8);
    expect(shadow(tracker).querySelector<HTMLInputElement>('#q')!.value).to.equal('');
    expect(statusBox(tracker, 'Klar').checked).to.equal(false);
    expect(changes).to.deep.equal([{ filters: { status: [], sort: 'place' }, shown: 8 }]);
    expect(location.hash, 'the order is not a filter').to.equal('#trygg-measures?sort=place');
  });

  it('asks the server only for its walk and area, and filters status in the browser', async () => {
    const requests = serveMeasures(sandviken());
    const tracker = await mount(
      html`<trygg-measure-tracker api-base=${apiBase} walk="2" area="Sandviken" status="planned, in_progress"></trygg-measure-tracker>`,
    );
    expect(requests.map((url) => url.href)).to.deep.equal([`${apiBase}measures?walk=2&area=Sandviken`]);
    expect(titles(tracker)).to.deep.equal(['Klippa buskarna vid gångtunneln', 'Väderskydd vid hållplatsen']);
    expect(statusBox(tracker, 'Pågår').checked).to.equal(true);
    expect(statusBox(tracker, 'Mottagen').checked).to.equal(false);
    expect(text(part(tracker, 'summary-text')), 'the summary covers the whole walk').to.equal(
      'Synpunkter: 13 · Mottagen: 1 · Planerad: 1 · Pågår: 1 · Klar: 1 · Överlämnad till fastighetsägaren: 1 · Genomförs inte: 1',
    );
    expect(location.hash, 'attributes never write the address').to.equal('');
  });

  describe('in the address', () => {
    it('keeps the filters in the fragment without adding history entries', async () => {
      serveMeasures(everything());
      const tracker = await mount(html`<trygg-measure-tracker api-base=${apiBase}></trygg-measure-tracker>`);
      const entries = history.length;
      await search(tracker, 'b');
      await search(tracker, 'bä');
      statusBox(tracker, 'Planerad').click();
      statusBox(tracker, 'Klar').click();
      await choose(tracker, 'area', 'Centrum');
      expect(location.hash).to.equal('#trygg-measures?status=planned&status=done&area=Centrum&q=b%C3%A4');
      expect(history.length).to.equal(entries);
      expect(titles(tracker)).to.deep.equal(['Bättre belysning i cykeltunneln']);
    });

    it('opens a linked view: the fragment wins over the attributes, and the tracker scrolls into view once', async () => {
      history.replaceState(null, '', '#trygg-measures?walk=2&status=done&status=declined&q=kamer');
      serveMeasures(everything());
      const tracker = document.createElement('trygg-measure-tracker');
      const scroll = sinon.spy(tracker, 'scrollIntoView');
      tracker.setAttribute('api-base', apiBase);
      tracker.setAttribute('status', 'planned');
      await fixture(html`<div>${tracker}</div>`);
      await settled(tracker);
      expect(titles(tracker)).to.deep.equal(['Kameror på torget']);
      expect(shadow(tracker).querySelector<HTMLInputElement>('#q')!.value).to.equal('kamer');
      expect(shadow(tracker).querySelector<HTMLSelectElement>('#walk')!.value).to.equal('2');
      expect(statusBox(tracker, 'Genomförs inte').checked).to.equal(true);
      expect(statusBox(tracker, 'Planerad').checked).to.equal(false);
      expect(scroll.callCount).to.equal(1);
      await search(tracker, 'kamera');
      expect(scroll.callCount).to.equal(1);
    });

    it('survives a reload: a new tracker on the same address shows the same view', async () => {
      serveMeasures(everything());
      const first = await mount(html`<trygg-measure-tracker api-base=${apiBase}></trygg-measure-tracker>`);
      await choose(first, 'responsible', 'park-och-natur');
      await choose(first, 'sort', 'target');
      first.remove();
      const second = await mount(html`<trygg-measure-tracker api-base=${apiBase}></trygg-measure-tracker>`);
      expect(titles(second)).to.deep.equal(['Klippa buskarna vid gångtunneln']);
      expect(shadow(second).querySelector<HTMLSelectElement>('#sort')!.value).to.equal('target');
    });

    it('shows a linked walk that has no measures as chosen, with nothing to show', async () => {
      history.replaceState(null, '', '#trygg-measures?walk=99');
      serveMeasures(sandviken());
      const tracker = await mount(html`<trygg-measure-tracker api-base=${apiBase}></trygg-measure-tracker>`);
      expect(shadow(tracker).querySelector<HTMLSelectElement>('#walk')!.value).to.equal('99');
      expect(text(part(tracker, 'empty'))).to.contain('Ingen åtgärd passar det du har valt.');
    });

    it('leaves a fragment that is not its own alone until the resident filters', async () => {
      history.replaceState(null, '', '#privacy');
      serveMeasures(sandviken());
      const tracker = await mount(html`<trygg-measure-tracker api-base=${apiBase} status="done"></trygg-measure-tracker>`);
      expect(titles(tracker)).to.deep.equal(['Ny belysning på gångvägen mot skolan']);
      expect(location.hash).to.equal('#privacy');
      statusBox(tracker, 'Pågår').click();
      await tracker.updateComplete;
      expect(location.hash).to.equal('#trygg-measures?status=in_progress&status=done');
    });

    it('follows a link to its fragment on the same page: filters, tells the page, and takes the reader there', async () => {
      serveMeasures(everything());
      const page = await fixture<HTMLElement>(html`<div><p>Sidans början</p><trygg-measure-tracker api-base=${apiBase}></trygg-measure-tracker></div>`);
      page.querySelector('p')!.style.blockSize = '3000px';
      const tracker = await settled(page.querySelector('trygg-measure-tracker')!);
      scrollTo(0, 0);
      const changed = oneEvent(tracker, 'trygg-filter-change');
      location.hash = '#trygg-measures?walk=5';
      const { detail } = (await changed) as CustomEvent<TryggFilterChangeDetail>;
      expect(detail).to.deep.equal({ filters: { status: [], walk: '5', sort: 'updated' }, shown: 1 });
      await waitUntil(() => focused(tracker) === part(tracker, 'count'), 'focus on the result count');
      expect(titles(tracker)).to.deep.equal(['Bättre belysning i cykeltunneln']);
      expect(count(tracker)).to.equal('Visar 1 av 8 åtgärder');
      const { top, bottom } = part(tracker, 'count')!.getBoundingClientRect();
      expect(top >= 0 && bottom <= innerHeight, 'the count is in view').to.equal(true);

      location.hash = '#privacy';
      await oneEvent(window, 'hashchange');
      await tracker.updateComplete;
      expect(titles(tracker), 'another fragment changes nothing').to.deep.equal(['Bättre belysning i cykeltunneln']);
    });

    it('still filters where the page may not change its address (a sandboxed frame)', async () => {
      serveMeasures(sandviken());
      const tracker = await mount(html`<trygg-measure-tracker api-base=${apiBase}></trygg-measure-tracker>`);
      sinon.stub(history, 'replaceState').throws(new DOMException('Blocked', 'SecurityError'));
      await search(tracker, 'torg');
      expect(titles(tracker)).to.deep.equal(['Fler vuxna på torget på fredagar', 'Kameror på torget']);
      expect(location.hash).to.equal('');
    });

    it('stops listening when it leaves the page', async () => {
      serveMeasures(sandviken());
      const tracker = await mount(html`<trygg-measure-tracker api-base=${apiBase}></trygg-measure-tracker>`);
      const changes = filterChanges(tracker);
      tracker.remove();
      location.hash = '#trygg-measures?status=done';
      await oneEvent(window, 'hashchange');
      expect(changes).to.deep.equal([]);
    });
  });
});
