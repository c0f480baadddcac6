import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import type { Config } from '../../config.js';
import type { Change } from '../../storage/storage.js';
import { toUtcIso } from '../../time.js';
import { STAFF_SECURITY } from '../responses.js';

/** Staff share one token, so the audit log names the token, not a person. */
export const STAFF_ACTOR = 'staff-token';

export function staffChange(config: Config): Change {
  return { actor: STAFF_ACTOR, at: toUtcIso(config.now()) };
}

/** What every staff route's schema has in common. */
export function staffSchema(operationId: string, summary: string) {
  return { operationId, summary, tags: ['staff'], security: STAFF_SECURITY };
}

export const IncludeSpam = Type.Optional(
  Type.Boolean({ default: false, description: 'Include requests flagged as spam (left out by default).' }),
);

export function sendCsv(reply: FastifyReply, name: string, csv: string) {
  return reply
    .type('text/csv; charset=utf-8; header=present')
    .header('content-disposition', `attachment; filename="${name}"`)
    .send(csv);
}
