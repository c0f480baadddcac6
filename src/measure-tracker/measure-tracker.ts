import { html, nothing } from 'lit/html.js';
import type { PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import { DataLoader } from '../core/data-loader.js';
import { DataElement } from '../core/data-element.js';
import { linkButtonStyles } from '../core/styles.js';
import { MeasureRestApi, type MeasureApi } from './measure-rest-api.js';
import { fieldStyles } from '../core/field-styles.js';
import { focusAfterUpdate } from '../core/updating-element.js';
import { formatNumber, pluralCategory } from '../core/format.js';
import { parseHeadingLevel } from '../core/heading.js';
import { filterFragment, filterState, parseFilterFragment, type MeasureFilterState } from './measure-filters.js';
import { applyFilters, indexMeasures, swedishToday, type FilterResult, type MeasureIndex } from './measure-index.js';
import { renderFilterForm, type FilterPatch } from './measure-filter-form.js';
import { renderMeasure } from './measure-item.js';
import { renderSummary } from './measure-summary.js';
import { trackerStyles } from './measure-tracker.styles.js';

export type { MeasureFilterState, MeasureSort } from './measure-filters.js';

export interface TryggFilterChangeDetail {
  filters: MeasureFilterState;
  /** How many measures match the filters now. */
  shown: number;
}

declare module '../core/events.js' {
  interface TryggEventMap {
    'trygg-filter-change': TryggFilterChangeDetail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'trygg-filter-change': CustomEvent<TryggFilterChangeDetail>;
  }
}

// Measures drawn at a time: a keystroke redraws at most these, and a long list is hard to read with a screen reader.
const pageSize = 20;

/**
 * The measures that came out of safety walks and reports, and what became of them: a summary, filters, search and
 * each measure with its status, reason and history. The filters live in the URL fragment (`#trygg-measures?…`), so
 * a filtered view can be linked and survives a reload. Content inside the tag is shown only where the script
 * cannot run.
 *
 * @tagname trygg-measure-tracker
 * @summary The measures that came out of safety walks and reports, and what became of them.
 * @fires trygg-load - The measures arrived; `detail.count` of them.
 * @fires trygg-error - A request failed or the element has no API; `detail` has `status`, `kind` and `message`.
 * @fires trygg-filter-change - The filters changed (by the resident, or by a link to `#trygg-measures?…`); `detail.filters` and `detail.shown`, the number that match.
 * @csspart summary - The summary: the sentence and the progress bar.
 * @csspart summary-text - "Synpunkter: 14 · Pågår: 3 · Klar: 9".
 * @csspart progress - The `<progress>` of done measures, named by the summary sentence.
 * @csspart filters - The search, status, area, walk, responsible party and order controls.
 * @csspart search - The search field.
 * @csspart count - "Visar 12 av 40 åtgärder", a polite live region.
 * @csspart list - The list of measures.
 * @csspart measure - One measure (an article).
 * @csspart measure-title - The heading of a measure.
 * @csspart status - The status of a measure: icon and label.
 * @csspart reason - The public reason of a measure (why it is declined or forwarded).
 * @csspart late - "försenad", beside a target date that has passed.
 * @csspart links - The links of a measure.
 * @csspart timeline-button - The disclosure button of a measure's history.
 * @csspart timeline - A measure's history of status changes.
 * @csspart loading - The placeholder while the measures load.
 * @csspart empty - The message when there are no measures, or none match.
 * @csspart button - Every button; also `clear-button`, `more-button` and `retry-button`.
 * @csspart error - The error message.
 * @csspart notice - The "not configured" message (also `not-configured`).
 * @cssprop [--trygg-status-received=#5a5a5a] - Colour of "Mottagen"; `#bdbdbd` where the page's `color-scheme` is dark.
 * @cssprop [--trygg-status-planned=#0a5a9c] - Colour of "Planerad"; `#8cc4ff` on dark.
 * @cssprop [--trygg-status-in_progress=#8a4b00] - Colour of "Pågår"; `#f2b650` on dark.
 * @cssprop [--trygg-status-done=#1e6b34] - Colour of "Klar" and of the progress bar; `#6fd08c` on dark.
 * @cssprop [--trygg-status-forwarded=#6b3fa0] - Colour of "Överlämnad till fastighetsägaren"; `#c9a8ff` on dark.
 * @cssprop [--trygg-status-declined=#b3261e] - Colour of "Genomförs inte"; `#ff8f85` on dark.
 */
export class TryggMeasureTracker extends DataElement<MeasureApi> {
  static override styles = [...DataElement.styles, linkButtonStyles, fieldStyles, trackerStyles];

  static override properties = {
    walk: {},
    area: {},
    status: {},
    headingLevel: { attribute: 'heading-level' },
    _filters: { state: true },
    _limit: { state: true },
  };

  /**
   * Show only the measures from this walk (its id): asked of the server, and the first filter.
   * @attr walk
   */
  declare walk: string | undefined;

  /**
   * Show only the measures in this area: asked of the server, and the first filter.
   * @attr area
   */
  declare area: string | undefined;

  /**
   * The statuses shown at first, separated by spaces or commas, e.g. `planned in_progress`. A link with
   * `#trygg-measures?…` overrides `status`, `area` and `walk` as filters.
   * @attr status
   */
  declare status: string | undefined;

  /**
   * Level (1–6) of each measure's heading, to fit the page's outline; default 2.
   * @attr heading-level
   */
  declare headingLevel: string | undefined;

  private declare _filters: MeasureFilterState;
  private declare _limit: number;

  /** The measures whose timeline is open (changed in place, then a new render asked for). */
  readonly #expanded = new Set<string>();
  #fragmentRules = false;
  #scrollOnLoad = false;
  #result: { index: MeasureIndex; filters: MeasureFilterState; result: FilterResult } | undefined;

  constructor() {
    super();
    this._filters = filterState([], {});
    this._limit = pageSize;
  }

  protected createRestApi(base: URL) {
    return new MeasureRestApi(base);
  }

  readonly #measures = new DataLoader(this, {
    ...this.loaderEvents,
    args: () => [this.connection?.api, this.walk, this.area] as const,
    load: ([api, walk, area], read) => api?.listMeasures({ walk, area }, read),
    shape: (list) => indexMeasures(list.items, this.intlLocale),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.#followFragment);
    const fromFragment = parseFilterFragment(location.hash);
    if (fromFragment) {
      this._filters = fromFragment;
      this.#fragmentRules = this.#scrollOnLoad = true;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.#followFragment);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.#fragmentRules && (changed.has('status') || changed.has('area') || changed.has('walk'))) {
      this._filters = filterState(this.status?.split(/[\s,]+/) ?? [], { area: this.area, walk: this.walk });
    }
  }

  protected override updated(): void {
    // Opened with our fragment: bring the filtered view into sight once, when it has its height.
    if (this.#scrollOnLoad && this.#measures.value) {
      this.#scrollOnLoad = false;
      this.scrollIntoView();
    }
  }

  /** A link to `#trygg-measures?…` on this page: apply it, and take the reader to the result (focus scrolls there). */
  #followFragment = () => {
    const filters = parseFilterFragment(location.hash);
    if (!filters) return;
    this.#setFilters(filters);
    focusAfterUpdate(this, '.count');
  };

  #filter(index: MeasureIndex): FilterResult {
    if (this.#result?.index !== index || this.#result.filters !== this._filters) {
      this.#result = { index, filters: this._filters, result: applyFilters(index, this._filters) };
    }
    return this.#result.result;
  }

  #setFilters(filters: MeasureFilterState): void {
    this.#fragmentRules = true;
    this._filters = filters;
    this._limit = pageSize;
    const index = this.#measures.value;
    this.emit('trygg-filter-change', { filters, shown: index ? this.#filter(index).shown.length : 0 });
  }

  /** The resident changed a filter: show it, and keep it in the address without adding a history entry. */
  #changeFilters = (patch: FilterPatch) => {
    const next = { ...this._filters, ...patch };
    const filters = filterState(next.status, next);
    this.#setFilters(filters);
    try {
      history.replaceState(history.state, '', filterFragment(filters));
    } catch {
      // A sandboxed frame may forbid it: the filters still apply, only the address does not follow.
    }
  };

  #clearFilters = () => {
    this.#changeFilters({ status: [], area: '', walk: '', responsible: '', q: '' });
    focusAfterUpdate(this, '#q');
  };

  #showMore = () => {
    const firstNew = this._limit;
    this._limit += pageSize;
    focusAfterUpdate(this, 'article', firstNew);
  };

  #toggle = (id: string) => {
    if (!this.#expanded.delete(id)) this.#expanded.add(id);
    this.requestUpdate();
  };

  protected renderContent() {
    if (!this.connection) return this.renderNotConfigured();
    const loading = () => html`<p class="loading" part="loading" role="status">${msg('Hämtar åtgärderna …', { id: 'measures.loading' })}</p>`;
    return this.#measures.render({ pending: loading, complete: (index) => this.#renderLoaded(index) });
  }

  #renderLoaded(index: MeasureIndex) {
    const { shown, summary } = this.#filter(index);
    const locale = this.intlLocale;
    const total = index.entries.length;
    const context = { headingLevel: parseHeadingLevel(this.headingLevel ?? null, 2), locale, today: swedishToday() };
    const [n, of] = [formatNumber(locale, shown.length), formatNumber(locale, total)];
    if (total === 0) return html`<p class="notice" part="empty">${msg('Det finns inga åtgärder att visa än.', { id: 'measures.none' })}</p>`;
    return html`${renderSummary(summary, locale)} ${renderFilterForm(this._filters, index, this.#changeFilters)}
      <p class="count" part="count" role="status" tabindex="-1">
        ${pluralCategory(locale, total) === 'one'
          ? msg(str`Visar ${n} av ${of} åtgärd`, { id: 'measures.shown-1' })
          : msg(str`Visar ${n} av ${of} åtgärder`, { id: 'measures.shown-n' })}
      </p>
      ${shown.length === 0
        ? html`<div class="notice" part="empty">
            <p>${msg('Ingen åtgärd passar det du har valt.', { id: 'measures.no-match' })}</p>
            <button type="button" class="button secondary" part="button clear-button" @click=${this.#clearFilters}>
              ${msg('Visa alla åtgärder', { id: 'measures.clear' })}
            </button>
          </div>`
        : html`<ul part="list" role="list">
            ${shown
              .slice(0, this._limit)
              .map((measure) => renderMeasure(measure, { ...context, expanded: this.#expanded.has(measure.id), toggle: this.#toggle }))}
          </ul>`}
      ${shown.length > this._limit
        ? html`<button type="button" class="button secondary" part="button more-button" @click=${this.#showMore}>
            ${msg('Visa fler åtgärder', { id: 'measures.more' })}
          </button>`
        : nothing}`;
  }
}
