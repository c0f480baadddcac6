// The library's public surface. Importing it defines no tags: import `trygg-widgets/define/…` for that.
export { TryggWalkCalendar } from './walk-calendar/walk-calendar.js';
export { TryggMeasureTracker } from './measure-tracker/measure-tracker.js';
export { TryggPageFeedback } from './page-feedback/page-feedback.js';
export { TryggConcernForm } from './concern-form/concern-form.js';
export { TryggElement, type ApiConnection } from './core/trygg-element.js';
export { RestClient, withWalks, withMeasures, withConcerns, withFeedback } from './core/rest-resources.js';
export { FeedbackRestApi, type FeedbackApi } from './core/feedback-rest-api.js';
export { WalkRestApi, type WalkApi } from './walk-calendar/walk-rest-api.js';
export { MeasureRestApi, type MeasureApi } from './measure-tracker/measure-rest-api.js';
export { ConcernRestApi, type ConcernApi } from './concern-form/concern-rest-api.js';
export type { TryggApi, WalkQuery, MeasureQuery, SendOptions } from './core/api.js';
export type * from './core/api-types.js';
export { RestApi } from './core/rest-api.js';
export { TryggApiError, type ApiErrorKind } from './core/api-error.js';
export type { HttpClientOptions } from './core/http-client.js';
export type { ReadOptions } from './core/cached-get.js';
export type { TryggErrorDetail, TryggLoadDetail, TryggSubmitDetail, TryggEventMap } from './core/events.js';
export { VERSION } from './core/version.js';
