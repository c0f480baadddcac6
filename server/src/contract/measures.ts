import { Type, type Static } from 'typebox';
import {
  component,
  DateOnly,
  DateTime,
  GeoPoint,
  Id,
  Link,
  ref,
  ResponsibleParty,
  stringEnum,
  taggedUnion,
} from './common.js';

export const MeasureStatus = stringEnum(
  'MeasureStatus',
  ['received', 'planned', 'in_progress', 'done', 'forwarded', 'declined'] as const,
  'received (Mottagen), planned (Planerad), in_progress (Pågår), done (Klar), ' +
    'forwarded (Överlämnad till fastighetsägaren), declined (Genomförs inte; publicReason required).',
);

const CONCERN_REFERENCE = '^TRG-[0-9]{4}-[0-9]{5,}$';
export const ConcernReference = Type.String({
  pattern: CONCERN_REFERENCE,
  description: 'Human-readable reference: TRG-<year>-<5-digit sequence per year>.',
});

const Title = Type.String({ minLength: 1, maxLength: 200 });
const Note = Type.String({ maxLength: 2000 });
const PublicReason = Type.String({ minLength: 1, maxLength: 2000 });

export const StatusChange = component('StatusChange', 'One step in a measure’s timeline.', {
  status: ref(MeasureStatus),
  at: DateTime,
  note: Type.Optional(Type.String()),
});

export const MeasureOriginWalk = component('MeasureOriginWalk', 'The measure answers remarks from a safety walk.', {
  kind: Type.Literal('walk'),
  walkId: Id,
  walkTitle: Type.String(),
});
export const MeasureOriginConcern = component('MeasureOriginConcern', 'The measure answers a reported concern.', {
  kind: Type.Literal('concern'),
  reference: ConcernReference,
});
export const MeasureOrigin = taggedUnion(
  'MeasureOrigin',
  'Where the remarks behind a measure came from.',
  [ref(MeasureOriginWalk), ref(MeasureOriginConcern)],
);

/** What and where, alike in Measure and MeasureInput. */
const measureBasics = {
  title: Title,
  description: Type.Optional(Type.String({ maxLength: 4000 })),
  place: Type.String({ minLength: 1, maxLength: 200 }),
  area: Type.String({ minLength: 1, maxLength: 100 }),
  location: Type.Optional(ref(GeoPoint)),
};

export const Measure = component('Measure', 'A measure (åtgärd) and its public history.', {
  id: Id,
  ...measureBasics,
  responsibleParty: ref(ResponsibleParty),
  status: ref(MeasureStatus),
  targetDate: Type.Optional(DateOnly),
  publicReason: Type.Optional(Type.String({ maxLength: 2000 })),
  origin: ref(MeasureOrigin),
  remarkCount: Type.Integer({ minimum: 0, description: 'Remarks (synpunkter) this measure answers.' }),
  links: Type.Array(ref(Link)),
  timeline: Type.Array(ref(StatusChange), { description: 'Oldest first; the last entry is the current status.' }),
  createdAt: DateTime,
  updatedAt: DateTime,
});

export const MeasureStatusCounts = component('MeasureStatusCounts', 'Measures per status.', {
  received: Type.Integer({ minimum: 0 }),
  planned: Type.Integer({ minimum: 0 }),
  in_progress: Type.Integer({ minimum: 0 }),
  done: Type.Integer({ minimum: 0 }),
  forwarded: Type.Integer({ minimum: 0 }),
  declined: Type.Integer({ minimum: 0 }),
});

export const MeasureSummary = component('MeasureSummary', 'Totals for the filtered set.', {
  remarks: Type.Integer({ minimum: 0 }),
  measures: Type.Integer({ minimum: 0 }),
  byStatus: ref(MeasureStatusCounts),
});

export const MeasureList = component('MeasureList', 'Measures, most recently updated first, with a summary.', {
  items: Type.Array(ref(Measure)),
  summary: ref(MeasureSummary),
});

export const MeasureQuery = Type.Object(
  {
    walk: Type.Optional(Id),
    area: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    status: Type.Optional(Type.Array(ref(MeasureStatus), { description: 'May repeat.' })),
    responsible: Type.Optional(Id),
  },
  { additionalProperties: false },
);

export const MeasureOriginWalkInput = component('MeasureOriginWalkInput', 'Remarks from this walk.', {
  kind: Type.Literal('walk'),
  walkId: Id,
});
export const MeasureOriginInput = taggedUnion(
  'MeasureOriginInput',
  'The walk or concern the measure answers.',
  [ref(MeasureOriginWalkInput), ref(MeasureOriginConcern)],
);

export const MeasureInput = component('MeasureInput', 'A new measure (staff).', {
  ...measureBasics,
  responsiblePartyId: Id,
  status: Type.Optional(ref(MeasureStatus)),
  targetDate: Type.Optional(DateOnly),
  publicReason: Type.Optional(PublicReason),
  origin: ref(MeasureOriginInput),
  remarkCount: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000 })),
  links: Type.Optional(Type.Array(ref(Link), { maxItems: 20 })),
  note: Type.Optional(Note),
});

export const MeasurePatch = component(
  'MeasurePatch',
  'Changes to a measure (staff). Status changes go through the status endpoint; null clears an optional field.',
  {
    title: Type.Optional(Title),
    description: Type.Optional(Type.Union([Type.String({ maxLength: 4000 }), Type.Null()])),
    place: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    area: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    location: Type.Optional(Type.Union([ref(GeoPoint), Type.Null()])),
    responsiblePartyId: Type.Optional(Id),
    targetDate: Type.Optional(Type.Union([DateOnly, Type.Null()])),
    remarkCount: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000 })),
    links: Type.Optional(Type.Array(ref(Link), { maxItems: 20 })),
  },
  { minProperties: 1 },
);

export const MeasureStatusRequest = component('MeasureStatusRequest', 'A new status for a measure (staff).', {
  status: ref(MeasureStatus),
  note: Type.Optional(Note),
  publicReason: Type.Optional(PublicReason),
});

export type MeasureT = Static<typeof Measure>;
export type MeasureStatusT = Static<typeof MeasureStatus>;
export type MeasureInputT = Static<typeof MeasureInput>;
export type MeasurePatchT = Static<typeof MeasurePatch>;
export type MeasureSummaryT = Static<typeof MeasureSummary>;
export type StatusChangeT = Static<typeof StatusChange>;
