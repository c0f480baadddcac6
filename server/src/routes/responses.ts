import { Type, type Static, type TSchema, type TUnsafe } from 'typebox';
import { Problem, ref } from '../contract/common.js';

const DESCRIPTIONS: Record<number, string> = {
  400: 'The request does not match the contract (see errors).',
  401: 'No valid staff token.',
  403: 'Staff access is not possible from here.',
  404: 'Not found.',
  409: 'Conflicts with the current state, or the same Idempotency-Key is still in flight.',
  413: 'The body is larger than 64 KB.',
  415: 'The body is not application/json.',
  422: 'A rule on the content failed (see errors), or the Idempotency-Key was used with another body.',
  429: 'Too many requests; see Retry-After.',
};

/** Problem responses (application/problem+json) for the given statuses. */
export function problems(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: DESCRIPTIONS[status], content: { 'application/problem+json': { schema: ref(Problem) } } },
    ]),
  );
}

/** A documented JSON body: the component, and what the response means. */
export function body<T extends TSchema>(schema: T, description: string): TUnsafe<Static<T>> {
  return Type.Unsafe<Static<T>>({ ...ref(schema), description });
}

export function textResponse(mediaType: string, description: string) {
  return { description, content: { [mediaType]: { schema: Type.String() } } };
}

export const STAFF_SECURITY = [{ staffToken: [] }];

/** Creating POSTs take a UUID key; public ones must send it. */
export function idempotencyHeader(required: boolean) {
  const key = Type.String({
    format: 'uuid',
    description: 'A new UUID per intended action; retries reuse it.',
  });
  return Type.Object({ 'idempotency-key': required ? key : Type.Optional(key) });
}

export const BODY_ERRORS = [400, 413, 415, 422] as const;
