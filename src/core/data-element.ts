import type { TryggApi } from './api.js';
import type { DataLoaderEvents } from './data-loader.js';
import { intlLocaleFor } from './language.js';
import { TryggElement } from './trygg-element.js';

/**
 * The base of the elements that show data they load (walks, measures, categories); the page feedback prompt, which
 * loads nothing, does without it. Not an element of its own.
 */
export abstract class DataElement<Api extends Partial<TryggApi> = TryggApi> extends TryggElement<Api> {
  /** The tag to give `Intl` for this element's dates and numbers: its declared language, region kept (`en-GB`), when it has texts. */
  protected get intlLocale(): string {
    return intlLocaleFor(this.language.declared, this.language.locale);
  }

  /** Where a `DataLoader` of this element reports: `trygg-load`, `trygg-error`, and the error state with its retry. */
  protected get loaderEvents(): DataLoaderEvents {
    return {
      loaded: (count) => this.emit('trygg-load', { count }),
      failed: (error) => this.reportError(error),
      renderFailure: (error, retry) => this.renderError(error, retry),
    };
  }
}
