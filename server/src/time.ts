/** RFC 3339 in UTC with Z, to the second: one format, so stored times compare correctly as text. */
export function toUtcIso(value: string | Date): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return `${date.toISOString().slice(0, 19)}Z`;
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

const stockholmParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Stockholm',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

export interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** Wall-clock time in Europe/Stockholm for an instant. */
export function stockholmTime(date: Date): LocalTime {
  const parts = Object.fromEntries(stockholmParts.formatToParts(date).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** Days asked for recently (a query's `from`/`to`): formatToParts is the costly part of a walk list. */
const dayStarts = new Map<string, number>();
const MAX_REMEMBERED_DAYS = 1000;

/** The instant a Stockholm calendar day (YYYY-MM-DD) begins. */
export function startOfStockholmDay(day: string): Date {
  let start = dayStarts.get(day);
  if (start === undefined) {
    const [year, month, date] = day.split('-').map(Number) as [number, number, number];
    // Midnight is never inside a Swedish DST gap, so one correction by the offset found is exact.
    const guess = new Date(Date.UTC(year, month - 1, date));
    const local = stockholmTime(guess);
    const offsetMs = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second) - guess.getTime();
    start = guess.getTime() - offsetMs;
    // Days come from requests: keep the memory bounded.
    if (dayStarts.size >= MAX_REMEMBERED_DAYS) dayStarts.clear();
    dayStarts.set(day, start);
  }
  return new Date(start);
}
