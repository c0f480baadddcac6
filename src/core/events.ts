import type { ApiErrorKind } from './api-error.js';

export interface TryggLoadDetail {
  /** How many items arrived (walks, measures, categories). */
  count: number;
}

export interface TryggErrorDetail {
  /** The HTTP status, or null when no answer came or the element has no API. */
  status: number | null;
  kind: ApiErrorKind | 'not-configured';
  /** The message the resident sees, in the element's language. */
  message: string;
}

/** Detail of the cancelable `trygg-*-submit` events: what is about to be sent. Call preventDefault() to stop it. */
export interface TryggSubmitDetail<P> {
  payload: P;
}

/** Every event the elements fire, by name. Elements add theirs by declaration merging. */
export interface TryggEventMap {
  'trygg-load': TryggLoadDetail;
  'trygg-error': TryggErrorDetail;
}

declare global {
  interface HTMLElementEventMap {
    'trygg-load': CustomEvent<TryggLoadDetail>;
    'trygg-error': CustomEvent<TryggErrorDetail>;
  }
}
