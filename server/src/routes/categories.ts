import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { CategoryList } from '../contract/categories.js';
import { ResponsiblePartyList } from '../contract/common.js';
import type { Deps } from '../http-types.js';
import { swedishOrder } from '../swedish.js';
import { body } from './responses.js';

export const categoryRoutes: FastifyPluginAsyncTypebox<Deps> = async (app, { storage }) => {
  app.get(
    '/categories',
    {
      config: { cache: 'public' },
      schema: {
        operationId: 'listCategories',
        tags: ['concerns'],
        summary: 'Concern categories, each with its responsible party and guidance',
        response: { 200: body(CategoryList, 'Categories in display order.') },
      },
    },
    async () => ({ items: await storage.listCategories() }),
  );

  app.get(
    '/responsible-parties',
    {
      config: { cache: 'public' },
      schema: {
        operationId: 'listResponsibleParties',
        tags: ['measures'],
        summary: 'Every responsible party (for filters and staff forms)',
        response: { 200: body(ResponsiblePartyList, 'Responsible parties by name.') },
      },
    },
    async () => ({ items: (await storage.listResponsibleParties()).sort((a, b) => swedishOrder(a.name, b.name)) }),
  );
};
