import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { Config } from './config.js';
import type { Storage } from './storage/storage.js';

/** The Fastify instance every route module receives: TypeBox schemas type the handlers. */
export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

export interface Deps {
  storage: Storage;
  config: Config;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** public: cacheable for a minute; staff: never stored. */
    cache?: 'public' | 'staff';
    /** Counts against the per-client limit on public POST/PATCH. */
    rateLimited?: boolean;
    /** Creating POSTs: required on public ones, optional on staff ones. */
    idempotency?: 'required' | 'optional';
  }
}
