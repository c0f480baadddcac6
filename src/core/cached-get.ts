import { TryggApiError } from './api-error.js';
import type { HttpClient } from './http-client.js';

export interface ReadOptions {
  /** Skip the page cache, e.g. when the resident presses "try again". */
  fresh?: boolean;
}

// One cache for the whole page, shared by every client: two elements asking the same URL make one request.
const pageCache = new Map<string, Promise<unknown>>();

export function clearPageCache(): void {
  pageCache.clear();
}

/**
 * A GET, shared with every other caller of the same URL on this page until it fails or `fresh` is asked.
 * Transient failures are tried again with exponential backoff and full jitter, or after `Retry-After`.
 */
export function getJson<T>(http: HttpClient, path: string, options: ReadOptions = {}): Promise<T> {
  const url = http.url(path);
  const cached = pageCache.get(url);
  if (cached && !options.fresh) return cached as Promise<T>;
  const request = getWithRetries<T>(http, url);
  pageCache.set(url, request);
  request.catch(() => pageCache.get(url) === request && pageCache.delete(url));
  return request;
}

async function getWithRetries<T>(http: HttpClient, url: string): Promise<T> {
  const { retries = 2, retryBaseMs = 500, retryMaxMs = 8_000, maxRetryAfterMs = 30_000, random = Math.random } = http.options;
  for (let attempt = 0; ; attempt++) {
    try {
      return await http.exchange<T>(url, { headers: { Accept: 'application/json' } });
    } catch (error) {
      if (attempt >= retries || !(error instanceof TryggApiError) || !error.isTransient) throw error;
      const retryAfterMs = parseRetryAfter(error.retryAfter);
      if (retryAfterMs !== null && retryAfterMs > maxRetryAfterMs) throw error;
      const wait = retryAfterMs ?? Math.floor(random() * Math.min(retryMaxMs, retryBaseMs * 2 ** attempt));
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

/** `Retry-After` as milliseconds: either delay-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}
