import type { Walk } from '../core/api-types.js';

const schemaOrg = 'https://schema.org/';

/** The walks as schema.org Events, so search engines can show them with their date, place and status. */
export function walkEvents(walks: readonly Walk[]): object {
  return {
    '@context': schemaOrg,
    '@graph': walks.map(({ title, description, startsAt, endsAt, status, area, meetingPoint, organizer, capacity, placesLeft, url }) => ({
      '@type': 'Event',
      name: title,
      description,
      startDate: startsAt,
      endDate: endsAt,
      eventStatus: `${schemaOrg}${status === 'cancelled' ? 'EventCancelled' : 'EventScheduled'}`,
      eventAttendanceMode: `${schemaOrg}OfflineEventAttendanceMode`,
      isAccessibleForFree: true,
      location: {
        '@type': 'Place',
        name: meetingPoint.name,
        address: area,
        geo: meetingPoint.location && { '@type': 'GeoCoordinates', latitude: meetingPoint.location.lat, longitude: meetingPoint.location.lng },
      },
      organizer: { '@type': 'Person', name: organizer.name },
      maximumAttendeeCapacity: capacity ?? undefined,
      remainingAttendeeCapacity: placesLeft ?? undefined,
      url,
    })),
  };
}

interface JsonScriptPolicy {
  createScript(json: string): string;
}
type TrustedTypesFactory = { createPolicy(name: string, rules: JsonScriptPolicy): JsonScriptPolicy };

export const trustedTypesPolicyName = 'trygg-walk-calendar';

// Anything that is not JSON throws here instead of becoming a script.
const onlyJson: JsonScriptPolicy = { createScript: (text) => (JSON.parse(text), text) };
let jsonPolicy: JsonScriptPolicy | undefined;

/**
 * Writes the walks as JSON-LD into `script`, the one script the element owns in its light DOM (nothing else outside
 * the shadow root is ever touched), or removes it when `walks` is undefined. `<` is escaped, so no text in the data
 * can close the script. Pages that demand Trusted Types for scripts refuse plain strings even for JSON, so the text
 * goes through a policy of our own that lets only valid JSON pass; without Trusted Types the string is used as is.
 * One warning, and no script, when the page refuses it.
 */
export function updateStructuredData(host: HTMLElement, script: HTMLScriptElement, walks: readonly Walk[] | undefined): void {
  if (walks) {
    if (!jsonPolicy) {
      jsonPolicy = onlyJson;
      try {
        jsonPolicy = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes?.createPolicy(trustedTypesPolicyName, onlyJson) ?? onlyJson;
      } catch {
        // The page's `trusted-types` list does not name our policy: writing will be refused below.
      }
    }
    try {
      script.textContent = jsonPolicy.createScript(JSON.stringify(walkEvents(walks)).replace(/</g, '\\u003c'));
      host.append(script);
      return;
    } catch (error) {
      console.warn(`<${host.localName}>: the page refused the structured data; allow the Trusted Types policy "${trustedTypesPolicyName}".`, error);
    }
  }
  script.remove();
}
