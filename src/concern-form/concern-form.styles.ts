import { css } from '../core/css.js';

export const concernFormStyles = css`
  .root,
  form,
  fieldset,
  section {
    display: grid;
    gap: var(--_space);
  }
  .pending {
    /* About the height of a municipality's category list (seven categories with their guidance), so the form below
       does not jump when the list arrives. */
    min-block-size: var(--trygg-concern-form-loading-size, 64rem);
  }
  /* A 44 px target for every radio button and checkbox: the label's padding. */
  .choice {
    display: grid;
    grid-template-columns: 1.5rem 1fr;
    gap: 0 var(--_gap);
  }
  .choice input {
    block-size: 1.5rem;
    margin: 0.625em 0;
  }
  .choice label {
    /* em, not rem: a 62.5 % site theme must not shrink the target below 44 px. */
    min-block-size: max(2.75rem, 44px);
    padding-block: 0.625em;
  }
  .choice .hint {
    grid-column: 2;
  }
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
`;
