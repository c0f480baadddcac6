import type { Problem } from './api-types.js';
import { TryggApiError } from './api-error.js';

export interface HttpClientOptions {
  /** Deadline for each request, answer body included. */
  timeoutMs?: number;
  // The rest are for GETs, which only `cached-get.ts` retries (it has their defaults).
  /** How many times a GET is tried again after a transient failure. */
  retries?: number;
  retryBaseMs?: number;
  retryMaxMs?: number;
  /** A `Retry-After` longer than this fails a GET at once rather than keeping the resident waiting. */
  maxRetryAfterMs?: number;
  fetch?: typeof fetch;
  /** Source of jitter, in [0, 1). */
  random?: () => number;
}

export type QueryValue = string | number | boolean | undefined | null | readonly (string | number)[];
export type Query = Record<string, QueryValue>;

/**
 * A path with a query string, repeated values repeated and empty ones left out: `walks?area=Sandviken&status=planned`.
 * Apart from HttpClient, so the elements whose requests have no query do not carry it.
 */
export function withQuery<Q extends { [K in keyof Q]: QueryValue }>(path: string, query: Q): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item != null && item !== '') params.append(name, String(item));
    }
  }
  const search = String(params);
  return search ? `${path}?${search}` : path;
}

/**
 * JSON over fetch under one API base, with a deadline on every request and typed errors. Sending is never retried
 * here (the outbox decides, with the same Idempotency-Key); cached, retried GETs live in `cached-get.ts`.
 */
export class HttpClient {
  readonly base: URL;
  readonly options: HttpClientOptions & Required<Pick<HttpClientOptions, 'timeoutMs' | 'fetch'>>;

  constructor(base: URL, options: HttpClientOptions = {}) {
    this.base = base;
    this.options = {
      timeoutMs: 15_000,
      // Looked up at call time, so a page (or a test) that replaces window.fetch is honoured.
      fetch: (input, init) => fetch(input, init),
      ...options,
    };
  }

  /** The address of a path (with its query, see `withQuery`) under the API base. */
  url(path: string): string {
    return new URL(path, this.base).href;
  }

  send<T>(method: 'POST' | 'PATCH' | 'PUT', path: string, body: unknown, headers: Record<string, string> = {}): Promise<T> {
    return this.exchange<T>(this.url(path), {
      method,
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  }

  /** One request and its JSON answer, aborted when the deadline passes. */
  async exchange<T>(url: string, init: RequestInit): Promise<T> {
    const controller = new AbortController();
    const deadline = setTimeout(() => controller.abort(), this.options.timeoutMs);
    try {
      const response = await this.options.fetch(url, { ...init, credentials: 'omit', signal: controller.signal });
      return (await readResponse(response)) as T;
    } catch (error) {
      throw error instanceof TryggApiError
        ? error
        : new TryggApiError(controller.signal.aborted ? 'timeout' : 'network', null, null, null, { cause: error });
    } finally {
      clearTimeout(deadline);
    }
  }
}

async function readResponse(response: Response): Promise<unknown> {
  const isJson = /[/+]json\b/i.test(response.headers.get('Content-Type') ?? '');
  if (!response.ok) {
    const body = isJson ? await response.json().catch(() => null) : null;
    throw new TryggApiError('http', response.status, asProblem(body), response.headers.get('Retry-After'));
  }
  if (response.status === 204) return undefined;
  // A misconfigured api-base often lands on an HTML page that answers 200.
  if (!isJson) throw new TryggApiError('invalid-response', response.status);
  try {
    return JSON.parse(await response.text());
  } catch (error) {
    throw new TryggApiError('invalid-response', response.status, null, null, { cause: error });
  }
}

function asProblem(body: unknown): Problem | null {
  const problem = body as Partial<Problem> | null;
  if (typeof problem?.title !== 'string' || typeof problem.status !== 'number') return null;
  return { ...problem, errors: Array.isArray(problem.errors) ? problem.errors : [] } as Problem;
}
