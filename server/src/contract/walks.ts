import { Type, type Static } from 'typebox';
import {
  component,
  DateOnly,
  DateTime,
  Email,
  FillMs,
  GeoPoint,
  Honeypot,
  HttpUrl,
  Id,
  LanguageTag,
  Phone,
  ref,
  stringEnum,
} from './common.js';

export const WalkStatus = stringEnum(
  'WalkStatus',
  ['planned', 'cancelled', 'held'] as const,
  'planned: open for sign-up until it starts; cancelled: stays visible as cancelled; held: done, measures follow.',
);
export const Lighting = stringEnum('Lighting', ['daylight', 'dark'] as const, 'Held in daylight or after dark.');

const Title = Type.String({ minLength: 1, maxLength: 200 });
const Area = Type.String({ minLength: 1, maxLength: 100 });
const LongText = Type.String({ maxLength: 4000 });
const ShortText = Type.String({ maxLength: 1000 });
const PersonName = Type.String({ minLength: 1, maxLength: 200 });

export const MeetingPoint = component('MeetingPoint', 'Where the walk starts.', {
  name: Title,
  description: Type.Optional(ShortText),
  location: Type.Optional(ref(GeoPoint)),
});

export const RouteStop = component('RouteStop', 'A stop along the route, in walking order.', {
  name: Title,
  location: Type.Optional(ref(GeoPoint)),
});

export const Organizer = component('Organizer', 'Who leads the walk; the contact shown to residents.', {
  name: PersonName,
  email: Type.Optional(Email),
  phone: Type.Optional(Phone),
});

/** What staff write and residents read, alike in Walk and WalkInput. */
const walkBasics = {
  title: Title,
  description: Type.Optional(LongText),
  area: Area,
  startsAt: DateTime,
  endsAt: DateTime,
  meetingPoint: ref(MeetingPoint),
};

export const Walk = component('Walk', 'A safety walk (trygghetsvandring).', {
  id: Id,
  ...walkBasics,
  route: Type.Array(ref(RouteStop)),
  lighting: ref(Lighting),
  capacity: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()], { description: 'People; null means no limit.' }),
  registeredCount: Type.Integer({ minimum: 0, description: 'People confirmed (sum of party sizes).' }),
  placesLeft: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], { description: 'null when there is no limit.' }),
  waitlistCount: Type.Integer({ minimum: 0, description: 'People on the waiting list (sum of party sizes).' }),
  status: ref(WalkStatus),
  cancellationReason: Type.Optional(Type.String()),
  organizer: ref(Organizer),
  accessibilityNotes: Type.Optional(ShortText),
  allowAnonymous: Type.Boolean({ description: 'Sign-up without e-mail or phone is allowed.' }),
  url: Type.Optional(Type.String({ format: 'uri' })),
  measureCount: Type.Integer({ minimum: 0, description: 'Measures that came out of this walk.' }),
  sequence: Type.Integer({ minimum: 0, description: 'Grows on every change (iCalendar SEQUENCE).' }),
  updatedAt: DateTime,
});

export const WalkList = component('WalkList', 'Walks ordered by start time, and the areas a client can filter on.', {
  items: Type.Array(ref(Walk)),
  areas: Type.Array(Type.String(), { description: 'Every distinct area of the result before the area filter, sorted.' }),
});

const DateOrDateTime = Type.Union([DateTime, DateOnly], {
  description: 'A date-time, or a date read as midnight in Europe/Stockholm.',
});

export const WalkQuery = Type.Object(
  {
    from: Type.Optional(DateOrDateTime),
    to: Type.Optional(DateOrDateTime),
    area: Type.Optional(Area),
    status: Type.Optional(Type.Array(ref(WalkStatus), { description: 'May repeat.' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
  },
  { additionalProperties: false },
);
export const WalkFeedQuery = Type.Object(
  {
    from: Type.Optional(DateOrDateTime),
    to: Type.Optional(DateOrDateTime),
    area: Type.Optional(Area),
    status: Type.Optional(Type.Array(ref(WalkStatus), { description: 'May repeat.' })),
  },
  { additionalProperties: false },
);

export const WalkInput = component('WalkInput', 'A new walk (staff).', {
  ...walkBasics,
  route: Type.Optional(Type.Array(ref(RouteStop), { maxItems: 50 })),
  lighting: ref(Lighting),
  capacity: Type.Optional(Type.Union([Type.Integer({ minimum: 1, maximum: 10_000 }), Type.Null()])),
  organizer: ref(Organizer),
  accessibilityNotes: Type.Optional(ShortText),
  allowAnonymous: Type.Optional(Type.Boolean()),
  url: Type.Optional(HttpUrl),
});

export const WalkPatch = component(
  'WalkPatch',
  'Changes to a walk (staff). Fields left out stay; null clears an optional field.',
  {
    title: Type.Optional(Title),
    description: Type.Optional(Type.Union([LongText, Type.Null()])),
    area: Type.Optional(Area),
    startsAt: Type.Optional(DateTime),
    endsAt: Type.Optional(DateTime),
    meetingPoint: Type.Optional(ref(MeetingPoint)),
    route: Type.Optional(Type.Array(ref(RouteStop), { maxItems: 50 })),
    lighting: Type.Optional(ref(Lighting)),
    capacity: Type.Optional(Type.Union([Type.Integer({ minimum: 1, maximum: 10_000 }), Type.Null()])),
    organizer: Type.Optional(ref(Organizer)),
    accessibilityNotes: Type.Optional(Type.Union([ShortText, Type.Null()])),
    allowAnonymous: Type.Optional(Type.Boolean()),
    url: Type.Optional(Type.Union([HttpUrl, Type.Null()])),
  },
  { minProperties: 1 },
);

export const WalkCancelRequest = component('WalkCancelRequest', 'Why a walk is cancelled; shown to residents.', {
  reason: Type.String({ minLength: 1, maxLength: 1000 }),
});

export const RegistrationRole = stringEnum(
  'RegistrationRole',
  ['resident', 'property_owner', 'association', 'transport_operator', 'municipal_staff', 'other'] as const,
  'In what role the person takes part.',
);
export const RegistrationStatus = stringEnum(
  'RegistrationStatus',
  ['confirmed', 'waitlisted'] as const,
  'confirmed when the party fits in the places left (or there is no limit), else waitlisted.',
);

export const RegistrationRequest = component(
  'RegistrationRequest',
  'A sign-up for a walk. Without the walk allowing anonymous sign-up, give e-mail or phone, and consent with either.',
  {
    name: PersonName,
    email: Type.Optional(Email),
    phone: Type.Optional(Phone),
    partySize: Type.Integer({ minimum: 1, maximum: 20 }),
    role: ref(RegistrationRole),
    needs: Type.Optional(ShortText),
    consent: Type.Boolean({ description: 'Consent to store the contact details; must be true when email or phone is given.' }),
    language: Type.Optional(LanguageTag),
    website: Honeypot,
    fillMs: FillMs,
  },
);

export const Registration = component('Registration', 'The outcome of a sign-up.', {
  id: Id,
  walkId: Id,
  status: ref(RegistrationStatus),
  partySize: Type.Integer({ minimum: 1 }),
  waitlistPosition: Type.Optional(Type.Integer({ minimum: 1 })),
  createdAt: DateTime,
});

export const StaffRegistration = component('StaffRegistration', 'A sign-up as staff see it.', {
  id: Id,
  walkId: Id,
  name: Type.String(),
  email: Type.Optional(Type.String()),
  phone: Type.Optional(Type.String()),
  partySize: Type.Integer({ minimum: 1 }),
  role: ref(RegistrationRole),
  needs: Type.Optional(Type.String()),
  consent: Type.Boolean(),
  language: Type.Optional(Type.String()),
  status: ref(RegistrationStatus),
  waitlistPosition: Type.Optional(Type.Integer({ minimum: 1 })),
  spam: Type.Boolean(),
  contactErased: Type.Boolean({ description: 'Contact details were erased by the retention rule.' }),
  createdAt: DateTime,
});

export const StaffRegistrationList = component('StaffRegistrationList', 'Sign-ups, oldest first.', {
  items: Type.Array(ref(StaffRegistration)),
});

export type WalkT = Static<typeof Walk>;
export type WalkInputT = Static<typeof WalkInput>;
export type WalkPatchT = Static<typeof WalkPatch>;
export type WalkStatusT = Static<typeof WalkStatus>;
export type RegistrationRequestT = Static<typeof RegistrationRequest>;
export type RegistrationT = Static<typeof Registration>;
export type StaffRegistrationT = Static<typeof StaffRegistration>;
