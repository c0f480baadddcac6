import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';
import type { Registration, RegistrationRequest, Walk } from '../core/api-types.js';
import { DraftStore, draftKey } from '../core/draft-store.js';
import type { ApiConnection } from '../core/trygg-element.js';
import { joinWaitlistText, SignupForm } from './signup-form.js';
import type { WalkApi } from './walk-rest-api.js';

/** What the sign-up form sends: the walk, and the registration as the contract has it. */
export interface WalkRegistration {
  walkId: string;
  request: RegistrationRequest;
}

/** What became of a sign-up made on this page: answered by the server, or waiting in the outbox. */
export type SignupResult = Registration['status'] | 'queued';

export interface SignupOptions {
  connection: () => ApiConnection<WalkApi> | null;
  language: () => string;
  privacyUrl: () => string | undefined;
  /** Fires the cancelable submit event; false when the page vetoed the sign-up. */
  announce: (registration: WalkRegistration) => boolean;
  reportError: (error: unknown) => void;
}

export type SignupHost = ReactiveControllerHost & Element & { renderRoot: HTMLElement | DocumentFragment };

/** A walk still takes sign-ups: planned and not yet started (the server refuses the rest). */
export const takesSignups = (walk: Walk): boolean => walk.status === 'planned' && Date.parse(walk.startsAt) > Date.now();

/**
 * Sign-up under each walk: which form is open (one at a time, so its field ids are unique in the shadow root) and
 * what became of each sign-up, kept for the session so a reload still says "Du är anmäld".
 */
export class SignupController implements ReactiveController {
  openWalk: string | null = null;
  results = new Map<string, SignupResult>();
  draft!: DraftStore<{ walkId?: string }>;
  readonly host: SignupHost;
  readonly options: SignupOptions;
  readonly form: SignupForm;
  #resultStore!: DraftStore<Record<string, SignupResult>>;

  constructor(host: SignupHost, options: SignupOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
    // After this controller, so the draft and results are back before the outbox reports what it sent on load.
    this.form = new SignupForm(this);
  }

  hostConnected(): void {
    this.draft = new DraftStore(draftKey(this.host, 'signup'));
    this.#resultStore = new DraftStore(draftKey(this.host, 'signed-up'));
    this.results = new Map(Object.entries(this.#resultStore.load() ?? {}) as [string, SignupResult][]);
    this.openWalk = this.draft.load()?.walkId ?? null;
    this.form.restore();
  }

  async #toggle(walk: Walk): Promise<void> {
    this.openWalk = this.openWalk === walk.id ? null : walk.id;
    this.host.requestUpdate();
    if (!this.openWalk) return;
    this.form.open(walk.id);
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

  /** The big button, or in its place what became of the sign-up. */
  renderAction(walk: Walk, describedBy: string): TemplateResult | typeof nothing {
    if (this.results.has(walk.id)) return this.form.renderResult(walk.id);
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
    return this.openWalk !== walk.id || this.results.has(walk.id) || !takesSignups(walk) ? nothing : this.form.render(walk);
  }
}
