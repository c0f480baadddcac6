import type { AuditEntryT } from '../contract/audit.js';
import type { ConcernCategoryT } from '../contract/categories.js';
import type { ResponsiblePartyT } from '../contract/common.js';
import type { ConcernRequestT, ConcernStatusT, StaffConcernT } from '../contract/concerns.js';
import type { FeedbackRequestT, FeedbackSummaryT, FeedbackUpdateT, StaffFeedbackT } from '../contract/feedback.js';
import type {
  MeasureInputT,
  MeasurePatchT,
  MeasureStatusT,
  MeasureT,
} from '../contract/measures.js';
import type {
  RegistrationRequestT,
  RegistrationT,
  StaffRegistrationT,
  WalkInputT,
  WalkPatchT,
  WalkStatusT,
  WalkT,
} from '../contract/walks.js';

/** Who changed something and when; every staff change writes one audit row in the same transaction. */
export interface Change {
  actor: string;
  at: string;
}

export type CategoryRecord = Omit<ConcernCategoryT, 'responsibleParty'> & { responsiblePartyId: string };

export interface WalkFilter {
  /** Inclusive lower bound on startsAt (ISO UTC). */
  from?: string;
  /** Exclusive upper bound on startsAt (ISO UTC). */
  to?: string;
  area?: string;
  status?: WalkStatusT[];
  limit?: number;
}

export interface MeasureFilter {
  walkId?: string;
  area?: string;
  status?: MeasureStatusT[];
  responsiblePartyId?: string;
}

export type NewRegistration = Omit<RegistrationRequestT, 'website' | 'fillMs'> & { spam: boolean; at: string };

export type RegistrationOutcome =
  | { kind: 'created'; registration: RegistrationT }
  | { kind: 'not_found' }
  // reason: the walk's state, 'cancelled', 'held' or 'started'.
  | { kind: 'not_open'; reason: string };

export type NewConcern = Omit<ConcernRequestT, 'website' | 'fillMs'> & { spam: boolean; at: string };

export interface ConcernFilter {
  status?: ConcernStatusT[];
  categoryId?: string;
  includeSpam: boolean;
}

export type NewFeedback = Omit<FeedbackRequestT, 'website' | 'fillMs'> & { spam: boolean; at: string };

export interface FeedbackFilter {
  pageId?: string;
  includeSpam: boolean;
}

export type FeedbackUpdateOutcome =
  | { kind: 'updated'; id: string; receivedAt: string }
  | { kind: 'not_found' }
  | { kind: 'closed' };

export type MeasureInputOutcome =
  | { kind: 'ok'; measure: MeasureT }
  | { kind: 'not_found' }
  | { kind: 'unknown_reference'; field: string };

export interface NewStatusChange {
  status: MeasureStatusT;
  note?: string;
  publicReason?: string;
}

export type IdempotencyBegin =
  | { state: 'new' }
  | { state: 'in_flight' }
  | { state: 'mismatch' }
  | { state: 'done'; statusCode: number; body: string };

export interface RetentionResult {
  concerns: number;
  registrations: number;
}

/**
 * Everything the routes need from a database. The SQLite implementation holds all SQL; a PostgreSQL
 * one can implement the same interface (hence every method is async).
 */
export interface Storage {
  close(): Promise<void>;
  /** True before the demo seed has run (no walks and no categories). */
  isEmpty(): Promise<boolean>;
  /**
   * A value that changes whenever the stored data may have changed: by this server or by anyone else writing to the
   * same database (an administrator, another process). Public answers are kept in memory until it changes.
   */
  dataVersion(): Promise<string>;

  listWalks(filter: WalkFilter): Promise<WalkT[]>;
  listWalkAreas(filter: Omit<WalkFilter, 'area' | 'limit'>): Promise<string[]>;
  getWalk(id: string): Promise<WalkT | undefined>;
  createWalk(input: WalkInputT, change: Change): Promise<WalkT>;
  updateWalk(id: string, patch: WalkPatchT, change: Change): Promise<WalkT | undefined>;
  setWalkStatus(id: string, status: 'cancelled' | 'held', reason: string | undefined, change: Change): Promise<WalkT | undefined>;

  createRegistration(walkId: string, registration: NewRegistration): Promise<RegistrationOutcome>;
  listRegistrations(filter: { walkId?: string; includeSpam: boolean }): Promise<StaffRegistrationT[]>;

  listMeasures(filter: MeasureFilter): Promise<MeasureT[]>;
  getMeasure(id: string): Promise<MeasureT | undefined>;
  createMeasure(input: MeasureInputT, change: Change): Promise<MeasureInputOutcome>;
  updateMeasure(id: string, patch: MeasurePatchT, change: Change): Promise<MeasureInputOutcome>;
  addMeasureStatus(id: string, status: NewStatusChange, change: Change): Promise<MeasureT | undefined>;

  /** Reference data, kept by the seed (or an administrator): insert or replace. */
  saveResponsibleParty(party: ResponsiblePartyT): Promise<void>;
  saveCategory(category: CategoryRecord, position: number): Promise<void>;
  listResponsibleParties(): Promise<ResponsiblePartyT[]>;
  listCategories(): Promise<ConcernCategoryT[]>;
  getCategory(id: string): Promise<ConcernCategoryT | undefined>;

  /** Allocates the next TRG-<year>-<sequence> reference for the year of `at`. */
  createConcern(concern: NewConcern): Promise<StaffConcernT>;
  listConcerns(filter: ConcernFilter): Promise<StaffConcernT[]>;
  getConcern(reference: string): Promise<StaffConcernT | undefined>;
  setConcernStatus(reference: string, status: ConcernStatusT, change: Change): Promise<StaffConcernT | undefined>;

  /** Returns false when a feedback row with this id already exists. */
  createFeedback(feedback: NewFeedback): Promise<boolean>;
  /** Changes are allowed while the answer was created after `openSince`. */
  updateFeedback(id: string, update: FeedbackUpdateT, at: string, openSince: string): Promise<FeedbackUpdateOutcome>;
  listFeedback(filter: FeedbackFilter): Promise<StaffFeedbackT[]>;
  feedbackSummary(): Promise<FeedbackSummaryT>;

  listAudit(filter: { limit: number; entity?: string; entityId?: string }): Promise<AuditEntryT[]>;

  /** Claims an Idempotency-Key; an in-flight claim older than `staleBefore` is taken over. */
  beginIdempotent(scope: string, key: string, requestHash: string, at: string, staleBefore: string): Promise<IdempotencyBegin>;
  completeIdempotent(scope: string, key: string, statusCode: number, body: string): Promise<void>;
  releaseIdempotent(scope: string, key: string): Promise<void>;

  /** Erases contact details of concerns closed, and walks ended, before `cutoff`; forgets old idempotency keys. */
  applyRetention(cutoff: string, idempotencyCutoff: string, change: Change): Promise<RetentionResult>;
}
