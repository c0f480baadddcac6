import { html, nothing, type TemplateResult } from 'lit/html.js';
import { msg, str } from '@lit/localize';
import type { Measure } from '../core/api-types.js';
import { formatDateTime, formatPlainDate } from '../core/format.js';
import { renderHeading } from '../core/heading.js';
import { safeUrl, webProtocols } from '../core/safe-url.js';
import { isLate } from './measure-index.js';
import { renderStatus } from './measure-status.js';

export interface MeasureItemContext {
  headingLevel: number;
  locale: string;
  /** Today in Sweden, `YYYY-MM-DD`, to tell a late target. */
  today: string;
  expanded: boolean;
  toggle: (id: string) => void;
}

const longDate = { dateStyle: 'long' } as const;

/** A web link from data, or its text alone when the address is not http(s). */
const link = (url: string | undefined, label: string) => {
  const href = safeUrl(url, webProtocols);
  return href ? html`<a href=${href}>${label}</a>` : label;
};

/** One measure as an article: what, where, who, how far it has come, why not, and (expanded) its history. */
export function renderMeasure(measure: Measure, context: MeasureItemContext): TemplateResult {
  const { id, status, origin, targetDate, publicReason } = measure;
  const { locale, expanded } = context;
  return html`<li>
    <article part="measure" tabindex="-1">
      ${renderHeading(context.headingLevel, measure.title, 'measure-title')}
      <p class="status ${status}" part="status">
        ${renderStatus(
          status,
          // The decision is the property owner's now, not the municipality's.
          status === 'forwarded' ? msg('Överlämnad till fastighetsägaren — deras beslut', { id: 'measures.forwarded-decision' }) : undefined,
        )}
      </p>
      ${publicReason ? html`<p class="reason ${status}" part="reason">${publicReason}</p>` : nothing}
      ${measure.description ? html`<p>${measure.description}</p>` : nothing}
      <dl>
        <div><dt>${msg('Plats', { id: 'measures.place' })}</dt> <dd>${measure.place} (${measure.area})</dd></div>
        <div><dt>${msg('Ansvarig', { id: 'measures.responsible' })}</dt> <dd>${link(measure.responsibleParty.url, measure.responsibleParty.name)}</dd></div>
        ${targetDate
          ? html`<div>
              <dt>${msg('Måldatum', { id: 'measures.target' })}</dt>
              <dd>
                ${formatPlainDate(locale, targetDate)}
                ${isLate(measure, context.today) ? html`<strong class="late" part="late">${msg('försenad', { id: 'measures.late' })}</strong>` : nothing}
              </dd>
            </div>`
          : nothing}
        <div>
          <dt>${msg('Kommer från', { id: 'measures.origin' })}</dt>
          <dd>${origin.kind === 'walk' ? origin.walkTitle : msg(str`Rapport ${origin.reference}`, { id: 'measures.concern' })}</dd>
        </div>
        <div><dt>${msg('Senast ändrad', { id: 'measures.updated' })}</dt> <dd>${formatDateTime(locale, measure.updatedAt, longDate)}</dd></div>
      </dl>
      ${measure.links.length > 0 ? html`<ul part="links">${measure.links.map((item) => html`<li>${link(item.url, item.label)}</li>`)}</ul>` : nothing}
      <button type="button" class="link-button toggle" part="timeline-button" aria-expanded=${expanded} @click=${() => context.toggle(id)}>
        ${msg('Visa vad som har hänt', { id: 'measures.timeline' })}
      </button>
      ${expanded
        ? html`<ol class="timeline" part="timeline">
            ${measure.timeline.map(
              (change) =>
                html`<li class=${change.status}>
                  <strong>${renderStatus(change.status)}</strong> ${formatDateTime(locale, change.at, longDate)}
                  ${change.note ? html`<p>${change.note}</p>` : nothing}
                </li>`,
            )}
          </ol>`
        : nothing}
    </article>
  </li>`;
}
