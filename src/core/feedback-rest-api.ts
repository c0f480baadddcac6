import type { SendOptions, TryggApi } from './api.js';
import type { FeedbackReceipt, FeedbackRequest, FeedbackUpdate } from './api-types.js';
import { HttpClient, type HttpClientOptions } from './http-client.js';

/** The page-feedback slice of the REST contract: all the feedback prompt needs, so its bundle carries no GET code. */
export class FeedbackRestApi implements Pick<TryggApi, 'submitFeedback' | 'updateFeedback'> {
  protected readonly http: HttpClient;

  constructor(base: URL, options?: HttpClientOptions) {
    this.http = new HttpClient(base, options);
  }

  submitFeedback(request: FeedbackRequest, { idempotencyKey }: SendOptions): Promise<FeedbackReceipt> {
    return this.http.send('POST', 'feedback', request, { 'Idempotency-Key': idempotencyKey });
  }

  updateFeedback(id: string, update: FeedbackUpdate): Promise<FeedbackReceipt> {
    return this.http.send('PATCH', `feedback/${encodeURIComponent(id)}`, update);
  }
}
