import type { WalkT } from './contract/walks.js';
import { stockholmTime, type LocalTime } from './time.js';

const CRLF = '\r\n';
const TZID = 'Europe/Stockholm';

// EU rules since 1996: summer time from the last Sunday of March 01:00 UTC to the last Sunday of October.
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZID}`,
  'X-LIC-LOCATION:Europe/Stockholm',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** RFC 5545 TEXT: escape \ ; , and newlines; drop control characters, which TEXT does not allow. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/** A parameter value (e.g. CN): quoted, without the characters a quoted value cannot hold. */
function paramValue(value: string): string {
  // eslint-disable-next-line no-control-regex
  return `"${value.replace(/["\u0000-\u0008\u000a-\u001f\u007f]/g, '')}"`;
}

/** Folds a content line at 75 octets, never inside a UTF-8 sequence. */
export function foldLine(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let start = 0;
  let limit = 75;
  while (start < bytes.length) {
    let end = Math.min(start + limit, bytes.length);
    // Step back over continuation bytes (10xxxxxx) so a character is never split.
    while (end < bytes.length && end > start && (bytes[end]! & 0xc0) === 0x80) end -= 1;
    parts.push(bytes.subarray(start, end).toString('utf8'));
    start = end;
    limit = 74; // the leading space of a continuation line counts towards its 75 octets
  }
  return parts.join(`${CRLF} `);
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function basic(time: LocalTime): string {
  return `${pad(time.year, 4)}${pad(time.month)}${pad(time.day)}T${pad(time.hour)}${pad(time.minute)}${pad(time.second)}`;
}

function utcBasic(iso: string): string {
  const date = new Date(iso);
  return `${basic({
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  })}Z`;
}

/**
 * Stockholm wall-clock time with TZID, except in the repeated hour of the autumn change: there a
 * local time names two instants and parsers disagree on which, so the exact UTC time is written.
 */
function dateTimeProperty(name: string, iso: string): string {
  const instant = new Date(iso).getTime();
  const local = basic(stockholmTime(new Date(instant)));
  const ambiguous = [-3_600_000, 3_600_000].some((shift) => basic(stockholmTime(new Date(instant + shift))) === local);
  return ambiguous ? `${name}:${utcBasic(iso)}` : `${name};TZID=${TZID}:${local}`;
}

export function walkWebAddress(walk: WalkT, publicUrl: string): string {
  return walk.url ?? `${publicUrl}/#walk-${walk.id}`;
}

function eventLines(walk: WalkT, publicUrl: string, host: string): string[] {
  const address = walkWebAddress(walk, publicUrl);
  const description = [
    walk.description,
    `Samlingsplats: ${walk.meetingPoint.name}${walk.meetingPoint.description ? ` – ${walk.meetingPoint.description}` : ''}`,
    walk.lighting === 'dark' ? 'Vandringen går efter mörkrets inbrott.' : 'Vandringen går i dagsljus.',
    walk.accessibilityNotes ? `Tillgänglighet: ${walk.accessibilityNotes}` : undefined,
    walk.status === 'cancelled' ? `Inställd${walk.cancellationReason ? `: ${walk.cancellationReason}` : '.'}` : undefined,
    `Mer information och anmälan: ${address}`,
  ]
    .filter((part): part is string => Boolean(part))
    .join('\n\n');
  const lines = [
    'BEGIN:VEVENT',
    `UID:walk-${walk.id}@${host}`,
    `DTSTAMP:${utcBasic(walk.updatedAt)}`,
    `LAST-MODIFIED:${utcBasic(walk.updatedAt)}`,
    `SEQUENCE:${walk.sequence}`,
    dateTimeProperty('DTSTART', walk.startsAt),
    dateTimeProperty('DTEND', walk.endsAt),
    `SUMMARY:${escapeText(walk.status === 'cancelled' ? `Inställd: ${walk.title}` : walk.title)}`,
    `LOCATION:${escapeText(`${walk.meetingPoint.name}, ${walk.area}`)}`,
    `DESCRIPTION:${escapeText(description)}`,
    `URL:${address}`,
    `STATUS:${walk.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`,
    'CATEGORIES:Trygghetsvandring',
  ];
  const location = walk.meetingPoint.location;
  if (location) lines.push(`GEO:${location.lat};${location.lng}`);
  if (walk.organizer.email) {
    lines.push(`ORGANIZER;CN=${paramValue(walk.organizer.name)}:mailto:${walk.organizer.email}`);
  }
  lines.push('END:VEVENT');
  return lines;
}

/** An RFC 5545 calendar of walks: CRLF line ends, folded lines, escaped text, Stockholm times. */
export function walksCalendar(walks: readonly WalkT[], publicUrl: string, name: string): string {
  const host = new URL(publicUrl).host;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//trygg-widgets//Trygghetsvandringar//SV',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText(name)}`,
    `X-WR-TIMEZONE:${TZID}`,
    'REFRESH-INTERVAL;VALUE=DURATION:PT6H',
    'X-PUBLISHED-TTL:PT6H',
    ...VTIMEZONE,
    ...walks.flatMap((walk) => eventLines(walk, publicUrl, host)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
