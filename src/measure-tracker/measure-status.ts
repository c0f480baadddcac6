import { html, type TemplateResult } from 'lit/html.js';
import { msg } from '@lit/localize';
import type { MeasureStatus } from '../core/api-types.js';

export function statusLabel(status: MeasureStatus): string {
  return {
    received: msg('Mottagen', { id: 'measures.received' }),
    planned: msg('Planerad', { id: 'measures.planned' }),
    in_progress: msg('Pågår', { id: 'measures.in-progress' }),
    done: msg('Klar', { id: 'measures.done' }),
    forwarded: msg('Överlämnad till fastighetsägaren', { id: 'measures.forwarded' }),
    declined: msg('Genomförs inte', { id: 'measures.declined' }),
  }[status];
}

// A shape of its own per status, so colour is never the only cue: a circle, a clock, a turning arrow, a tick, an
// arrow onwards, a cross. One path each, drawn with the text colour.
const shapes: Record<MeasureStatus, string> = {
  received: 'M2 8a6 6 0 1 0 12 0A6 6 0 1 0 2 8',
  planned: 'M2 8a6 6 0 1 0 12 0A6 6 0 1 0 2 8m6-3v3l2 2',
  in_progress: 'M13.5 5.5A6 6 0 1 0 14 8m0-6v4h-4',
  done: 'm2 8.5 4 4 8-9',
  forwarded: 'M2 8h11M9 4l4 4-4 4',
  declined: 'm3 3 10 10M13 3 3 13',
};

/** The status icon (decorative: the label beside it says the same) and its label, or another text. */
export function renderStatus(status: MeasureStatus, label: unknown = statusLabel(status)): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d=${shapes[status]}></path></svg> ${label}`;
}
