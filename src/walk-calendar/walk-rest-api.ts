import type { SendOptions, TryggApi, WalkQuery } from '../core/api.js';
import type { Registration, RegistrationRequest, WalkList } from '../core/api-types.js';
import { getJson, type ReadOptions } from '../core/cached-get.js';
import { HttpClient, type HttpClientOptions } from '../core/http-client.js';

/** What the walk calendar asks of an API; the calendar links are optional (hidden when an adapter has none). */
export type WalkApi = Pick<TryggApi, 'listWalks' | 'register'> & Partial<Pick<TryggApi, 'walkCalendarUrl' | 'walkFeedUrl'>>;

/** The walk slice of the REST contract, so the calendar's bundle carries no measure, concern or feedback code. */
export class WalkRestApi implements WalkApi {
  protected readonly http: HttpClient;

  constructor(base: URL, options?: HttpClientOptions) {
    this.http = new HttpClient(base, options);
  }

  listWalks(query: WalkQuery = {}, options?: ReadOptions): Promise<WalkList> {
    return getJson(this.http, 'walks', { ...query }, options);
  }

  register(walkId: string, request: RegistrationRequest, { idempotencyKey }: SendOptions): Promise<Registration> {
    return this.http.send('POST', `walks/${encodeURIComponent(walkId)}/registrations`, request, { 'Idempotency-Key': idempotencyKey });
  }

  walkCalendarUrl(walkId: string): string {
    return this.http.url(`walks/${encodeURIComponent(walkId)}.ics`);
  }

  walkFeedUrl(query: WalkQuery = {}): string {
    return this.http.url('walks.ics', { ...query });
  }
}
