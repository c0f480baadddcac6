import { html } from 'lit/html.js';
import { msg, str } from '@lit/localize';
import { TryggElement } from '../core/trygg-element.js';
import { linkButtonStyles, visuallyHiddenStyles } from '../core/styles.js';
import type { FeedbackReceipt, FeedbackRequest, FeedbackUpdate } from '../core/api-types.js';
import { TryggApiError } from '../core/api-error.js';
import { FeedbackRestApi, type FeedbackApi } from '../core/feedback-rest-api.js';
import { DraftStore, draftKey } from '../core/draft-store.js';
import { describeError } from '../core/error-messages.js';
import type { TryggSubmitDetail } from '../core/events.js';
import { fieldStyles } from '../core/field-styles.js';
import { focusAfterUpdate } from '../core/updating-element.js';
import { parseHeadingLevel, renderHeading } from '../core/heading.js';
import { newIdempotencyKey } from '../core/idempotency-key.js';
import { findDeclaredLanguage } from '../core/language.js';
import { OutboxController } from '../core/outbox-controller.js';
import type { DeliveryOutcome } from '../core/outbox.js';
import { FillTimer, renderHoneypot } from '../core/spam-guard.js';
import { recallAnswer, rememberAnswer, type RememberedAnswer } from './answer-memory.js';
import { currentPageId, pageLastModified } from './page-identity.js';
import { pageFeedbackStyles } from './page-feedback.styles.js';

/** What the host sees in `trygg-feedback-submit`, and may forward to its own analytics. */
export interface FeedbackSubmission {
  pageId: string;
  helpful: boolean;
  comment?: string;
}

// Outbox entries stored by earlier versions also carry `kind: 'create' | 'update'`; the shape alone tells them apart.
type Send = { request: FeedbackRequest; id?: never } | { id: string; update: FeedbackUpdate; request?: never };

/** The longest comment the contract takes. */
const commentLimit = 1200;

/**
 * Asks "Hjälpte informationen på denna sida dig?" at the foot of a page. **Ja** sends the vote; **Nej** sends it and
 * offers an optional "Vad saknade du?". The answer is remembered for the page in this browser (no cookie) and can be
 * changed. Offline, the answer waits in the outbox and is sent once the connection is back.
 *
 * @tagname trygg-page-feedback
 * @summary "Did the information on this page help you?" — yes/no with an optional comment.
 * @slot question - Replaces the question text.
 * @fires trygg-feedback-submit - Cancelable, before anything is sent; `detail.payload` is `{ pageId, helpful, comment? }`.
 * @fires trygg-load - The prompt is ready, once, after its first render; `detail.count` is always 0 (it loads no data).
 * @fires trygg-error - A submission failed; `detail` has `status`, `kind` and `message`.
 * @csspart question - The question.
 * @csspart button - Every button.
 * @csspart yes-button - The "Ja" button.
 * @csspart no-button - The "Nej" button.
 * @csspart form - The follow-up form.
 * @csspart comment - The follow-up text field.
 * @csspart send-button - "Skicka" under the follow-up.
 * @csspart skip-button - "Hoppa över" under the follow-up.
 * @csspart status - The thanks and delivery messages.
 * @csspart change-button - "Ändra svar".
 * @cssprop [--trygg-feedback-surface=transparent] - Background of the prompt.
 * @cssprop [--trygg-feedback-padding=0] - Space inside the prompt.
 */
export class TryggPageFeedback extends TryggElement<FeedbackApi> {
  static override styles = [...TryggElement.styles, linkButtonStyles, visuallyHiddenStyles, fieldStyles, pageFeedbackStyles];

  static override properties = {
    pageId: { attribute: 'page-id' },
    headingLevel: { attribute: 'heading-level' },
    _step: { state: true },
    _comment: { state: true },
    _status: { state: true },
    _error: { state: true },
  };

  /**
   * What identifies the page in the answers. Default: the canonical address without query string, fragment or
   * anything that looks like an e-mail address.
   * @attr page-id
   */
  declare pageId: string | undefined;

  /**
   * Level (1–6) of the question's heading, to fit the page's outline.
   * @attr heading-level
   */
  declare headingLevel: string | undefined;

  /** Where the resident is; undefined while the question is asked. */
  private declare _step: 'follow-up' | 'thanks' | undefined;
  private declare _comment: string;
  /** The last delivery's outcome (or `sending`); `rejected` also when the comment is over the limit. Undefined: nothing sent yet. */
  private declare _status: Exclude<DeliveryOutcome<Send, FeedbackReceipt>['status'], 'skipped'> | 'sending' | undefined;
  /** Why the last delivery was queued or rejected (a `TryggApiError`); none when the comment is over the limit. */
  private declare _error: unknown;

  /** This browser's answer on the page, kept in step with what is remembered. */
  #answer: RememberedAnswer | null = null;
  #honeypot = '';
  readonly #fillTimer = new FillTimer();
  #draft: DraftStore<{ comment: string }> | undefined;
  readonly #outbox = new OutboxController<Send, FeedbackReceipt>(this, {
    kind: 'feedback',
    scope: () => this.connection?.scope ?? null,
    send: ({ payload, idempotencyKey }) => {
      const api = this.connection!.api;
      return payload.request ? api.submitFeedback(payload.request, { idempotencyKey }) : api.updateFeedback(payload.id, payload.update);
    },
    onFlushed: (outcome) => this.#delivered(outcome),
  });

  protected createRestApi(base: URL): FeedbackApi {
    return new FeedbackRestApi(base);
  }

  get #pageId(): string {
    return this.pageId?.trim() || currentPageId();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#draft = new DraftStore(draftKey(this, 'feedback'));
    this._comment = this.#draft.load()?.comment ?? '';
    const remembered = recallAnswer(this.#pageId);
    if (remembered) {
      this.#answer = remembered;
      this._step = remembered.done ? 'thanks' : 'follow-up';
    }
  }

  protected override firstUpdated(): void {
    if (this.connection) this.emit('trygg-load', { count: 0 });
  }

  protected renderContent() {
    if (!this.connection) return this.renderNotConfigured();
    const { _step: step, _status: status, _error: error } = this;
    const left = commentLimit - this._comment.length;
    const fieldError =
      status === 'rejected'
        ? !error || (error as TryggApiError).fieldErrors.some((field) => field.code === 'too_long')
          ? msg('Texten är för lång. Korta den och skicka igen.', { id: 'feedback.too-long' })
          : describeError(error)
        : '';
    return html`${!step
        ? html`<div class="actions" role="group" aria-labelledby="question">
            ${renderHeading(
              parseHeadingLevel(this.headingLevel ?? null, 2),
              html`<slot name="question">${msg('Hjälpte informationen på denna sida dig?', { id: 'feedback.question' })}</slot>`,
              'question',
              'question',
            )}
            <div class="actions">
              <button type="button" class="button" part="button yes-button" @click=${() => this.#vote(true)}>
                ${msg('Ja', { id: 'feedback.yes' })}
              </button>
              <button type="button" class="button" part="button no-button" @click=${() => this.#vote(false)}>
                ${msg('Nej', { id: 'feedback.no' })}
              </button>
            </div>
          </div>`
        : step === 'thanks'
          ? html`<p class="actions">
              <button type="button" class="link-button" part="button change-button" @click=${this.#changeAnswer}>
                ${msg('Ändra svar', { id: 'feedback.change' })}
              </button>
            </p>`
          : html`<form part="form" class="field" @submit=${this.#sendComment}>
              <label class="label" for="comment">${msg('Vad saknade du?', { id: 'feedback.comment-label' })}</label>
              <span class="hint" id="comment-hint">
                ${msg('Berätta vad som saknades eller var fel. Du behöver inte svara.', { id: 'feedback.comment-hint' })}
              </span>
              <strong class="hint" id="comment-warning">
                ${msg('Skriv inte personuppgifter, till exempel namn, personnummer eller telefonnummer.', { id: 'feedback.no-personal-data' })}
              </strong>
              <span class="field-error" id="comment-error" ?hidden=${!fieldError}>${fieldError}</span>
              <textarea
                id="comment"
                class="input"
                part="comment"
                rows="4"
                aria-describedby="comment-hint comment-warning comment-error comment-count"
                aria-invalid=${!!fieldError}
                .value=${this._comment}
                @input=${this.#typed}
              ></textarea>
              <span class="hint" id="comment-count">
                ${left >= 0
                  ? msg(str`Du har ${left} tecken kvar.`, { id: 'feedback.characters-left' })
                  : msg(str`Du har ${-left} tecken för mycket.`, { id: 'feedback.characters-over' })}
              </span>
              <div class="actions">
                <button class="button" part="button send-button" aria-disabled=${status === 'sending'}>
                  ${msg('Skicka', { id: 'feedback.send' })}
                </button>
                <button type="button" class="link-button" part="button skip-button" @click=${this.#finish}>
                  ${msg('Hoppa över', { id: 'feedback.skip' })}
                </button>
              </div>
            </form>`}
      <p part="status" role="status" tabindex="-1" id="status">
        ${status === 'queued'
          ? msg('Tack! Vi skickar ditt svar när anslutningen är tillbaka.', { id: 'feedback.queued' })
          : step && msg('Tack för ditt svar!', { id: 'feedback.thanks' })}
      </p>
      ${status === 'rejected' && step !== 'follow-up' ? this.renderError(error) : null}
      ${renderHoneypot((value) => (this.#honeypot = value))}`;
  }

  #typed(event: InputEvent) {
    this._comment = (event.target as HTMLTextAreaElement).value;
    this.#draft?.save({ comment: this._comment });
  }

  async #vote(helpful: boolean) {
    // Repeated clicks land here before the buttons are gone: only the first one counts.
    if (this._step || !this.emit('trygg-feedback-submit', { payload: { pageId: this.#pageId, helpful } }, { cancelable: true })) return;
    this._step = helpful ? 'thanks' : 'follow-up';
    const previous = this.#answer;
    rememberAnswer(this.#pageId, (this.#answer = { id: previous?.id ?? newIdempotencyKey(), helpful, done: helpful }));
    // Focus moves now: on a slow connection, moving it when the answer comes would pull the resident back.
    focusAfterUpdate(this, helpful ? '#status' : '#comment');
    await this.#send(
      previous
        ? { id: previous.id, update: { helpful } }
        : {
            request: {
              id: this.#answer.id,
              pageId: this.#pageId.slice(0, 2000),
              pageTitle: document.title.trim().slice(0, 300) || undefined,
              language: (findDeclaredLanguage(this) ?? 'sv').slice(0, 35),
              helpful,
              pageLastModified: pageLastModified(),
              website: this.#honeypot,
              fillMs: this.#fillTimer.elapsedMs,
            },
          },
    );
  }

  async #sendComment(event: SubmitEvent) {
    event.preventDefault();
    const comment = this._comment.trim();
    if (this._status === 'sending') return;
    if (!comment) return this.#finish();
    if (comment.length > commentLimit) {
      // Refused here, as the server would: no error object means "too long".
      this._status = 'rejected';
      this._error = undefined;
    } else if (!this.emit('trygg-feedback-submit', { payload: { pageId: this.#pageId, helpful: false, comment } }, { cancelable: true })) {
      return;
    } else if ((await this.#send({ id: this.#answer!.id, update: { comment } })) !== 'rejected') {
      return this.#finish();
    }
    focusAfterUpdate(this, '#comment');
  }

  #finish() {
    this._step = 'thanks';
    this.#draft?.clear();
    this._comment = '';
    this.#answer!.done = true;
    rememberAnswer(this.#pageId, this.#answer!);
    focusAfterUpdate(this, '#status');
  }

  #changeAnswer() {
    this._step = this._status = undefined;
    this.#fillTimer.restart();
    focusAfterUpdate(this, '.button');
  }

  /** Sends through the outbox; the outcome's status. */
  async #send(submission: Send) {
    this._status = 'sending';
    return this.#delivered(await this.#outbox.submit(submission));
  }

  #delivered(outcome: DeliveryOutcome<Send, FeedbackReceipt>) {
    if (outcome.status !== 'skipped') {
      this._status = outcome.status;
      if (outcome.status !== 'sent') this.reportError((this._error = outcome.error));
    }
    return outcome.status;
  }
}

declare module '../core/events.js' {
  interface TryggEventMap {
    'trygg-feedback-submit': TryggSubmitDetail<FeedbackSubmission>;
  }
}

declare global {
  interface HTMLElementEventMap {
    'trygg-feedback-submit': CustomEvent<TryggSubmitDetail<FeedbackSubmission>>;
  }
}
