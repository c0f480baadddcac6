import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { addVary, ByteLimitedCache, compressible, EncodedBody, MIN_COMPRESS_BYTES, negotiate, sendEncoded } from './encoding.js';
import type { Storage } from './storage/storage.js';

const PUBLIC = 'public, max-age=60, stale-while-revalidate=600';
/** An answer is kept no longer than a browser may show it from its own cache (max-age). */
const KEEP_MS = 60_000;
/** Headers of a kept answer that belong to it (CORS and rate-limit headers belong to each request). */
const KEPT_HEADERS = ['content-type', 'content-disposition'] as const;

export interface HttpCacheOptions {
  storage: Storage;
  now: () => Date;
  /** Memory for kept public answers, their compressed forms and URLs; 0 keeps none. */
  maxBytes: number;
}

/** A public GET's answer, kept per URL while the data it was made from is unchanged. */
interface Kept {
  /** storage.dataVersion() read before the answer was made, so no change made meanwhile can hide in it. */
  version: string;
  expiresAt: number;
  etag: string;
  headers: Record<string, string>;
  encoded: EncodedBody;
}

export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const weak = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || weak(tag) === weak(etag));
}

function isBody(payload: unknown): payload is string | Buffer {
  return typeof payload === 'string' || Buffer.isBuffer(payload);
}

/** A problem, a staff answer or a receipt: compressed when large enough and the client accepts it, never kept. */
function compressOnce(request: FastifyRequest, reply: FastifyReply, payload: unknown): unknown {
  if (!isBody(payload) || !compressible(reply.getHeader('content-type')) || Buffer.byteLength(payload) < MIN_COMPRESS_BYTES) {
    return payload;
  }
  addVary(reply, 'Accept-Encoding');
  if (negotiate(request.headers['accept-encoding']) === 'identity') return payload;
  return sendEncoded(reply, new EncodedBody(Buffer.from(payload), true, 'dynamic'), request.headers['accept-encoding']);
}

/** 304 when the client holds this ETag (no body), else the body in the best coding the client accepts. */
async function answerWith(request: FastifyRequest, reply: FastifyReply, encoded: EncodedBody, etag: string): Promise<Buffer | string> {
  if (!etagMatches(request.headers['if-none-match'], etag)) return sendEncoded(reply, encoded, request.headers['accept-encoding']);
  if (encoded.negotiable) addVary(reply, 'Accept-Encoding');
  reply.code(304);
  return '';
}

/**
 * HTTP caching and compression of the API. Cache-Control per route kind; public GETs get a weak ETag and 304. Their
 * answers are also kept in memory per URL (serialized, with an ETag and compressed forms made on demand), and sent
 * again until the stored data changes (storage.dataVersion) or a minute has passed on the injected clock; a public
 * GET's answer depends on its URL and the data only. Everything else is compressed when it is sent.
 *
 * Register after every other onSend hook that reads the payload (idempotency stores the uncompressed answer).
 */
export function registerCacheHeaders(app: FastifyInstance, { storage, now, maxBytes }: HttpCacheOptions): void {
  const kept = new ByteLimitedCache<Kept>(maxBytes);
  const versionBefore = new WeakMap<FastifyRequest, string>();
  const answeredFromMemory = new WeakSet<FastifyRequest>();

  app.addHook('onRequest', async (request, reply) => {
    if (maxBytes === 0 || request.method !== 'GET' || request.routeOptions.config.cache !== 'public') return;
    const version = await storage.dataVersion();
    const answer = kept.get(request.url);
    if (answer === undefined || answer.version !== version || answer.expiresAt <= now().getTime()) {
      versionBefore.set(request, version);
      return;
    }
    answeredFromMemory.add(request);
    reply.headers(answer.headers).header('cache-control', PUBLIC).header('etag', answer.etag);
    return reply.send(await answerWith(request, reply, answer.encoded, answer.etag));
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (answeredFromMemory.has(request)) return payload;
    if (reply.statusCode >= 400 || (request.url.startsWith('/api/') && request.routeOptions.config.cache !== 'public')) {
      reply.header('cache-control', 'no-store');
      return compressOnce(request, reply, payload);
    }
    // The demo page and the bundles set their own headers (static-files.ts).
    if (!request.url.startsWith('/api/')) return payload;
    reply.header('cache-control', PUBLIC);
    if (reply.statusCode !== 200 || !isBody(payload)) return payload;
    const etag = `W/"${createHash('sha1').update(payload).digest('base64url')}"`;
    reply.header('etag', etag);
    const encoded = new EncodedBody(Buffer.from(payload), compressible(reply.getHeader('content-type')), 'dynamic');
    const version = versionBefore.get(request);
    if (version !== undefined) {
      const headers: Record<string, string> = {};
      for (const name of KEPT_HEADERS) {
        const value = reply.getHeader(name);
        if (typeof value === 'string') headers[name] = value;
      }
      kept.set(request.url, { version, expiresAt: now().getTime() + KEEP_MS, etag, headers, encoded });
    }
    return answerWith(request, reply, encoded, etag);
  });
}
