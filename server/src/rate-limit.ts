import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpProblem } from './problem.js';

const WINDOW_MS = 60_000;

interface Window {
  startedAt: number;
  used: number;
}

/**
 * Fixed one-minute windows per client on routes marked `rateLimited`. A request is counted when it
 * reaches the handler (schema-invalid requests never do) and refunded when the handler rejects it as
 * invalid (400/422), so validation errors never use up the quota. Clients are kept in memory only,
 * under a salted hash of their address, for at most a window.
 */
export function registerRateLimit(app: FastifyInstance, perMinute: number, now: () => Date): void {
  const salt = randomBytes(16);
  const windows = new Map<string, Window>();
  const counted = new WeakMap<FastifyRequest, Window>();

  const clientKey = (request: FastifyRequest) => createHash('sha256').update(salt).update(request.ip).digest('base64url');

  const forget = (at: number) => {
    for (const [key, window] of windows) if (at - window.startedAt >= WINDOW_MS) windows.delete(key);
  };

  app.addHook('preHandler', async (request, reply) => {
    if (!request.routeOptions.config.rateLimited) return;
    const at = now().getTime();
    if (windows.size > 10_000) forget(at);
    const key = clientKey(request);
    let window = windows.get(key);
    if (!window || at - window.startedAt >= WINDOW_MS) {
      window = { startedAt: at, used: 0 };
      windows.set(key, window);
    }
    if (window.used >= perMinute) {
      const retryAfter = Math.max(1, Math.ceil((window.startedAt + WINDOW_MS - at) / 1000));
      throw new HttpProblem(429, 'rate-limited', `Try again in ${retryAfter} seconds.`, undefined, {
        'retry-after': String(retryAfter),
      });
    }
    window.used += 1;
    counted.set(request, window);
    reply.header('ratelimit-limit', String(perMinute));
    reply.header('ratelimit-remaining', String(perMinute - window.used));
  });

  // onSend, not onResponse: the refund must land before the client can send its next request.
  app.addHook('onSend', async (request, reply, payload) => {
    const window = counted.get(request);
    if (window && (reply.statusCode === 400 || reply.statusCode === 422) && window.used > 0) window.used -= 1;
    return payload;
  });
}
