import { html, nothing, type TemplateResult } from 'lit/html.js';
import { msg, str } from '@lit/localize';
import { DataLoader } from '../core/data-loader.js';
import { DataElement } from '../core/data-element.js';
import { visuallyHiddenStyles } from '../core/styles.js';
import type { ConcernCategory, ConcernReceipt, ConcernRequest, LocalizedText } from '../core/api-types.js';
import type { TryggSubmitDetail } from '../core/events.js';
import { DraftStore, draftKey } from '../core/draft-store.js';
import { OutboxController } from '../core/outbox-controller.js';
import type { DeliveryOutcome } from '../core/outbox.js';
import { FillTimer, renderHoneypot } from '../core/spam-guard.js';
import { errorFor, errorSummaryStyles, renderErrorSummary, type FormError } from '../core/form-errors.js';
import { focusAfterUpdate } from '../core/updating-element.js';
import { fieldStyles } from '../core/field-styles.js';
import { formatNumber } from '../core/format.js';
import { parseHeadingLevel, renderHeading } from '../core/heading.js';
import { safeUrl, telUrl, webProtocols } from '../core/safe-url.js';
import { ConcernRestApi, type ConcernApi } from './concern-rest-api.js';
import { characterCount, dayTypes, limits, restoreDraft, timesOfDay, type ConcernDraft } from './concern-draft.js';
import { toConcernRequest } from './concern-request.js';
import { button, queuedText, referenceText, refusalErrors, renderResult } from './concern-result.js';
import { renderReview } from './concern-review.js';
import { validateConcern } from './concern-validation.js';
import { locate } from './geolocation.js';
import { concernFormStyles } from './concern-form.styles.js';

declare module '../core/events.js' {
  interface TryggEventMap {
    'trygg-concern-submit': TryggSubmitDetail<ConcernRequest>;
  }
}

declare global {
  interface HTMLElementEventMap {
    'trygg-concern-submit': CustomEvent<TryggSubmitDetail<ConcernRequest>>;
  }
}

type View = 'form' | 'sending' | 'queued' | 'sent';

/**
 * Lets a resident report an unsafe place: the emergency numbers first, then the category (with who handles it),
 * the place (optionally the browser's position), when it feels unsafe, a description and optional contact with
 * consent; a review, and a reference number on success. Drafts survive a reload; reports made offline are kept
 * and sent once, later.
 *
 * @tagname trygg-concern-form
 * @summary Lets a resident report an unsafe place and shows who handles it.
 * @fires trygg-concern-submit - Cancelable, just before a report is sent; `detail.payload` is the `ConcernRequest`.
 * @fires trygg-load - The categories arrived; `detail.count` categories.
 * @fires trygg-error - A request failed or the element has no API; `detail` has `status`, `kind` and `message`.
 * @cssprop [--trygg-concern-form-loading-size=64rem] - Space kept for the categories while they load (no jump when they arrive).
 * @csspart emergency - The emergency numbers, always first.
 * @csspart form - The form.
 * @csspart section - Each numbered step of the form (a fieldset).
 * @csspart heading - The headings of the steps and of the result.
 * @csspart call-instead - The guidance and phone number of a category that is not for this form.
 * @csspart review - The last step: what will be sent, and the send button.
 * @csspart button - Every button.
 * @csspart submit-button - The send button.
 * @csspart error-summary - The list of problems after a failed submit.
 * @csspart result - The reference number after sending, or the notice that the report waits to be sent.
 * @csspart error - Loading the categories failed.
 * @csspart notice - The emergency numbers and the "not configured" state.
 * @csspart not-configured - Shown instead of the form when the element has no API.
 * @slot - Fallback shown until the script has loaded, e.g. a phone number for reports.
 */
export class TryggConcernForm extends DataElement<ConcernApi> {
  static override styles = [...DataElement.styles, visuallyHiddenStyles, fieldStyles, errorSummaryStyles, concernFormStyles];

  static override properties = {
    privacyUrl: { attribute: 'privacy-url' },
    area: {},
    headingLevel: { attribute: 'heading-level' },
    _draft: { state: true },
    _view: { state: true },
    _errors: { state: true },
    _locationStatus: { state: true },
  };

  /**
   * The page saying how the municipality handles personal data, linked beside the consent. Without it the element
   * warns in the console and leaves the link out.
   * @attr privacy-url
   */
  declare privacyUrl: string | undefined;

  /**
   * The area the page is about, e.g. `Sandviken`; sent as `place.area` so staff know the neighbourhood (1–100
   * characters; a longer one is left out, with a console warning).
   * @attr area
   */
  declare area: string | undefined;

  /**
   * Level (1–6) of the step headings, to fit the page's outline. Default 3.
   * @attr heading-level
   */
  declare headingLevel: string | undefined;

  private declare _draft: ConcernDraft;
  private declare _view: View;
  private declare _errors: FormError[];
  private declare _locationStatus: string | undefined;
  // Not reactive state, to save bytes: each is only set together with reactive state, so the update comes anyway.
  /** After sending: the receipt (`sent`), or the error that keeps the report waiting (`queued`). */
  #result: unknown;
  #announcement: string | undefined;

  #store: DraftStore<ConcernDraft> | undefined;
  readonly #timer = new FillTimer();
  /** Filling-in time from before the last reload. */
  #fillBase = 0;
  #website = '';
  /** The resident acted here (sent, tried again), so the result may take focus. */
  #interacted = false;
  /** 0 below 90 % of the description's limit, 1 from 90 %, 2 over it. */
  #countZone = 0;

  constructor() {
    super();
    this._view = 'form';
    this._errors = [];
  }

  protected createRestApi(base: URL) {
    return new ConcernRestApi(base);
  }

  readonly #categories = new DataLoader(this, {
    ...this.loaderEvents,
    args: () => [this.connection?.api] as const,
    load: ([api], read) => api?.listCategories(read),
    shape: (list) => list.items,
  });

  readonly #outbox = new OutboxController<ConcernRequest, ConcernReceipt>(this, {
    kind: 'concern',
    scope: () => this.connection?.scope ?? null,
    send: ({ payload, idempotencyKey }) => this.connection!.api.submitConcern(payload, { idempotencyKey }),
    onFlushed: (outcome) => this._view === 'queued' && this.#settle(outcome),
  });

  override connectedCallback(): void {
    this.#store = new DraftStore(draftKey(this, 'report'));
    this._draft = restoreDraft(this.#store.load());
    this.#fillBase = this._draft.fillMs;
    // A report from an earlier visit waits: it is sent now (the outbox flushes on connect), so show that.
    if (this.#outbox.pending().length > 0) this._view = 'queued';
    super.connectedCallback();
  }

  protected override firstUpdated(): void {
    const warn = (problem: string) => console.warn(`<${this.localName}>: ${problem}`);
    if (!safeUrl(this.privacyUrl, webProtocols)) warn('no usable privacy-url, so no privacy link.');
    if (this.area && !this.#area) warn(`area over ${limits.area} characters is not sent.`);
  }

  get #area(): string | undefined {
    const area = this.area?.trim();
    return area && characterCount(area) <= limits.area ? area : undefined;
  }

  get #level(): number {
    return parseHeadingLevel(this.headingLevel ?? null, 3);
  }

  #localized(text: LocalizedText): string {
    return (this.language.locale === 'en' && text.en) || text.sv;
  }

  get #fillMs(): number {
    return this.#fillBase + this.#timer.elapsedMs;
  }

  #change(patch: Partial<ConcernDraft>): void {
    this._draft = { ...this._draft, ...patch };
    this.#store?.save({ ...this._draft, fillMs: this.#fillMs });
  }

  // One listener for every control: a control's name is its key in the draft.
  #onInput = (event: Event) => {
    const { name, value, checked, type } = event.target as HTMLInputElement;
    const current = this._draft[name as keyof ConcernDraft];
    if (current === undefined) return;
    this.#change({ [name]: Array.isArray(current) ? current.filter((item) => item !== value).concat(checked ? value : []) : type === 'checkbox' ? checked : value });
    if (name === 'description') this.#announceCount();
  };


  #countText(): string {
    const left = limits.description - characterCount(this._draft.description);
    const count = formatNumber(this.intlLocale, Math.abs(left));
    return left < 0 ? msg(str`Tecken för mycket: ${count}`, { id: 'concern.over' }) : msg(str`Tecken kvar: ${count}`, { id: 'concern.left' });
  }

  // Told when the text reaches 90 % and 100 % of the limit, not on every keystroke.
  #announceCount(): void {
    const used = characterCount(this._draft.description) / limits.description;
    const zone = used > 1 ? 2 : used >= 0.9 ? 1 : 0;
    if (zone > this.#countZone) this.#announcement = this.#countText();
    this.#countZone = zone;
  }

  #focusField = (field: string) => void focusAfterUpdate(this, `#${field}`);

  #locate = () =>
    locate(
      (location) => this.#change({ location }),
      (status) => (this._locationStatus = status),
    );

  #removeLocation = () => {
    this.#change({ location: null });
    this._locationStatus = msg('Positionen är borttagen.', { id: 'concern.unpinned' });
  };

  #submit = async (event: Event) => {
    event.preventDefault();
    if (this._view !== 'form') return;
    this._errors = validateConcern(this._draft, this.#labels(), this.intlLocale);
    if (this._errors.length > 0) return void focusAfterUpdate(this, '.error-summary');
    const payload = toConcernRequest(this._draft, { language: this.intlLocale, website: this.#website, fillMs: this.#fillMs, area: this.#area });
    if (!this.emit('trygg-concern-submit', { payload }, { cancelable: true })) return;
    this.#interacted = true;
    this._view = 'sending';
    this.#announcement = msg('Skickar …', { id: 'concern.sending' });
    this.#settle(await this.#outbox.submit(payload));
  };

  /** After a try to send: the receipt, the report kept for later, or the server's reasons back in the form. */
  #settle(outcome: DeliveryOutcome<ConcernRequest, ConcernReceipt>): void {
    const { status } = outcome;
    if (status === 'skipped') return;
    if (status === 'sent') this.#store?.clear();
    else this.reportError(outcome.error);
    const refused = status === 'rejected';
    this._view = refused ? 'form' : status;
    this.#result = status === 'sent' ? outcome.result : outcome.error;
    this._errors = refused ? refusalErrors(outcome.error, this.#labels()) : [];
    // Focus follows the resident's own action; what happens to a report from an earlier visit is announced instead.
    this.#announcement = this.#interacted
      ? ''
      : status === 'sent'
        ? referenceText(outcome.result)
        : this._errors.map((error) => error.message).join(' ') || queuedText();
    if (this.#interacted) void focusAfterUpdate(this, refused ? '.error-summary' : '.result');
  }

  #sendQueued = () => {
    this.#interacted = true;
    void this.#outbox.flush();
  };

  #startOver = () => {
    this.#clear();
    this._view = 'form';
    void focusAfterUpdate(this, '#categoryId-0');
  };

  #clearDraft = () => {
    this.#clear();
    this.#announcement = msg('Utkastet är rensat.', { id: 'concern.cleared' });
  };

  #clear(): void {
    this.#store?.clear();
    this._draft = restoreDraft(null);
    this._errors = [];
    this._locationStatus = '';
    this.#fillBase = this.#countZone = 0;
    this.#timer.restart();
  }

  /** The visible names of the fields and groups, by the id an error or an "Ändra" link focuses. */
  #labels() {
    return {
      'categoryId-0': msg('Kategori', { id: 'concern.cat' }),
      'timeOfDay-0': msg('När', { id: 'concern.when' }),
      'followUp-0': msg('Återkoppling', { id: 'concern.reply' }),
      place: msg('Plats', { id: 'concern.place' }),
      description: msg('Beskrivning', { id: 'concern.text' }),
      name: msg('Namn (frivilligt)', { id: 'concern.name' }),
      email: msg('E-post', { id: 'concern.email' }),
      phone: msg('Telefon', { id: 'concern.phone' }),
      consent: msg('Ni får spara mina kontaktuppgifter för att svara mig.', { id: 'concern.consent' }),
    };
  }

  protected renderContent() {
    return html`<div class="notice" part="notice emergency">
        <p>${msg('Akut fara eller brott som pågår? Ring', { id: 'concern.sos' })} <a href="tel:112">112</a>.</p>
        <p>${msg('Andra ärenden till polisen: ring', { id: 'concern.police' })} <a href="tel:11414">114 14</a>.</p>
      </div>
      <p class="visually-hidden" role="status">${this.#announcement}</p>
      ${!this.connection ? this.renderNotConfigured() : this._view === 'sent' || this._view === 'queued'
          ? renderResult(this.#level, this._view === 'sent' && (this.#result as ConcernReceipt), this.#result, this.#startOver, this.#sendQueued)
          : this.#renderForm()}`;
  }

  #renderForm(): TemplateResult {
    const draft = this._draft;
    const category = this.#categories.value?.find((item) => item.id === draft.categoryId);
    const labels = this.#labels();
    const when = [
      msg('Dagtid', { id: 'concern.day' }),
      msg('Kväll', { id: 'concern.eve' }),
      msg('Natt', { id: 'concern.night' }),
      msg('Vardagar', { id: 'concern.wd' }),
      msg('Helger', { id: 'concern.we' }),
    ];
    const { location } = draft;
    const position = location && [location.lat, location.lng].map((value) => formatNumber(this.intlLocale, value, { maximumFractionDigits: 4 })).join(', ');
    const privacyUrl = safeUrl(this.privacyUrl, webProtocols);
    const no = msg('Nej', { id: 'concern.no' });
    let step = 0;
    // A step's hint (when it has one) describes its group, so a screen reader says it on entering the group.
    const section = (title: string, hint: string, ...content: unknown[]) => {
      const hintId = `step${++step}-hint`;
      return html`<fieldset part="section" aria-describedby=${hint ? hintId : nothing}>
        <legend>${renderHeading(this.#level, `${step}. ${title}`)}</legend>
        ${hint ? html`<p class="hint" id=${hintId}>${hint}</p>` : nothing} ${content}
      </fieldset>`;
    };

    return html`<form part="form" novalidate @submit=${this.#submit} @input=${this.#onInput}>
      ${this._errors.length > 0 ? renderErrorSummary(this._errors, this.#focusField) : nothing}
      ${renderHoneypot((value) => (this.#website = value))}
      ${section(
        msg('Vad vill du rapportera?', { id: 'concern.step1' }),
        '',
        this.#error('categoryId-0'),
        this.#categories.render({
            pending: () => html`<p class="pending">${msg('Hämtar …', { id: 'concern.wait' })}</p>`,
            complete: (items) =>
              items.length === 0
                ? html`<p>${msg('Det går inte att rapportera här just nu.', { id: 'concern.none' })}</p>`
                : items.map((item, index) =>
                this.#choice('categoryId', item.id, index, this.#localized(item.label), [
                  `${msg('Hanteras av:', { id: 'concern.party' })} ${item.responsibleParty.name}. `,
                  this.#localized(item.guidance),
                ]),
              ),
          }),
        html`<div aria-live="polite">${category?.callInstead ? this.#renderCallInstead(category) : nothing}</div>`,
      )}
      ${category?.callInstead
        ? nothing
        : html`${section(
              msg('Var är platsen?', { id: 'concern.step2' }),
              '',
              this.#textField('place', '', msg('Till exempel en adress, en hållplats eller ett gathörn.', { id: 'concern.where' })),
              html`<p class="hint" role="status">${position ? msg(str`Din position: ${position}`, { id: 'concern.pos' }) : this._locationStatus}</p>
                ${'geolocation' in navigator
                  ? html`<p>
                      ${button(
                        location ? msg('Ta bort position', { id: 'concern.unpin' }) : msg('Använd min position', { id: 'concern.pin' }),
                        location ? this.#removeLocation : this.#locate,
                      )}
                    </p>`
                  : nothing}`,
            )}
            ${section(
              msg('När känns platsen otrygg?', { id: 'concern.step3' }),
              msg('Frivilligt. Välj allt som stämmer.', { id: 'concern.any' }),
              html`${timesOfDay.map((time, index) => this.#choice('timeOfDay', time, index, when[index]!))}
                ${dayTypes.map((day, index) => this.#choice('dayType', day, index, when[index + 3]!))}`,
            )}
            ${section(
              msg('Vad gör platsen otrygg?', { id: 'concern.step4' }),
              '',
              this.#textField(
                'description',
                '',
                html`<strong>${msg('Skriv inte namn eller andra uppgifter om andra personer.', { id: 'concern.warn' })}</strong>`,
                html`<p class="hint" id="description-count">${this.#countText()}</p>`,
              ),
            )}
            ${section(
              msg('Vill du ha återkoppling?', { id: 'concern.step5' }),
              msg('Du kan vara anonym.', { id: 'concern.anon' }),
              html`${this.#error('followUp-0')} ${this.#choice('followUp', 'yes', 0, msg('Ja', { id: 'concern.yes' }))} ${this.#choice('followUp', 'no', 1, no)}
                ${draft.followUp === 'yes'
                  ? html`<p class="hint" id="contact-hint">${msg('Fyll i e-post eller telefon, så att vi kan svara dig.', { id: 'concern.contact-hint' })}</p>
                    ${this.#textField('name', 'text')} ${this.#textField('email', 'email')} ${this.#textField('phone', 'tel')} ${this.#error('consent')}
                    ${this.#choice(
                      'consent',
                      'yes',
                      -1,
                      labels.consent,
                      html`${msg('Behövs för att vi ska kunna svara dig.', { id: 'concern.consent-hint' })}
                      ${privacyUrl ? html`<a href=${privacyUrl}>${msg('Så hanterar vi personuppgifter', { id: 'concern.gdpr' })}</a>` : nothing}`,
                    )}`
                  : nothing}`,
            )}
            <section part="review" aria-labelledby="review">
              ${renderHeading(this.#level, `6. ${msg('Granska och skicka', { id: 'concern.step6' })}`, 'heading', 'review')}
              ${renderReview(draft, labels, category && this.#localized(category.label), position, when, no, this.#focusField)}
              <p class="actions">
                <button id="send" class="button" part="button submit-button" aria-disabled=${this._view === 'sending'}>
                  ${this._view === 'sending' ? msg('Skickar …', { id: 'concern.sending' }) : msg('Skicka', { id: 'concern.send' })}
                </button>
                ${button(msg('Rensa utkast', { id: 'concern.clear' }), this.#clearDraft)}
              </p>
            </section>`}
    </form>`;
  }

  #renderCallInstead(category: ConcernCategory): TemplateResult {
    const phone = category.phone && telUrl(category.phone);
    return html`<div class="notice error" part="call-instead">
      <p>${this.#localized(category.guidance)}</p>
      ${phone ? html`<p><a href=${phone}>${msg(str`Ring ${category.phone}`, { id: 'concern.call' })}</a></p>` : nothing}
    </div>`;
  }

  // renderFieldError's twin: calling that instead costs this bundle 11 B gzip, which its budget has not got.
  #error(field: string): TemplateResult | typeof nothing {
    const message = errorFor(this._errors, field);
    return message ? html`<span class="field-error" id="${field}-error">${message}</span>` : nothing;
  }

  /**
   * `aria-invalid` and `aria-describedby` for control `id` of `field`: its hint, if any (the contact fields share
   * one), its field's error message, the description's counter.
   */
  #a11y(field: string, id: string, hint: unknown): [boolean, string | typeof nothing] {
    const invalid = errorFor(this._errors, field) !== undefined;
    return [
      invalid,
      [hint && `${id}-hint`, /^(name|email|phone)$/.test(field) && 'contact-hint', invalid && `${field}-error`, field === 'description' && 'description-count']
        .filter(Boolean)
        .join(' ') || nothing,
    ];
  }

  #hint(id: string, hint: unknown) {
    return hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : nothing;
  }

  /** A radio button, or a checkbox for lists and `consent` (index -1); ids are `<name>-<index>`, the first is the group's target. */
  #choice(name: keyof ConcernDraft, value: string, index: number, label: string, hint?: unknown): TemplateResult {
    const current = this._draft[name];
    const isList = Array.isArray(current);
    const id = index < 0 ? name : `${name}-${index}`;
    const [invalid, describedBy] = this.#a11y(index < 0 ? name : `${name}-0`, id, hint);
    return html`<div class="choice">
      <input
        id=${id}
        name=${name}
        type=${isList || index < 0 ? 'checkbox' : 'radio'}
        .value=${value}
        .checked=${isList ? current.includes(value) : current === true || current === value}
        aria-invalid=${invalid}
        aria-describedby=${describedBy}
      />
      <label for=${id}>${label}</label>
      ${this.#hint(id, hint)}
    </div>`;
  }

  /** A text field labelled by its field's name; with `type` an `<input>` (whose autocomplete follows its type), without a `<textarea>`. */
  #textField(field: 'place' | 'description' | 'name' | 'email' | 'phone', type?: string, hint?: unknown, extra?: unknown): TemplateResult {
    const [invalid, describedBy] = this.#a11y(field, field, hint);
    return html`<div class="field">
      <label class="label" for=${field}>${this.#labels()[field]}</label>
      ${this.#hint(field, hint)} ${this.#error(field)}
      ${type
        ? html`<input class="input" id=${field} name=${field} type=${type} autocomplete=${type === 'text' ? 'name' : type} .value=${this._draft[field]} aria-invalid=${invalid} aria-describedby=${describedBy} />`
        : html`<textarea class="input" id=${field} name=${field} rows=${field === 'place' ? 2 : 6} .value=${this._draft[field]} aria-invalid=${invalid} aria-describedby=${describedBy}></textarea>`}
      ${extra}
    </div>`;
  }
}
