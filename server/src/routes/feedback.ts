import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Uuid } from '../contract/common.js';
import { FeedbackReceipt, FeedbackRequest, FeedbackUpdate } from '../contract/feedback.js';
import type { Deps } from '../http-types.js';
import { HttpProblem, notFound } from '../problem.js';
import { looksLikeSpam } from '../spam.js';
import { addDays, toUtcIso } from '../time.js';
import { body, BODY_ERRORS, idempotencyHeader, problems } from './responses.js';

/** How long the answer's uuid lets its author change it. */
export const FEEDBACK_EDIT_DAYS = 7;

export const feedbackRoutes: FastifyPluginAsyncTypebox<Deps> = async (app, { storage, config }) => {
  app.post(
    '/feedback',
    {
      config: { rateLimited: true, idempotency: 'required' },
      schema: {
        operationId: 'submitFeedback',
        tags: ['feedback'],
        summary: '"Hjälpte informationen på denna sida dig?" — store an answer',
        headers: idempotencyHeader(true),
        body: FeedbackRequest,
        response: { 201: body(FeedbackReceipt, 'Stored.'), ...problems(...BODY_ERRORS, 409, 429) },
      },
    },
    async (request, reply) => {
      const { website, fillMs, ...feedback } = request.body;
      const at = toUtcIso(config.now());
      const created = await storage.createFeedback({
        ...feedback,
        spam: looksLikeSpam({ website, fillMs }, config.spamMinFillMs),
        at,
      });
      if (!created) throw new HttpProblem(409, 'conflict', 'An answer with this id exists; change it with PATCH.');
      return reply.code(201).send({ id: feedback.id, receivedAt: at });
    },
  );

  app.patch(
    '/feedback/:id',
    {
      config: { rateLimited: true },
      schema: {
        operationId: 'updateFeedback',
        tags: ['feedback'],
        summary: 'Change an answer or add the follow-up comment, within 7 days',
        params: Type.Object({ id: Uuid }, { additionalProperties: false }),
        body: FeedbackUpdate,
        response: { 200: body(FeedbackReceipt, 'Changed.'), ...problems(...BODY_ERRORS, 404, 409, 429) },
      },
    },
    async (request) => {
      const now = config.now();
      const outcome = await storage.updateFeedback(
        request.params.id,
        request.body,
        toUtcIso(now),
        toUtcIso(addDays(now, -FEEDBACK_EDIT_DAYS)),
      );
      if (outcome.kind === 'not_found') throw notFound('The answer');
      if (outcome.kind === 'closed') {
        throw new HttpProblem(409, 'feedback-closed', `Answers can be changed for ${FEEDBACK_EDIT_DAYS} days.`);
      }
      return { id: outcome.id, receivedAt: outcome.receivedAt };
    },
  );
};
