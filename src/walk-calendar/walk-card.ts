import { html, nothing, type TemplateResult } from 'lit/html.js';
import { msg, str } from '@lit/localize';
import type { Walk } from '../core/api-types.js';
import { formatDateTime, formatNumber, pluralCategory } from '../core/format.js';
import { renderHeading } from '../core/heading.js';
import { safeUrl, webProtocols } from '../core/safe-url.js';
import type { SignupController } from './signup.js';
import type { WalkApi } from './walk-rest-api.js';

/** What every walk card needs from the calendar around it. */
export interface WalkCardContext {
  locale: string;
  headingLevel: number;
  /** Map address template with `{lat}` and `{lng}`. */
  mapUrl: string;
  /** The page with the measure tracker, without a fragment; undefined when it is not a web address. */
  measuresPage: string | undefined;
  /** The API, for "add to calendar" when it offers it. */
  api: WalkApi | undefined;
  signup: SignupController;
}

export const defaultMapUrl = 'https://www.openstreetmap.org/?mlat={lat}&mlon={lng}#map=17/{lat}/{lng}';

function placesText(locale: string, placesLeft: number): string {
  const count = formatNumber(locale, placesLeft);
  if (placesLeft === 0) return msg('Fullt — väntelista', { id: 'walks.places.full' });
  return pluralCategory(locale, placesLeft) === 'one'
    ? msg(str`${count} plats kvar`, { id: 'walks.places.one' })
    : msg(str`${count} platser kvar`, { id: 'walks.places.other' });
}

function detail(term: string, description: unknown): TemplateResult {
  return html`<div><dt>${term}</dt><dd>${description}</dd></div>`;
}

/** One walk as an article: when and where, for whom, how many places, and what the resident can do about it. */
export function renderWalk(walk: Walk, context: WalkCardContext, next: boolean): TemplateResult {
  const { locale, signup } = context;
  const { id, status, meetingPoint, organizer } = walk;
  const headingId = `walk-${id}`;
  const time = (value: string) => formatDateTime(locale, value, { timeStyle: 'short' });
  const date = formatDateTime(locale, walk.startsAt, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const location = meetingPoint.location;
  const mapUrl =
    location && safeUrl(context.mapUrl.replace(/\{lat\}/g, String(location.lat)).replace(/\{lng\}/g, String(location.lng)), webProtocols);
  const open = status === 'planned' && Date.parse(walk.endsAt) > Date.now();
  const calendarUrl = open ? safeUrl(context.api?.walkCalendarUrl?.(id), webProtocols) : undefined;
  const [action, form] = signup.render(walk, headingId);
  const email = organizer.email && safeUrl(`mailto:${organizer.email}`);
  const phone = organizer.phone && safeUrl(`tel:${organizer.phone.replace(/[^\d+]/g, '')}`);
  return html`<article class="walk${next ? ' next' : ''}" part="walk${next ? ' next-walk' : ''}" aria-labelledby=${headingId} tabindex="-1">
    ${renderHeading(context.headingLevel, walk.title, 'walk-title', headingId)}
    <p class="tags">
      ${next ? html`<span class="tag" part="tag">${msg('Nästa vandring', { id: 'walks.next' })}</span>` : nothing}
      ${status === 'cancelled' ? html`<span class="tag cancelled" part="tag">${msg('Inställd', { id: 'walks.cancelled' })}</span>` : nothing}
      ${status === 'held' ? html`<span class="tag" part="tag">${msg('Genomförd', { id: 'walks.held' })}</span>` : nothing}
      <span class="tag ${walk.lighting}" part="tag">
        ${walk.lighting === 'dark' ? msg('Efter mörkrets inbrott', { id: 'walks.dark' }) : msg('I dagsljus', { id: 'walks.daylight' })}
      </span>
    </p>
    ${status === 'cancelled' && walk.cancellationReason ? html`<p class="notice error">${walk.cancellationReason}</p>` : nothing}
    <dl>
      ${detail(
        msg('När', { id: 'walks.when' }),
        html`<time datetime=${walk.startsAt}>${msg(str`${date} kl. ${time(walk.startsAt)}–${time(walk.endsAt)}`, { id: 'walks.date-time' })}</time>`,
      )}
      ${detail(msg('Område', { id: 'walks.area' }), walk.area)}
      ${detail(
        msg('Samlingsplats', { id: 'walks.meeting-point' }),
        html`${meetingPoint.name}${meetingPoint.description ? html`. ${meetingPoint.description}` : nothing}
        ${mapUrl ? html`<a href=${mapUrl} part="map-link">${msg('Visa på karta', { id: 'walks.map' })}</a>` : nothing}`,
      )}
      ${walk.accessibilityNotes ? detail(msg('Tillgänglighet', { id: 'walks.accessibility' }), walk.accessibilityNotes) : nothing}
      ${detail(
        msg('Arrangör', { id: 'walks.organizer' }),
        html`${organizer.name} ${email ? html`<a href=${email}>${organizer.email}</a>` : nothing}
        ${phone ? html`<a href=${phone}>${organizer.phone}</a>` : nothing}`,
      )}
      ${open
        ? detail(
            msg('Platser', { id: 'walks.places' }),
            walk.placesLeft === null ? msg('Ingen gräns', { id: 'walks.places.unlimited' }) : placesText(locale, walk.placesLeft),
          )
        : nothing}
    </dl>
    ${walk.description ? html`<p class="description">${walk.description}</p>` : nothing}
    ${status === 'held' && walk.measureCount > 0 && context.measuresPage
      ? html`<p>
          <a href="${context.measuresPage}#trygg-measures?walk=${encodeURIComponent(id)}" part="measures-link">${msg(str`Åtgärder efter vandringen (${formatNumber(locale, walk.measureCount)})`, { id: 'walks.measures' })}</a>
        </p>`
      : nothing}
    <div class="actions">
      ${action}
      ${calendarUrl
        ? html`<a class="button secondary" part="button calendar-link" href=${calendarUrl} download aria-describedby=${headingId}>
            ${msg('Lägg till i kalender', { id: 'walks.add-to-calendar' })}
          </a>`
        : nothing}
    </div>
    ${form}
  </article>`;
}
