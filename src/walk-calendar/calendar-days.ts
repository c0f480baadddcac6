import { stockholmDay, type Day } from './stockholm-day.js';

const utcDate = (day: Day) => new Date(`${day}T00:00:00Z`);
const dayOf = (date: Date): Day => date.toISOString().slice(0, 10);

export function addDays(day: Day, days: number): Day {
  const date = utcDate(day);
  date.setUTCDate(date.getUTCDate() + days);
  return dayOf(date);
}

/** Monday 0 … Sunday 6: Swedish weeks start on Monday. */
export const weekday = (day: Day): number => (utcDate(day).getUTCDay() + 6) % 7;

/** The same day of another month, or that month's last day when it is shorter (31 January → 28 February). */
export function addMonths(day: Day, months: number): Day {
  const date = utcDate(day);
  const first = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return dayOf(first);
}

/** The weeks (Monday to Sunday) that hold the month of `day`; days of the months around it are null. */
export function monthWeeks(day: Day): (Day | null)[][] {
  const month = day.slice(0, 7);
  const weeks: (Day | null)[][] = [];
  let cursor = addDays(`${month}-01`, -weekday(`${month}-01`));
  while (cursor.slice(0, 7) <= month) {
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
    const sameDay = days.get(day);
    if (sameDay) sameDay.push(item);
    else days.set(day, [item]);
  }
  return days;
}
