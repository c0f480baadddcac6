import { html, nothing, type TemplateResult } from 'lit/html.js';
import { msg, str } from '@lit/localize';
import type { Walk } from '../core/api-types.js';
import { formatDateTime, formatNumber, pluralCategory } from '../core/format.js';
import { renderHeading } from '../core/heading.js';
import { safeUrl, telUrl, webProtocols } from '../core/safe-url.js';
import type { SignupController } from './signup.js';
import type { WalkApi } from './walk-rest-api.js';

export const defaultMapUrl = 'https://www.openstreetmap.org/?mlat={lat}&mlon={lng}#map=17/{lat}/{lng}';

const detail = (term: string, description: unknown) => html`<div><dt>${term}</dt><dd>${description}</dd></div>`;
const tag = (text: string, kind = '') => html`<span class="tag ${kind}" part="tag">${text}</span>`;

/**
 * Lists of walks, each walk an article: when and where, for whom, how many places, and what the resident can do
 * about it. Returns the list renderer for one render of the calendar.
 *
 * @param mapUrl Map address template with `{lat}` and `{lng}`.
 * @param measuresPage The page with the measure tracker, without a fragment; undefined when it is not a web address.
 * @param api The API, for "add to calendar" when it offers it.
 * @param nextId The walk highlighted as the next one.
 */
export function walkList(
  locale: string,
  headingLevel: number,
  mapUrl: string,
  measuresPage: string | undefined,
  api: WalkApi | undefined,
  signup: SignupController,
  nextId: string | undefined,
): (walks: Walk[], labelledBy?: string) => TemplateResult {
  const time = (value: string) => formatDateTime(locale, value, { timeStyle: 'short' });
  const card = (walk: Walk) => {
    const { id, status, meetingPoint, organizer, placesLeft } = walk;
    const next = id === nextId;
    const headingId = `walk-${id}`;
    const date = formatDateTime(locale, walk.startsAt, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
    const location = meetingPoint.location;
    const map = location && safeUrl(mapUrl.replace(/\{(lat|lng)\}/g, (_, key: 'lat' | 'lng') => String(location[key])), webProtocols);
    const open = status === 'planned' && Date.parse(walk.endsAt) > Date.now();
    const calendarUrl = open ? safeUrl(api?.walkCalendarUrl?.(id), webProtocols) : undefined;
    const [action, form] = signup.render(walk, headingId);
    const email = organizer.email && safeUrl(`mailto:${organizer.email}`);
    const phone = organizer.phone && telUrl(organizer.phone);
    const count = formatNumber(locale, placesLeft ?? 0);
    return html`<article class="walk${next ? ' next' : ''}" part="walk${next ? ' next-walk' : ''}" aria-labelledby=${headingId} tabindex="-1">
      ${renderHeading(headingLevel, walk.title, 'walk-title', headingId)}
      <p class="tags">
        ${next ? tag(msg('Nästa vandring', { id: 'walks.next' })) : nothing}
        ${status === 'cancelled' ? tag(msg('Inställd', { id: 'walks.cancelled' }), status) : nothing}
        ${status === 'held' ? tag(msg('Genomförd', { id: 'walks.held' })) : nothing}
        ${tag(walk.lighting === 'dark' ? msg('Efter mörkrets inbrott', { id: 'walks.dark' }) : msg('I dagsljus', { id: 'walks.daylight' }), walk.lighting)}
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
          ${map ? html`<a href=${map} part="map-link">${msg('Visa på karta', { id: 'walks.map' })}</a>` : nothing}`,
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
              placesLeft === null
                ? msg('Ingen gräns', { id: 'walks.places.unlimited' })
                : placesLeft === 0
                  ? msg('Fullt — väntelista', { id: 'walks.places.full' })
                  : pluralCategory(locale, placesLeft) === 'one'
                    ? msg(str`${count} plats kvar`, { id: 'walks.places.one' })
                    : msg(str`${count} platser kvar`, { id: 'walks.places.other' }),
            )
          : nothing}
      </dl>
      ${walk.description ? html`<p class="description">${walk.description}</p>` : nothing}
      ${status === 'held' && walk.measureCount > 0 && measuresPage
        ? html`<p>
            <a href="${measuresPage}#trygg-measures?walk=${encodeURIComponent(id)}" part="measures-link">${msg(str`Åtgärder efter vandringen (${formatNumber(locale, walk.measureCount)})`, { id: 'walks.measures' })}</a>
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
  };
  return (walks, labelledBy) =>
    html`<ul class="walks" role="list" aria-labelledby=${labelledBy ?? nothing}>
      ${walks.map((walk) => html`<li>${card(walk)}</li>`)}
    </ul>`;
}
