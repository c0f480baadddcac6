import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';
import type { TryggApi } from '../core/api.js';
import type { Registration, RegistrationRequest, Walk } from '../core/api-types.js';
import { TryggApiError } from '../core/api-error.js';
import { browserStorage, readJson } from '../core/browser-storage.js';
import { DraftStore, draftKey } from '../core/draft-store.js';
import { describeError } from '../core/error-messages.js';
import type { ApiConnection } from '../core/trygg-element.js';
import { addStyles } from '../core/add-styles.js';

/** What the sign-up form sends: the walk, and the registration as the contract has it. */
export interface WalkRegistration {
  walkId: string;
  request: RegistrationRequest;
}

/** What became of a sign-up made on this page: answered by the server, or waiting in the outbox. */
export type SignupResult = Registration['status'] | 'queued';

export interface SignupOptions {
  connection: () => ApiConnection<TryggApi> | null;
  language: () => string;
  privacyUrl: () => string | undefined;
  /** Fires the cancelable submit event; false when the page vetoed the sign-up. */
  announce: (registration: WalkRegistration) => boolean;
  reportError: (error: unknown) => void;
}

export type SignupHost = ReactiveControllerHost & Element & { renderRoot: HTMLElement | DocumentFragment };

/** The form itself, loaded on first use (see `signup-form.ts`). */
export interface SignupFormView {
  open(walkId: string): void;
  render(walk: Walk): TemplateResult;
  renderResult(walkId: string): TemplateResult;
}

// Walk sign-ups wait in an outbox slot of their own, so the calendar sees whether one waits without loading the form.
export const registrationOutboxKey = 'trygg:outbox:v1:walk-registrations';

/** A walk still takes sign-ups: planned and not yet started (the server refuses the rest). */
export const takesSignups = (walk: Walk): boolean => walk.status === 'planned' && Date.parse(walk.startsAt) > Date.now();

export const joinWaitlistText = () => msg('Ställ dig på väntelistan', { id: 'walks.join-waitlist' });

/**
 * Sign-up under each walk: which form is open (one at a time, so its field ids are unique in the shadow root) and
 * what became of each sign-up. The form's code loads when a resident opens it, or at once when a draft, a sign-up of
 * this session or an unsent one waits from earlier, so residents who only read never download it.
 */
export class SignupController implements ReactiveController {
  openWalk: string | null = null;
  results = new Map<string, SignupResult>();
  draft!: DraftStore<{ walkId?: string }>;
  readonly host: SignupHost;
  readonly options: SignupOptions;
  #resultStore!: DraftStore<Record<string, SignupResult>>;
  #form: SignupFormView | undefined;
  #loading: Promise<void> | undefined;
  #loadFailed = false;

  constructor(host: SignupHost, options: SignupOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.draft = new DraftStore(draftKey(this.host, 'signup'));
    this.#resultStore = new DraftStore(draftKey(this.host, 'signed-up'));
    this.results = new Map(Object.entries(this.#resultStore.load() ?? {}) as [string, SignupResult][]);
    this.openWalk = this.draft.load()?.walkId ?? null;
    const waiting = readJson(browserStorage('localStorage'), registrationOutboxKey);
    if (this.openWalk || this.results.size > 0 || (Array.isArray(waiting) && waiting.length > 0)) void this.#load();
  }

  #load(): Promise<void> {
    this.#loading ??= import('./signup-form.js').then(
      ({ SignupForm, signupStyles }) => {
        addStyles(this.host.renderRoot, signupStyles);
        this.#form = new SignupForm(this);
        this.host.requestUpdate();
      },
      () => {
        // Offline before the form ever loaded: say so, and try again on the next click.
        this.#loading = undefined;
        this.#loadFailed = true;
        this.host.requestUpdate();
      },
    );
    return this.#loading;
  }

  async #toggle(walk: Walk): Promise<void> {
    this.openWalk = this.openWalk === walk.id ? null : walk.id;
    this.#loadFailed = false;
    this.host.requestUpdate();
    if (!this.openWalk) return;
    await this.#load();
    this.#form?.open(walk.id);
    await this.focus('#name');
  }

  /** Shows what became of a sign-up in place of its button; answers from the server are kept for the session. */
  settle(walkId: string, result: SignupResult): void {
    this.results.set(walkId, result);
    if (this.openWalk === walkId) this.openWalk = null;
    this.#resultStore.save(Object.fromEntries([...this.results].filter(([, stored]) => stored !== 'queued')));
    this.host.requestUpdate();
  }

  async focus(selector: string): Promise<void> {
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** The big button, or in its place what became of the sign-up (which the form's code shows). */
  renderAction(walk: Walk, describedBy: string): TemplateResult | typeof nothing {
    if (this.results.has(walk.id)) return this.#form?.renderResult(walk.id) ?? nothing;
    if (!takesSignups(walk)) return nothing;
    const open = this.openWalk === walk.id;
    return html`<button
      class="button"
      part="button signup-button"
      aria-expanded=${open}
      aria-controls=${ifDefined(open ? 'signup' : undefined)}
      aria-describedby=${describedBy}
      @click=${() => this.#toggle(walk)}
    >
      ${walk.placesLeft === 0 ? joinWaitlistText() : msg('Anmäl dig', { id: 'walks.sign-up' })}
    </button>`;
  }

  renderForm(walk: Walk): TemplateResult | typeof nothing {
    if (this.openWalk !== walk.id || this.results.has(walk.id) || !takesSignups(walk)) return nothing;
    if (this.#form) return this.#form.render(walk);
    return this.#loadFailed ? html`<p class="notice error" role="alert">${describeError(new TryggApiError('network', null))}</p>` : nothing;
  }
}
