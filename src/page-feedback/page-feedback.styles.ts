import { css } from '@lit/reactive-element/css-tag.js';

export const pageFeedbackStyles = css`
  :host {
    padding: var(--trygg-feedback-padding, 0);
    background: var(--trygg-feedback-surface, transparent);
  }
  form {
    gap: var(--_gap);
    max-inline-size: 40rem;
  }
  #status {
    margin-block: var(--_gap);
  }
`;
