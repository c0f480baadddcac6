import { html, nothing, type TemplateResult } from 'lit/html.js';
import { css } from './css.js';
import { msg } from '@lit/localize';
import type { TryggApiError } from './api-error.js';
import { describeFieldError } from './error-messages.js';

export const errorSummaryStyles = css`
  .error-summary {
    padding: var(--_space);
    border: 4px solid var(--_danger);
  }
  .error-summary a {
    color: var(--_danger);
    font-weight: 600;
  }
  .error-summary:focus-visible {
    outline-offset: 2px;
  }
`;

/** One thing to fix: the id of the control inside the element's shadow root, and the message shown for it. */
export interface FormError {
  field: string;
  message: string;
}

/**
 * GOV.UK's error summary: a titled list of links to the fields. It is focusable so the form can move focus to it;
 * links focus their control directly, because fragment links cannot reach into a shadow root.
 */
export function renderErrorSummary(errors: readonly FormError[], focusField: (field: string) => void): TemplateResult {
  return html`<div class="error-summary" part="error-summary" tabindex="-1" role="group" aria-labelledby="error-summary-title">
    <h2 id="error-summary-title">${msg('Det finns problem', { id: 'core.error-summary.title' })}</h2>
    <ul>
      ${errors.map(
        (error) =>
          html`<li>
            <a
              href=${`#${error.field}`}
              @click=${(event: Event) => {
                event.preventDefault();
                focusField(error.field);
              }}
              >${error.message}</a
            >
          </li>`,
      )}
    </ul>
  </div>`;
}

/** The message for one field, if it has one: for `aria-describedby` and the text under the label. */
export function errorFor(errors: readonly FormError[], field: string): string | undefined {
  return errors.find((error) => error.field === field)?.message;
}

/** A field's error message under its label, with the id its control's `aria-describedby` names; nothing without one. */
export function renderFieldError(errors: readonly FormError[], field: string): TemplateResult | typeof nothing {
  const message = errorFor(errors, field);
  return message ? html`<span class="field-error" id="${field}-error">${message}</span>` : nothing;
}

/**
 * The server's field errors as form errors. `fieldFor` maps a JSON pointer (`/contact/email`) to a control id and
 * its visible label; pointers it does not know become one general error on `fallbackField`.
 */
export function formErrorsFromProblem(
  error: TryggApiError,
  fieldFor: (pointer: string) => { field: string; label: string } | null,
  fallbackField: string,
  fallbackMessage: string,
): FormError[] {
  const errors: FormError[] = [];
  for (const fieldError of error.fieldErrors) {
    const target = fieldFor(fieldError.field);
    if (target && !errors.some((known) => known.field === target.field)) {
      errors.push({ field: target.field, message: describeFieldError(fieldError.code, target.label) });
    }
  }
  return errors.length > 0 ? errors : [{ field: fallbackField, message: fallbackMessage }];
}
