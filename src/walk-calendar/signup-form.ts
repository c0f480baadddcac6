import { html, nothing, type TemplateResult } from 'lit/html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';
import type { Registration, RegistrationRequest, Walk } from '../core/api-types.js';
import { describeError, describeFieldError } from '../core/error-messages.js';
import { errorFor, formErrorsFromProblem, renderErrorSummary, type FormError } from '../core/form-errors.js';
import type { DeliveryOutcome } from '../core/outbox.js';
import { OutboxController } from '../core/outbox-controller.js';
import { safeUrl } from '../core/safe-url.js';
import { FillTimer, renderHoneypot } from '../core/spam-guard.js';
import type { SignupController, WalkRegistration } from './signup.js';

type Role = RegistrationRequest['role'];
type Field = 'name' | 'email' | 'phone' | 'partySize' | 'role' | 'needs' | 'consent';
type Values = Record<'name' | 'email' | 'phone' | 'partySize' | 'needs' | 'website', string> & { role: Role; consent: boolean; walkId?: string };

export const joinWaitlistText = () => msg('Ställ dig på väntelistan', { id: 'walks.join-waitlist' });

const roles: Role[] = ['resident', 'property_owner', 'association', 'transport_operator', 'municipal_staff', 'other'];
const emptyValues = (): Values => ({ name: '', email: '', phone: '', partySize: '1', role: 'resident', needs: '', consent: false, website: '' });

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
 * The sign-up form under a walk: fields with a draft of every keystroke, validation with the error summary, and
 * sending through the outbox with one Idempotency-Key however often it is tried.
 */
export class SignupForm {
  errors: FormError[] = [];
  sending = false;
  values = emptyValues();
  readonly #signup: SignupController;
  readonly #fillTimer = new FillTimer();
  readonly #outbox: OutboxController<WalkRegistration, Registration>;

  constructor(signup: SignupController) {
    this.#signup = signup;
    const { host, options } = signup;
    this.#outbox = new OutboxController(host, {
      kind: 'walk-registration',
      scope: () => options.connection()?.scope ?? null,
      send: ({ payload, idempotencyKey }) => options.connection()!.api.register(payload.walkId, payload.request, { idempotencyKey }),
      onFlushed: (outcome) => this.#settle(outcome, false),
    });
  }

  /** What was typed before a reload, and the sign-ups still waiting in the outbox; when the element connects. */
  restore(): void {
    this.values = { ...emptyValues(), ...this.#signup.draft.load() };
    for (const { payload } of this.#outbox.pending()) this.#signup.results.set(payload.walkId, 'queued');
  }

  open(walkId: string): void {
    this.values.walkId = walkId;
    this.errors = [];
    this.#fillTimer.restart();
    this.#signup.host.requestUpdate();
  }

  renderResult(walkId: string): TemplateResult {
    const result = this.#signup.results.get(walkId);
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

  render(walk: Walk): TemplateResult {
    const { values, errors } = this;
    const invalid = (field: Field) => (errorFor(errors, field) ? 'true' : 'false');
    const describedBy = (field: Field, hint = false) =>
      ifDefined([hint && `${field}-hint`, errorFor(errors, field) && `${field}-error`].filter(Boolean).join(' ') || undefined);
    const privacyUrl = safeUrl(this.#signup.options.privacyUrl());
    const full = walk.placesLeft === 0;
    return html`<form
      id="signup"
      part="form"
      novalidate
      aria-label=${msg('Anmälan', { id: 'walks.form' })}
      @input=${this.#record}
      @submit=${(event: Event) => this.#submit(event, walk)}
    >
      ${errors.length > 0 ? renderErrorSummary(errors, (field) => this.#signup.focus(`#${field}`)) : nothing}
      ${this.#field(
        'name',
        html`<input class="input" id="name" name="name" autocomplete="name" maxlength="200" .value=${values.name} aria-invalid=${invalid('name')} aria-describedby=${describedBy('name')} />`,
      )}
      <fieldset aria-describedby="contact-hint">
        <legend>${msg('Kontaktuppgifter', { id: 'walks.contact' })}</legend>
        <p class="hint" id="contact-hint">
          ${walk.allowAnonymous
            ? msg('Fyll i e-post eller telefon om du vill att vi hör av oss om något ändras. Du kan också anmäla dig utan.', { id: 'walks.contact.optional' })
            : msg('Fyll i e-post eller telefon, så att vi kan höra av oss om något ändras.', { id: 'walks.contact.required' })}
        </p>
        ${this.#field(
          'email',
          html`<input class="input" id="email" name="email" type="email" autocomplete="email" maxlength="254" .value=${values.email} aria-invalid=${invalid('email')} aria-describedby=${describedBy('email')} />`,
        )}
        ${this.#field(
          'phone',
          html`<input class="input" id="phone" name="phone" type="tel" autocomplete="tel" maxlength="40" .value=${values.phone} aria-invalid=${invalid('phone')} aria-describedby=${describedBy('phone')} />`,
        )}
      </fieldset>
      ${this.#field(
        'partySize',
        html`<input class="input short" id="partySize" name="partySize" inputmode="numeric" maxlength="2" .value=${values.partySize} aria-invalid=${invalid('partySize')} aria-describedby=${describedBy('partySize')} />`,
      )}
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
        ${errorFor(errors, 'consent') ? html`<span class="field-error" id="consent-error">${errorFor(errors, 'consent')}</span>` : nothing}
        <input type="checkbox" id="consent" name="consent" .checked=${values.consent} aria-invalid=${invalid('consent')} aria-describedby=${describedBy('consent', true)} />
        <label for="consent">${fieldLabel('consent')}</label>
        <span class="hint" id="consent-hint">
          ${msg('Behövs bara om du lämnar e-post eller telefon.', { id: 'walks.field.consent-hint' })}
          ${privacyUrl ? html`<a href=${privacyUrl}>${msg('Så hanterar vi dina personuppgifter', { id: 'walks.privacy' })}</a>` : nothing}
        </span>
      </div>
      ${renderHoneypot(() => undefined) /* its value is recorded by the form's input listener */}
      <p>
        <button class="button" part="button submit-button" aria-disabled=${this.sending}>
          ${this.sending
            ? msg('Skickar…', { id: 'walks.sending' })
            : full
              ? joinWaitlistText()
              : msg('Skicka anmälan', { id: 'walks.submit' })}
        </button>
      </p>
    </form>`;
  }

  #field(field: Field, control: TemplateResult, hint?: string): TemplateResult {
    const error = errorFor(this.errors, field);
    return html`<div class="field">
      <label class="label" for=${field}>${fieldLabel(field)}</label>
      ${hint ? html`<span class="hint" id="${field}-hint">${hint}</span>` : nothing}
      ${error ? html`<span class="field-error" id="${field}-error">${error}</span>` : nothing}
      ${control}
    </div>`;
  }

  #record = (event: Event): void => {
    const control = event.target as HTMLInputElement;
    Object.assign(this.values, { [control.name]: control.type === 'checkbox' ? control.checked : control.value });
    this.#signup.draft.save(this.values);
  };

  async #submit(event: Event, walk: Walk): Promise<void> {
    event.preventDefault();
    if (this.sending) return;
    this.errors = validate(this.values, walk.allowAnonymous);
    this.#signup.host.requestUpdate();
    if (this.errors.length > 0) return this.#signup.focus('.error-summary');
    const registration = { walkId: walk.id, request: this.#request() };
    if (!this.#signup.options.announce(registration)) return;
    this.sending = true;
    this.#signup.host.requestUpdate();
    const outcome = await this.#outbox.submit(registration);
    this.sending = false;
    this.#settle(outcome, true);
  }

  #request(): RegistrationRequest {
    const { name, email, phone, partySize, role, needs, consent, website } = this.values;
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
      language: this.#signup.options.language(),
      website,
      fillMs: this.#fillTimer.elapsedMs,
    };
  }

  #settle(outcome: DeliveryOutcome<WalkRegistration, Registration>, byResident: boolean): void {
    if (outcome.status === 'skipped') return;
    const signup = this.#signup;
    const { walkId } = outcome.entry.payload;
    if (outcome.status === 'sent') {
      signup.settle(walkId, outcome.result.status);
      if (this.values.walkId === walkId) {
        signup.draft.clear();
        this.values = emptyValues();
      }
    } else {
      signup.options.reportError(outcome.error);
      if (outcome.status === 'queued') signup.settle(walkId, 'queued');
    }
    if (outcome.status === 'rejected') {
      signup.results.delete(walkId);
      signup.openWalk = walkId;
      // The draft stays until the server has the sign-up, so the fields still hold what was sent.
      this.values.walkId = walkId;
      this.errors = formErrorsFromProblem(
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
      signup.host.requestUpdate();
    }
    if (byResident) void signup.focus(outcome.status === 'rejected' ? '.error-summary' : `#result-${walkId}`);
  }
}

function validate(values: Values, allowAnonymous: boolean): FormError[] {
  const errors: FormError[] = [];
  const add = (field: Field, message: string) => errors.push({ field, message });
  const email = values.email.trim();
  const phone = values.phone.trim();
  if (!values.name.trim()) add('name', describeFieldError('required', fieldLabel('name')));
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) add('email', describeFieldError('invalid_format', fieldLabel('email')));
  if (phone && !/^[\d +()-]{5,40}$/.test(phone)) add('phone', describeFieldError('invalid_format', fieldLabel('phone')));
  if (!email && !phone && !allowAnonymous) add('email', msg('Fyll i din e-post eller ditt telefonnummer.', { id: 'walks.error.contact' }));
  const partySize = Number(values.partySize);
  if (!Number.isInteger(partySize) || partySize < 1 || partySize > 20) {
    add('partySize', msg('Skriv hur många ni är, från 1 till 20.', { id: 'walks.error.party-size' }));
  }
  if ((email || phone) && !values.consent) add('consent', describeFieldError('consent_required', fieldLabel('consent')));
  return errors;
}
