import sinon from 'sinon';

/** Real `Response` objects, as a server would send them. */
export function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    ...init,
    headers: { 'Content-Type': 'application/json', ...(init.headers as Record<string, string> | undefined) },
  });
}

export function problemResponse(
  status: number,
  errors: { field: string; code: string; message: string }[] = [],
  headers: Record<string, string> = {},
): Response {
  const body = { type: 'https://trygg-widgets.example/problems/test', title: `Problem ${status}`, status, errors };
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json', ...headers } });
}

export function htmlResponse(status = 200): Response {
  return new Response('<!doctype html><title>Sidan finns inte</title><h1>Sidan finns inte</h1>', {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
}

export type FetchHandler = (url: URL, init: RequestInit) => Response | Promise<Response>;

/** Replaces `window.fetch` for one test (undone by `sinon.restore()`); the handler sees the parsed URL. */
export function stubFetch(handler: FetchHandler): sinon.SinonStub<Parameters<typeof fetch>, ReturnType<typeof fetch>> {
  return sinon.stub(window, 'fetch').callsFake(async (input, init = {}) => handler(new URL(String(input)), init));
}

/** A fetch that never answers until its request is aborted — a server that has gone quiet. */
export function silentFetch(_url: URL, init: RequestInit): Promise<Response> {
  return new Promise((_, reject) => {
    init.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
  });
}

/** Settles when `promise` settles, telling which way, without throwing. */
export async function settle<T>(promise: Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    return { ok: false, error };
  }
}
