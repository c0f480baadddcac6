import { html, nothing } from 'lit/html.js';
import type { PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import { DataLoader } from '../core/data-loader.js';
import { DataElement } from '../core/data-element.js';
import { focusAfterUpdate } from '../core/updating-element.js';
import { visuallyHiddenStyles } from '../core/styles.js';
import type { Walk } from '../core/api-types.js';
import type { TryggSubmitDetail } from '../core/events.js';
import { formatNumber, pluralCategory } from '../core/format.js';
import { parseHeadingLevel } from '../core/heading.js';
import { safeUrl, webProtocols } from '../core/safe-url.js';
import { renderMonthView } from './month-grid.js';
import { fieldStyles } from '../core/field-styles.js';
import { errorSummaryStyles } from '../core/form-errors.js';
import { stockholmDay, type Day } from './stockholm-day.js';
import { updateStructuredData } from './structured-data.js';
import { SignupController, type WalkRegistration } from './signup.js';
import { defaultMapUrl, walkList } from './walk-card.js';
import { walkCalendarStyles } from './walk-calendar.styles.js';
import { WalkRestApi, type WalkApi } from './walk-rest-api.js';

export type { WalkRegistration, WalkApi };

declare module '../core/events.js' {
  interface TryggEventMap {
    'trygg-registration-submit': TryggSubmitDetail<WalkRegistration>;
  }
}

declare global {
  interface HTMLElementEventMap {
    'trygg-registration-submit': CustomEvent<TryggSubmitDetail<WalkRegistration>>;
  }
}

// Walks shown at first and added per "Visa fler": creating 500 cards at once takes a visible moment.
const pageSize = 50;

/** The walks of one load, split once so rendering never sorts or groups the whole list again. */
interface LoadedWalks {
  areas: string[];
  /** Not yet ended, soonest first. */
  upcoming: Walk[];
  /** Ended, latest first; empty unless `show-past`. */
  past: Walk[];
}

/**
 * The calendar of safety walks ("trygghetsvandringar"): upcoming walks first with the next one highlighted, past
 * walks on request, a month view, sign-up without an account, "add to calendar" and a subscribable feed.
 *
 * @tagname trygg-walk-calendar
 * @summary Upcoming and past safety walks, with sign-up.
 * @slot - Fallback content for browsers without JavaScript, e.g. a link to the walks on the municipality's site. Not shown once the element runs.
 * @fires trygg-load - Walks arrived; `detail.count` walks.
 * @fires trygg-error - A request failed or the element has no API; `detail` has `status`, `kind` and `message`.
 * @fires trygg-registration-submit - Cancelable. A sign-up is about to be sent; `detail.payload` is `{ walkId, request }`. `preventDefault()` stops it.
 * @csspart walk - Each walk's card (an `article`); the next walk also has the part `next-walk`.
 * @csspart walk-title - The heading of a walk.
 * @csspart tag - The labels "Nästa vandring", "Inställd", "Genomförd", "Efter mörkrets inbrott", "I dagsljus".
 * @csspart map-link - The link to the meeting point on a map.
 * @csspart measures-link - The link from a held walk to its measures.
 * @csspart button - Every button, and the "add to calendar" link that looks like one.
 * @csspart more-button - "Visa fler vandringar": the next 50 upcoming walks.
 * @csspart signup-button - The button that opens the sign-up form.
 * @csspart calendar-link - "Lägg till i kalender".
 * @csspart form - The sign-up form.
 * @csspart submit-button - The form's send button.
 * @csspart error-summary - The list of problems in the form.
 * @csspart confirmation - "Du är anmäld", "Du står på väntelistan", or that the sign-up waits to be sent.
 * @csspart area-select - The area choice.
 * @csspart month - The month view; `month-button` are its previous/next buttons.
 * @csspart month-button - The month view's previous and next buttons.
 * @csspart feed-link - The subscribe link.
 * @csspart loading - Shown while the walks load.
 * @csspart empty - Shown when no walk is coming up.
 * @csspart error - A failed load, with its retry button (`retry-button`).
 * @csspart retry-button - Tries to load again.
 * @csspart notice - The "not configured" message (also `not-configured`).
 * @csspart not-configured - The "not configured" message.
 * @cssprop [--trygg-color-after-dark=#1d2a44] - Background of the "after dark" label.
 * @cssprop [--trygg-color-on-after-dark=#ffffff] - Text of the "after dark" label.
 * @cssprop [--trygg-walk-calendar-loading-size=100vh] - Height kept free while the walks load, so the page does not jump.
 */
export class TryggWalkCalendar extends DataElement<WalkApi> {
  static override styles = [...DataElement.styles, visuallyHiddenStyles, fieldStyles, errorSummaryStyles, walkCalendarStyles];

  static override properties = {
    area: {},
    view: { reflect: true },
    showPast: { type: Boolean, attribute: 'show-past' },
    limit: { type: Number },
    headingLevel: { type: Number, attribute: 'heading-level' },
    measuresUrl: { attribute: 'measures-url' },
    mapUrl: { attribute: 'map-url' },
    privacyUrl: { attribute: 'privacy-url' },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    _area: { state: true },
    _day: { state: true },
    _shown: { state: true },
  };

  /**
   * Only walks in this area (asked of the API); without it, residents can choose among the areas when there are several.
   * @attr area
   */
  declare area: string | undefined;

  /**
   * `list` (default): walks as a list. `month`: a month grid, with the chosen day's walks below it.
   * @attr view
   */
  declare view: 'list' | 'month';

  /**
   * Also show walks that have ended (held or cancelled), latest first, after the upcoming ones.
   * @attr show-past
   */
  declare showPast: boolean;

  /**
   * Show at most this many upcoming walks: a compact "next walks" block.
   * @attr limit
   */
  declare limit: number | undefined;

  /**
   * Heading level (1–6) of each walk's title, to fit the page's outline. Default 3.
   * @attr heading-level
   */
  declare headingLevel: number | undefined;

  /**
   * Address of the page with `<trygg-measure-tracker>`; a held walk links to `<address>#trygg-measures?walk=<id>`. Default: this page.
   * @attr measures-url
   */
  declare measuresUrl: string | undefined;

  /**
   * Map service for the meeting point, with `{lat}` and `{lng}`. Default: OpenStreetMap.
   * @attr map-url
   */
  declare mapUrl: string | undefined;

  /**
   * Address of the page about personal data, linked from the sign-up's consent text.
   * @attr privacy-url
   */
  declare privacyUrl: string | undefined;

  /**
   * Write the walks as schema.org `Event` JSON-LD into a `<script type="application/ld+json">` inside the element.
   * @attr structured-data
   */
  declare structuredData: boolean;

  /** The area the resident chose; empty for all. */
  private declare _area: string;
  /** The chosen day of the month view. */
  private declare _day: Day | undefined;
  /** How many upcoming walks the list shows; "Visa fler" adds a page. */
  private declare _shown: number;

  #structuredDataFor: LoadedWalks | undefined;
  readonly #script = Object.assign(document.createElement('script'), { type: 'application/ld+json' });

  readonly #signup = new SignupController(this, {
    connection: () => this.connection,
    language: () => this.language.locale,
    privacyUrl: () => this.privacyUrl,
    announce: (payload) => this.emit('trygg-registration-submit', { payload }, { cancelable: true }),
    reportError: (error) => this.reportError(error),
  });

  readonly #walks = new DataLoader(this, {
    ...this.loaderEvents,
    args: () => [this.connection?.api, this.area || undefined, this.showPast] as const,
    load: ([api, area, showPast], read) => api?.listWalks({ area, from: showPast ? undefined : stockholmDay(Date.now()) }, read),
    shape: (list, [, , showPast]): LoadedWalks => split(list.items, list.areas, showPast),
  });

  constructor() {
    super();
    this.view = 'list';
    this.showPast = false;
    this.structuredData = false;
    this._area = '';
    this._shown = pageSize;
  }

  protected createRestApi(base: URL) {
    return new WalkRestApi(base);
  }

  protected renderContent() {
    return this.connection
      ? this.#walks.render({ pending: this.#renderLoading, complete: (loaded) => this.#renderLoaded(loaded) })
      : this.renderNotConfigured();
  }

  #renderLoading = () => html`<p class="loading" part="loading" role="status">${msg('Hämtar trygghetsvandringar…', { id: 'walks.loading' })}</p>`;

  #renderLoaded(loaded: LoadedWalks) {
    const inArea = (walk: Walk) => !this._area || walk.area === this._area;
    const upcoming = loaded.upcoming.filter(inArea);
    const api = this.connection?.api;
    const feedUrl = safeUrl(api?.walkFeedUrl?.({ area: this.area || this._area || undefined }), webProtocols);
    const list = walkList(
      this.intlLocale,
      parseHeadingLevel(String(this.headingLevel), 3),
      this.mapUrl || defaultMapUrl,
      safeUrl(this.measuresUrl || location.href, webProtocols)?.split('#')[0],
      api,
      this.#signup,
      upcoming.find((walk) => walk.status === 'planned')?.id,
    );
    const past = loaded.past.filter(inArea);
    return html`<div class="calendar">
      ${!this.area && loaded.areas.length > 1
        ? html`<div class="field">
            <label class="label" for="area">${msg('Område', { id: 'walks.area' })}</label>
            <select class="input" id="area" part="area-select" @change=${(event: Event) => (this._area = (event.target as HTMLSelectElement).value)}>
              <option value="">${msg('Alla områden', { id: 'walks.all-areas' })}</option>
              ${loaded.areas.map((area) => html`<option ?selected=${area === this._area}>${area}</option>`)}
            </select>
          </div>`
        : nothing}
      <p role="status">${this.#countText(upcoming.length)}</p>
      ${this.view === 'month'
        ? renderMonthView(
            this.intlLocale,
            loaded,
            inArea,
            this._day,
            this.#selectDay,
            this.#countText,
            list,
          )
        : html`${upcoming.length > 0
            ? html`${list(upcoming.slice(0, this.limit || this._shown))}
              ${!this.limit && upcoming.length > this._shown
                ? html`<p>
                    <button class="button secondary" part="button more-button" @click=${this.#showMore}>
                      ${msg(str`Visa fler vandringar (${formatNumber(this.intlLocale, upcoming.length - this._shown)} till)`, { id: 'walks.more' })}
                    </button>
                  </p>`
                : nothing}`
            : html`<p class="notice" part="empty">${msg('Det finns inga kommande trygghetsvandringar just nu.', { id: 'walks.empty' })}</p>`}
          ${this.showPast && past.length > 0
            ? html`<p class="strong" id="past-title">${msg('Tidigare vandringar', { id: 'walks.past' })}</p>
                ${list(past, 'past-title')}`
            : nothing}`}
      ${feedUrl
        ? html`<p>
            <a href=${feedUrl} part="feed-link">${msg('Prenumerera på vandringarna i din kalender', { id: 'walks.feed' })}</a><br />
            ${msg('Lägg in länken i din kalenderapp, så kommer nya och ändrade vandringar in av sig själva.', { id: 'walks.feed-hint' })}
          </p>`
        : nothing}
    </div>`;
  }

  #showMore = () => {
    // Focus goes to the first walk that was added, so a keyboard or screen reader user goes on from there.
    void focusAfterUpdate(this, '.walks article', (this._shown += pageSize) - pageSize);
  };

  #selectDay = (day: Day, focus: boolean) => {
    this._day = day;
    if (focus) void focusAfterUpdate(this, 'td[tabindex="0"]');
  };

  #countText = (count: number) => {
    const formatted = formatNumber(this.intlLocale, count);
    return pluralCategory(this.intlLocale, count) === 'one'
      ? msg(str`${formatted} vandring`, { id: 'walks.count.one' })
      : msg(str`${formatted} vandringar`, { id: 'walks.count.other' });
  };

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const loaded = (this.structuredData && this.#walks.value) || undefined;
    if (loaded === this.#structuredDataFor) return;
    this.#structuredDataFor = loaded;
    updateStructuredData(this, this.#script, loaded && [...loaded.upcoming, ...loaded.past]);
  }
}

/** Upcoming (not yet ended) and, when asked, past walks; sorted once here because adapters may not sort. */
function split(items: readonly Walk[], areas: string[], showPast: boolean): LoadedWalks {
  const now = Date.now();
  const sorted = [...items].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const upcoming = sorted.filter((walk) => Date.parse(walk.endsAt) > now);
  const past = showPast ? sorted.filter((walk) => Date.parse(walk.endsAt) <= now).reverse() : [];
  return { areas, upcoming, past };
}
