import { expect, html } from '@open-wc/testing';
import sinon from 'sinon';
import { naughtyStrings } from '../helpers/blns.js';
import { apiBase, article, articles, freshPagePerTest, mount, part, search, serveMeasures, shadow, text, titles } from './driver.js';
import { measure } from './fixtures.js';

const clean = (value: string) => value.replace(/\s+/g, ' ').trim();

describe('<trygg-measure-tracker> with hostile data', () => {
  freshPagePerTest();

  it('shows every hostile string in titles, places, reasons and notes as text, and runs none of it', async () => {
    const printable = naughtyStrings.filter((value) => clean(value) !== '');
    const items = printable.map((value, index) =>
      measure({
        id: `n${index}`,
        title: value,
        place: value,
        area: 'Sandviken',
        status: 'declined',
        publicReason: value,
        description: value,
        responsibleParty: { id: `p${index % 3}`, name: value, kind: 'other' },
        origin: { kind: 'walk', walkId: '2', walkTitle: value },
        timeline: [{ status: 'declined', at: '2026-11-20T10:00:00Z', note: value }],
        updatedAt: new Date(Date.UTC(2026, 10, 20) - index * 60_000).toISOString(),
      }),
    );
    serveMeasures(items);
    const alert = sinon.stub(window, 'alert');
    const tracker = await mount(html`<trygg-measure-tracker api-base=${apiBase}></trygg-measure-tracker>`);
    while (part(tracker, 'more-button')) {
      part<HTMLButtonElement>(tracker, 'more-button')!.click();
      await tracker.updateComplete;
    }
    expect(titles(tracker)).to.deep.equal(printable.map(clean));
    for (const element of articles(tracker)) element.querySelector<HTMLButtonElement>('[part~="timeline-button"]')!.click();
    await tracker.updateComplete;

    for (const [index, value] of printable.entries()) {
      const shown = articles(tracker)[index]!;
      expect(text(shown.querySelector('[part~="reason"]')), `reason ${index}`).to.equal(clean(value));
      expect(text(shown.querySelector('[part~="timeline"] p')), `note ${index}`).to.equal(clean(value));
      expect(text(shown.querySelector('dd')), `place ${index}`).to.equal(clean(`${value} (Sandviken)`));
    }
    const tags = new Set([...shadow(tracker).querySelectorAll('*')].map((element) => element.localName));
    for (const tag of ['script', 'img', 'iframe', 'object', 'embed', 'style', 'a']) expect(tags.has(tag), tag).to.equal(false);
    const handlers = [...shadow(tracker).querySelectorAll('*')].flatMap((element) => element.getAttributeNames().filter((name) => name.startsWith('on')));
    expect(handlers).to.deep.equal([]);
    expect(alert.called).to.equal(false);
  });

  it('searches hostile text without breaking', async () => {
    serveMeasures(naughtyStrings.slice(0, 60).map((value, index) => measure({ id: `s${index}`, title: `${value} #${index}`, place: value })));
    const tracker = await mount(html`<trygg-measure-tracker api-base=${apiBase}></trygg-measure-tracker>`);
    for (const value of naughtyStrings.slice(0, 60)) await search(tracker, value);
    await search(tracker, '#59');
    expect(titles(tracker)).to.deep.equal([clean(`${naughtyStrings[59]} #59`)]);
  });

  it('links only to http and https addresses from the data; other addresses stay plain text', async () => {
    serveMeasures([
      measure({
        id: 'links',
        title: 'Länkarna',
        responsibleParty: { id: 'x', name: 'Fastighetsägaren', kind: 'property_owner', url: 'javascript:alert(1)' },
        links: [
          { label: 'Webbsidan', url: 'https://www.kommun.example/atgard' },
          { label: 'Gammal sida', url: 'http://www.kommun.example/gammal' },
          { label: 'Skript', url: 'javascript:alert(1)' },
          { label: 'Data', url: 'data:text/html,<script>alert(1)</script>' },
          { label: 'E-post', url: 'mailto:gata@kommun.example' },
          { label: 'Telefon', url: 'tel:+46101234500' },
          { label: 'Trasig', url: 'https://' },
        ],
      }),
    ]);
    const tracker = await mount(html`<trygg-measure-tracker api-base=${apiBase}></trygg-measure-tracker>`);
    const shown = article(tracker, 'Länkarna');
    const links = [...shown.querySelectorAll('a')].map((link) => [text(link), link.getAttribute('href')]);
    expect(links).to.deep.equal([
      ['Webbsidan', 'https://www.kommun.example/atgard'],
      ['Gammal sida', 'http://www.kommun.example/gammal'],
    ]);
    expect([...shown.querySelectorAll('[part~="links"] li')].map((item) => text(item))).to.deep.equal([
      'Webbsidan',
      'Gammal sida',
      'Skript',
      'Data',
      'E-post',
      'Telefon',
      'Trasig',
    ]);
    expect(text(shown.querySelectorAll('dd')[1])).to.equal('Fastighetsägaren');
    await expect(tracker).to.be.accessible();
  });
});
