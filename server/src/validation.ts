import Ajv, { type ErrorObject, type Options } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';
import type { TSchema } from 'typebox';
import type { FieldErrorT } from './contract/common.js';

type AjvInstance = InstanceType<typeof Ajv>;

const rfc3339 = addFormats.get('date-time');
const rfc3339Valid = typeof rfc3339 === 'function' ? rfc3339 : (rfc3339 as { validate: (value: string) => boolean }).validate;

function makeAjv(components: readonly TSchema[], options: Options): AjvInstance {
  const ajv = new Ajv({ allErrors: true, discriminator: true, strict: true, ...options });
  addFormats(ajv);
  // RFC 3339 allows a leap second (23:59:60) that no Date can hold: refuse what we cannot store.
  ajv.addFormat('date-time', { type: 'string', validate: (value: string) => rfc3339Valid(value) && !Number.isNaN(Date.parse(value)) });
  for (const schema of components) ajv.addSchema(schema);
  return ajv;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The JSON pointer of the first string holding half a UTF-16 pair (it cannot be stored as UTF-8). */
export function findLoneSurrogate(value: unknown, pointer = ''): string | undefined {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? pointer : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, item] of Object.entries(value)) {
    const found = findLoneSurrogate(item, `${pointer}/${encodePointerSegment(key)}`);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Bodies and responses: no coercion, nothing removed, unknown fields are errors. */
export function strictAjv(components: readonly TSchema[]): AjvInstance {
  return makeAjv(components, { coerceTypes: false, removeAdditional: false, useDefaults: false });
}

/** Query, path and headers arrive as strings: coerce them, and a single value to an array. */
export function coercingAjv(components: readonly TSchema[]): AjvInstance {
  return makeAjv(components, { coerceTypes: 'array', removeAdditional: false, useDefaults: true });
}

export function validatorCompiler(components: readonly TSchema[]): FastifySchemaCompiler<TSchema> {
  const bodies = strictAjv(components);
  const others = coercingAjv(components);
  return ({ schema, httpPart }) => (httpPart === 'body' ? bodies : others).compile(schema);
}

const PART_PREFIX: Record<string, string> = { querystring: 'query/', params: 'path/', headers: 'header/' };

/** Maps ajv errors to the contract's field errors: one per field, the most telling one. */
export function toFieldErrors(errors: readonly ErrorObject[], part: string): FieldErrorT[] {
  const byField = new Map<string, { error: FieldErrorT; rank: number }>();
  for (const error of errors) {
    const mapped = mapError(error);
    if (!mapped) continue;
    const field = fieldName(mapped.pointer, part);
    const rank = RANK[mapped.code];
    const seen = byField.get(field);
    if (!seen || rank < seen.rank) {
      byField.set(field, { error: { field, code: mapped.code, message: mapped.message }, rank });
    }
  }
  return [...byField.values()].map((entry) => entry.error);
}

type Code = FieldErrorT['code'];
// Lower wins when one field fails several ways (e.g. every branch of a union).
const RANK: Record<Code, number> = {
  unknown_field: 0,
  required: 1,
  too_long: 2,
  too_short: 2,
  out_of_range: 2,
  invalid_value: 3,
  invalid_format: 4,
  consent_required: 5,
  reason_required: 5,
  not_open: 5,
};

function fieldName(pointer: string, part: string): string {
  const prefix = PART_PREFIX[part];
  if (prefix === undefined) return pointer;
  // Query, path and header errors name the parameter, not an array index inside it.
  const name = pointer.split('/')[1] ?? '';
  return prefix + decodePointerSegment(name);
}

function decodePointerSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

function encodePointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** ajv's own messages ("must match format \"email\"") as sentences like ours. */
function sentence(message: string | undefined, fallback: string): string {
  if (!message) return fallback;
  return `${message[0]!.toUpperCase()}${message.slice(1)}.`;
}

function mapError(error: ErrorObject): { pointer: string; code: Code; message: string } | undefined {
  const at = error.instancePath;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { pointer: `${at}/${encodePointerSegment(String(params.missingProperty))}`, code: 'required', message: 'Required.' };
    case 'additionalProperties':
      return {
        pointer: `${at}/${encodePointerSegment(String(params.additionalProperty))}`,
        code: 'unknown_field',
        message: 'Unknown field.',
      };
    case 'minProperties':
      return { pointer: at, code: 'required', message: 'Give at least one field.' };
    case 'maxLength':
    case 'maxItems':
      return { pointer: at, code: 'too_long', message: `At most ${String(params.limit)}.` };
    case 'minLength':
    case 'minItems':
      return params.limit === 1 && error.keyword === 'minLength'
        ? { pointer: at, code: 'required', message: 'Must not be empty.' }
        : { pointer: at, code: 'too_short', message: `At least ${String(params.limit)}.` };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { pointer: at, code: 'out_of_range', message: `Must be ${String(params.comparison)} ${String(params.limit)}.` };
    case 'enum':
    case 'const':
    case 'uniqueItems':
      return { pointer: at, code: 'invalid_value', message: sentence(error.message, 'Not an allowed value.') };
    case 'discriminator':
      return params.error === 'tag'
        ? { pointer: `${at}/${String(params.tag)}`, code: 'required', message: 'Required.' }
        : { pointer: `${at}/${String(params.tag)}`, code: 'invalid_value', message: 'Not an allowed value.' };
    case 'anyOf':
    case 'oneOf':
      // The branches' own errors say more; these only matter when nothing else names the field.
      return { pointer: at, code: 'invalid_format', message: 'Does not match any allowed form.' };
    case 'type':
      return { pointer: at, code: 'invalid_format', message: `Must be ${String(params.type)}.` };
    default:
      return { pointer: at, code: 'invalid_format', message: sentence(error.message, 'Invalid.') };
  }
}
