import { Type, type Static } from 'typebox';
import { component, DateTime, Id, ref } from './common.js';

export const AuditEntry = component('AuditEntry', 'One staff (or system) change; the log is append-only.', {
  id: Id,
  at: DateTime,
  actor: Type.String(),
  action: Type.String({ description: 'e.g. walk.create, walk.update, walk.cancel, measure.status, concern.status.' }),
  entity: Type.String({ description: 'walk, measure, concern, registration, feedback.' }),
  entityId: Type.String(),
  change: Type.Record(Type.String(), Type.Unknown(), { description: 'What changed (new values; for updates also the old ones).' }),
});

export const AuditList = component('AuditList', 'Audit entries, newest first.', {
  items: Type.Array(ref(AuditEntry)),
});

export const AuditQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
    entity: Type.Optional(Type.String({ maxLength: 40 })),
    entityId: Type.Optional(Id),
  },
  { additionalProperties: false },
);

export type AuditEntryT = Static<typeof AuditEntry>;
