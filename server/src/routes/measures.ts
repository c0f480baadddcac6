import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Id } from '../contract/common.js';
import { Measure, MeasureList, MeasureQuery, type MeasureSummaryT, type MeasureT } from '../contract/measures.js';
import type { Deps } from '../http-types.js';
import { notFound } from '../problem.js';
import { body, problems } from './responses.js';

export function summarize(measures: readonly MeasureT[]): MeasureSummaryT {
  const byStatus = { received: 0, planned: 0, in_progress: 0, done: 0, forwarded: 0, declined: 0 };
  let remarks = 0;
  for (const measure of measures) {
    byStatus[measure.status] += 1;
    remarks += measure.remarkCount;
  }
  return { remarks, measures: measures.length, byStatus };
}

export const measureRoutes: FastifyPluginAsyncTypebox<Deps> = async (app, { storage }) => {
  app.get(
    '/measures',
    {
      config: { cache: 'public' },
      schema: {
        operationId: 'listMeasures',
        tags: ['measures'],
        summary: 'Measures with a summary by status, filtered by walk, area, status and responsible party',
        querystring: MeasureQuery,
        response: { 200: body(MeasureList, 'Measures, most recently updated first.'), ...problems(400) },
      },
    },
    async (request) => {
      const { walk, area, status, responsible } = request.query;
      const items = await storage.listMeasures({
        ...(walk === undefined ? {} : { walkId: walk }),
        ...(area === undefined ? {} : { area }),
        ...(status === undefined ? {} : { status }),
        ...(responsible === undefined ? {} : { responsiblePartyId: responsible }),
      });
      return { items, summary: summarize(items) };
    },
  );

  app.get(
    '/measures/:id',
    {
      config: { cache: 'public' },
      schema: {
        operationId: 'getMeasure',
        tags: ['measures'],
        summary: 'One measure with its timeline',
        params: Type.Object({ id: Id }, { additionalProperties: false }),
        response: { 200: body(Measure, 'The measure.'), ...problems(400, 404) },
      },
    },
    async (request) => {
      const measure = await storage.getMeasure(request.params.id);
      if (!measure) throw notFound('The measure');
      return measure;
    },
  );
};
