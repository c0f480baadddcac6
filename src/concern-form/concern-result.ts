import { html, nothing, type TemplateResult } from 'lit/html.js';
import { msg, str } from '@lit/localize';
import type { TryggApiError } from '../core/api-error.js';
import type { ConcernReceipt } from '../core/api-types.js';
import { describeError } from '../core/error-messages.js';
import { formErrorsFromProblem, type FormError } from '../core/form-errors.js';
import { renderHeading } from '../core/heading.js';
import { safeUrl, webProtocols } from '../core/safe-url.js';

export const referenceText = (receipt: ConcernReceipt) => msg(str`Ditt ärende har nummer ${receipt.reference}.`, { id: 'concern.ref' });
export const queuedText = () => msg('Rapporten är sparad men inte skickad än.', { id: 'concern.saved' });

/** A button that is not the send button. */
export const button = (label: string, onClick: () => void) =>
  html`<button type="button" class="button secondary" part="button" @click=${onClick}>${label}</button>`;

/**
 * The reference number, who handles the report and what happens next (with `receipt`); or that the report waits to
 * be sent, with the error that kept it, if known.
 */
export function renderResult(level: number, receipt: ConcernReceipt | false, error: unknown, startOver: () => void, retry: () => void): TemplateResult {
  const party = (receipt || undefined)?.responsibleParty;
  const partyUrl = safeUrl(party?.url, webProtocols);
  return html`<section class="notice result" part="result" tabindex="-1" aria-labelledby="result">
    ${renderHeading(level, party ? msg('Tack för din rapport!', { id: 'concern.thanks' }) : queuedText(), 'heading', 'result')}
    ${party
      ? html`<p><strong>${referenceText(receipt as ConcernReceipt)}</strong></p>
          <p>${msg('Hanteras av:', { id: 'concern.party' })} ${partyUrl ? html`<a href=${partyUrl}>${party.name}</a>` : party.name}</p>
          <p>${msg('Den som ansvarar för platsen får rapporten. Ange numret om du kontaktar oss.', { id: 'concern.next' })}</p>
          <p>${button(msg('Rapportera en plats till', { id: 'concern.again' }), startOver)}</p>`
      : html`${error ? html`<p>${describeError(error)}</p>` : nothing}
          <p>${msg('Vi skickar den när anslutningen fungerar och visar då ditt ärendenummer här.', { id: 'concern.queued' })}</p>
          <p>${button(msg('Försök igen', { id: 'core.retry' }), retry)}</p>`}
  </section>`;
}

/**
 * The server's refusal as form errors, each on the field it names (by its visible label): `/contact/email` → `email`,
 * `/place/location/lat` → `place`, `/categoryId` → `categoryId-0` (a group's first choice); the rest on the send button.
 * `labels` are the visible names of the fields and groups, by field id.
 */
export function refusalErrors(error: TryggApiError, labels: Record<string, string>): FormError[] {
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
