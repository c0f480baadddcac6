import { css } from '../core/css.js';

export const walkCalendarStyles = css`
  .calendar,
  .walks,
  .walk {
    display: grid;
    gap: var(--_space);
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
  .tag {
    padding-inline: 0.5em;
    border: 1px solid;
    border-radius: var(--_radius);
  }
  .tag,
  dt,
  .strong {
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
  @media (forced-colors: active) {
    .dark {
      border-width: 3px;
    }
  }
`;
