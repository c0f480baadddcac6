import { Type, type Static } from 'typebox';
import { CategoryId } from './categories.js';
import {
  component,
  DateTime,
  Email,
  FillMs,
  GeoPoint,
  Honeypot,
  LanguageTag,
  Phone,
  ref,
  ResponsibleParty,
  stringEnum,
} from './common.js';
import { ConcernReference } from './measures.js';

export const TimeOfDay = stringEnum('TimeOfDay', ['day', 'evening', 'night'] as const, 'When the place feels unsafe.');
export const DayType = stringEnum('DayType', ['weekdays', 'weekends'] as const, 'On which days the place feels unsafe.');
export const ConcernStatus = stringEnum(
  'ConcernStatus',
  ['received', 'in_progress', 'closed'] as const,
  'Handling status of a concern (staff only). Contact details of closed concerns are erased after the retention period.',
);

export const ConcernPlace = component('ConcernPlace', 'Where the unsafe place is.', {
  description: Type.String({ minLength: 1, maxLength: 500 }),
  /** Set by the page the form sits on (its `area` attribute), so staff know which neighbourhood it concerns. */
  area: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'The area the form was embedded for, e.g. "Sandviken".' })),
  location: Type.Optional(ref(GeoPoint)),
});

export const ConcernContact = component(
  'ConcernContact',
  'Optional contact for a follow-up. Stored only when consent is true.',
  {
    name: Type.Optional(Type.String({ maxLength: 200 })),
    email: Type.Optional(Email),
    phone: Type.Optional(Phone),
    consent: Type.Boolean(),
  },
);

export const ConcernRequest = component('ConcernRequest', 'A report of an unsafe place.', {
  categoryId: CategoryId,
  place: ref(ConcernPlace),
  timeOfDay: Type.Array(ref(TimeOfDay), { uniqueItems: true, maxItems: 3 }),
  dayType: Type.Array(ref(DayType), { uniqueItems: true, maxItems: 2 }),
  description: Type.String({ minLength: 1, maxLength: 4000 }),
  contact: Type.Optional(ref(ConcernContact)),
  language: Type.Optional(LanguageTag),
  website: Honeypot,
  fillMs: FillMs,
});

export const ConcernReceipt = component('ConcernReceipt', 'What the resident gets back: the reference to quote.', {
  reference: ConcernReference,
  categoryId: CategoryId,
  responsibleParty: ref(ResponsibleParty),
  createdAt: DateTime,
});

export const StaffConcernContact = component('StaffConcernContact', 'Contact details given with consent.', {
  name: Type.Optional(Type.String()),
  email: Type.Optional(Type.String()),
  phone: Type.Optional(Type.String()),
});

export const StaffConcern = component('StaffConcern', 'A concern as staff see it.', {
  reference: ConcernReference,
  categoryId: CategoryId,
  place: ref(ConcernPlace),
  timeOfDay: Type.Array(ref(TimeOfDay)),
  dayType: Type.Array(ref(DayType)),
  description: Type.String(),
  contact: Type.Optional(ref(StaffConcernContact)),
  consent: Type.Boolean(),
  language: Type.Optional(Type.String()),
  status: ref(ConcernStatus),
  spam: Type.Boolean(),
  contactErased: Type.Boolean({ description: 'Contact details were erased by the retention rule.' }),
  createdAt: DateTime,
  closedAt: Type.Optional(DateTime),
});

export const StaffConcernList = component('StaffConcernList', 'Concerns, newest first.', {
  items: Type.Array(ref(StaffConcern)),
});

export const ConcernUpdate = component('ConcernUpdate', 'A new handling status for a concern (staff).', {
  status: ref(ConcernStatus),
});

export type ConcernRequestT = Static<typeof ConcernRequest>;
export type ConcernReceiptT = Static<typeof ConcernReceipt>;
export type StaffConcernT = Static<typeof StaffConcern>;
export type ConcernStatusT = Static<typeof ConcernStatus>;
