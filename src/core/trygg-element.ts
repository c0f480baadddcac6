import { html, type TemplateResult } from 'lit/html.js';
import type { PropertyValues } from 'lit';
import { msg } from '@lit/localize';
import type { TryggApi } from './api.js';
import { TryggApiError } from './api-error.js';
import { resolveApiBase } from './api-base.js';
import { defineOnce } from './define.js';
import { describeError } from './error-messages.js';
import type { TryggErrorDetail, TryggEventMap } from './events.js';
import { LanguageController } from './language-controller.js';
import { baseStyles } from './styles.js';
import { UpdatingElement, type PropertyDeclarations } from './updating-element.js';
import { VERSION } from './version.js';

/** The API an element talks to, and the outbox scope its submissions belong to. */
export interface ApiConnection<Api> {
  api: Api;
  scope: string;
}

/**
 * The base of every trygg element: shared styles, a define that never throws, typed events, the resolved language
 * and the API. Not an element of its own.
 *
 * @cssprop [--trygg-color-accent=#0a5a9c] - Brand colour of buttons, links and highlights.
 * @cssprop [--trygg-color-on-accent=#ffffff] - Text on the brand colour.
 * @cssprop [--trygg-color-border=#6b6b6b] - Borders of fields and cards.
 * @cssprop [--trygg-color-danger=#b3261e] - Errors.
 * @cssprop [--trygg-color-success=#1e6b34] - Confirmations.
 * @cssprop [--trygg-color-surface=transparent] - Background of notices and cards.
 * @cssprop [--trygg-color-field=transparent] - Background of text fields.
 * @cssprop [--trygg-color-link] - Links (defaults to the accent).
 * @cssprop [--trygg-color-focus=#0b0c0c] - Focus ring.
 * @cssprop [--trygg-color-focus-halo=#ffdd00] - Halo around the focus ring.
 * @cssprop [--trygg-radius=0.25rem] - Corner radius.
 * @cssprop [--trygg-space=1rem] - Base spacing.
 * @csspart root - Everything the element shows.
 */
export abstract class TryggElement<Api extends Partial<TryggApi> = TryggApi> extends UpdatingElement {
  static override styles = [baseStyles];

  /** The library version of this class, read when another copy meets it on the page. */
  static readonly version = VERSION;

  /** Defines `tagName` for this class unless the page already has it (then one warning, never an error). */
  static define(tagName: string, registry: CustomElementRegistry = customElements): void {
    defineOnce(tagName, this as unknown as CustomElementConstructor, registry);
  }

  // Declared without decorators: their helpers cost 840 B gzip in every bundle, 7% of the feedback prompt's budget.
  // Subclasses declare their own; UpdatingElement merges them with these.
  static override properties: PropertyDeclarations = { apiBase: { attribute: 'api-base' }, api: { attribute: false } };

  /**
   * Address of the API, e.g. `https://kommun.se/api/trygg/v1/`; falls back to `<meta name="trygg:api-base">`.
   * @attr api-base
   */
  declare apiBase: string | undefined;

  /** Any object implementing `TryggApi` (or the part this element uses), used instead of the REST client: adapters. */
  declare api: Api | undefined;

  protected readonly language = new LanguageController(this);
  #warnedNotConfigured = false;
  #restApi: { href: string; api: Api } | undefined;

  /** The REST client for this element's part of the contract; each element brings only the code it needs. */
  protected abstract createRestApi(base: URL): Api;

  /** The element's content; the base wraps it in the language its texts are in. */
  protected abstract renderContent(): unknown;

  /**
   * On a page in a language without texts (say Arabic) the texts are Swedish: the wrapper says so, for screen
   * readers, without writing `lang` anywhere the page would read it.
   */
  protected override render(): TemplateResult {
    return html`<div class="root" part="root" lang=${this.language.locale}>${this.renderContent()}</div>`;
  }

  /** The API to use now, or null when the element has none (then it shows the "not configured" state). */
  protected get connection(): ApiConnection<Api> | null {
    if (this.api) return { api: this.api, scope: `custom:${this.localName}` };
    const base = resolveApiBase(this.apiBase);
    if (!base.ok) return null;
    if (this.#restApi?.href !== base.url.href) this.#restApi = { href: base.url.href, api: this.createRestApi(base.url) };
    return { api: this.#restApi.api, scope: base.url.href };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if ((changed.has('apiBase') || changed.has('api') || !this.hasUpdated) && !this.connection) this.#warnNotConfigured();
  }

  #warnNotConfigured(): void {
    if (this.#warnedNotConfigured) return;
    this.#warnedNotConfigured = true;
    console.warn(`<${this.localName}> has no usable API address (${this.apiBase ?? 'none'}): set api-base, or <meta name="trygg:api-base">.`);
    this.#emitError({ status: null, kind: 'not-configured', message: this.notConfiguredMessage });
  }

  /** Fires a bubbling, composed `trygg-*` event; returns false when a listener called preventDefault(). */
  protected emit<K extends keyof TryggEventMap>(type: K, detail: TryggEventMap[K], options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }));
  }

  /** Tells the page about a failed request (`trygg-error`) with the status and the message the resident sees. */
  protected reportError(error: unknown): void {
    this.#emitError({
      status: error instanceof TryggApiError ? error.status : null,
      kind: error instanceof TryggApiError ? error.kind : 'network',
      message: describeError(error),
    });
  }

  #emitError(detail: TryggErrorDetail): void {
    this.emit('trygg-error', detail);
  }

  protected get notConfiguredMessage(): string {
    return msg('Den här tjänsten är inte färdig att använda än. Kontakta kommunen om du behöver hjälp.', {
      id: 'core.not-configured',
    });
  }

  protected renderNotConfigured(): TemplateResult {
    return html`<p class="notice" part="notice not-configured" role="status">${this.notConfiguredMessage}</p>`;
  }

  /** The error state: what went wrong in plain words and, when trying again can help, a button for it. */
  protected renderError(error: unknown, retry?: () => void): TemplateResult {
    return html`<div class="notice error" part="error" role="alert">
      <p>${describeError(error)}</p>
      ${retry
        ? html`<p><button type="button" class="button secondary" part="button retry-button" @click=${retry}>
            ${msg('Försök igen', { id: 'core.retry' })}
          </button></p>`
        : null}
    </div>`;
  }
}
