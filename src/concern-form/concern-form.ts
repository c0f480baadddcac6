import { html } from 'lit';
import { TryggElement } from '../core/trygg-element.js';
import { RestApi } from '../core/rest-api.js';

/**
 * Lets a resident report an unsafe place and shows who handles it.
 *
 * @summary Lets a resident report an unsafe place and shows who handles it.
 * @fires trygg-load - Data arrived; `detail.count` items.
 * @fires trygg-error - A request failed or the element has no API; `detail` has `status`, `kind` and `message`.
 */
export class TryggConcernForm extends TryggElement {
  protected createRestApi(base: URL) {
    return new RestApi(base);
  }

  protected override render() {
    return this.connection ? html`<slot></slot>` : this.renderNotConfigured();
  }
}
