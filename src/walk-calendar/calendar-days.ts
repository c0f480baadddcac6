import { stockholmDay, type Day } from './stockholm-day.js';

// A `Day` parses as midnight UTC, where every day has 24 hours.
const dayOf = (time: number): Day => new Date(time).toISOString().slice(0, 10);

export const addDays = (day: Day, days: number): Day => dayOf(Date.parse(day) + days * 864e5);

/** Monday 0 … Sunday 6: Swedish weeks start on Monday. */
export const weekday = (day: Day): number => (new Date(day).getUTCDay() + 6) % 7;

/** The same day of another month, or that month's last day when it is shorter (31 January → 28 February). */
export function addMonths(day: Day, months: number): Day {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  // Day 0 of the month after is the last day of the month wanted.
  return dayOf(Date.UTC(year, month - 1 + months, Math.min(date, new Date(Date.UTC(year, month + months, 0)).getUTCDate())));
}

/** The weeks (Monday to Sunday) that hold the month of `day`; days of the months around it are null. */
export function monthWeeks(day: Day): (Day | null)[][] {
  const month = day.slice(0, 7);
  const weeks: (Day | null)[][] = [];
  for (let cursor = addDays(`${month}-01`, -weekday(`${month}-01`)); cursor.slice(0, 7) <= month; ) {
    const week: (Day | null)[] = [];
    for (let index = 0; index < 7; index++, cursor = addDays(cursor, 1)) week.push(cursor.slice(0, 7) === month ? cursor : null);
    weeks.push(week);
  }
  return weeks;
}

/** Items by the Swedish day they start on, in the order given: built once per load, read per grid cell. */
export function groupByDay<T extends { startsAt: string }>(items: readonly T[]): Map<Day, T[]> {
  const days = new Map<Day, T[]>();
  for (const item of items) {
    const day = stockholmDay(item.startsAt);
    (days.get(day) ?? days.set(day, []).get(day)!).push(item);
  }
  return days;
}
