import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLanguage, type Locale } from './language.js';
import { useLocale } from './localization.js';
import { sourceLocale } from '../generated/locale-codes.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Keeps an element's language resolved (own `lang` → nearest ancestor across shadow roots → `<html lang>` → `sv`)
 * and follows changes of its own and the page's `lang`, without ever writing them. Texts (msg()) follow one
 * language per page, the one resolved last; dates and numbers follow each element's own.
 */
export class LanguageController implements ReactiveController {
  locale: Locale = sourceLocale;
  intlLocale: string = sourceLocale;
  readonly #host: Host;
  #observer: MutationObserver | undefined;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer = new MutationObserver(() => this.refresh());
    this.#observer.observe(document.documentElement, { attributeFilter: ['lang'] });
    this.#observer.observe(this.#host, { attributeFilter: ['lang'] });
    this.refresh();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  /** Resolves the language again; the host re-renders when it changed. */
  refresh(): void {
    const { locale, intlLocale } = resolveLanguage(this.#host);
    if (locale !== this.locale || intlLocale !== this.intlLocale) {
      this.locale = locale;
      this.intlLocale = intlLocale;
      this.#host.requestUpdate();
    }
    void useLocale(locale);
  }
}
