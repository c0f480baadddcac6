import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ConcernReceipt, ConcernRequest } from '../contract/concerns.js';
import type { Deps } from '../http-types.js';
import { invalid } from '../problem.js';
import { looksLikeSpam } from '../spam.js';
import { toUtcIso } from '../time.js';
import { body, BODY_ERRORS, idempotencyHeader, problems } from './responses.js';

export const concernRoutes: FastifyPluginAsyncTypebox<Deps> = async (app, { storage, config }) => {
  app.post(
    '/concerns',
    {
      config: { rateLimited: true, idempotency: 'required' },
      schema: {
        operationId: 'submitConcern',
        tags: ['concerns'],
        summary: 'Report an unsafe place; returns a reference like TRG-2026-00042',
        headers: idempotencyHeader(true),
        body: ConcernRequest,
        response: { 201: body(ConcernReceipt, 'Received.'), ...problems(...BODY_ERRORS, 409, 429) },
      },
    },
    async (request, reply) => {
      const { website, fillMs, ...concern } = request.body;
      const category = await storage.getCategory(concern.categoryId);
      if (!category) {
        throw invalid([{ field: '/categoryId', code: 'invalid_value', message: 'Unknown category.' }]);
      }
      if (category.callInstead) {
        throw invalid([
          { field: '/categoryId', code: 'invalid_value', message: `Not for this form: call ${category.phone ?? '112'}.` },
        ]);
      }
      const contact = concern.contact;
      const hasContact = contact !== undefined && [contact.name, contact.email, contact.phone].some((v) => v !== undefined);
      if (hasContact && !contact.consent) {
        throw invalid([
          { field: '/contact/consent', code: 'consent_required', message: 'Consent is needed to store contact details.' },
        ]);
      }
      const stored = await storage.createConcern({
        ...concern,
        spam: looksLikeSpam({ website, fillMs }, config.spamMinFillMs),
        at: toUtcIso(config.now()),
      });
      return reply.code(201).send({
        reference: stored.reference,
        categoryId: category.id,
        responsibleParty: category.responsibleParty,
        createdAt: stored.createdAt,
      });
    },
  );
};
