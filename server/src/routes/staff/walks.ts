import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Id } from '../../contract/common.js';
import { StaffRegistrationList, Walk, WalkCancelRequest, WalkInput, WalkPatch, type WalkT } from '../../contract/walks.js';
import { toCsv } from '../../csv.js';
import type { Deps } from '../../http-types.js';
import { HttpProblem, invalid, notFound } from '../../problem.js';
import { body, BODY_ERRORS, idempotencyHeader, problems, textResponse } from '../responses.js';
import { IncludeSpam, sendCsv, staffChange, staffSchema } from './common.js';

const WalkParams = Type.Object({ id: Id }, { additionalProperties: false });
const AUTH_ERRORS = [401, 403] as const;

function checkTimes(startsAt: string, endsAt: string): void {
  if (Date.parse(endsAt) <= Date.parse(startsAt)) {
    throw invalid([{ field: '/endsAt', code: 'out_of_range', message: 'Must be after startsAt.' }]);
  }
}


export const staffWalkRoutes: FastifyPluginAsyncTypebox<Deps> = async (app, { storage, config }) => {
  const existing = async (id: string) => {
    const walk = await storage.getWalk(id);
    if (!walk) throw notFound('The walk');
    return walk;
  };
  // Cancelling and marking held both end a planned walk.
  const closeWalk = async (id: string, status: 'cancelled' | 'held', reason: string | undefined): Promise<WalkT> => {
    const walk = await existing(id);
    if (walk.status !== 'planned') throw new HttpProblem(409, 'conflict', `The walk is already ${walk.status}.`);
    const closed = await storage.setWalkStatus(id, status, reason, staffChange(config));
    if (!closed) throw notFound('The walk');
    return closed;
  };

  app.post(
    '/walks',
    {
      config: { idempotency: 'optional' },
      schema: {
        ...staffSchema('createWalk', 'Publish a new walk'),
        headers: idempotencyHeader(false),
        body: WalkInput,
        response: { 201: body(Walk, 'Created.'), ...problems(...BODY_ERRORS, ...AUTH_ERRORS, 409) },
      },
    },
    async (request, reply) => {
      checkTimes(request.body.startsAt, request.body.endsAt);
      return reply.code(201).send(await storage.createWalk(request.body, staffChange(config)));
    },
  );

  app.patch(
    '/walks/:id',
    {
      schema: {
        ...staffSchema('updateWalk', 'Change a walk (SEQUENCE grows, calendars update)'),
        params: WalkParams,
        body: WalkPatch,
        response: { 200: body(Walk, 'Changed.'), ...problems(...BODY_ERRORS, ...AUTH_ERRORS, 404) },
      },
    },
    async (request) => {
      const walk = await existing(request.params.id);
      checkTimes(request.body.startsAt ?? walk.startsAt, request.body.endsAt ?? walk.endsAt);
      const updated = await storage.updateWalk(walk.id, request.body, staffChange(config));
      if (!updated) throw notFound('The walk');
      return updated;
    },
  );

  app.post(
    '/walks/:id/cancel',
    {
      config: { idempotency: 'optional' },
      schema: {
        ...staffSchema('cancelWalk', 'Cancel a walk; it stays visible as cancelled'),
        params: WalkParams,
        headers: idempotencyHeader(false),
        body: WalkCancelRequest,
        response: { 200: body(Walk, 'Cancelled.'), ...problems(...BODY_ERRORS, ...AUTH_ERRORS, 404, 409) },
      },
    },
    async (request) => closeWalk(request.params.id, 'cancelled', request.body.reason),
  );

  app.post(
    '/walks/:id/held',
    {
      config: { idempotency: 'optional' },
      schema: {
        ...staffSchema('markWalkHeld', 'Mark a walk as held (no body)'),
        params: WalkParams,
        headers: idempotencyHeader(false),
        response: { 200: body(Walk, 'Marked as held.'), ...problems(400, 413, 415, ...AUTH_ERRORS, 404, 409) },
      },
    },
    async (request) => closeWalk(request.params.id, 'held', undefined),
  );

  app.get(
    '/walks/:id/registrations',
    {
      config: { cache: 'staff' },
      schema: {
        ...staffSchema('listWalkRegistrations', 'Sign-ups for a walk, with contact details'),
        params: WalkParams,
        querystring: Type.Object({ includeSpam: IncludeSpam }, { additionalProperties: false }),
        response: { 200: body(StaffRegistrationList, 'Sign-ups, oldest first.'), ...problems(400, ...AUTH_ERRORS, 404) },
      },
    },
    async (request) => {
      const walk = await existing(request.params.id);
      return { items: await storage.listRegistrations({ walkId: walk.id, includeSpam: request.query.includeSpam ?? false }) };
    },
  );

  app.get(
    '/registrations.csv',
    {
      config: { cache: 'staff' },
      schema: {
        ...staffSchema('exportRegistrations', 'Sign-ups as CSV'),
        querystring: Type.Object({ walk: Type.Optional(Id), includeSpam: IncludeSpam }, { additionalProperties: false }),
        response: { 200: textResponse('text/csv', 'RFC 4180 CSV, UTF-8 with BOM.'), ...problems(400, ...AUTH_ERRORS) },
      },
    },
    async (request, reply) => {
      const { walk, includeSpam } = request.query;
      const items = await storage.listRegistrations({ ...(walk === undefined ? {} : { walkId: walk }), includeSpam: includeSpam ?? false });
      const csv = toCsv(
        ['id', 'walkId', 'createdAt', 'status', 'waitlistPosition', 'name', 'email', 'phone', 'partySize', 'role', 'needs', 'consent', 'language', 'spam', 'contactErased'],
        items.map((r) => [r.id, r.walkId, r.createdAt, r.status, r.waitlistPosition, r.name, r.email, r.phone, r.partySize, r.role, r.needs, r.consent, r.language, r.spam, r.contactErased]),
      );
      return sendCsv(reply, walk === undefined ? 'anmalningar.csv' : `anmalningar-${walk}.csv`, csv);
    },
  );
};
