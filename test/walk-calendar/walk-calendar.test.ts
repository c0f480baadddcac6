import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { clearPageCache } from '../../src/core/cached-get.js';
import { TryggApiError } from '../../src/core/api-error.js';
import type { TryggApi } from '../../src/core/api.js';
import type { TryggErrorDetail, TryggLoadDetail } from '../../src/core/events.js';
import type { TryggWalkCalendar } from '../../src/walk-calendar/walk-calendar.js';
import { naughtyStrings } from '../helpers/blns.js';
import { problemResponse, silentFetch, stubFetch } from '../helpers/http.js';
import { apiBase, articles, facts, freezeDate, renderCalendar, serveWalks, shadow, text, titles, walk, walkList } from './fixtures.js';

const past = walk({
  title: 'Trygghetsvandring i Sandviken',
  area: 'Sandviken',
  startsAt: '2026-11-02T17:00:00Z',
  endsAt: '2026-11-02T19:00:00Z',
  status: 'held',
  measureCount: 7,
});
const older = walk({ title: 'Vandring i centrum 2025', area: 'Centrum', startsAt: '2025-10-14T16:00:00Z', endsAt: '2025-10-14T18:00:00Z', status: 'held' });
const next = walk({ title: 'Kvällsvandring i Bäckby' });
const spring = walk({
  title: 'Söndagsvandring längs Sjöpromenaden',
  area: 'Centrum',
  startsAt: '2027-03-28T12:00:00Z',
  endsAt: '2027-03-28T14:00:00Z',
  lighting: 'daylight',
  capacity: null,
  placesLeft: null,
});
const full = walk({ title: 'Vandring kring stationen', area: 'Stationsområdet', startsAt: '2027-04-20T15:00:00Z', endsAt: '2027-04-20T17:00:00Z', capacity: 12, placesLeft: 0, waitlistCount: 3, allowAnonymous: false });
const cancelled = walk({
  title: 'Trygghetsvandring i Ekbacken',
  area: 'Ekbacken',
  startsAt: '2027-05-11T16:00:00Z',
  endsAt: '2027-05-11T18:00:00Z',
  status: 'cancelled',
  cancellationReason: 'Förskolan byggs om, så vi flyttar vandringen till hösten.',
});
const autumn = walk({ title: 'Höstvandring i Sandviken', area: 'Sandviken', startsAt: '2027-10-31T16:00:00Z', endsAt: '2027-10-31T18:00:00Z' });
const all = [older, past, next, spring, full, cancelled, autumn];

describe('<trygg-walk-calendar>', () => {
  beforeEach(() => {
    clearPageCache();
    freezeDate();
  });
  afterEach(() => sinon.restore());

  it('keeps room for the walks while they load, and says that they load', async () => {
    stubFetch(silentFetch);
    const element = await fixture<TryggWalkCalendar>(html`<trygg-walk-calendar api-base=${apiBase}></trygg-walk-calendar>`);
    const loading = shadow(element).querySelector('[part="loading"]')!;
    expect(loading.getAttribute('role')).to.equal('status');
    expect(text(loading)).to.equal('Hämtar trygghetsvandringar…');
    expect(loading.getBoundingClientRect().height, 'the reserved height').to.be.greaterThan(300);
    await expect(element).to.be.accessible();
  });

  it('lists upcoming walks first, soonest first, with the next one highlighted, and asks only for walks from today', async () => {
    const fetch = serveWalks(all);
    const loaded = new Promise<TryggLoadDetail>((resolve) =>
      document.addEventListener('trygg-load', (event) => resolve((event as CustomEvent<TryggLoadDetail>).detail), { once: true }),
    );
    const element = await renderCalendar(html`<trygg-walk-calendar api-base=${apiBase}></trygg-walk-calendar>`);

    const request = new URL(String(fetch.firstCall.args[0]));
    expect(request.searchParams.get('from'), 'today in Stockholm').to.equal('2027-01-10');
    expect((await loaded).count).to.equal(5);
    expect(titles(element)).to.deep.equal([next.title, spring.title, full.title, cancelled.title, autumn.title]);
    const [first, second] = articles(element);
    expect(first!.getAttribute('part')).to.equal('walk next-walk');
    expect(text(first!.querySelector('.tags'))).to.contain('Nästa vandring');
    expect(second!.getAttribute('part')).to.equal('walk');
    expect(text(shadow(element).querySelector('[role="status"]'))).to.equal('5 vandringar');
    expect(shadow(element).querySelector('ul[role="list"] > li > article')).to.exist;
    await expect(element).to.be.accessible();
  });

  it('shows what a resident needs to decide: time in Swedish time, place with a map, daylight or dark, access, organiser, places', async () => {
    serveWalks([next, spring]);
    const element = await renderCalendar(html`<trygg-walk-calendar api-base=${apiBase}></trygg-walk-calendar>`);
    const [dark, daylight] = articles(element);
    expect(facts(dark!)).to.deep.equal({
      När: 'tisdag 16 februari 2027 kl. 18:00–19:30',
      Område: 'Bäckby',
      Samlingsplats: 'Bäckby skola, huvudentrén Visa på karta',
      Tillgänglighet: 'En kort backe vid gångbron.',
      Arrangör: 'Maria Lind trygghet@kommun.example 0000-12 34 56',
      Platser: '26 platser kvar',
    });
    expect(dark!.querySelector('time')!.getAttribute('datetime')).to.equal(next.startsAt);
    expect(text(dark!.querySelector('.tag.dark'))).to.equal('Efter mörkrets inbrott');
    expect(text(daylight!.querySelector('.tag.daylight'))).to.equal('I dagsljus');
    expect(facts(daylight!).Platser).to.equal('Ingen gräns');
    const map = dark!.querySelector<HTMLAnchorElement>('[part="map-link"]')!;
    expect(map.href).to.equal('https://www.openstreetmap.org/?mlat=59.3188&mlon=14.5412#map=17/59.3188/14.5412');
    expect(text(map)).to.equal('Visa på karta');
    expect(dark!.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!.href).to.equal('mailto:trygghet@kommun.example');
    expect(dark!.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!.href).to.equal('tel:0000123456');
  });

  it('says "1 plats kvar" for the last place and offers the waiting list when a walk is full', async () => {
    serveWalks([walk({ placesLeft: 1 }), full]);
    const element = await renderCalendar(html`<trygg-walk-calendar api-base=${apiBase}></trygg-walk-calendar>`);
    const [lastPlace, fullWalk] = articles(element);
    expect(facts(lastPlace!).Platser).to.equal('1 plats kvar');
    expect(facts(fullWalk!).Platser).to.equal('Fullt — väntelista');
    expect(text(fullWalk!.querySelector('[part~="signup-button"]'))).to.equal('Ställ dig på väntelistan');
  });

  it('renders times across both clock changes in Swedish time', async () => {
    const springForward = walk({ title: 'Natten till sommartid', startsAt: '2027-03-28T00:30:00Z', endsAt: '2027-03-28T01:30:00Z' });
    serveWalks([springForward, spring, autumn]);
    const element = await renderCalendar(html`<trygg-walk-calendar api-base=${apiBase}></trygg-walk-calendar>`);
    const times = articles(element).map((article) => text(article.querySelector('time')));
    expect(times).to.deep.equal([
      'söndag 28 mars 2027 kl. 01:30–03:30',
      'söndag 28 mars 2027 kl. 14:00–16:00',
      'söndag 31 oktober 2027 kl. 17:00–19:00',
    ]);
  });

  it('keeps cancelled walks in the list, marked "Inställd" with the reason, without sign-up or calendar link', async () => {
    serveWalks([cancelled]);
    const element = await renderCalendar(html`<trygg-walk-calendar api-base=${apiBase}></trygg-walk-calendar>`);
    const [article] = articles(element);
    expect(text(article!.querySelector('.tags'))).to.contain('Inställd');
    expect(text(article!.querySelector('.tags'))).not.to.contain('Nästa vandring');
    expect(text(article)).to.contain(cancelled.cancellationReason!);
    expect(article!.querySelector('[part~="signup-button"]')).to.equal(null);
    expect(article!.querySelector('[part~="calendar-link"]')).to.equal(null);
    expect(facts(article!)).not.to.have.property('Platser');
    await expect(element).to.be.accessible();
  });

  it('shows past walks on request, latest first, and links a held walk to its measures', async () => {
    const fetch = serveWalks(all);
    const element = await renderCalendar(
      html`<trygg-walk-calendar api-base=${apiBase} show-past measures-url="https://kommun.example/atgarder?x=1#top"></trygg-walk-calendar>`,
    );
    expect(new URL(String(fetch.firstCall.args[0])).searchParams.has('from'), 'every walk is asked for').to.equal(false);
    expect(titles(element).slice(-2)).to.deep.equal([past.title, older.title]);
    const pastList = shadow(element).querySelector('ul[aria-labelledby="past-title"]')!;
    expect(text(shadow(element).querySelector('#past-title'))).to.equal('Tidigare vandringar');
    expect(pastList.querySelectorAll('article')).to.have.length(2);
    const measures = pastList.querySelector<HTMLAnchorElement>('[part="measures-link"]')!;
    expect(measures.href).to.equal(`https://kommun.example/atgarder?x=1#trygg-measures?walk=${past.id}`);
    expect(text(measures)).to.equal('Åtgärder efter vandringen (7)');
    expect(pastList.querySelectorAll('[part="measures-link"]'), 'a held walk without measures has no link').to.have.length(1);
    expect(text(pastList.querySelector('.tags'))).to.contain('Genomförd');
    expect(pastList.querySelector('[part~="signup-button"]')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('links measures on this very page when no measures-url is given', async () => {
    serveWalks([past]);
    const element = await renderCalendar(html`<trygg-walk-calendar api-base=${apiBase} show-past></trygg-walk-calendar>`);
    const link = shadow(element).querySelector<HTMLAnchorElement>('[part="measures-link"]')!;
    expect(link.href).to.equal(`${location.href.split('#')[0]}#trygg-measures?walk=${past.id}`);
  });

  it('shows a compact "next walks" block with limit', async () => {
    serveWalks(all);
    const element = await renderCalendar(html`<trygg-walk-calendar api-base=${apiBase} limit="2"></trygg-walk-calendar>`);
    expect(titles(element)).to.deep.equal([next.title, spring.title]);
  });

  it('shows 50 walks at a time, and moves focus to the first added one', async () => {
    const many = Array.from({ length: 110 }, (_, index) =>
      walk({ title: `Vandring ${index + 1}`, startsAt: `2027-03-${String((index % 28) + 1).padStart(2, '0')}T${String(8 + Math.floor(index / 28)).padStart(2, '0')}:00:00Z` }),
    );
    serveWalks(many);
    const element = await renderCalendar(html`<trygg-walk-calendar api-base=${apiBase}></trygg-walk-calendar>`);
    expect(articles(element)).to.have.length(50);
    expect(text(shadow(element).querySelector('[role="status"]'))).to.equal('110 vandringar');
    const more = shadow(element).querySelector<HTMLButtonElement>('[part~="more-button"]')!;
    expect(text(more)).to.equal('Visa fler vandringar (60 till)');
    more.click();
    await waitUntil(() => shadow(element).activeElement === articles(element)[50], 'focus on the first added walk');
    expect(articles(element)).to.have.length(100);
    expect(text(more)).to.equal('Visa fler vandringar (10 till)');
    more.click();
    await waitUntil(() => articles(element).length === 110, 'all walks');
    expect(shadow(element).querySelector('[part~="more-button"]')).to.equal(null);
  });

  it('puts walk titles at the heading level the page asks for', async () => {
    serveWalks([next]);
    const level2 = await renderCalendar(html`<trygg-walk-calendar api-base=${apiBase} heading-level="2"></trygg-walk-calendar>`);
    expect(shadow(level2).querySelector('article h2')).to.exist;
    const fallback = await renderCalendar(html`<trygg-walk-calendar api-base=${apiBase} heading-level="9"></trygg-walk-calendar>`);
    expect(shadow(fallback).querySelector('article h3'), 'default level 3').to.exist;
  });

  it('says so when no walk is coming up', async () => {
    serveWalks([older]);
    const element = await renderCalendar(html`<trygg-walk-calendar api-base=${apiBase}></trygg-walk-calendar>`);
    expect(text(shadow(element).querySelector('[part="empty"]'))).to.equal('Det finns inga kommande trygghetsvandringar just nu.');
    expect(articles(element)).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('lets residents choose an area when there are several, and announces the count', async () => {
    serveWalks(all);
    const element = await renderCalendar(html`<trygg-walk-calendar api-base=${apiBase}></trygg-walk-calendar>`);
    const select = shadow(element).querySelector<HTMLSelectElement>('select#area')!;
    expect(text(shadow(element).querySelector('label[for="area"]'))).to.equal('Område');
    expect([...select.options].map((option) => option.textContent)).to.deep.equal([
      'Alla områden',
      'Bäckby',
      'Centrum',
      'Ekbacken',
      'Sandviken',
      'Stationsområdet',
    ]);
    select.value = 'Sandviken';
    select.dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(titles(element)).to.deep.equal([autumn.title]);
    expect(text(shadow(element).querySelector('[role="status"]'))).to.equal('1 vandring');
    expect(shadow(element).querySelector<HTMLAnchorElement>('[part="feed-link"]')!.href).to.equal(`${apiBase}walks.ics?area=Sandviken`);
    await expect(element).to.be.accessible();
  });

  it('asks the API for one area when the page sets it, and offers no area choice', async () => {
    const fetch = serveWalks(all);
    const element = await renderCalendar(html`<trygg-walk-calendar api-base=${apiBase} area="Centrum"></trygg-walk-calendar>`);
    expect(new URL(String(fetch.firstCall.args[0])).searchParams.get('area')).to.equal('Centrum');
    expect(titles(element)).to.deep.equal([spring.title]);
    expect(shadow(element).querySelector('select')).to.equal(null);
  });

  it('offers "Lägg till i kalender" and a subscribable feed with a line on what subscribing means', async () => {
    serveWalks([next]);
    const element = await renderCalendar(html`<trygg-walk-calendar api-base=${apiBase}></trygg-walk-calendar>`);
    const download = shadow(element).querySelector<HTMLAnchorElement>('[part~="calendar-link"]')!;
    expect(text(download)).to.equal('Lägg till i kalender');
    expect(download.href).to.equal(`${apiBase}walks/${next.id}.ics`);
    expect(download.hasAttribute('download')).to.equal(true);
    const feed = shadow(element).querySelector<HTMLAnchorElement>('[part="feed-link"]')!;
    expect(feed.href).to.equal(`${apiBase}walks.ics`);
    expect(text(feed.parentElement)).to.contain('Lägg in länken i din kalenderapp, så kommer nya och ändrade vandringar in av sig själva.');
  });

  it('hides calendar links when an adapter does not offer them', async () => {
    const adapter = { listWalks: async () => walkList([next]) } as unknown as TryggApi;
    const element = await renderCalendar(html`<trygg-walk-calendar .api=${adapter}></trygg-walk-calendar>`);
    expect(titles(element)).to.deep.equal([next.title]);
    expect(shadow(element).querySelector('[part~="calendar-link"], [part="feed-link"]')).to.equal(null);
  });

  it('builds map links from the page’s template, and only to web addresses', async () => {
    serveWalks([next]);
    const custom = await renderCalendar(
      html`<trygg-walk-calendar api-base=${apiBase} map-url="https://kartor.kommun.example/?lat={lat}&lon={lng}"></trygg-walk-calendar>`,
    );
    expect(shadow(custom).querySelector<HTMLAnchorElement>('[part="map-link"]')!.href).to.equal(
      'https://kartor.kommun.example/?lat=59.3188&lon=14.5412',
    );
    const hostile = await renderCalendar(html`<trygg-walk-calendar api-base=${apiBase} map-url="javascript:alert('{lat}')"></trygg-walk-calendar>`);
    expect(shadow(hostile).querySelector('[part="map-link"]')).to.equal(null);
  });

  it('shows an error with a retry that loads past the page cache, and tells the page', async () => {
    let healthy = false;
    const fetch = stubFetch(() => (healthy ? serveWalksResponse() : problemResponse(404)));
    const failed = oneEvent(document, 'trygg-error');
    const element = await renderCalendar(html`<trygg-walk-calendar api-base=${apiBase}></trygg-walk-calendar>`);
    expect(((await failed) as CustomEvent<TryggErrorDetail>).detail).to.include({ status: 404, kind: 'http' });
    const alert = shadow(element).querySelector('[role="alert"]')!;
    expect(text(alert)).to.contain('Vi hittade inte det du sökte.');
    await expect(element).to.be.accessible();

    healthy = true;
    alert.querySelector('button')!.click();
    await waitUntil(() => articles(element).length === 1, 'walks after retry');
    expect(fetch.callCount).to.equal(2);
  });

  it('reports a failing adapter like a failing server', async () => {
    const adapter = { listWalks: async () => Promise.reject(new TryggApiError('http', 503)) } as unknown as TryggApi;
    const element = await renderCalendar(html`<trygg-walk-calendar .api=${adapter}></trygg-walk-calendar>`);
    expect(text(shadow(element).querySelector('[role="alert"]'))).to.contain('Något gick fel hos tjänsten');
  });

  it('shows the "not configured" state without an API', async () => {
    sinon.stub(console, 'warn');
    const element = await fixture<TryggWalkCalendar>(html`<trygg-walk-calendar></trygg-walk-calendar>`);
    expect(text(shadow(element).querySelector('[part~="not-configured"]'))).to.contain('inte färdig att använda');
    await expect(element).to.be.accessible();
  });

  it('renders hostile strings from the data as text', async () => {
    const alert = sinon.stub(window, 'alert');
    const hostile = naughtyStrings.map((value, index) =>
      walk({
        id: `n${index}`,
        title: value || '(tom)',
        area: 'Bäckby',
        description: value,
        accessibilityNotes: value || undefined,
        meetingPoint: { name: value || '(tom)', description: value },
        organizer: { name: value || '(tom)' },
      }),
    );
    serveWalks(hostile);
    const element = await renderCalendar(html`<trygg-walk-calendar api-base=${apiBase}></trygg-walk-calendar>`);
    for (let more; (more = shadow(element).querySelector<HTMLButtonElement>('[part~="more-button"]')); ) {
      more.click();
      await element.updateComplete;
    }
    const headings = articles(element).map((article) => article.querySelector('h3')!.textContent);
    expect(headings).to.deep.equal(hostile.map((item) => item.title));
    expect(shadow(element).querySelectorAll('script, img, iframe, svg, object, embed, marquee, input')).to.have.length(0);
    expect(alert.called).to.equal(false);
    expect(element.getBoundingClientRect().width).to.be.at.most(document.documentElement.clientWidth);
  });

  it('speaks English on an English page, with English dates in Swedish time', async () => {
    serveWalks([next, full]);
    const page = await fixture<HTMLElement>(html`<div lang="en-GB"><trygg-walk-calendar api-base=${apiBase}></trygg-walk-calendar></div>`);
    const element = page.querySelector<TryggWalkCalendar>('trygg-walk-calendar')!;
    await waitUntil(() => text(shadow(element)).includes('Sign up'), 'English texts');
    const [first, second] = articles(element);
    expect(facts(first!)).to.deep.include({ When: 'Tuesday, 16 February 2027, 18:00–19:30', Places: '26 places left' });
    expect(facts(second!).Places).to.equal('Full — waiting list');
    expect(text(second!.querySelector('[part~="signup-button"]'))).to.equal('Join the waiting list');
    expect(text(first!.querySelector('.tags'))).to.equal('Next walk After dark');
    await expect(element).to.be.accessible();
  });

  describe('structured data', () => {
    it('writes schema.org events into a script of its own light DOM, and removes it when asked', async () => {
      serveWalks([next, spring, cancelled]);
      const before = document.querySelectorAll('script').length - document.querySelectorAll('trygg-walk-calendar script').length;
      const element = await renderCalendar(html`<trygg-walk-calendar api-base=${apiBase} structured-data></trygg-walk-calendar>`);
      await waitUntil(() => element.querySelector('script[type="application/ld+json"]'), 'JSON-LD written');
      const script = element.querySelector('script[type="application/ld+json"]')!;
      expect(script.parentElement === element, 'inside the element').to.equal(true);
      const data = JSON.parse(script.textContent!);
      expect(data['@context']).to.equal('https://schema.org/');
      const [first, , third] = data['@graph'];
      expect(first).to.deep.include({
        '@type': 'Event',
        name: next.title,
        startDate: next.startsAt,
        eventStatus: 'https://schema.org/EventScheduled',
        eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
        remainingAttendeeCapacity: 26,
        maximumAttendeeCapacity: 30,
      });
      expect(first.location).to.deep.equal({
        '@type': 'Place',
        name: next.meetingPoint.name,
        address: 'Bäckby',
        geo: { '@type': 'GeoCoordinates', latitude: 59.3188, longitude: 14.5412 },
      });
      expect(third.eventStatus).to.equal('https://schema.org/EventCancelled');
      expect(document.querySelectorAll('script').length - document.querySelectorAll('trygg-walk-calendar script').length).to.equal(before);

      element.structuredData = false;
      await waitUntil(() => !element.querySelector('script'), 'JSON-LD removed');
    });

    it('escapes "<" so no title can end the script', async () => {
      serveWalks([walk({ title: '</script><script>alert(1)</script>' })]);
      const element = await renderCalendar(html`<trygg-walk-calendar api-base=${apiBase} structured-data></trygg-walk-calendar>`);
      await waitUntil(() => element.querySelector('script'), 'JSON-LD written');
      const raw = element.querySelector('script')!.textContent!;
      expect(raw).not.to.contain('<');
      expect(raw).to.contain('\\u003c/script>');
      expect(JSON.parse(raw)['@graph'][0].name).to.equal('</script><script>alert(1)</script>');
    });
  });
});

function serveWalksResponse(): Response {
  return new Response(JSON.stringify(walkList([next])), { headers: { 'Content-Type': 'application/json' } });
}
