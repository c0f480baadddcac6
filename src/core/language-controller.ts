import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LOCALE_STATUS_EVENT, type LocaleStatusEventDetail } from '@lit/localize';
import { findDeclaredLanguage, normalizeLanguage, type Locale } from './language.js';
import { useLocale } from './localization.js';
import { sourceLocale } from '../generated/locale-codes.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Keeps an element's language resolved (own `lang` → nearest ancestor across shadow roots → `<html lang>` → `sv`)
 * and follows changes of its own and the page's `lang`, without ever writing them. Texts (msg()) follow one
 * language per page, the one resolved last; dates and numbers follow each element's own (`intlLocaleFor(declared,
 * locale)`, which `DataElement.intlLocale` gives the elements that format them). When the page's texts have
 * switched (this element or another loaded a language), the host renders them: what lit-localize's
 * `updateWhenLocaleChanges` does, without a second controller.
 */
export class LanguageController implements ReactiveController {
  locale: Locale = sourceLocale;
  /** The `lang` that applies to the element, as declared (`en-GB`); null when none does. */
  declared: string | null = null;
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
    const declared = findDeclaredLanguage(this.#host);
    // The locale follows from the declared tag, so a new tag (a new region, too) is all there is to notice.
    if (declared !== this.declared) {
      this.declared = declared;
      this.locale = normalizeLanguage(declared);
      this.#host.requestUpdate();
    }
    void useLocale(this.locale);
  }
}
