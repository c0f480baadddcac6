import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { MeasureStatus } from '../core/api-types.js';
import { formatNumber, pluralCategory } from '../core/format.js';
import { measureStatuses } from './measure-filters.js';
import type { MeasureSummary } from './measure-index.js';

/** "14 synpunkter", "9 klara", "1 mottagen": one count of the summary, in the form its number needs. */
function countOf(kind: MeasureStatus | 'remarks', count: number, locale: string): string {
  const n = formatNumber(locale, count);
  const one = pluralCategory(locale, count) === 'one';
  switch (kind) {
    case 'remarks':
      return one ? msg(str`${n} synpunkt`, { id: 'measures.remarks-1' }) : msg(str`${n} synpunkter`, { id: 'measures.remarks-n' });
    case 'received':
      return one ? msg(str`${n} mottagen`, { id: 'measures.received-1' }) : msg(str`${n} mottagna`, { id: 'measures.received-n' });
    case 'planned':
      return one ? msg(str`${n} planerad`, { id: 'measures.planned-1' }) : msg(str`${n} planerade`, { id: 'measures.planned-n' });
    case 'in_progress':
      return msg(str`${n} pågår`, { id: 'measures.in-progress-n' });
    case 'done':
      return one ? msg(str`${n} klar`, { id: 'measures.done-1' }) : msg(str`${n} klara`, { id: 'measures.done-n' });
    case 'forwarded':
      return one
        ? msg(str`${n} överlämnad`, { id: 'measures.forwarded-1' })
        : msg(str`${n} överlämnade`, { id: 'measures.forwarded-n' });
    default:
      return msg(str`${n} genomförs inte`, { id: 'measures.declined-n' });
  }
}

/** "14 synpunkter · 3 pågår · 9 klara" and a progress bar of the done share, which the sentence describes. */
export function renderSummary(summary: MeasureSummary, locale: string): TemplateResult {
  const present = measureStatuses.filter((status) => summary.byStatus[status] > 0);
  const sentence = [countOf('remarks', summary.remarks, locale), ...present.map((status) => countOf(status, summary.byStatus[status], locale))];
  return html`<div class="summary" part="summary">
    <p id="summary-text" part="summary-text">${sentence.join(' · ')}</p>
    <progress class="done" part="progress" value=${summary.byStatus.done} max=${summary.measures} aria-labelledby="summary-text"></progress>
  </div>`;
}
