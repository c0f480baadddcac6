import { html } from 'lit';
import { Task } from '@lit/task';
import { TryggElement } from '../../src/core/trygg-element.js';
import { RestApi } from '../../src/core/rest-api.js';

/** A minimal element on the shared base, loading categories the way the real elements load their data. */
export class TestElement extends TryggElement {
  #fresh = false;

  protected createRestApi(base: URL) {
    return new RestApi(base);
  }

  readonly categories = new Task(this, {
    task: async ([api]) => {
      if (!api) return null;
      try {
        const list = await api.listCategories({ fresh: this.#fresh });
        this.emit('trygg-load', { count: list.items.length });
        return list;
      } catch (error) {
        this.reportError(error);
        throw error;
      } finally {
        this.#fresh = false;
      }
    },
    args: () => [this.connection?.api] as const,
  });

  retry = () => {
    this.#fresh = true;
    void this.categories.run();
  };

  protected renderContent() {
    if (!this.connection) return this.renderNotConfigured();
    return this.categories.render({
      pending: () => html`<p>…</p>`,
      complete: (list) => html`<p class="count">${list?.items.length ?? 0}</p>`,
      error: (error) => this.renderError(error, this.retry),
    });
  }
}

TestElement.define('trygg-test-element');
