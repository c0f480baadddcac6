import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Id } from '../../contract/common.js';
import { Measure, MeasureInput, MeasurePatch, MeasureStatusRequest } from '../../contract/measures.js';
import type { Deps } from '../../http-types.js';
import { invalid, notFound } from '../../problem.js';
import type { MeasureInputOutcome } from '../../storage/storage.js';
import { body, BODY_ERRORS, idempotencyHeader, problems } from '../responses.js';
import { staffChange, staffSchema } from './common.js';

const MeasureParams = Type.Object({ id: Id }, { additionalProperties: false });
const AUTH_ERRORS = [401, 403] as const;

function requireReason(status: string, publicReason: string | undefined): void {
  if (status === 'declined' && publicReason === undefined) {
    throw invalid([{ field: '/publicReason', code: 'reason_required', message: 'A declined measure needs a public reason.' }]);
  }
}

function measureOrThrow(outcome: MeasureInputOutcome) {
  if (outcome.kind === 'not_found') throw notFound('The measure');
  if (outcome.kind === 'unknown_reference') {
    throw invalid([{ field: outcome.field, code: 'invalid_value', message: 'No such record.' }]);
  }
  return outcome.measure;
}

export const staffMeasureRoutes: FastifyPluginAsyncTypebox<Deps> = async (app, { storage, config }) => {
  app.post(
    '/measures',
    {
      config: { idempotency: 'optional' },
      schema: {
        ...staffSchema('createMeasure', 'Create a measure (first timeline entry included)'),
        headers: idempotencyHeader(false),
        body: MeasureInput,
        response: { 201: body(Measure, 'Created.'), ...problems(...BODY_ERRORS, ...AUTH_ERRORS, 409) },
      },
    },
    async (request, reply) => {
      requireReason(request.body.status ?? 'received', request.body.publicReason);
      return reply.code(201).send(measureOrThrow(await storage.createMeasure(request.body, staffChange(config))));
    },
  );

  app.patch(
    '/measures/:id',
    {
      schema: {
        ...staffSchema('updateMeasure', 'Change a measure’s details'),
        params: MeasureParams,
        body: MeasurePatch,
        response: { 200: body(Measure, 'Changed.'), ...problems(...BODY_ERRORS, ...AUTH_ERRORS, 404) },
      },
    },
    async (request) => measureOrThrow(await storage.updateMeasure(request.params.id, request.body, staffChange(config))),
  );

  app.post(
    '/measures/:id/status',
    {
      config: { idempotency: 'optional' },
      schema: {
        ...staffSchema('addMeasureStatus', 'Move a measure to a status; declined requires a public reason'),
        params: MeasureParams,
        headers: idempotencyHeader(false),
        body: MeasureStatusRequest,
        response: { 200: body(Measure, 'The measure with its new timeline entry.'), ...problems(...BODY_ERRORS, ...AUTH_ERRORS, 404, 409) },
      },
    },
    async (request) => {
      requireReason(request.body.status, request.body.publicReason);
      const measure = await storage.addMeasureStatus(request.params.id, request.body, staffChange(config));
      if (!measure) throw notFound('The measure');
      return measure;
    },
  );
};
