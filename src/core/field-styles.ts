import { css } from './css.js';

/** Labels, hints, text fields, choices and their errors: for every element with a form. */
export const fieldStyles = css`
  .input {
    display: block;
    inline-size: 100%;
    min-block-size: max(2.75rem, 44px);
    padding-block: 0.375rem;
    padding-inline: 0.5rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--trygg-color-field, transparent);
  }
  textarea.input {
    min-block-size: 6rem;
    resize: vertical;
  }
  .input[aria-invalid='true'] {
    border-color: var(--_danger);
    border-inline-start-width: 6px;
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  .label,
  legend {
    font-weight: 600;
  }
  .hint {
    display: block;
  }
  fieldset {
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .field-error {
    color: var(--_danger);
    font-weight: 600;
  }
`;
