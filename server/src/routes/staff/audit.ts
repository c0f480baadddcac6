import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AuditList, AuditQuery } from '../../contract/audit.js';
import type { Deps } from '../../http-types.js';
import { body, problems } from '../responses.js';
import { staffSchema } from './common.js';

export const staffAuditRoutes: FastifyPluginAsyncTypebox<Deps> = async (app, { storage }) => {
  app.get(
    '/audit',
    {
      config: { cache: 'staff' },
      schema: {
        ...staffSchema('listAudit', 'The append-only log of staff (and retention) changes, newest first'),
        querystring: AuditQuery,
        response: { 200: body(AuditList, 'Entries.'), ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const { limit, entity, entityId } = request.query;
      return {
        items: await storage.listAudit({
          limit: limit ?? 100,
          ...(entity === undefined ? {} : { entity }),
          ...(entityId === undefined ? {} : { entityId }),
        }),
      };
    },
  );
};
