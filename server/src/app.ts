import responseValidation from '@fastify/response-validation';
import swagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { registerCacheHeaders } from './cache-headers.js';
import type { Config } from './config.js';
import { components } from './contract/index.js';
import { API_PREFIX, serializeDocument, swaggerOptions } from './contract/openapi.js';
import { registerCors } from './cors.js';
import { registerDemo } from './demo.js';
import { registerErrorHandling } from './errors.js';
import { registerIdempotency } from './idempotency.js';
import { registerRateLimit } from './rate-limit.js';
import { sharedSerializers } from './serializers.js';
import { categoryRoutes } from './routes/categories.js';
import { concernRoutes } from './routes/concerns.js';
import { feedbackRoutes } from './routes/feedback.js';
import { measureRoutes } from './routes/measures.js';
import { staffRoutes } from './routes/staff/index.js';
import { walkRoutes } from './routes/walks.js';
import type { Storage } from './storage/storage.js';
import { strictAjv, validatorCompiler } from './validation.js';

export const BODY_LIMIT = 64 * 1024;

/** Log levels at which a production server logs every request (errors are logged at any level). */
const REQUEST_LOG_LEVELS = new Set(['debug', 'trace']);

export interface AppOptions {
  storage: Storage;
  config: Config;
  /** Fastify logger options; off unless given. */
  logger?: boolean | { level: string };
  /** Memory for public GET answers kept between changes of the data (default 8 MiB; 0 keeps none). */
  responseCacheBytes?: number;
}

/** The whole server as a Fastify instance (not listening): used by main.ts, the tests and the e2e harness. */
export async function buildApp({ storage, config, logger = false, responseCacheBytes = 8 * 2 ** 20 }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    // Request logs name the method and path only: no client addresses, no headers (tokens).
    logger:
      logger === false
        ? false
        : { ...(logger === true ? {} : logger), serializers: { req: (request) => ({ method: request.method, url: request.url }) } },
    // Two info lines per request cost ~5% of a cached GET and churn memory; production keeps them for debug and trace.
    logController: new LogController({ disableRequestLogging: config.production && !REQUEST_LOG_LEVELS.has(config.logLevel) }),
    bodyLimit: BODY_LIMIT,
    trustProxy: config.trustProxy,
    schemaController: { compilersFactory: { buildSerializer: sharedSerializers({ eager: !config.production }) } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setValidatorCompiler(validatorCompiler(components));
  registerErrorHandling(app);
  await app.register(swagger, swaggerOptions);
  for (const schema of components) app.addSchema(schema);
  if (config.validateResponses) {
    await app.register(responseValidation, { ajv: strictAjv(components) });
  }
  registerCors(app, config);
  registerRateLimit(app, config.rateLimitPerMinute, config.now);
  registerIdempotency(app, storage, config.now);
  // Last of the onSend hooks: it compresses what the others have seen (and stored) uncompressed.
  registerCacheHeaders(app, { storage, now: config.now, maxBytes: responseCacheBytes });

  const deps = { storage, config };
  await app.register(
    async (api) => {
      await api.register(walkRoutes, deps);
      await api.register(measureRoutes, deps);
      await api.register(categoryRoutes, deps);
      await api.register(concernRoutes, deps);
      await api.register(feedbackRoutes, deps);
      await api.register(staffRoutes, { ...deps, prefix: '/staff' });
      api.get(
        '/openapi.json',
        {
          config: { cache: 'public' },
          schema: {
            operationId: 'getContract',
            summary: 'This document: the OpenAPI 3.1 contract',
            tags: ['contract'],
            response: { 200: Type.Unsafe({ type: 'object', description: 'The OpenAPI 3.1 document.' }) },
          },
        },
        async (_request, reply) => reply.type('application/json; charset=utf-8').send(serializeDocument(app.swagger())),
      );
    },
    { prefix: API_PREFIX },
  );
  await registerDemo(app, config);
  return app;
}
