import { html } from 'lit';
import { TryggElement } from '../core/trygg-element.js';
import { FeedbackRestApi } from '../core/feedback-rest-api.js';

/**
 * Asks "Hjälpte informationen på denna sida dig?" and takes a yes or no with an optional comment.
 *
 * @summary Asks "Hjälpte informationen på denna sida dig?" and takes a yes or no with an optional comment.
 * @fires trygg-load - Data arrived; `detail.count` items.
 * @fires trygg-error - A request failed or the element has no API; `detail` has `status`, `kind` and `message`.
 */
export class TryggPageFeedback extends TryggElement<FeedbackRestApi> {
  protected createRestApi(base: URL) {
    return new FeedbackRestApi(base);
  }

  protected override render() {
    return this.connection ? html`<slot></slot>` : this.renderNotConfigured();
  }
}
