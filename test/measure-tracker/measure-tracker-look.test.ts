import { expect, fixture, html } from '@open-wc/testing';
import type { MeasureStatus } from '../../src/core/api-types.js';
import { apiBase, article, freshPagePerTest, part, serveMeasures, settled, shadow } from './driver.js';
import { measure, sandviken } from './fixtures.js';

/** WCAG 2.x relative luminance of a computed `rgb(…)` colour. */
function luminance(color: string): number {
  const channels = color.match(/[\d.]+/g)!.slice(0, 3).map(Number);
  const [r, g, b] = channels.map((value) => {
    const channel = value / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(foreground: string, background: string): number {
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const statuses: MeasureStatus[] = ['received', 'planned', 'in_progress', 'done', 'forwarded', 'declined'];

async function onPage(background: string, colorScheme: string) {
  serveMeasures(statuses.map((status) => measure({ id: status, title: status, status })));
  const page = await fixture<HTMLElement>(html`<div><trygg-measure-tracker api-base=${apiBase}></trygg-measure-tracker></div>`);
  page.style.background = background;
  page.style.colorScheme = colorScheme;
  return settled(page.querySelector('trygg-measure-tracker')!);
}

describe('<trygg-measure-tracker> look', () => {
  freshPagePerTest();

  it('draws every status in a colour with at least 4.5:1 contrast on white', async () => {
    const tracker = await onPage('#ffffff', 'light');
    for (const status of statuses) {
      const color = getComputedStyle(article(tracker, status).querySelector('[part~="status"]')!).color;
      expect(contrast(color, 'rgb(255, 255, 255)'), `${status} ${color}`).to.be.at.least(4.5);
    }
  });

  it('switches to colours with at least 4.5:1 contrast on the dark theme (#1b1b1b, color-scheme dark)', async () => {
    const tracker = await onPage('#1b1b1b', 'dark');
    const colors = new Set<string>();
    for (const status of statuses) {
      const color = getComputedStyle(article(tracker, status).querySelector('[part~="status"]')!).color;
      colors.add(color);
      expect(contrast(color, 'rgb(27, 27, 27)'), `${status} ${color}`).to.be.at.least(4.5);
    }
    expect(colors.size, 'six different colours').to.equal(6);
  });

  it('takes the site\'s own status colours from --trygg-status-<id>', async () => {
    const tracker = await onPage('#ffffff', 'light');
    tracker.style.setProperty('--trygg-status-in_progress', 'rgb(0, 0, 128)');
    const icon = article(tracker, 'in_progress').querySelector('[part~="status"] svg')!;
    expect(getComputedStyle(icon).color).to.equal('rgb(0, 0, 128)');
  });

  it('fits 320 px without scrolling sideways, even with long unbroken text', async () => {
    const long = 'Trygghetsvandringsuppföljningsåtgärdsbeskrivning'.repeat(6);
    serveMeasures([
      ...sandviken(),
      measure({
        title: long,
        place: long,
        area: long,
        description: long,
        publicReason: long,
        status: 'declined',
        responsibleParty: { id: 'long', name: long, kind: 'other', url: `https://www.kommun.example/${long}` },
        links: [{ label: long, url: `https://www.kommun.example/${long}` }],
      }),
    ]);
    const page = await fixture<HTMLElement>(html`<div><trygg-measure-tracker api-base=${apiBase}></trygg-measure-tracker></div>`);
    page.style.inlineSize = '320px';
    page.style.overflow = 'auto';
    const tracker = await settled(page.querySelector('trygg-measure-tracker')!);
    for (const button of shadow(tracker).querySelectorAll<HTMLButtonElement>('[part~="timeline-button"]')) button.click();
    await tracker.updateComplete;
    expect(page.scrollWidth).to.be.at.most(320);
  });

  it('gives every control a target of at least 44 px', async () => {
    serveMeasures(sandviken());
    const tracker = await settled(await fixture(html`<trygg-measure-tracker api-base=${apiBase}></trygg-measure-tracker>`));
    const controls = [
      ...shadow(tracker).querySelectorAll<HTMLElement>('input[type="search"], select, fieldset label, [part~="timeline-button"], a'),
    ];
    expect(controls.length).to.be.at.least(12);
    for (const control of controls) {
      expect(control.getBoundingClientRect().height, control.outerHTML.slice(0, 60)).to.be.at.least(44);
    }
    expect(part(tracker, 'progress')!.getBoundingClientRect().width).to.be.greaterThan(100);
  });
});
