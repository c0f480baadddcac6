import { html } from 'lit';
import { TryggElement } from '../core/trygg-element.js';
import { RestApi } from '../core/rest-api.js';

/**
 * The measures that came out of safety walks and reports, and what became of them.
 *
 * @summary The measures that came out of safety walks and reports, and what became of them.
 * @fires trygg-load - Data arrived; `detail.count` items.
 * @fires trygg-error - A request failed or the element has no API; `detail` has `status`, `kind` and `message`.
 */
export class TryggMeasureTracker extends TryggElement {
  protected createRestApi(base: URL) {
    return new RestApi(base);
  }

  protected override render() {
    return this.connection ? html`<slot></slot>` : this.renderNotConfigured();
  }
}
