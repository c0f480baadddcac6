import { html } from 'lit/html.js';
import { DataLoader } from '../../src/core/data-loader.js';
import { DataElement } from '../../src/core/data-element.js';
import { RestApi } from '../../src/core/rest-api.js';

/** A minimal element on the shared base, loading categories the way the real elements load their data. */
export class TestElement extends DataElement {
  protected createRestApi(base: URL) {
    return new RestApi(base);
  }

  readonly categories = new DataLoader(this, {
    ...this.loaderEvents,
    args: () => [this.connection?.api] as const,
    load: ([api], read) => api?.listCategories(read),
    shape: (list) => list,
  });

  protected renderContent() {
    if (!this.connection) return this.renderNotConfigured();
    return this.categories.render({
      pending: () => html`<p>…</p>`,
      complete: (list) => html`<p class="count">${list.items.length}</p>`,
    });
  }
}

TestElement.define('trygg-test-element');
