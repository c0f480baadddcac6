import { css } from '@lit/reactive-element/css-tag.js';

export const pageFeedbackStyles = css`
  :host {
    padding: var(--trygg-feedback-padding, 0);
    background: var(--trygg-feedback-surface, transparent);
  }
  .question {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_gap) var(--_space);
  }
  form {
    gap: var(--_gap);
    max-inline-size: 40rem;
  }
  .status {
    margin-block: var(--_gap);
  }
`;
