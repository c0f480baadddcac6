import { html, type TemplateResult } from 'lit/html.js';
import { msg, str } from '@lit/localize';
import { formatNumber } from '../core/format.js';
import { measureStatuses } from './measure-filters.js';
import type { MeasureSummary } from '../core/api-types.js';
import { statusLabel } from './measure-status.js';

/** A count in the summary: "Synpunkter: 14", "Klar: 9". */
function tally(label: string, count: number, locale: string): string {
  // A no-break space after the colon keeps a count on the line of its label.
  return msg(str`${label}:\u00a0${formatNumber(locale, count)}`, { id: 'measures.tally' });
}

/** "Synpunkter: 14 · Pågår: 3 · Klar: 9" and a progress bar of the done share, which the sentence describes. */
export function renderSummary(summary: MeasureSummary, locale: string): TemplateResult {
  const present = measureStatuses.filter((status) => summary.byStatus[status] > 0);
  const sentence = [
    tally(msg('Synpunkter', { id: 'measures.remarks' }), summary.remarks, locale),
    ...present.map((status) => tally(statusLabel(status), summary.byStatus[status], locale)),
  ];
  return html`<div class="summary" part="summary">
    <p id="summary-text" part="summary-text">${sentence.join('\u00a0· ')}</p>
    <progress class="done" part="progress" value=${summary.byStatus.done} max=${summary.measures} aria-labelledby="summary-text"></progress>
  </div>`;
}
