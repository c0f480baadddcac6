import cors, { type FastifyCorsOptions } from '@fastify/cors';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from './config.js';

const EXPOSED = ['Retry-After', 'ETag', 'Idempotent-Replayed', 'Location'];

/**
 * Public API: the configured origins ('*' allowed). Staff API: only origins listed by name, never '*',
 * and only there is Authorization an allowed header. Built bundles under /dist/ may be loaded anywhere.
 */
export function corsOptionsFor(request: FastifyRequest, config: Config): FastifyCorsOptions {
  const path = request.url;
  const origin = request.headers.origin;
  const staff = path.startsWith('/api/v1/staff');
  const listed = origin !== undefined && config.corsOrigins.includes(origin);
  let allow: string | boolean = false;
  if (path.startsWith('/dist/')) allow = '*';
  else if (staff) allow = listed ? (origin as string) : false;
  else if (path.startsWith('/api/')) allow = listed ? (origin as string) : config.corsOrigins.includes('*') ? '*' : false;
  return {
    origin: allow,
    methods: ['GET', 'HEAD', 'POST', 'PATCH'],
    allowedHeaders: staff ? ['Authorization', 'Content-Type', 'Idempotency-Key'] : ['Content-Type', 'Idempotency-Key'],
    exposedHeaders: EXPOSED,
    credentials: false,
    maxAge: 600,
    strictPreflight: true,
  };
}

export async function registerCors(app: FastifyInstance, config: Config): Promise<void> {
  await app.register(cors, {
    hook: 'onRequest',
    delegator: (request, callback) => callback(null, corsOptionsFor(request, config)),
  });
}
