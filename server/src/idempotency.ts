import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpProblem } from './problem.js';
import type { Storage } from './storage/storage.js';
import { toUtcIso } from './time.js';

/** An in-flight claim older than this belongs to a request that died; a retry may take it over. */
export const IN_FLIGHT_TIMEOUT_MS = 60_000;

/** Keys are scoped by method and route, so one key cannot collide across endpoints. */
export function idempotencyScope(method: string, routeUrl: string): string {
  return `${method} ${routeUrl}`;
}

/** Same path and same JSON (whatever the key order) hash the same. */
export function requestHash(url: string, body: unknown): string {
  return createHash('sha256').update(url).update('\n').update(canonicalJson(body)).digest('base64url');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Idempotency-Key on creating POSTs: the first request claims the key; a retry with the same body
 * replays the stored response, another body is 422, and a retry while the first runs is 409.
 */
export function registerIdempotency(app: FastifyInstance, storage: Storage, now: () => Date): void {
  const claims = new WeakMap<FastifyRequest, { scope: string; key: string }>();

  app.addHook('preHandler', async (request, reply) => {
    if (!request.routeOptions.config.idempotency) return;
    const key = request.headers['idempotency-key'];
    if (typeof key !== 'string') return;
    const scope = idempotencyScope(request.method, request.routeOptions.url ?? request.url);
    const at = now();
    const claim = await storage.beginIdempotent(
      scope,
      key,
      requestHash(request.url, request.body),
      toUtcIso(at),
      toUtcIso(new Date(at.getTime() - IN_FLIGHT_TIMEOUT_MS)),
    );
    switch (claim.state) {
      case 'new':
        claims.set(request, { scope, key });
        return;
      case 'in_flight':
        throw new HttpProblem(409, 'idempotency-conflict', 'Retry when the first request has finished.');
      case 'mismatch':
        throw new HttpProblem(422, 'idempotency-mismatch', 'Use a new Idempotency-Key for a different request.');
      case 'done':
        return reply
          .code(claim.statusCode)
          .header('idempotent-replayed', 'true')
          .type('application/json; charset=utf-8')
          .send(claim.body);
    }
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const claim = claims.get(request);
    if (!claim) return payload;
    claims.delete(request);
    if (reply.statusCode >= 200 && reply.statusCode < 300 && typeof payload === 'string') {
      await storage.completeIdempotent(claim.scope, claim.key, reply.statusCode, payload);
    } else {
      // A failed attempt leaves nothing behind: the client may retry with the same key.
      await storage.releaseIdempotent(claim.scope, claim.key);
    }
    return payload;
  });
}
