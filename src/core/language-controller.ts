import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LOCALE_STATUS_EVENT, type LocaleStatusEventDetail } from '@lit/localize';
import { resolveLanguage, type Locale } from './language.js';
import { useLocale } from './localization.js';
import { sourceLocale } from '../generated/locale-codes.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Keeps an element's language resolved (own `lang` → nearest ancestor across shadow roots → `<html lang>` → `sv`)
 * and follows changes of its own and the page's `lang`, without ever writing them. Texts (msg()) follow one
 * language per page, the one resolved last; dates and numbers follow each element's own. When the page's texts have
 * switched (this element or another loaded a language), the host renders them: what lit-localize's
 * `updateWhenLocaleChanges` does, without a second controller.
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
    addEventListener(LOCALE_STATUS_EVENT, this);
    this.refresh();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    removeEventListener(LOCALE_STATUS_EVENT, this);
  }

  /** The page's texts are now in another language: render them. */
  handleEvent({ detail }: CustomEvent<LocaleStatusEventDetail>): void {
    if (detail.status === 'ready') this.#host.requestUpdate();
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
