import { css } from '../core/css.js';

/**
 * Each status colour meets 4.5:1 on white and, where the page's `color-scheme` is dark, on `#1b1b1b`. No single
 * colour can do both, so each default is a light-dark() pair; browsers without light-dark() use the text colour.
 */
export const trackerStyles = css`
  .received {
    --_st: var(--trygg-status-received, light-dark(#5a5a5a, #bdbdbd));
  }
  .planned {
    --_st: var(--trygg-status-planned, light-dark(#0a5a9c, #8cc4ff));
  }
  .in_progress {
    --_st: var(--trygg-status-in_progress, light-dark(#8a4b00, #f2b650));
  }
  .done {
    --_st: var(--trygg-status-done, light-dark(#1e6b34, #6fd08c));
  }
  .forwarded {
    --_st: var(--trygg-status-forwarded, light-dark(#6b3fa0, #c9a8ff));
  }
  .declined {
    --_st: var(--trygg-status-declined, light-dark(#b3261e, #ff8f85));
  }
  .status,
  .icon,
  .timeline strong {
    color: var(--_st);
  }
  .icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    vertical-align: middle;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
  }
  .status,
  .summary,
  .count {
    font-weight: 600;
  }
  progress {
    inline-size: 100%;
    accent-color: var(--_st);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap) var(--_space);
    margin-block: var(--_space);
  }
  .field {
    flex: 1 1 12rem;
  }
  .wide {
    flex-basis: 100%;
    margin: 0;
  }
  .check {
    display: inline-flex;
    gap: 0.375rem;
    align-items: center;
    min-block-size: max(2.75rem, 44px);
    margin-inline-end: var(--_space);
  }
  ul,
  ol,
  article {
    display: grid;
    gap: var(--_gap);
    padding: 0;
    list-style: none;
  }
  article {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  dt,
  dd {
    display: inline;
  }
  dt::after {
    content: ': ';
  }
  a {
    display: inline-flex;
    align-items: center;
    min-block-size: max(2.75rem, 44px);
  }
  /* A .link-button: the core styles give it its 44 px. */
  .toggle {
    justify-self: start;
  }
  .late {
    padding-inline: 0.375rem;
    border: 2px solid;
    color: var(--_danger);
  }
  .reason,
  .timeline {
    padding-inline-start: var(--_space);
    border-inline-start: 4px solid var(--_st, var(--_border));
  }
  .loading {
    /* The list is taller than a screen once it arrives: whatever follows it stays out of sight until then, so
       nothing in view jumps. */
    min-block-size: max(32rem, 100vh);
  }
`;
