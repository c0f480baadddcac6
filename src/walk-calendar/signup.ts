import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import type { Registration, RegistrationRequest, Walk } from '../core/api-types.js';
import { DraftStore, draftKey } from '../core/draft-store.js';
import { describeError, describeFieldError } from '../core/error-messages.js';
import { errorFor, formErrorsFromProblem, renderErrorSummary, renderFieldError, type FormError } from '../core/form-errors.js';
import { focusAfterUpdate } from '../core/updating-element.js';
import type { DeliveryOutcome } from '../core/outbox.js';
import { OutboxController } from '../core/outbox-controller.js';
import { safeUrl } from '../core/safe-url.js';
import { FillTimer, renderHoneypot } from '../core/spam-guard.js';
import type { ApiConnection } from '../core/trygg-element.js';
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

type Role = RegistrationRequest['role'];
type Field = 'name' | 'email' | 'phone' | 'partySize' | 'role' | 'needs' | 'consent';
type Values = Record<'name' | 'email' | 'phone' | 'partySize' | 'needs' | 'website', string> & { role: Role; consent: boolean; walkId?: string };

const roles: Role[] = ['resident', 'property_owner', 'association', 'transport_operator', 'municipal_staff', 'other'];
const emptyValues = (): Values => ({ name: '', email: '', phone: '', partySize: '1', role: 'resident', needs: '', consent: false, website: '' });

const joinWaitlistText = () => msg('Ställ dig på väntelistan', { id: 'walks.join-waitlist' });

function roleLabel(role: Role): string {
  return {
    resident: msg('Boende', { id: 'walks.role.resident' }),
    property_owner: msg('Fastighetsägare', { id: 'walks.role.property-owner' }),
    association: msg('Förening', { id: 'walks.role.association' }),
    transport_operator: msg('Kollektivtrafiken', { id: 'walks.role.transport-operator' }),
    municipal_staff: msg('Anställd i kommunen', { id: 'walks.role.municipal-staff' }),
    other: msg('Annat', { id: 'walks.role.other' }),
  }[role];
}

function fieldLabel(field: Field): string {
  return {
    name: msg('Namn', { id: 'walks.field.name' }),
    email: msg('E-post', { id: 'walks.field.email' }),
    phone: msg('Telefon', { id: 'walks.field.phone' }),
    partySize: msg('Hur många kommer ni?', { id: 'walks.field.party-size' }),
    role: msg('Jag kommer som', { id: 'walks.field.role' }),
    needs: msg('Behöver du något för att kunna vara med? (frivilligt)', { id: 'walks.field.needs' }),
    consent: msg('Jag samtycker till att kommunen sparar mina kontaktuppgifter för den här vandringen.', { id: 'walks.field.consent' }),
  }[field];
}

/**
 * Sign-up under each walk: which form is open (one at a time, so its field ids are unique in the shadow root), its
 * fields with a draft of every keystroke, validation with the error summary, sending through the outbox with one
 * Idempotency-Key however often it is tried, and what became of each sign-up, kept for the session so a reload
 * still says "Du är anmäld".
 */
export class SignupController implements ReactiveController {
  #openWalk: string | null = null;
  #results = new Map<string, SignupResult>();
  #errors: FormError[] = [];
  #sending = false;
  #values = emptyValues();
  #draft!: DraftStore<Values>;
  #resultStore!: DraftStore<Record<string, SignupResult>>;
  readonly #host: SignupHost;
  readonly #options: SignupOptions;
  readonly #fillTimer = new FillTimer();
  readonly #outbox: OutboxController<WalkRegistration, Registration>;

  constructor(host: SignupHost, options: SignupOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    // After this controller, so the draft and results are back before the outbox reports what it sent on load.
    this.#outbox = new OutboxController(host, {
      kind: 'walk-registration',
      scope: () => options.connection()?.scope ?? null,
      send: ({ payload, idempotencyKey }) => options.connection()!.api.register(payload.walkId, payload.request, { idempotencyKey }),
      onFlushed: (outcome) => this.#settle(outcome),
    });
  }

  /** What was typed before a reload, the open form, the answers of this visit and the sign-ups still in the outbox. */
  hostConnected(): void {
    const host = this.#host;
    this.#draft = new DraftStore(draftKey(host, 'signup'));
    this.#resultStore = new DraftStore(draftKey(host, 'signed-up'));
    this.#results = new Map(Object.entries(this.#resultStore.load() ?? {}) as [string, SignupResult][]);
    this.#values = { ...emptyValues(), ...this.#draft.load() };
    this.#openWalk = this.#values.walkId ?? null;
    for (const { payload } of this.#outbox.pending()) this.#results.set(payload.walkId, 'queued');
  }

  /**
   * Under a walk: the big button and, when it is open, the form; or in their place what became of the sign-up.
   * `describedBy` is the id of the walk's heading.
   */
  render(walk: Walk, describedBy: string): [unknown, unknown] {
    const { id } = walk;
    const result = this.#results.get(id);
    if (result) return [this.#renderResult(id, result), nothing];
    // Planned and not yet started: the server refuses the rest.
    if (walk.status !== 'planned' || Date.parse(walk.startsAt) <= Date.now()) return [nothing, nothing];
    const open = this.#openWalk === id;
    return [
      html`<button
        class="button"
        part="button signup-button"
        aria-expanded=${open}
        aria-controls=${open ? 'signup' : nothing}
        aria-describedby=${describedBy}
        @click=${() => this.#toggle(id)}
      >
        ${walk.placesLeft === 0 ? joinWaitlistText() : msg('Anmäl dig', { id: 'walks.sign-up' })}
      </button>`,
      open ? this.#renderForm(walk) : nothing,
    ];
  }

  async #toggle(walkId: string): Promise<void> {
    this.#openWalk = this.#openWalk === walkId ? null : walkId;
    this.#host.requestUpdate();
    if (!this.#openWalk) return;
    this.#values.walkId = walkId;
    this.#errors = [];
    this.#fillTimer.restart();
    await focusAfterUpdate(this.#host, '#name');
  }

  #renderResult(walkId: string, result: SignupResult): TemplateResult {
    const [title, text] =
      result === 'confirmed'
        ? [msg('Du är anmäld', { id: 'walks.result.confirmed' }), msg('Välkommen! Vi ses vid samlingsplatsen.', { id: 'walks.result.confirmed-text' })]
        : result === 'waitlisted'
          ? [msg('Du står på väntelistan', { id: 'walks.result.waitlisted' }), msg('Vi hör av oss om en plats blir ledig.', { id: 'walks.result.waitlisted-text' })]
          : [
              msg('Anmälan är inte skickad än', { id: 'walks.result.queued' }),
              msg('Vi når inte tjänsten just nu. Vi skickar anmälan när du är uppkopplad igen.', { id: 'walks.result.queued-text' }),
            ];
    return html`<div class="notice result ${result}" id="result-${walkId}" part="confirmation" tabindex="-1">
      <p class="strong">${title}</p>
      <p>${text}</p>
    </div>`;
  }

  #renderForm(walk: Walk): TemplateResult {
    const values = this.#values;
    const errors = this.#errors;
    const invalid = (field: Field) => (errorFor(errors, field) ? 'true' : 'false');
    const describedBy = (field: Field, hint = false) =>
      [hint && `${field}-hint`, errorFor(errors, field) && `${field}-error`].filter(Boolean).join(' ') || nothing;
    const input = (field: 'name' | 'email' | 'phone' | 'partySize', maxlength: number, type = 'text', autocomplete?: string, inputmode?: string) =>
      this.#field(
        field,
        html`<input
          class="input"
          id=${field}
          name=${field}
          type=${type}
          autocomplete=${autocomplete ?? nothing}
          inputmode=${inputmode ?? nothing}
          maxlength=${maxlength}
          .value=${values[field]}
          aria-invalid=${invalid(field)}
          aria-describedby=${describedBy(field)}
        />`,
      );
    const privacyUrl = safeUrl(this.#options.privacyUrl());
    return html`<form
      id="signup"
      part="form"
      novalidate
      aria-label=${msg('Anmälan', { id: 'walks.form' })}
      @input=${this.#record}
      @submit=${(event: Event) => this.#submit(event, walk)}
    >
      ${errors.length > 0 ? renderErrorSummary(errors, (field) => focusAfterUpdate(this.#host, `#${field}`)) : nothing}
      ${input('name', 200, 'text', 'name')}
      <fieldset aria-describedby="contact-hint">
        <legend>${msg('Kontaktuppgifter', { id: 'walks.contact' })}</legend>
        <p class="hint" id="contact-hint">
          ${walk.allowAnonymous
            ? msg('Fyll i e-post eller telefon om du vill att vi hör av oss om något ändras. Du kan också anmäla dig utan.', { id: 'walks.contact.optional' })
            : msg('Fyll i e-post eller telefon, så att vi kan höra av oss om något ändras.', { id: 'walks.contact.required' })}
        </p>
        ${input('email', 254, 'email', 'email')} ${input('phone', 40, 'tel', 'tel')}
      </fieldset>
      ${input('partySize', 2, 'text', undefined, 'numeric')}
      ${this.#field(
        'role',
        html`<select class="input" id="role" name="role">
          ${roles.map((role) => html`<option value=${role} ?selected=${values.role === role}>${roleLabel(role)}</option>`)}
        </select>`,
      )}
      ${this.#field(
        'needs',
        html`<textarea class="input" id="needs" name="needs" maxlength="1000" .value=${values.needs} aria-describedby=${describedBy('needs', true)}></textarea>`,
        msg('Till exempel tolk, hörslinga eller att du går med rullator.', { id: 'walks.field.needs-hint' }),
      )}
      <div class="field consent">
        ${this.#error('consent')}
        <input type="checkbox" id="consent" name="consent" .checked=${values.consent} aria-invalid=${invalid('consent')} aria-describedby=${describedBy('consent', true)} />
        <label for="consent">${fieldLabel('consent')}</label>
        <span class="hint" id="consent-hint">
          ${msg('Behövs bara om du lämnar e-post eller telefon.', { id: 'walks.field.consent-hint' })}
          ${privacyUrl ? html`<a href=${privacyUrl}>${msg('Så hanterar vi dina personuppgifter', { id: 'walks.privacy' })}</a>` : nothing}
        </span>
      </div>
      ${renderHoneypot(() => undefined) /* its value is recorded by the form's input listener */}
      <p>
        <button class="button" part="button submit-button" aria-disabled=${this.#sending}>
          ${this.#sending
            ? msg('Skickar…', { id: 'walks.sending' })
            : walk.placesLeft === 0
              ? joinWaitlistText()
              : msg('Skicka anmälan', { id: 'walks.submit' })}
        </button>
      </p>
    </form>`;
  }

  #error(field: Field) {
    return renderFieldError(this.#errors, field);
  }

  #field(field: Field, control: TemplateResult, hint?: string): TemplateResult {
    return html`<div class="field">
      <label class="label" for=${field}>${fieldLabel(field)}</label>
      ${hint ? html`<span class="hint" id="${field}-hint">${hint}</span>` : nothing} ${this.#error(field)} ${control}
    </div>`;
  }

  #record = (event: Event): void => {
    const control = event.target as HTMLInputElement;
    Object.assign(this.#values, { [control.name]: control.type === 'checkbox' ? control.checked : control.value });
    this.#draft.save(this.#values);
  };

  async #submit(event: Event, walk: Walk): Promise<void> {
    event.preventDefault();
    if (this.#sending) return;
    this.#errors = validate(this.#values, walk.allowAnonymous);
    this.#host.requestUpdate();
    if (this.#errors.length > 0) return focusAfterUpdate(this.#host, '.error-summary');
    const registration = { walkId: walk.id, request: this.#request() };
    if (!this.#options.announce(registration)) return;
    this.#sending = true;
    this.#host.requestUpdate();
    const outcome = await this.#outbox.submit(registration);
    this.#sending = false;
    this.#settle(outcome, true);
  }

  #request(): RegistrationRequest {
    const { name, email, phone, partySize, role, needs, consent, website } = this.#values;
    // Empty optional fields are left out, as the contract wants, rather than sent as "".
    const optional = (key: 'email' | 'phone' | 'needs', value: string) => (value.trim() ? { [key]: value.trim() } : {});
    return {
      name: name.trim(),
      ...optional('email', email),
      ...optional('phone', phone),
      partySize: Number(partySize),
      role,
      ...optional('needs', needs),
      consent,
      language: this.#options.language(),
      website,
      fillMs: this.#fillTimer.elapsedMs,
    };
  }

  /**
   * What became of a sent or flushed sign-up: the answer in place of its button (answers from the server are kept
   * for the session), or a refusal at the form's fields. `byResident` when it was sent from the form just now.
   */
  #settle(outcome: DeliveryOutcome<WalkRegistration, Registration>, byResident?: boolean): void {
    if (outcome.status === 'skipped') return;
    const { walkId } = outcome.entry.payload;
    const result = outcome.status === 'sent' ? outcome.result.status : outcome.status;
    if (outcome.status === 'sent') {
      if (this.#values.walkId === walkId) {
        this.#draft.clear();
        this.#values = emptyValues();
      }
    } else this.#options.reportError(outcome.error);
    if (outcome.status === 'rejected') {
      this.#results.delete(walkId);
      this.#openWalk = walkId;
      // The draft stays until the server has the sign-up, so the fields still hold what was sent.
      this.#values.walkId = walkId;
      this.#errors = formErrorsFromProblem(
        outcome.error,
        (pointer) => {
          const field = pointer.slice(1) as Field;
          return fieldLabel(field) ? { field, label: fieldLabel(field) } : null;
        },
        'name',
        outcome.error.status === 409
          ? msg('Det går inte längre att anmäla sig till den här vandringen.', { id: 'walks.error.closed' })
          : describeError(outcome.error),
      );
    } else {
      this.#results.set(walkId, result as SignupResult);
      if (this.#openWalk === walkId) this.#openWalk = null;
      this.#resultStore.save(Object.fromEntries([...this.#results].filter(([, stored]) => stored !== 'queued')));
    }
    this.#host.requestUpdate();
    if (byResident) void focusAfterUpdate(this.#host, outcome.status === 'rejected' ? '.error-summary' : `#result-${walkId}`);
  }
}

function validate(values: Values, allowAnonymous: boolean): FormError[] {
  const errors: FormError[] = [];
  const add = (field: Field, message: string) => errors.push({ field, message });
  const fieldError = (field: Field, code: Parameters<typeof describeFieldError>[0]) => add(field, describeFieldError(code, fieldLabel(field)));
  const email = values.email.trim();
  const phone = values.phone.trim();
  if (!values.name.trim()) fieldError('name', 'required');
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) fieldError('email', 'invalid_format');
  if (phone && !/^[\d +()-]{5,40}$/.test(phone)) fieldError('phone', 'invalid_format');
  if (!email && !phone && !allowAnonymous) add('email', msg('Fyll i din e-post eller ditt telefonnummer.', { id: 'walks.error.contact' }));
  const partySize = Number(values.partySize);
  if (!Number.isInteger(partySize) || partySize < 1 || partySize > 20) {
    add('partySize', msg('Skriv hur många ni är, från 1 till 20.', { id: 'walks.error.party-size' }));
  }
  if ((email || phone) && !values.consent) fieldError('consent', 'consent_required');
  return errors;
}
