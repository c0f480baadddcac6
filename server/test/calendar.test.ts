import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ICAL from 'ical.js';
import { escapeText, foldLine } from '../src/ical.js';
import { call, PUBLIC_URL, SEEDED, startServer, walkBody, type TestServer } from './helpers.js';

/** Parses with ical.js (an independent parser) and resolves TZIDs with the calendar's own VTIMEZONE. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent)) };
}

function stockholmWallClock(date: Date): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(date);
}

describe('iCalendar feeds (RFC 5545)', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  test('one walk: CRLF lines of at most 75 octets, UID, DTSTAMP, SEQUENCE, URL also in DESCRIPTION', async () => {
    const response = await call(server, `/api/v1/walks/${SEEDED.sandvikenWalk}.ics`);
    assert.equal(response.status, 200);
    assert.equal(response.headers['content-type'], 'text/calendar; charset=utf-8');
    assert.match(String(response.headers['content-disposition']), /attachment; filename="trygghetsvandring-2\.ics"/);
    const text = response.text;
    assert.ok(text.endsWith('\r\n'));
    assert.ok(!/[^\r]\n/.test(text), 'every line ends with CRLF');
    for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `line longer than 75 octets: ${line}`);

    const { calendar, events } = parse(text);
    assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
    assert.equal(events.length, 1);
    const event = events[0]!;
    assert.equal(event.uid, 'walk-2@trygg.kommun.example');
    assert.equal(event.summary, 'Trygghetsvandring i Sandviken');
    assert.equal(event.sequence, 1, 'created, then marked held');
    assert.ok(event.component.getFirstPropertyValue('dtstamp'));
    assert.equal(event.component.getFirstPropertyValue('status'), 'CONFIRMED');
    assert.equal(event.component.getFirstPropertyValue('url'), `${PUBLIC_URL}/#walk-2`);
    assert.ok(event.description.includes(`${PUBLIC_URL}/#walk-2`), 'the web address is inside DESCRIPTION');
    assert.ok(event.description.includes('Reflexvästar finns att låna.'));
    assert.equal(event.location, 'Sandvikens centrum, vid biblioteket, Sandviken');
    assert.equal(event.startDate.toJSDate().toISOString(), '2026-11-02T17:00:00.000Z');
    assert.equal(stockholmWallClock(event.startDate.toJSDate()), '2026-11-02 18:00');
  });

  test('times stay right in Europe/Stockholm across both daylight-saving changes', async () => {
    const { events } = parse((await call(server, '/api/v1/walks.ics')).text);
    const byUid = new Map(events.map((event) => [event.uid, event]));
    // 28 March 2027: clocks go forward at 02:00. 14:00 CEST is 12:00 UTC.
    const spring = byUid.get(`walk-${SEEDED.springDstWalk}@trygg.kommun.example`)!;
    assert.equal(spring.startDate.zone.tzid, 'Europe/Stockholm');
    assert.equal(spring.startDate.toJSDate().toISOString(), '2027-03-28T12:00:00.000Z');
    assert.equal(spring.endDate.toJSDate().toISOString(), '2027-03-28T14:00:00.000Z');
    assert.equal(`${spring.startDate.hour}:${spring.startDate.minute}`, '14:0');
    // 31 October 2027: clocks go back at 03:00. 17:00 CET is 16:00 UTC.
    const autumn = byUid.get(`walk-${SEEDED.autumnDstWalk}@trygg.kommun.example`)!;
    assert.equal(autumn.startDate.toJSDate().toISOString(), '2027-10-31T16:00:00.000Z');
    assert.equal(autumn.endDate.toJSDate().toISOString(), '2027-10-31T18:00:00.000Z');
    assert.equal(autumn.startDate.hour, 17);
    // Winter and summer walks on either side.
    const winter = byUid.get(`walk-${SEEDED.afterDarkWalk}@trygg.kommun.example`)!;
    assert.equal(winter.startDate.toJSDate().toISOString(), '2027-02-16T17:00:00.000Z');
    assert.equal(winter.startDate.hour, 18);
    const summer = byUid.get(`walk-${SEEDED.fullWalk}@trygg.kommun.example`)!;
    assert.equal(summer.startDate.toJSDate().toISOString(), '2027-04-20T15:00:00.000Z');
    assert.equal(summer.startDate.hour, 17);
  });

  test('walks in the repeated and the skipped hour keep their exact instant', async () => {
    for (const [startsAt, endsAt] of [
      ['2027-10-31T00:30:00Z', '2027-10-31T01:30:00Z'], // 02:30 CEST, then 02:30 CET: the hour that happens twice
      ['2027-03-28T00:30:00Z', '2027-03-28T01:30:00Z'], // 01:30 CET, then 03:30 CEST around the skipped hour
    ] as const) {
      const created = await call(server, '/api/v1/staff/walks', { staff: true, body: walkBody({ startsAt, endsAt }) });
      assert.equal(created.status, 201);
      const { events } = parse((await call(server, `/api/v1/walks/${created.json.id}.ics`)).text);
      assert.equal(events[0]!.startDate.toJSDate().toISOString(), new Date(startsAt).toISOString());
      assert.equal(events[0]!.endDate.toJSDate().toISOString(), new Date(endsAt).toISOString());
    }
  });

  test('a cancelled walk is STATUS:CANCELLED; every change raises SEQUENCE', async () => {
    const created = await call(server, '/api/v1/staff/walks', { staff: true, body: walkBody() });
    const id = created.json.id as string;
    const sequence = async () => parse((await call(server, `/api/v1/walks/${id}.ics`)).text).events[0]!.sequence;
    assert.equal(await sequence(), 0);
    await call(server, `/api/v1/staff/walks/${id}`, { method: 'PATCH', staff: true, body: { title: 'Ny titel' } });
    assert.equal(await sequence(), 1);
    await call(server, `/api/v1/staff/walks/${id}`, { method: 'PATCH', staff: true, body: { startsAt: '2027-06-01T15:00:00Z' } });
    assert.equal(await sequence(), 2);
    await call(server, `/api/v1/staff/walks/${id}/cancel`, { staff: true, body: { reason: 'Regn; ny tid i höst.' } });
    const { events } = parse((await call(server, `/api/v1/walks/${id}.ics`)).text);
    assert.equal(events[0]!.sequence, 3);
    assert.equal(events[0]!.component.getFirstPropertyValue('status'), 'CANCELLED');
    assert.match(events[0]!.summary, /^Inställd: Ny titel$/);
    assert.ok(events[0]!.description.includes('Regn; ny tid i höst.'));
  });

  test('text with commas, semicolons, backslashes, newlines, emoji and long Swedish lines round-trips', async () => {
    const title = 'Trygghetsvandring; kväll, med "citat" och \\snedstreck 🌙';
    const description = `Rad ett\nRad två, med åäö ÅÄÖ ${'å'.repeat(120)}\r\nslut 😀😀😀`;
    const created = await call(server, '/api/v1/staff/walks', {
      staff: true,
      body: walkBody({ title, description, url: 'https://kommun.example/vandring?id=1&sv=ja' }),
    });
    const text = (await call(server, `/api/v1/walks/${created.json.id}.ics`)).text;
    for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75);
    const event = parse(text).events[0]!;
    assert.equal(event.summary, title);
    assert.ok(event.description.startsWith(description.replace('\r\n', '\n')));
    assert.ok(event.description.includes('https://kommun.example/vandring?id=1&sv=ja'));
    assert.equal(event.component.getFirstPropertyValue('url'), 'https://kommun.example/vandring?id=1&sv=ja');
  });

  test('the feed follows the list filters and holds one VTIMEZONE', async () => {
    const text = (await call(server, '/api/v1/walks.ics?area=Sandviken')).text;
    const { calendar, events } = parse(text);
    assert.equal(calendar.getAllSubcomponents('vtimezone').length, 1);
    assert.deepEqual(events.map((event) => event.uid).sort(), [
      `walk-${SEEDED.sandvikenWalk}@trygg.kommun.example`,
      `walk-${SEEDED.autumnDstWalk}@trygg.kommun.example`,
    ]);
    const none = parse((await call(server, '/api/v1/walks.ics?from=2030-01-01')).text);
    assert.equal(none.events.length, 0);
    assert.equal((await call(server, '/api/v1/walks.ics?status=nope')).status, 400);
    assert.equal((await call(server, '/api/v1/walks/999.ics')).status, 404);
  });

  test('folding never splits a UTF-8 character and escaping covers the TEXT specials', () => {
    const line = `DESCRIPTION:${'ö'.repeat(100)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) {
      assert.ok(Buffer.byteLength(part) <= 75);
      assert.ok(!part.includes('\ufffd'));
    }
    assert.equal(folded.replace(/\r\n /g, ''), line);
    assert.equal(escapeText('a,b;c\\d\ne\u0007'), 'a\\,b\\;c\\\\d\\ne');
  });
});
