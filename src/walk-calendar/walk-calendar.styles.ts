import { css } from '../core/css.js';

/** The calendar's own rules, one sheet for the list, the cards, the month grid and the sign-up form. */
export const walkCalendarStyles = css`
  .calendar,
  .walks,
  .walk,
  .month,
  form,
  fieldset {
    display: grid;
    gap: var(--_space);
    margin: 0;
  }
  .loading {
    /* About a screen: what arrives is usually taller, and then it grows only below the screen (no layout shift). */
    min-block-size: var(--trygg-walk-calendar-loading-size, 100vh);
  }
  .walks {
    padding: 0;
    list-style: none;
  }
  .walk {
    gap: var(--_gap);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .next {
    border: 4px solid var(--_accent);
  }
  .tags,
  dl div,
  dd {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--_gap);
  }
  .month-nav {
    justify-content: space-between;
  }
  .tag {
    padding-inline: 0.5em;
    border: 1px solid;
    border-radius: var(--_radius);
  }
  .tag,
  dt,
  .strong,
  .walk-day {
    font-weight: 700;
  }
  .cancelled {
    color: var(--_danger);
  }
  .dark {
    background: var(--trygg-color-after-dark, #1d2a44);
    color: var(--trygg-color-on-after-dark, #fff);
  }
  .description {
    white-space: pre-line;
  }
  #area {
    inline-size: auto;
    max-inline-size: 100%;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    table-layout: fixed;
    text-align: center;
  }
  th {
    font-size: 0.875em;
    overflow-wrap: normal;
  }
  td[tabindex] {
    block-size: 2.75rem;
    border: 1px solid var(--_border);
    cursor: pointer;
  }
  .walk-day::after {
    content: '';
    display: block;
    inline-size: 0;
    margin-inline: auto;
    border: 0.2rem solid;
    border-radius: 50%;
  }
  [aria-selected='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  [aria-current='date'] span {
    text-decoration: underline;
  }
  #partySize {
    max-inline-size: 6em;
  }
  .consent {
    grid-template-columns: auto 1fr;
    align-items: start;
  }
  .consent > :not(input) {
    grid-column: 2;
  }
  .consent input {
    inline-size: 2.75rem;
    block-size: 2.75rem;
    margin: 0;
  }
  .result {
    border-color: var(--_success);
  }
  @media (forced-colors: active) {
    .dark {
      border-width: 3px;
    }
    [aria-selected='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
