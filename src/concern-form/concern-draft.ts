import type { ConcernRequest, GeoPoint } from '../core/api-types.js';

export type TimeOfDay = ConcernRequest['timeOfDay'][number];
export type DayType = ConcernRequest['dayType'][number];
export const timesOfDay: readonly TimeOfDay[] = ['day', 'evening', 'night'];
export const dayTypes: readonly DayType[] = ['weekdays', 'weekends'];

/** The limits of `ConcernRequest` in api/openapi.json (a test keeps them equal to the contract). */
export const limits = { place: 500, description: 4000, name: 200, area: 100 } as const;

/** Characters as the contract counts them (code points), so an emoji is one, as the resident sees it. */
export const characterCount = (text: string): number => [...text].length;

/** Everything the resident has typed or chosen, as kept in the draft. */
export interface ConcernDraft {
  categoryId: string;
  place: string;
  location: GeoPoint | null;
  timeOfDay: string[];
  dayType: string[];
  description: string;
  followUp: string;
  name: string;
  email: string;
  phone: string;
  consent: boolean;
  /** Time spent filling in before the last reload: the server's spam check counts it too. */
  fillMs: number;
}

export const emptyDraft = (): ConcernDraft => ({
  categoryId: '',
  place: '',
  location: null,
  timeOfDay: [],
  dayType: [],
  description: '',
  followUp: '',
  name: '',
  email: '',
  phone: '',
  consent: false,
  fillMs: 0,
});

/** A stored draft, keeping only values of the expected type: session storage is the page's to change. */
export function restoreDraft(stored: object | null): ConcernDraft {
  const draft: Record<string, unknown> = { ...emptyDraft() };
  for (const key in draft) {
    const value = (stored as Record<string, unknown> | null)?.[key];
    if (typeof value === typeof draft[key] && Array.isArray(value) === Array.isArray(draft[key])) draft[key] = value;
  }
  const restored = draft as unknown as ConcernDraft;
  const { location } = restored;
  if (typeof location?.lat !== 'number' || typeof location.lng !== 'number') restored.location = null;
  return restored;
}
