import { css } from 'lit';
import { errorSummaryStyles } from '../core/form-errors.js';

/** Styles of what loads with the sending code: the error summary, the review and the result. */
export const sendingStyles = [
  errorSummaryStyles,
  css`
    dl > div {
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--_space);
      padding-block: var(--_gap);
      border-block-end: 1px solid var(--_border);
    }
    dt {
      flex: 1 0 8rem;
      font-weight: 600;
    }
    dd {
      flex: 99 1 12rem;
      white-space: pre-wrap;
    }
    dd + dd {
      flex: 0 0 auto;
    }
    .result {
      border-color: var(--_success);
    }
  `,
];
