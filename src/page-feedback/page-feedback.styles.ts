import { css } from '../core/css.js';

export const pageFeedbackStyles = css`
  /* Unset, each property is invalid at computed-value time and falls back to its initial value: 0, transparent. */
  :host {
    padding: var(--trygg-feedback-padding);
    background: var(--trygg-feedback-surface);
  }
  form {
    gap: var(--_gap);
    max-inline-size: 40rem;
  }
  #status {
    margin-block: var(--_gap);
  }
`;
