import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { ConcernReceipt } from '../core/api-types.js';
import { describeError } from '../core/error-messages.js';
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

export const referenceText = (receipt: ConcernReceipt) => msg(str`Ditt ärende har nummer ${receipt.reference}.`, { id: 'concern.ref' });
export const queuedText = () => msg('Rapporten är sparad men inte skickad än.', { id: 'concern.saved' });

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
