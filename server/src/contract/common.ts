import { Type, type Static, type TObjectOptions, type TProperties, type TSchema, type TUnsafe } from 'typebox';

/** A reference to a named component: `$ref` in JSON Schema, the component's static type in TypeScript. */
export function ref<T extends TSchema>(schema: T): TUnsafe<Static<T>> {
  const id = (schema as { $id?: unknown }).$id;
  if (typeof id !== 'string') throw new Error('ref() needs a schema with an $id');
  return Type.Unsafe<Static<T>>({ $ref: `${id}#` });
}

/** A named string enumeration (one component, so clients get one union type). */
export function stringEnum<const V extends readonly string[]>(
  id: string,
  values: V,
  description: string,
): TUnsafe<V[number]> {
  return Type.Unsafe<V[number]>({ $id: id, title: id, type: 'string', enum: [...values], description });
}

/** A union told apart by its `kind` property: one clear error for a wrong kind instead of one per branch. */
export function taggedUnion<const T extends readonly TSchema[]>(
  id: string,
  description: string,
  branches: T,
): TUnsafe<Static<T[number]>> {
  return Type.Unsafe<Static<T[number]>>({
    $id: id,
    title: id,
    description,
    type: 'object',
    oneOf: [...branches],
    discriminator: { propertyName: 'kind' },
  });
}

/** Object component: named, closed (unknown properties are an error, never silently dropped). */
export function component<P extends TProperties>(id: string, description: string, properties: P, options: TObjectOptions = {}) {
  return Type.Object(properties, { ...options, $id: id, title: id, description, additionalProperties: false });
}

export const ID_PATTERN = '^[A-Za-z0-9_-]{1,64}$';
export const Id = Type.String({ pattern: ID_PATTERN, description: 'Opaque identifier.' });
export const DateTime = Type.String({ format: 'date-time', description: 'RFC 3339 date-time; responses use UTC with Z.' });
export const DateOnly = Type.String({ format: 'date', description: 'Calendar date (YYYY-MM-DD).' });
export const Uuid = Type.String({ format: 'uuid' });
export const LanguageTag = Type.String({
  minLength: 1,
  maxLength: 35,
  pattern: '^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$',
  description: 'BCP 47 language tag, e.g. sv, en, ar, so, fi.',
});
export const Email = Type.String({ format: 'email', maxLength: 254 });
export const Phone = Type.String({
  minLength: 1,
  maxLength: 40,
  pattern: '^[0-9 +()-]+$',
  description: 'Digits, spaces, +, -, and parentheses.',
});
export const HttpUrl = Type.String({ format: 'uri', maxLength: 2000, pattern: '^https?://' });
export const Honeypot = Type.String({
  maxLength: 200,
  description: 'Honeypot: a hidden field a person leaves empty. Anything in it marks the request as spam.',
});
export const FillMs = Type.Integer({
  minimum: 0,
  maximum: 86_400_000,
  description: 'Milliseconds between showing the form and sending it. Too fast marks the request as spam.',
});

export const GeoPoint = component(
  'GeoPoint',
  'A WGS 84 position.',
  {
    lat: Type.Number({ minimum: -90, maximum: 90 }),
    lng: Type.Number({ minimum: -180, maximum: 180 }),
  },
);

export const ResponsiblePartyKind = stringEnum(
  'ResponsiblePartyKind',
  [
    'municipal_department',
    'municipal_company',
    'property_owner',
    'transport_operator',
    'national_agency',
    'police',
    'association',
    'other',
  ] as const,
  'What kind of organisation a responsible party is.',
);

export const ResponsibleParty = component(
  'ResponsibleParty',
  'Who handles a measure or a category of concerns.',
  {
    id: Id,
    name: Type.String({ minLength: 1, maxLength: 200 }),
    kind: ref(ResponsiblePartyKind),
    url: Type.Optional(HttpUrl),
    phone: Type.Optional(Phone),
  },
);

export const ResponsiblePartyList = component(
  'ResponsiblePartyList',
  'Every responsible party, ordered by name.',
  { items: Type.Array(ref(ResponsibleParty)) },
);

export const LocalizedText = component(
  'LocalizedText',
  'Text written by staff in several languages. Clients pick their language and fall back to sv.',
  {
    sv: Type.String({ minLength: 1, maxLength: 4000 }),
    en: Type.Optional(Type.String({ minLength: 1, maxLength: 4000 })),
  },
);

export const Link = component(
  'Link',
  'A labelled link (http, https, mailto or tel only).',
  {
    label: Type.String({ minLength: 1, maxLength: 200 }),
    url: Type.String({ format: 'uri', maxLength: 2000, pattern: '^(https?:|mailto:|tel:)' }),
  },
);

export const FieldErrorCode = stringEnum(
  'FieldErrorCode',
  [
    'required',
    'too_long',
    'too_short',
    'invalid_format',
    'invalid_value',
    'unknown_field',
    'out_of_range',
    'consent_required',
    'reason_required',
    'not_open',
  ] as const,
  'Stable code of a field error; clients localize by it.',
);

export const FieldError = component(
  'FieldError',
  'One problem with one input field.',
  {
    field: Type.String({
      description: 'JSON pointer into the body ("/contact/email"), or "query/<name>", "path/<name>", "header/<name>".',
    }),
    code: ref(FieldErrorCode),
    message: Type.String({ description: 'English, for developers. Clients localize by code.' }),
  },
);

export const Problem = component(
  'Problem',
  'RFC 9457 problem details, served as application/problem+json.',
  {
    type: Type.String({ format: 'uri-reference' }),
    title: Type.String(),
    status: Type.Integer({ minimum: 400, maximum: 599 }),
    detail: Type.Optional(Type.String()),
    instance: Type.Optional(Type.String()),
    errors: Type.Optional(Type.Array(ref(FieldError))),
  },
);

export type FieldErrorT = Static<typeof FieldError>;
export type ProblemT = Static<typeof Problem>;
export type ResponsiblePartyT = Static<typeof ResponsibleParty>;
export type GeoPointT = Static<typeof GeoPoint>;
export type LinkT = Static<typeof Link>;
