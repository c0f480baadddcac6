import type { SendOptions, TryggApi } from '../core/api.js';
import type { CategoryList, ConcernReceipt, ConcernRequest } from '../core/api-types.js';
import { getJson, type ReadOptions } from '../core/cached-get.js';
import { HttpClient, type HttpClientOptions } from '../core/http-client.js';

/** What the concern form asks of an API; the `api` property takes any object with these two methods. */
export type ConcernApi = Pick<TryggApi, 'listCategories' | 'submitConcern'>;

/** The concern slice of the REST contract, so the form's bundle carries no walk, measure or feedback code. */
export class ConcernRestApi implements ConcernApi {
  protected readonly http: HttpClient;

  constructor(base: URL, options?: HttpClientOptions) {
    this.http = new HttpClient(base, options);
  }

  listCategories(options?: ReadOptions): Promise<CategoryList> {
    return getJson(this.http, 'categories', {}, options);
  }

  submitConcern(request: ConcernRequest, { idempotencyKey }: SendOptions): Promise<ConcernReceipt> {
    return this.http.send('POST', 'concerns', request, { 'Idempotency-Key': idempotencyKey });
  }
}
