// Everything a report needs once a resident starts one: the review, checking, sending, the outbox, the position and
// the result. Loaded then (or at once when a draft or an unsent report waits), so people who only read the page never
// download it.
import type { ReactiveControllerHost } from 'lit';
import type { TryggApiError } from '../core/api-error.js';
import type { ConcernReceipt, ConcernRequest } from '../core/api-types.js';
import { browserStorage } from '../core/browser-storage.js';
import { describeError } from '../core/error-messages.js';
import { formErrorsFromProblem, type FormError } from '../core/form-errors.js';
import { Outbox, type DeliveryOutcome } from '../core/outbox.js';
import { OutboxController, type OutboxControllerOptions } from '../core/outbox-controller.js';
import { concernOutboxKey, type ConcernDraft } from './concern-draft.js';
import { toConcernRequest } from './concern-request.js';
import { queuedText, referenceText } from './concern-result.js';
import { groupNames } from './concern-review.js';
import { validateConcern } from './concern-validation.js';

export { errorFor, renderErrorSummary } from '../core/form-errors.js';
export { renderResult } from './concern-result.js';
export { renderReview } from './concern-review.js';
export { sendingStyles as styles } from './concern-sending.styles.js';
export { locate } from './geolocation.js';

/** The outbox of reports: sends what waits now and whenever the browser is back online. */
export function connectOutbox(
  host: ReactiveControllerHost,
  options: Omit<OutboxControllerOptions<ConcernRequest, ConcernReceipt>, 'kind' | 'outbox'>,
): OutboxController<ConcernRequest, ConcernReceipt> {
  return new OutboxController(host, { ...options, kind: 'concern', outbox: new Outbox(browserStorage('localStorage'), concernOutboxKey) });
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

export function afterSending(
  outcome: Exclude<DeliveryOutcome<ConcernRequest, ConcernReceipt>, { status: 'skipped' }>,
  labels: Record<string, string>,
): AfterSending {
  if (outcome.status === 'sent') return { view: 'sent', receipt: outcome.result, errors: [], announcement: referenceText(outcome.result) };
  if (outcome.status === 'queued') return { view: 'queued', queueError: outcome.error, errors: [], announcement: queuedText() };
  const errors = refusalErrors(outcome.error, { ...labels, ...groupNames() });
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

/** The request the draft makes, or, when it is not ready to send, what to fix (checked on submit only). */
export function checkedRequest(
  draft: ConcernDraft,
  labels: Parameters<typeof validateConcern>[1],
  extra: Pick<ConcernRequest, 'language' | 'website' | 'fillMs'>,
): ConcernRequest | FormError[] {
  const errors = validateConcern(draft, labels, extra.language!);
  return errors.length > 0 ? errors : toConcernRequest(draft, extra);
}
