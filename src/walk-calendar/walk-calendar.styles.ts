import { css } from 'lit';

export const walkCalendarStyles = css`
  :host {
    --_dark: var(--trygg-color-after-dark, #1d2a44);
    --_on-dark: var(--trygg-color-on-after-dark, #fff);
  }
  .calendar,
  .walk,
  .signup,
  fieldset,
  .month {
    display: grid;
    gap: var(--_space);
  }
  .loading {
    min-block-size: var(--trygg-walk-calendar-loading-size, 24rem);
  }
  .walks {
    display: grid;
    gap: var(--_space);
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
    border: 3px solid var(--_accent);
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
  }
  .tag {
    padding-inline: 0.5em;
    border: 1px solid;
    border-radius: var(--_radius);
    font-weight: 600;
  }
  .tag.cancelled {
    color: var(--_danger);
  }
  .tag.dark {
    background: var(--_dark);
    color: var(--_on-dark);
  }
  dl div {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--_gap);
  }
  dt {
    font-weight: 600;
  }
  dd {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--_gap);
  }
  .description {
    white-space: pre-line;
  }
  .group-title,
  .month-title,
  .result-title {
    font-weight: 700;
  }
  .result {
    border-color: var(--_success);
  }
  .result.queued {
    border-color: var(--_accent);
  }
  .short {
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
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0.125rem 0;
  }
  .month-nav {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_gap);
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    table-layout: fixed;
    text-align: center;
  }
  td[tabindex] {
    block-size: 2.75rem;
    border: 1px solid var(--_border);
    cursor: pointer;
  }
  .walk-day {
    font-weight: 700;
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
  @media (forced-colors: active) {
    [aria-selected='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .tag.dark {
      border-width: 3px;
    }
  }
`;
