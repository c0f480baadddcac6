import type { FieldErrorT, ProblemT } from './contract/common.js';

export const PROBLEM_BASE = 'https://trygg-widgets.example/problems/';

const TITLES = {
  validation: 'Some fields need attention',
  'not-found': 'Not found',
  unauthorized: 'A valid staff token is required',
  forbidden: 'Not allowed',
  'rate-limited': 'Too many requests',
  'idempotency-conflict': 'The first request with this Idempotency-Key is still being processed',
  'idempotency-mismatch': 'This Idempotency-Key was used with a different request',
  'unsupported-media-type': 'Send the body as application/json',
  'payload-too-large': 'The body is larger than 64 KB',
  'walk-not-open': 'The walk is not open for sign-up',
  'feedback-closed': 'The answer can no longer be changed',
  conflict: 'Conflict with the current state',
  'bad-request': 'Bad request',
  internal: 'Something went wrong on the server',
} as const;

export type ProblemSlug = keyof typeof TITLES;

/** An error that the error handler turns into application/problem+json. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly slug: ProblemSlug,
    readonly detail?: string,
    readonly errors?: FieldErrorT[],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail ?? TITLES[slug]);
  }
}

export function problemBody(status: number, slug: ProblemSlug, detail?: string, errors?: FieldErrorT[]): ProblemT {
  return {
    type: PROBLEM_BASE + slug,
    title: TITLES[slug],
    status,
    ...(detail === undefined ? {} : { detail }),
    ...(errors === undefined ? {} : { errors }),
  };
}

/** 422 for a rule the schema cannot express (consent, reasons, references to other records). */
export function invalid(errors: FieldErrorT[]): HttpProblem {
  return new HttpProblem(422, 'validation', undefined, errors);
}

export function notFound(what: string): HttpProblem {
  return new HttpProblem(404, 'not-found', `${what} was not found.`);
}
