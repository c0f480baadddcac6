import type { MeasureQuery, SendOptions, WalkQuery } from './api.js';
import type {
  CategoryList,
  ConcernReceipt,
  ConcernRequest,
  FeedbackReceipt,
  FeedbackRequest,
  FeedbackUpdate,
  MeasureList,
  Registration,
  RegistrationRequest,
  WalkList,
} from './api-types.js';
import { getJson, type ReadOptions } from './cached-get.js';
import { HttpClient, withQuery, type HttpClientOptions } from './http-client.js';

// Mixins need a constructor type that takes any arguments.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<T> = new (...args: any[]) => T;

/**
 * The REST contract, one resource at a time: each element builds its client from the resources it uses (its bundle
 * carries no other code), and `RestApi` from all of them. `new X(base, { timeoutMs, retries, fetch })`.
 */
export class RestClient {
  readonly http: HttpClient;

  constructor(base: URL, options?: HttpClientOptions) {
    this.http = new HttpClient(base, options);
  }
}

const path = (...segments: string[]) => segments.map(encodeURIComponent).join('/');

export function withWalks<Base extends Constructor<RestClient>>(base: Base) {
  return class extends base {
    listWalks(query: WalkQuery = {}, options?: ReadOptions): Promise<WalkList> {
      return getJson(this.http, withQuery('walks', query), options);
    }

    register(walkId: string, request: RegistrationRequest, { idempotencyKey }: SendOptions): Promise<Registration> {
      return this.http.send('POST', `${path('walks', walkId)}/registrations`, request, { 'Idempotency-Key': idempotencyKey });
    }

    walkCalendarUrl(walkId: string): string {
      return this.http.url(`${path('walks', walkId)}.ics`);
    }

    walkFeedUrl(query: WalkQuery = {}): string {
      return this.http.url(withQuery('walks.ics', query));
    }
  };
}

export function withMeasures<Base extends Constructor<RestClient>>(base: Base) {
  return class extends base {
    listMeasures(query: MeasureQuery = {}, options?: ReadOptions): Promise<MeasureList> {
      return getJson(this.http, withQuery('measures', query), options);
    }
  };
}

export function withConcerns<Base extends Constructor<RestClient>>(base: Base) {
  return class extends base {
    listCategories(options?: ReadOptions): Promise<CategoryList> {
      return getJson(this.http, 'categories', options);
    }

    submitConcern(request: ConcernRequest, { idempotencyKey }: SendOptions): Promise<ConcernReceipt> {
      return this.http.send('POST', 'concerns', request, { 'Idempotency-Key': idempotencyKey });
    }
  };
}

export function withFeedback<Base extends Constructor<RestClient>>(base: Base) {
  return class extends base {
    submitFeedback(request: FeedbackRequest, { idempotencyKey }: SendOptions): Promise<FeedbackReceipt> {
      return this.http.send('POST', 'feedback', request, { 'Idempotency-Key': idempotencyKey });
    }

    updateFeedback(id: string, update: FeedbackUpdate): Promise<FeedbackReceipt> {
      return this.http.send('PATCH', path('feedback', id), update);
    }
  };
}
