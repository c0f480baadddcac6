import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Deps } from '../../http-types.js';
import { registerStaffAuth } from '../../staff-auth.js';
import { staffAuditRoutes } from './audit.js';
import { staffConcernRoutes } from './concerns.js';
import { staffFeedbackRoutes } from './feedback.js';
import { staffMeasureRoutes } from './measures.js';
import { staffWalkRoutes } from './walks.js';

/** Everything under /api/v1/staff: one auth hook for the whole scope, so no route can forget it. */
export const staffRoutes: FastifyPluginAsyncTypebox<Deps> = async (app, { storage, config }) => {
  const deps = { storage, config };
  registerStaffAuth(app, config);
  await app.register(staffWalkRoutes, deps);
  await app.register(staffMeasureRoutes, deps);
  await app.register(staffConcernRoutes, deps);
  await app.register(staffFeedbackRoutes, deps);
  await app.register(staffAuditRoutes, deps);
};
