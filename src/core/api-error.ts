import type { FieldError, Problem } from './api-types.js';

/** What went wrong with a request: no connection, no answer in time, an HTTP error, or an answer we cannot read. */
export type ApiErrorKind = 'network' | 'timeout' | 'http' | 'invalid-response';

/** A failed API call. Keeps the HTTP status (null when no answer came) and the RFC 9457 problem body, if any. */
export class TryggApiError extends Error {
  override readonly name = 'TryggApiError';

  constructor(
    readonly kind: ApiErrorKind,
    readonly status: number | null,
    readonly problem: Problem | null = null,
    /** How long the server asked us to wait: its `Retry-After` header, seconds or an HTTP date. */
    readonly retryAfter: string | null = null,
    options?: ErrorOptions,
  ) {
    super(problem?.title ?? (status === null ? kind : `HTTP ${status}`), options);
  }

  get fieldErrors(): readonly FieldError[] {
    return this.problem?.errors ?? [];
  }

  /** Worth sending again later: the network, the deadline or the server's own trouble — never the request's fault. */
  get isTransient(): boolean {
    if (this.kind === 'network' || this.kind === 'timeout') return true;
    return this.kind === 'http' && this.status !== null && (this.status >= 500 || this.status === 408 || this.status === 429);
  }
}
