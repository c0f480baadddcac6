import type { ConcernRequest } from '../core/api-types.js';
import { dayTypes, timesOfDay, type ConcernDraft } from './concern-draft.js';

/** Whether the resident asked for a reply and gave consent: only then is anything personal sent. */
export const sendsContact = (draft: ConcernDraft): boolean => draft.followUp === 'yes' && draft.consent;

/** The request the draft makes: text exactly as typed, contact only with consent, empty fields left out; `area` from the page. */
export function toConcernRequest(
  draft: ConcernDraft,
  { area, ...extra }: Pick<ConcernRequest, 'language' | 'website' | 'fillMs'> & { area?: string | undefined },
): ConcernRequest {
  const { name, email, phone, location } = draft;
  return {
    categoryId: draft.categoryId,
    place: { description: draft.place, ...(area && { area }), ...(location && { location }) },
    timeOfDay: timesOfDay.filter((time) => draft.timeOfDay.includes(time)),
    dayType: dayTypes.filter((day) => draft.dayType.includes(day)),
    description: draft.description,
    ...(sendsContact(draft) && {
      contact: { ...(name && { name }), ...(email && { email }), ...(phone && { phone }), consent: true },
    }),
    ...extra,
  };
}
