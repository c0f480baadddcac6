import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { MeasureStatus } from '../core/api-types.js';
import { formatNumber, pluralCategory } from '../core/format.js';
import { measureStatuses } from './measure-filters.js';
import type { MeasureSummary } from './measure-index.js';
import { statusLabel } from './measure-status.js';

/** "14 synpunkter", or a status and its count, "Klar: 9". */
function countOf(kind: MeasureStatus | 'remarks', count: number, locale: string): string {
  const n = formatNumber(locale, count);
  // A no-break space after the colon keeps a count on the line of its status.
  if (kind !== 'remarks') return msg(str`${statusLabel(kind)}:\u00a0${n}`, { id: 'measures.tally' });
  return pluralCategory(locale, count) === 'one' ? msg(str`${n} synpunkt`, { id: 'measures.remarks-1' }) : msg(str`${n} synpunkter`, { id: 'measures.remarks-n' });
}

/** "14 synpunkter · Pågår: 3 · Klar: 9" and a progress bar of the done share, which the sentence describes. */
export function renderSummary(summary: MeasureSummary, locale: string): TemplateResult {
  const present = measureStatuses.filter((status) => summary.byStatus[status] > 0);
  const sentence = [countOf('remarks', summary.remarks, locale), ...present.map((status) => countOf(status, summary.byStatus[status], locale))];
  return html`<div class="summary" part="summary">
    <p id="summary-text" part="summary-text">${sentence.join('\u00a0· ')}</p>
    <progress class="done" part="progress" value=${summary.byStatus.done} max=${summary.measures} aria-labelledby="summary-text"></progress>
  </div>`;
}
