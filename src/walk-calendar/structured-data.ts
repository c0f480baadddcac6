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
let jsonPolicy: JsonScriptPolicy | undefined;

/**
 * Script text for a data block. Pages that demand Trusted Types for scripts refuse plain strings even for JSON, so
 * it goes through a policy of our own that lets only valid JSON pass; without Trusted Types the string is used as is.
 */
function trustedJson(json: string): string {
  if (!jsonPolicy) {
    const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
    const onlyJson = (text: string) => {
      JSON.parse(text); // Anything that is not JSON throws here instead of becoming a script.
      return text;
    };
    try {
      jsonPolicy = factory?.createPolicy(trustedTypesPolicyName, { createScript: onlyJson });
    } catch {
      // The page's `trusted-types` list does not name our policy: writing will be refused below.
    }
    jsonPolicy ??= { createScript: onlyJson };
  }
  return jsonPolicy.createScript(json);
}

/**
 * Writes data as JSON-LD into `script`; `<` is escaped so no text in the data can close the script element.
 * False (and one warning) when the page refused it.
 */
export function writeJsonLd(script: HTMLScriptElement, data: object): boolean {
  try {
    script.textContent = trustedJson(JSON.stringify(data).replace(/</g, '\\u003c'));
    return true;
  } catch (error) {
    console.warn(`<trygg-walk-calendar>: the page refused the structured data; allow the Trusted Types policy "${trustedTypesPolicyName}".`, error);
    return false;
  }
}
