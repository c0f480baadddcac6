import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Id } from '../contract/common.js';
import { Registration, RegistrationRequest, Walk, WalkFeedQuery, WalkList, WalkQuery } from '../contract/walks.js';
import type { Deps } from '../http-types.js';
import { walksCalendar } from '../ical.js';
import { HttpProblem, invalid, notFound } from '../problem.js';
import { looksLikeSpam } from '../spam.js';
import type { WalkFilter } from '../storage/storage.js';
import { swedishOrder } from '../swedish.js';
import { startOfStockholmDay, toUtcIso } from '../time.js';
import { body, BODY_ERRORS, idempotencyHeader, problems, textResponse } from './responses.js';

const WalkParams = Type.Object({ id: Id }, { additionalProperties: false });

/** A date means midnight in Stockholm; `to` as a date includes that whole day. */
function bound(value: string | undefined, end: boolean): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return toUtcIso(value);
  const start = startOfStockholmDay(value);
  if (!end) return toUtcIso(start);
  const next = new Date(start.getTime() + 36 * 3_600_000).toISOString().slice(0, 10);
  return toUtcIso(startOfStockholmDay(next));
}

function walkFilter(query: { from?: string; to?: string; area?: string; status?: WalkFilter['status'] }): WalkFilter {
  return {
    ...(query.from === undefined ? {} : { from: bound(query.from, false) }),
    ...(query.to === undefined ? {} : { to: bound(query.to, true) }),
    ...(query.area === undefined ? {} : { area: query.area }),
    ...(query.status === undefined ? {} : { status: query.status }),
  };
}

function walkNotOpen(state: string): HttpProblem {
  const detail = `The walk is ${state}; sign-up is closed.`;
  return new HttpProblem(409, 'walk-not-open', detail, [{ field: 'path/id', code: 'not_open', message: detail }]);
}

export const walkRoutes: FastifyPluginAsyncTypebox<Deps> = async (app, { storage, config }) => {
  app.get(
    '/walks',
    {
      config: { cache: 'public' },
      schema: {
        operationId: 'listWalks',
        tags: ['walks'],
        summary: 'Walks, filtered by start time, area and status',
        querystring: WalkQuery,
        response: { 200: body(WalkList, 'Walks ordered by start time.'), ...problems(400) },
      },
    },
    async (request) => {
      const filter = walkFilter(request.query);
      const { area: _area, ...withoutArea } = filter;
      const [items, areas] = await Promise.all([
        storage.listWalks({ ...filter, ...(request.query.limit === undefined ? {} : { limit: request.query.limit }) }),
        storage.listWalkAreas(withoutArea),
      ]);
      return { items, areas: areas.sort(swedishOrder) };
    },
  );

  app.get(
    '/walks.ics',
    {
      config: { cache: 'public' },
      schema: {
        operationId: 'getWalksCalendar',
        tags: ['walks'],
        summary: 'The filtered walks as a subscribable iCalendar feed',
        querystring: WalkFeedQuery,
        response: { 200: textResponse('text/calendar', 'RFC 5545 calendar, Europe/Stockholm times.'), ...problems(400) },
      },
    },
    async (request, reply) => {
      const walks = await storage.listWalks(walkFilter(request.query));
      return reply.type('text/calendar; charset=utf-8').send(walksCalendar(walks, config.publicUrl, 'Trygghetsvandringar'));
    },
  );

  app.get(
    '/walks/:id',
    {
      config: { cache: 'public' },
      schema: {
        operationId: 'getWalk',
        tags: ['walks'],
        summary: 'One walk',
        params: WalkParams,
        response: { 200: body(Walk, 'The walk.'), ...problems(400, 404) },
      },
    },
    async (request) => {
      const walk = await storage.getWalk(request.params.id);
      if (!walk) throw notFound('The walk');
      return walk;
    },
  );

  app.get(
    '/walks/:id.ics',
    {
      config: { cache: 'public' },
      schema: {
        operationId: 'getWalkCalendar',
        tags: ['walks'],
        summary: 'One walk as an iCalendar file ("add to calendar")',
        params: WalkParams,
        response: { 200: textResponse('text/calendar', 'RFC 5545 calendar with one event.'), ...problems(400, 404) },
      },
    },
    async (request, reply) => {
      const walk = await storage.getWalk(request.params.id);
      if (!walk) throw notFound('The walk');
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="trygghetsvandring-${walk.id}.ics"`)
        .send(walksCalendar([walk], config.publicUrl, walk.title));
    },
  );

  app.post(
    '/walks/:id/registrations',
    {
      config: { rateLimited: true, idempotency: 'required' },
      schema: {
        operationId: 'registerForWalk',
        tags: ['walks'],
        summary: 'Sign up for a walk: confirmed, or waitlisted when full',
        params: WalkParams,
        headers: idempotencyHeader(true),
        body: RegistrationRequest,
        response: { 201: body(Registration, 'Signed up.'), ...problems(...BODY_ERRORS, 404, 409, 429) },
      },
    },
    async (request, reply) => {
      const form = request.body;
      const walk = await storage.getWalk(request.params.id);
      if (!walk) throw notFound('The walk');
      const at = toUtcIso(config.now());
      if (walk.status !== 'planned' || walk.startsAt <= at) throw walkNotOpen(walk.status === 'planned' ? 'started' : walk.status);
      const hasContact = form.email !== undefined || form.phone !== undefined;
      if (!walk.allowAnonymous && !hasContact) {
        throw invalid(
          ['/email', '/phone'].map((field) => ({ field, code: 'required', message: 'Give an e-mail address or a phone number.' })),
        );
      }
      if (hasContact && !form.consent) {
        throw invalid([{ field: '/consent', code: 'consent_required', message: 'Consent is needed to store contact details.' }]);
      }
      const { website, fillMs, ...registration } = form;
      const outcome = await storage.createRegistration(walk.id, {
        ...registration,
        spam: looksLikeSpam({ website, fillMs }, config.spamMinFillMs),
        at,
      });
      if (outcome.kind === 'not_found') throw notFound('The walk');
      if (outcome.kind === 'not_open') throw walkNotOpen(outcome.reason);
      return reply.code(201).send(outcome.registration);
    },
  );
};
