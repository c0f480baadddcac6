import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { CategoryId } from '../../contract/categories.js';
import { ConcernStatus, ConcernUpdate, StaffConcern, StaffConcernList } from '../../contract/concerns.js';
import { ref } from '../../contract/common.js';
import { ConcernReference } from '../../contract/measures.js';
import { toCsv } from '../../csv.js';
import type { Deps } from '../../http-types.js';
import { notFound } from '../../problem.js';
import { body, BODY_ERRORS, problems, textResponse } from '../responses.js';
import { IncludeSpam, sendCsv, staffChange, staffSchema } from './common.js';

const ConcernParams = Type.Object({ reference: ConcernReference }, { additionalProperties: false });
const ConcernQuery = Type.Object(
  {
    status: Type.Optional(Type.Array(ref(ConcernStatus), { description: 'May repeat.' })),
    category: Type.Optional(CategoryId),
    includeSpam: IncludeSpam,
  },
  { additionalProperties: false },
);
const AUTH_ERRORS = [401, 403] as const;

export const staffConcernRoutes: FastifyPluginAsyncTypebox<Deps> = async (app, { storage, config }) => {
  const list = (query: { status?: ('received' | 'in_progress' | 'closed')[]; category?: string; includeSpam?: boolean }) =>
    storage.listConcerns({
      ...(query.status === undefined ? {} : { status: query.status }),
      ...(query.category === undefined ? {} : { categoryId: query.category }),
      includeSpam: query.includeSpam ?? false,
    });

  app.get(
    '/concerns',
    {
      config: { cache: 'staff' },
      schema: {
        ...staffSchema('listConcerns', 'Reported concerns, newest first (spam left out unless asked for)'),
        querystring: ConcernQuery,
        response: { 200: body(StaffConcernList, 'Concerns.'), ...problems(400, ...AUTH_ERRORS) },
      },
    },
    async (request) => ({ items: await list(request.query) }),
  );

  app.get(
    '/concerns.csv',
    {
      config: { cache: 'staff' },
      schema: {
        ...staffSchema('exportConcerns', 'Reported concerns as CSV'),
        querystring: ConcernQuery,
        response: { 200: textResponse('text/csv', 'RFC 4180 CSV, UTF-8 with BOM.'), ...problems(400, ...AUTH_ERRORS) },
      },
    },
    async (request, reply) => {
      const items = await list(request.query);
      const csv = toCsv(
        ['reference', 'createdAt', 'status', 'categoryId', 'place', 'area', 'lat', 'lng', 'timeOfDay', 'dayType', 'description', 'contactName', 'contactEmail', 'contactPhone', 'consent', 'language', 'spam', 'contactErased', 'closedAt'],
        items.map((c) => [c.reference, c.createdAt, c.status, c.categoryId, c.place.description, c.place.area, c.place.location?.lat, c.place.location?.lng, c.timeOfDay.join(' '), c.dayType.join(' '), c.description, c.contact?.name, c.contact?.email, c.contact?.phone, c.consent, c.language, c.spam, c.contactErased, c.closedAt]),
      );
      return sendCsv(reply, 'synpunkter.csv', csv);
    },
  );

  app.get(
    '/concerns/:reference',
    {
      config: { cache: 'staff' },
      schema: {
        ...staffSchema('getConcern', 'One concern by its reference'),
        params: ConcernParams,
        response: { 200: body(StaffConcern, 'The concern.'), ...problems(400, ...AUTH_ERRORS, 404) },
      },
    },
    async (request) => {
      const concern = await storage.getConcern(request.params.reference);
      if (!concern) throw notFound('The concern');
      return concern;
    },
  );

  app.patch(
    '/concerns/:reference',
    {
      schema: {
        ...staffSchema('updateConcern', 'Set a concern’s handling status (closing starts the retention clock)'),
        params: ConcernParams,
        body: ConcernUpdate,
        response: { 200: body(StaffConcern, 'Changed.'), ...problems(...BODY_ERRORS, ...AUTH_ERRORS, 404) },
      },
    },
    async (request) => {
      const concern = await storage.setConcernStatus(request.params.reference, request.body.status, staffChange(config));
      if (!concern) throw notFound('The concern');
      return concern;
    },
  );
};
