import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from './config.js';

const EXPOSED = 'Retry-After, ETag, Idempotent-Replayed, Location';
const METHODS = 'GET, HEAD, POST, PATCH';
const PUBLIC_HEADERS = 'Content-Type, Idempotency-Key';
const STAFF_HEADERS = 'Authorization, Content-Type, Idempotency-Key';
const MAX_AGE_SECONDS = '600';

const isStaff = (url: string) => url.startsWith('/api/v1/staff');

/**
 * The Access-Control-Allow-Origin for a request, or undefined when the browser may not read the answer.
 * Public API: the configured origins ('*' allowed). Staff API: only origins listed by name, never '*'.
 * Built bundles under /dist/ may be loaded anywhere.
 */
export function allowedOrigin(request: FastifyRequest, config: Config): string | undefined {
  const { url } = request;
  const origin = request.headers.origin;
  if (url.startsWith('/dist/')) return '*';
  const listed = origin !== undefined && config.corsOrigins.includes(origin) ? origin : undefined;
  if (isStaff(url)) return listed;
  if (url.startsWith('/api/')) return listed ?? (config.corsOrigins.includes('*') ? '*' : undefined);
  return undefined;
}

/**
 * CORS headers and preflights (strict: a preflight names its origin and method), with only Authorization allowed on
 * staff endpoints. Written here rather than with @fastify/cors: the plugin builds and merges its option objects on
 * every request, and at 15,000 requests a second those left ~650 bytes each in the old generation (the server's peak
 * memory); here the header values are constants.
 */
export function registerCors(app: FastifyInstance, config: Config): void {
  app.addHook('onRequest', (request, reply, done) => {
    // Answers differ by Origin, so caches must keep them apart.
    reply.header('vary', 'Origin');
    const allow = allowedOrigin(request, config);
    if (allow === undefined) return done();
    reply.header('access-control-allow-origin', allow).header('access-control-expose-headers', EXPOSED);
    if (request.method !== 'OPTIONS') return done();
    if (request.headers.origin === undefined || request.headers['access-control-request-method'] === undefined) {
      reply.code(400).type('text/plain').send('Invalid Preflight Request');
      return;
    }
    reply
      .code(204)
      .header('access-control-allow-methods', METHODS)
      .header('access-control-allow-headers', isStaff(request.url) ? STAFF_HEADERS : PUBLIC_HEADERS)
      .header('access-control-max-age', MAX_AGE_SECONDS)
      .header('content-length', '0')
      .send();
  });
  // A preflight the hook did not answer comes from an origin that is not allowed.
  app.options('*', { schema: { hide: true } }, (_request, reply) => reply.callNotFound());
}
