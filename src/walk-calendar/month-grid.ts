import { html, nothing, type TemplateResult } from 'lit/html.js';
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

const walksByDay = new WeakMap<ShownWalks, Map<Day, Walk[]>>();

// The first week of January 2024 runs from Monday the 1st to Sunday the 7th: the weekday names, in order.
const aWeek = monthWeeks('2024-01-01')[0]!;

/**
 * The month as an ARIA grid of days with a roving tab stop (each day names its date and how many walks start then),
 * and below it the chosen day's walks: the grid's text alternative and where its keys lead.
 *
 * @param day The chosen day; undefined means the day of the next walk, or today.
 * @param select Chooses a day; `focus` when the keyboard moved there, so its cell takes focus.
 * @param list The walks as a list labelled by the element with the id `labelledBy`.
 */
export function renderMonthView(
  locale: string,
  walks: ShownWalks,
  inArea: (walk: Walk) => boolean,
  day: Day | undefined,
  select: (day: Day, focus: boolean) => void,
  countText: (count: number) => string,
  list: (walks: Walk[], labelledBy: string) => unknown,
): TemplateResult {
  let byDay = walksByDay.get(walks);
  if (!byDay) walksByDay.set(walks, (byDay = groupByDay([...walks.upcoming, ...walks.past])));
  const today = stockholmDay(Date.now());
  const next = walks.upcoming.find(inArea);
  const selected = day ?? (next ? stockholmDay(next.startsAt) : today);
  const walksOn = (shown: Day) => (byDay.get(shown) ?? []).filter(inArea);
  const dayWalks = walksOn(selected);
  const format = (shown: Day, options: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' }) =>
    formatPlainDate(locale, shown, options);
  const onKeydown = (event: KeyboardEvent) => {
    // The grid pattern's keys: days, weeks, the week's ends and months. On right-to-left pages the left arrow goes
    // forward in time.
    const forward = getComputedStyle(event.currentTarget as Element).direction === 'rtl' ? -1 : 1;
    const start = -weekday(selected);
    const [days, months = 0] =
      ({ ArrowLeft: [-forward], ArrowRight: [forward], ArrowUp: [-7], ArrowDown: [7], Home: [start], End: [start + 6], PageUp: [0, -1], PageDown: [0, 1] } as Record<string, number[]>)[
        event.key
      ] ?? [];
    if (days === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    select(addMonths(addDays(selected, days), months), true);
  };
  const cell = (shown: Day | null) => {
    const count = shown ? walksOn(shown).length : 0;
    return shown
      ? html`<td
          tabindex=${shown === selected ? 0 : -1}
          aria-selected=${shown === selected}
          aria-current=${shown === today ? 'date' : nothing}
          class=${count > 0 ? 'walk-day' : ''}
          @click=${() => select(shown, true)}
        >
          <span aria-hidden="true">${format(shown, { day: 'numeric' })}</span>
          <span class="visually-hidden">${format(shown)}${count > 0 ? `, ${countText(count)}` : nothing}</span>
        </td>`
      : html`<td></td>`;
  };
  const monthButton = (months: number, text: string) =>
    html`<button type="button" class="button secondary" part="button month-button" @click=${() => select(addMonths(selected, months), false)}>
      ${text}
    </button>`;
  return html`<div class="month" part="month">
      <div class="actions month-nav">
        ${monthButton(-1, msg('Föregående månad', { id: 'walks.month.previous' }))}
        <p class="strong" id="month-title" aria-live="polite">${format(selected, { month: 'long', year: 'numeric' })}</p>
        ${monthButton(1, msg('Nästa månad', { id: 'walks.month.next' }))}
      </div>
      <table role="grid" aria-labelledby="month-title" aria-describedby="month-hint" @keydown=${onKeydown}>
        <thead>
          <tr>
            ${aWeek.map((day) => html`<th scope="col">${format(day!, { weekday: 'short' })}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${monthWeeks(selected).map((week) => html`<tr>${week.map(cell)}</tr>`)}
        </tbody>
      </table>
      <p class="hint" id="month-hint">${msg('Byt dag med piltangenterna och månad med Page Up och Page Down.', { id: 'walks.month.hint' })}</p>
    </div>
    <p class="strong" id="day-title">${format(selected)}</p>
    ${dayWalks.length > 0 ? list(dayWalks, 'day-title') : html`<p>${msg('Inga vandringar den här dagen.', { id: 'walks.no-walks-on-day' })}</p>`}`;
}
