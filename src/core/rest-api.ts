import type { MeasureQuery, SendOptions, TryggApi, WalkQuery } from './api.js';
import type {
  CategoryList,
  ConcernReceipt,
  ConcernRequest,
  MeasureList,
  Registration,
  RegistrationRequest,
  WalkList,
} from './api-types.js';
import { getJson, type ReadOptions } from './cached-get.js';
import { FeedbackRestApi } from './feedback-rest-api.js';

/**
 * The `TryggApi` that speaks the REST contract of `api/openapi.json` under a base such as `https://example.se/api/v1/`.
 * `new RestApi(base, { timeoutMs, retries, fetch })` takes the HttpClient options.
 */
export class RestApi extends FeedbackRestApi implements TryggApi {
  listWalks(query: WalkQuery = {}, options?: ReadOptions): Promise<WalkList> {
    return getJson(this.http, 'walks', { ...query }, options);
  }

  register(walkId: string, request: RegistrationRequest, { idempotencyKey }: SendOptions): Promise<Registration> {
    return this.http.send('POST', `walks/${encodeURIComponent(walkId)}/registrations`, request, { 'Idempotency-Key': idempotencyKey });
  }

  listMeasures(query: MeasureQuery = {}, options?: ReadOptions): Promise<MeasureList> {
    return getJson(this.http, 'measures', { ...query }, options);
  }

  listCategories(options?: ReadOptions): Promise<CategoryList> {
    return getJson(this.http, 'categories', {}, options);
  }

  submitConcern(request: ConcernRequest, { idempotencyKey }: SendOptions): Promise<ConcernReceipt> {
    return this.http.send('POST', 'concerns', request, { 'Idempotency-Key': idempotencyKey });
  }

  walkCalendarUrl(walkId: string): string {
    return this.http.url(`walks/${encodeURIComponent(walkId)}.ics`);
  }

  walkFeedUrl(query: WalkQuery = {}): string {
    return this.http.url('walks.ics', { ...query });
  }
}
