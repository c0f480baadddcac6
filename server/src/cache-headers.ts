import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';

const PUBLIC = 'public, max-age=60, stale-while-revalidate=600';

function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const weak = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || weak(tag) === weak(etag));
}

/** Cache-Control per route kind, and a weak ETag with 304 for successful GETs. */
export function registerCacheHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.url.startsWith('/api/')) return payload;
    const kind = request.routeOptions.config.cache;
    if (reply.statusCode >= 400 || kind !== 'public') {
      reply.header('cache-control', 'no-store');
      return payload;
    }
    reply.header('cache-control', PUBLIC);
    if (reply.statusCode !== 200 || !(typeof payload === 'string' || Buffer.isBuffer(payload))) return payload;
    const etag = `W/"${createHash('sha1').update(payload).digest('base64url')}"`;
    reply.header('etag', etag);
    if (etagMatches(request.headers['if-none-match'], etag)) {
      reply.code(304);
      return '';
    }
    return payload;
  });
}
