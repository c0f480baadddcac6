import type {
  CategoryList,
  ConcernReceipt,
  ConcernRequest,
  FeedbackReceipt,
  FeedbackRequest,
  FeedbackUpdate,
  MeasureList,
  MeasureStatus,
  Registration,
  RegistrationRequest,
  WalkList,
} from './api-types.js';
import type { ReadOptions } from './cached-get.js';

export interface WalkQuery {
  from?: string;
  to?: string;
  area?: string;
  status?: readonly ('planned' | 'cancelled' | 'held')[];
  limit?: number;
}

export interface MeasureQuery {
  walk?: string;
  area?: string;
  status?: readonly MeasureStatus[];
  responsible?: string;
}

export interface SendOptions {
  /** The same key on every try of one submission, so the server makes one record however often it is sent. */
  idempotencyKey: string;
}

/**
 * Everything the widgets ask of a municipality's API. The default implementation speaks the REST contract
 * (`api/openapi.json`); set an element's `api` property to any object implementing this to plug in an adapter
 * (Open311, an iCalendar feed, a static JSON file…).
 */
export interface TryggApi {
  listWalks(query?: WalkQuery, options?: ReadOptions): Promise<WalkList>;
  register(walkId: string, request: RegistrationRequest, options: SendOptions): Promise<Registration>;
  listMeasures(query?: MeasureQuery, options?: ReadOptions): Promise<MeasureList>;
  listCategories(options?: ReadOptions): Promise<CategoryList>;
  submitConcern(request: ConcernRequest, options: SendOptions): Promise<ConcernReceipt>;
  submitFeedback(request: FeedbackRequest, options: SendOptions): Promise<FeedbackReceipt>;
  updateFeedback(id: string, update: FeedbackUpdate): Promise<FeedbackReceipt>;
  /** Address of one walk as iCalendar, when the API offers it. */
  walkCalendarUrl?(walkId: string): string;
  /** Address of a subscribable iCalendar feed of the walks matching the query, when the API offers it. */
  walkFeedUrl?(query?: WalkQuery): string;
}
