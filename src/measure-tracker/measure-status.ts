import { html, svg, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { MeasureStatus } from '../core/api-types.js';

export function statusLabel(status: MeasureStatus): string {
  switch (status) {
    case 'received':
      return msg('Mottagen', { id: 'measures.received' });
    case 'planned':
      return msg('Planerad', { id: 'measures.planned' });
    case 'in_progress':
      return msg('Pågår', { id: 'measures.in-progress' });
    case 'done':
      return msg('Klar', { id: 'measures.done' });
    case 'forwarded':
      return msg('Överlämnad till fastighetsägaren', { id: 'measures.forwarded' });
    default:
      return msg('Genomförs inte', { id: 'measures.declined' });
  }
}

// A shape of its own per status, so colour is never the only cue.
const shapes: Record<MeasureStatus, TemplateResult<2>> = {
  received: svg`<circle cx="8" cy="8" r="6"/>`,
  planned: svg`<circle cx="8" cy="8" r="6"/><path d="M8 5v3l2 2"/>`,
  in_progress: svg`<circle cx="8" cy="8" r="6"/><path d="M8 2a6 6 0 0 1 0 12z" fill="currentColor"/>`,
  done: svg`<path d="m2 8.5 4 4 8-9"/>`,
  forwarded: svg`<path d="M2 8h11M9 4l4 4-4 4"/>`,
  declined: svg`<path d="m3 3 10 10M13 3 3 13"/>`,
};

/** The status icon (decorative: the label beside it says the same) and its label, or another text. */
export function renderStatus(status: MeasureStatus, label: unknown = statusLabel(status)): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true">${shapes[status]}</svg> ${label}`;
}
