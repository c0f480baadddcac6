import { html, nothing, type TemplateResult } from 'lit/html.js';
import { msg, str } from '@lit/localize';
import type { TryggApiError } from '../core/api-error.js';
import type { ConcernReceipt, ConcernRequest } from '../core/api-types.js';
import { describeError } from '../core/error-messages.js';
import { formErrorsFromProblem, type FormError } from '../core/form-errors.js';
import type { DeliveryOutcome } from '../core/outbox.js';
import { renderHeading } from '../core/heading.js';
import { safeUrl, webProtocols } from '../core/safe-url.js';

/** What the result shows: the receipt once sent, else the report waits (with the error that kept it, if known). */
export interface ResultState {
  headingLevel: number;
  receipt: ConcernReceipt | undefined;
  error: unknown;
  startOver: () => void;
  retry: () => void;
}

const referenceText = (receipt: ConcernReceipt) => msg(str`Ditt ärende har nummer ${receipt.reference}.`, { id: 'concern.ref' });
const queuedText = () => msg('Rapporten är sparad men inte skickad än.', { id: 'concern.saved' });

const button = (label: string, onClick: () => void) =>
  html`<p><button type="button" class="button secondary" part="button" @click=${onClick}>${label}</button></p>`;

/** The reference number, who handles the report and what happens next; or that the report waits to be sent. */
export function renderResult({ headingLevel, receipt, error, startOver, retry }: ResultState): TemplateResult {
  const party = receipt?.responsibleParty;
  const partyUrl = safeUrl(party?.url, webProtocols);
  return html`<section class="notice result" part="result" tabindex="-1" aria-labelledby="result">
    ${renderHeading(headingLevel, party ? msg('Tack för din rapport!', { id: 'concern.thanks' }) : queuedText(), 'heading', 'result')}
    ${party
      ? html`<p><strong>${referenceText(receipt!)}</strong></p>
          <p>${msg('Hanteras av:', { id: 'concern.party' })} ${partyUrl ? html`<a href=${partyUrl}>${party.name}</a>` : party.name}</p>
          <p>${msg('Den som ansvarar för platsen får rapporten. Ange numret om du kontaktar oss.', { id: 'concern.next' })}</p>
          ${button(msg('Rapportera en plats till', { id: 'concern.again' }), startOver)}`
      : html`${error ? html`<p>${describeError(error)}</p>` : nothing}
          <p>${msg('Vi skickar den när anslutningen fungerar och visar då ditt ärendenummer här.', { id: 'concern.queued' })}</p>
          ${button(msg('Försök igen', { id: 'core.retry' }), retry)}`}
  </section>`;
}

/** What the form shows after a try to send: the receipt, the report kept for later, or the server's reasons. */
export interface AfterSending {
  view: 'sent' | 'queued' | 'form';
  receipt?: ConcernReceipt;
  queueError?: unknown;
  errors: FormError[];
  /** Said when the result comes without the resident's action, e.g. a report from an earlier visit sent on load. */
  announcement: string;
}

/** `labels` are the visible names of the fields and groups, by field id, for the server's field errors. */
export function afterSending(
  outcome: Exclude<DeliveryOutcome<ConcernRequest, ConcernReceipt>, { status: 'skipped' }>,
  labels: Record<string, string>,
): AfterSending {
  if (outcome.status === 'sent') return { view: 'sent', receipt: outcome.result, errors: [], announcement: referenceText(outcome.result) };
  if (outcome.status === 'queued') return { view: 'queued', queueError: outcome.error, errors: [], announcement: queuedText() };
  const errors = refusalErrors(outcome.error, labels);
  return { view: 'form', errors, announcement: errors.map((error) => error.message).join(' ') };
}

/**
 * The server's refusal as form errors, each on the field it names (by its visible label): `/contact/email` → `email`,
 * `/place/location/lat` → `place`, `/categoryId` → `categoryId-0` (a group's first choice); the rest on the send button.
 */
function refusalErrors(error: TryggApiError, labels: Record<string, string>): FormError[] {
  return formErrorsFromProblem(
    error,
    (pointer) => {
      const name = pointer.replace(/^\/(contact\/)?/, '').replace(/\/.*/, '');
      const field = [name, `${name}-0`].find((candidate) => labels[candidate]);
      return field ? { field, label: labels[field]! } : null;
    },
    'send',
    describeError(error),
  );
}
