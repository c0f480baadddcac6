import { css } from './css.js';

/**
 * Shared by every element. Public tokens (`--trygg-*`) are read once into private ones (`--_*`), each with its
 * default here, so nothing has to be set on the page. Logical properties only, so right-to-left pages mirror.
 */
export const baseStyles = css`
  :host {
    --_accent: var(--trygg-color-accent, #0a5a9c);
    --_on-accent: var(--trygg-color-on-accent, #fff);
    --_link: var(--trygg-color-link, var(--_accent));
    --_border: var(--trygg-color-border, #6b6b6b);
    --_danger: var(--trygg-color-danger, #b3261e);
    --_success: var(--trygg-color-success, #1e6b34);
    --_surface: var(--trygg-color-surface, transparent);
    --_focus: var(--trygg-color-focus, #0b0c0c);
    --_focus-halo: var(--trygg-color-focus-halo, #fd0);
    --_radius: var(--trygg-radius, 0.25rem);
    --_space: var(--trygg-space, 1rem);
    --_gap: calc(var(--_space) / 2);
    display: block;
    font: inherit;
    color: inherit;
    /* Only font and colour come from the page: a CMS theme's spacing, casing or !important line height must not. */
    line-height: 1.5 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-align: start !important;
    text-shadow: none !important;
    white-space: normal !important;
    word-break: normal !important;
    overflow-wrap: anywhere !important;
    hyphens: manual !important;
    list-style-position: outside !important;
    visibility: visible !important;
    cursor: auto !important;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  *,
  ::before,
  ::after {
    box-sizing: border-box;
  }
  :host(:dir(rtl)) :is(p, h1, h2, h3, h4, h5, h6, li, dt, dd, label, legend, th, td, a, button, span, strong, time) {
    /* On a right-to-left page each text reads in the direction of its own words (Swedish stays in order); boxes that
       only lay out others (div, fieldset, lists) keep the page's direction, so the layout still mirrors. Only there:
       elsewhere it made every re-render's layout about a third slower (a search keystroke in the tracker). */
    unicode-bidi: plaintext;
  }
  p,
  ul,
  ol,
  dl,
  dd,
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    font-size: inherit;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-size: 1.125em;
  }
  a {
    color: var(--_link);
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    /* Two colours, so the ring shows on light and dark backgrounds alike. */
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 6px var(--_focus-halo);
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: var(--_gap);
    /* 44 px even on a page that shrinks rem (62.5 % themes). */
    min-block-size: max(2.75rem, 44px);
    min-inline-size: 44px;
    padding: 0.375rem 1rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
    line-height: 1.25;
    text-decoration: none;
    cursor: pointer;
  }
  .secondary {
    background: none;
    color: var(--_link);
  }
  .button:hover {
    text-decoration: underline;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_gap) var(--_space);
  }
  .notice {
    padding: var(--_gap) var(--_space);
    border-inline-start: 6px solid var(--_accent);
    background: var(--_surface);
  }
  .error {
    border-color: var(--_danger);
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }
`;

/** A button that looks like a link, still a 44 px target: for the elements that have one. */
export const linkButtonStyles = css`
  .link-button {
    color: var(--_link);
    text-underline-offset: 0.15em;
    display: inline-flex;
    align-items: center;
    min-block-size: max(2.75rem, 44px);
    padding: 0;
    border: 0;
    background: none;
    text-decoration: underline;
    cursor: pointer;
  }
`;

/** Text for screen readers only: for the elements that have some. */
export const visuallyHiddenStyles = css`
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
