import { html, nothing, type TemplateResult } from 'lit/html.js';
import { msg } from '@lit/localize';
import type { MeasureStatus } from '../core/api-types.js';
import { measureStatuses, type FilterField, type MeasureFilterState } from './measure-filters.js';
import type { FilterOption, MeasureIndex } from './measure-index.js';
import { renderStatus } from './measure-status.js';

export type FilterPatch = Partial<Record<FilterField | 'sort', string>> & { status?: MeasureStatus[] };

const valueOf = (event: Event) => (event.target as HTMLInputElement).value;

function choice(id: FilterField | 'sort', label: string, value = '', options: FilterOption[], change: (patch: FilterPatch) => void) {
  return html`<div class="field">
    <label class="label" for=${id}>${label}</label>
    <select id=${id} class="input" @change=${(event: Event) => change({ [id]: valueOf(event) })}>
      ${options.map(([option, text]) => html`<option value=${option} ?selected=${option === value}>${text}</option>`)}
    </select>
  </div>`;
}

/** Search, status, area, walk, responsible party and order, each with a visible label. */
export function renderFilterForm(state: MeasureFilterState, index: MeasureIndex, change: (patch: FilterPatch) => void): TemplateResult {
  const fields: [FilterField, string, FilterOption[]][] = [
    ['area', msg('Område', { id: 'measures.area' }), index.areas],
    ['walk', msg('Trygghetsvandring', { id: 'measures.walk' }), index.walks],
    ['responsible', msg('Ansvarig', { id: 'measures.responsible' }), index.parties],
  ];
  // Read from the boxes themselves, so two quick clicks before the next render both count.
  const checkedStatuses = (event: Event) =>
    change({ status: [...(event.target as Element).closest('fieldset')!.querySelectorAll<HTMLInputElement>(':checked')].map((box) => box.value as MeasureStatus) });
  // Not a <form>: Enter in the search field would submit it and reload the page.
  return html`<div class="filters" part="filters" role="search" aria-label=${msg('Filtrera åtgärderna', { id: 'measures.filters' })}>
    <div class="field wide">
      <label class="label" for="q">${msg('Sök på åtgärd eller plats', { id: 'measures.search' })}</label>
      <input id="q" class="input" part="search" type="search" .value=${state.q ?? ''} @input=${(event: Event) => change({ q: valueOf(event) })} />
    </div>
    <fieldset class="wide">
      <legend>${msg('Status', { id: 'measures.status' })}</legend>
      ${measureStatuses.map(
        (status) => html`<label class="check ${status}">
          <input type="checkbox" value=${status} .checked=${state.status.includes(status)} @change=${checkedStatuses} />
          ${renderStatus(status)}
        </label>`,
      )}
    </fieldset>
    ${fields.map(([id, label, options]) => {
      const value = state[id];
      // Offered when there is a choice; a value from a link that the data does not know still shows as chosen.
      if (options.length < 2 && !value) return nothing;
      const known = !value || options.some(([option]) => option === value);
      return choice(id, label, value, [['', msg('Alla', { id: 'measures.any' })], ...options, ...(known ? [] : [[value, value] as FilterOption])], change);
    })}
    ${choice('sort', msg('Sortera efter', { id: 'measures.sort' }), state.sort, [
      ['updated', msg('Senast ändrad', { id: 'measures.updated' })],
      ['target', msg('Måldatum', { id: 'measures.target' })],
      ['place', msg('Plats', { id: 'measures.place' })],
    ], change)}
  </div>`;
}
