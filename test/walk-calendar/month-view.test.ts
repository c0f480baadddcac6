import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { clearPageCache } from '../../src/core/cached-get.js';
import type { TryggWalkCalendar } from '../../src/walk-calendar/walk-calendar.js';
import { apiBase, freezeDate, renderCalendar, serveWalks, shadow, text, titles, walk } from './fixtures.js';

const february = walk({ title: 'Kvällsvandring i Bäckby', startsAt: '2027-02-16T17:00:00Z', endsAt: '2027-02-16T18:30:00Z' });
const februaryToo = walk({ title: 'Kvällsvandring i centrum', area: 'Centrum', startsAt: '2027-02-16T18:00:00Z', endsAt: '2027-02-16T19:30:00Z' });
// 00:30 Swedish time on the night the clocks go forward: the 28th in Stockholm, the 27th in UTC.
const springNight = walk({ title: 'Nattvandring', startsAt: '2027-03-27T23:30:00Z', endsAt: '2027-03-28T01:30:00Z' });
const autumn = walk({ title: 'Höstvandring', startsAt: '2027-10-31T16:00:00Z', endsAt: '2027-10-31T18:00:00Z' });

const grid = (element: TryggWalkCalendar) => shadow(element).querySelector('[role="grid"]')!;
const focusedCell = (element: TryggWalkCalendar) => shadow(element).activeElement as HTMLTableCellElement | null;
const cellLabel = (cell: Element | null) => text(cell?.querySelector('.visually-hidden'));

async function renderMonth(): Promise<TryggWalkCalendar> {
  serveWalks([february, februaryToo, springNight, autumn]);
  const element = await renderCalendar(html`<trygg-walk-calendar api-base=${apiBase} view="month"></trygg-walk-calendar>`);
  await waitUntil(() => shadow(element).querySelector('[role="grid"]'), 'the month grid loads');
  return element;
}

async function press(element: TryggWalkCalendar, key: string) {
  await sendKeys({ press: key });
  await element.updateComplete;
}

describe('<trygg-walk-calendar view="month">', () => {
  beforeEach(() => {
    clearPageCache();
    freezeDate();
  });
  afterEach(() => sinon.restore());

  it('opens on the month of the next walk, with that day chosen and its walks listed below', async () => {
    const element = await renderMonth();
    expect(text(shadow(element).querySelector('#month-title'))).to.equal('februari 2027');
    expect(grid(element).getAttribute('aria-labelledby')).to.equal('month-title');
    expect([...grid(element).querySelectorAll('th')].map((th) => th.textContent)).to.deep.equal(['mån', 'tis', 'ons', 'tors', 'fre', 'lör', 'sön']);
    const chosen = grid(element).querySelector('[aria-selected="true"]')!;
    expect(chosen.getAttribute('tabindex')).to.equal('0');
    expect(grid(element).querySelectorAll('[tabindex="0"]')).to.have.length(1);
    expect(cellLabel(chosen)).to.equal('tisdag 16 februari, 2 vandringar');
    expect(text(shadow(element).querySelector('#day-title'))).to.equal('tisdag 16 februari');
    expect(titles(element)).to.deep.equal([february.title, februaryToo.title]);
    expect(shadow(element).querySelector('ul[aria-labelledby="day-title"]')).to.exist;
    await expect(element).to.be.accessible();
  });

  it('moves between days and weeks with the arrow keys, and between months with Page Up and Page Down', async () => {
    const element = await renderMonth();
    grid(element).querySelector<HTMLElement>('[tabindex="0"]')!.focus();

    await press(element, 'ArrowRight');
    expect(cellLabel(focusedCell(element))).to.equal('onsdag 17 februari');
    expect(focusedCell(element)!.getAttribute('aria-selected')).to.equal('true');
    expect(text(shadow(element).querySelector('#day-title'))).to.equal('onsdag 17 februari');
    expect(text(shadow(element).querySelector('#day-title + p'))).to.equal('Inga vandringar den här dagen.');

    await press(element, 'ArrowUp');
    expect(cellLabel(focusedCell(element))).to.equal('onsdag 10 februari');
    await press(element, 'ArrowDown');
    await press(element, 'ArrowLeft');
    expect(cellLabel(focusedCell(element))).to.equal('tisdag 16 februari, 2 vandringar');
    await press(element, 'Home');
    expect(cellLabel(focusedCell(element))).to.equal('måndag 15 februari');
    await press(element, 'End');
    expect(cellLabel(focusedCell(element))).to.equal('söndag 21 februari');

    await press(element, 'PageDown');
    expect(text(shadow(element).querySelector('#month-title'))).to.equal('mars 2027');
    expect(cellLabel(focusedCell(element))).to.equal('söndag 21 mars');
    await press(element, 'ArrowDown');
    expect(cellLabel(focusedCell(element)), 'the night walk is on the 28th in Swedish time').to.equal('söndag 28 mars, 1 vandring');
    expect(titles(element)).to.deep.equal([springNight.title]);

    await press(element, 'ArrowDown');
    expect(text(shadow(element).querySelector('#month-title')), 'arrows cross into the next month').to.equal('april 2027');
    expect(cellLabel(focusedCell(element))).to.equal('söndag 4 april');
    await press(element, 'PageUp');
    await press(element, 'PageUp');
    expect(cellLabel(focusedCell(element))).to.equal('torsdag 4 februari');
    await expect(element).to.be.accessible();
  });

  it('lets the previous and next buttons change month without moving focus', async () => {
    const element = await renderMonth();
    const [previous, following] = [...shadow(element).querySelectorAll<HTMLButtonElement>('[part~="month-button"]')];
    expect(text(previous)).to.equal('Föregående månad');
    following!.focus();
    for (let month = 0; month < 8; month++) {
      following!.click();
      await element.updateComplete;
    }
    expect(text(shadow(element).querySelector('#month-title'))).to.equal('oktober 2027');
    expect(shadow(element).activeElement === following, 'focus stays on the button').to.equal(true);
    expect(grid(element).querySelector('[aria-selected="true"]')!.textContent).to.contain('16');
    const autumnDay = [...grid(element).querySelectorAll('td[tabindex]')].find((cell) => cellLabel(cell).startsWith('söndag 31 oktober'))!;
    expect(cellLabel(autumnDay)).to.equal('söndag 31 oktober, 1 vandring');
    expect(autumnDay.classList.contains('walk-day')).to.equal(true);
    (autumnDay as HTMLElement).click();
    await element.updateComplete;
    expect(titles(element)).to.deep.equal([autumn.title]);
    expect(text(shadow(element).querySelector('time'))).to.equal('söndag 31 oktober 2027 kl. 17:00–19:00');
  });

  it('follows the reading direction: on a right-to-left page the left arrow goes forward', async () => {
    serveWalks([february]);
    const page = await fixture<HTMLElement>(html`<div dir="rtl"><trygg-walk-calendar api-base=${apiBase} view="month"></trygg-walk-calendar></div>`);
    const element = page.querySelector<TryggWalkCalendar>('trygg-walk-calendar')!;
    await waitUntil(() => shadow(element).querySelector('[role="grid"]'), 'the month grid');
    grid(element).querySelector<HTMLElement>('[tabindex="0"]')!.focus();
    await press(element, 'ArrowLeft');
    expect(cellLabel(focusedCell(element))).to.equal('onsdag 17 februari');
    await press(element, 'ArrowRight');
    await press(element, 'ArrowRight');
    expect(cellLabel(focusedCell(element))).to.equal('måndag 15 februari');
  });

  it('marks today for the resident', async () => {
    sinon.restore();
    freezeDate('2027-02-03T09:00:00Z');
    const element = await renderMonth();
    expect(cellLabel(grid(element).querySelector('[aria-current="date"]'))).to.equal('onsdag 3 februari');
  });
});
