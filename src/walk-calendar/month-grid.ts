import { html, type TemplateResult } from 'lit/html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';
import type { Walk } from '../core/api-types.js';
import { formatPlainDate } from '../core/format.js';
import { addDays, addMonths, groupByDay, monthWeeks, weekday } from './calendar-days.js';
import { stockholmDay, type Day } from './stockholm-day.js';

/** The walks of one load; the month view groups them by day once per load. */
export interface ShownWalks {
  upcoming: Walk[];
  past: Walk[];
}

export interface MonthViewOptions {
  locale: string;
  walks: ShownWalks;
  inArea: (walk: Walk) => boolean;
  /** The chosen day; undefined means the day of the next walk, or today. */
  day: Day | undefined;
  /** Chooses a day; `focus` when the keyboard moved there, so its cell takes focus. */
  select: (day: Day, focus: boolean) => void;
  countText: (count: number) => string;
  list: (walks: Walk[], labelledBy: string) => unknown;
}

interface MonthGridOptions {
  locale: string;
  selected: Day;
  today: Day;
  walkCount: (day: Day) => number;
  select: (day: Day, focus: boolean) => void;
  countText: (count: number) => string;
}

const walksByDay = new WeakMap<ShownWalks, Map<Day, Walk[]>>();

/** The month grid, and below it the chosen day's walks: the grid's text alternative and where its keys lead. */
export function renderMonthView({ locale, walks, inArea, day, select, countText, list }: MonthViewOptions): TemplateResult {
  let byDay = walksByDay.get(walks);
  if (!byDay) walksByDay.set(walks, (byDay = groupByDay([...walks.upcoming, ...walks.past])));
  const today = stockholmDay(Date.now());
  const next = walks.upcoming.find(inArea);
  const selected = day ?? (next ? stockholmDay(next.startsAt) : today);
  const walksOn = (shown: Day) => (byDay.get(shown) ?? []).filter(inArea);
  const dayWalks = walksOn(selected);
  return html`${renderMonthGrid({ locale, selected, today, select, countText, walkCount: (shown) => walksOn(shown).length })}
    <p class="strong" id="day-title">${formatPlainDate(locale, selected, { weekday: 'long', day: 'numeric', month: 'long' })}</p>
    ${dayWalks.length > 0 ? list(dayWalks, 'day-title') : html`<p>${msg('Inga vandringar den här dagen.', { id: 'walks.no-walks-on-day' })}</p>`}`;
}

// The grid pattern's keys: days, weeks, the week's ends and months.
const moves: Record<string, (day: Day) => Day> = {
  ArrowLeft: (day) => addDays(day, -1),
  ArrowRight: (day) => addDays(day, 1),
  ArrowUp: (day) => addDays(day, -7),
  ArrowDown: (day) => addDays(day, 7),
  Home: (day) => addDays(day, -weekday(day)),
  End: (day) => addDays(day, 6 - weekday(day)),
  PageUp: (day) => addMonths(day, -1),
  PageDown: (day) => addMonths(day, 1),
};

const aMonday = '2024-01-01';

/** A month as an ARIA grid of days with a roving tab stop; each day names its date and how many walks start then. */
function renderMonthGrid({ locale, selected, today, walkCount, select, countText }: MonthGridOptions): TemplateResult {
  const onKeydown = (event: KeyboardEvent) => {
    // On right-to-left pages the left arrow goes forward in time.
    const rtl = getComputedStyle(event.currentTarget as Element).direction === 'rtl';
    const key = rtl && event.key.startsWith('Arrow') ? { ArrowLeft: 'ArrowRight', ArrowRight: 'ArrowLeft' }[event.key] ?? event.key : event.key;
    const move = moves[key];
    if (!move || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    select(move(selected), true);
  };
  const cell = (day: Day | null) => {
    if (!day) return html`<td></td>`;
    const count = walkCount(day);
    const date = formatPlainDate(locale, day, { weekday: 'long', day: 'numeric', month: 'long' });
    return html`<td
      tabindex=${day === selected ? 0 : -1}
      aria-selected=${day === selected}
      aria-current=${ifDefined(day === today ? 'date' : undefined)}
      class=${count > 0 ? 'walk-day' : ''}
      @click=${() => select(day, true)}
    >
      <span aria-hidden="true">${formatPlainDate(locale, day, { day: 'numeric' })}</span>
      <span class="visually-hidden">${count > 0 ? `${date}, ${countText(count)}` : date}</span>
    </td>`;
  };
  return html`<div class="month" part="month">
    <div class="actions month-nav">
      <button type="button" class="button secondary" part="button month-button" @click=${() => select(addMonths(selected, -1), false)}>
        ${msg('Föregående månad', { id: 'walks.month.previous' })}
      </button>
      <p class="strong" id="month-title" aria-live="polite">${formatPlainDate(locale, selected, { month: 'long', year: 'numeric' })}</p>
      <button type="button" class="button secondary" part="button month-button" @click=${() => select(addMonths(selected, 1), false)}>
        ${msg('Nästa månad', { id: 'walks.month.next' })}
      </button>
    </div>
    <table role="grid" aria-labelledby="month-title" aria-describedby="month-hint" @keydown=${onKeydown}>
      <thead>
        <tr>
          ${[0, 1, 2, 3, 4, 5, 6].map(
            (offset) => html`<th scope="col">${formatPlainDate(locale, addDays(aMonday, offset), { weekday: 'short' })}</th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${monthWeeks(selected).map((week) => html`<tr>${week.map(cell)}</tr>`)}
      </tbody>
    </table>
    <p class="hint" id="month-hint">
      ${msg('Byt dag med piltangenterna och månad med Page Up och Page Down.', { id: 'walks.month.hint' })}
    </p>
  </div>`;
}
