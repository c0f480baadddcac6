import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from './config.js';
import { HttpProblem } from './problem.js';

/** Constant-time: both sides are hashed to equal length first, so neither length nor content leaks. */
export function tokenMatches(expected: string, given: string): boolean {
  const a = createHash('sha256').update(expected).digest();
  const b = createHash('sha256').update(given).digest();
  return timingSafeEqual(a, b);
}

function bearer(request: FastifyRequest): string | undefined {
  const match = /^Bearer[ ]+([^\s]+)\s*$/i.exec(request.headers.authorization ?? '');
  return match?.[1];
}

/** A browser request from a page on a site we do not trust carries that site's Origin. */
export function originAllowed(request: FastifyRequest, config: Config): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  if (config.corsOrigins.includes(origin)) return true;
  const self = [`${request.protocol}://${request.host}`, new URL(config.publicUrl).origin];
  return self.includes(origin);
}

/** Guards every route of the staff scope: 401 without a valid token, 403 from a foreign site. */
export function registerStaffAuth(app: FastifyInstance, config: Config): void {
  app.addHook('onRequest', async (request) => {
    if (config.staffToken === undefined) {
      throw new HttpProblem(403, 'forbidden', 'Staff access is not configured on this server (set TRYGG_STAFF_TOKEN).');
    }
    const given = bearer(request);
    if (given === undefined || !tokenMatches(config.staffToken, given)) {
      const error = given === undefined ? '' : ', error="invalid_token"';
      throw new HttpProblem(401, 'unauthorized', 'Send Authorization: Bearer <staff token>.', undefined, {
        'www-authenticate': `Bearer realm="trygg-staff"${error}`,
      });
    }
    if (!originAllowed(request, config)) {
      throw new HttpProblem(403, 'forbidden', 'Staff endpoints may not be called from this origin.');
    }
  });
}
