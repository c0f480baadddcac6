import { html, nothing, type TemplateResult } from 'lit/html.js';

/** A heading level from a `heading-level` attribute: whole numbers 1–6, anything else gives the fallback. */
export function parseHeadingLevel(value: string | null, fallback: number): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : fallback;
}

/** A real `<h1>`–`<h6>`, chosen by the host page, so the element fits the page's outline. */
export function renderHeading(level: number, content: unknown, part = 'heading', id?: string): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 part=${part} id=${id ?? nothing}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} id=${id ?? nothing}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} id=${id ?? nothing}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${id ?? nothing}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${id ?? nothing}>${content}</h5>`;
    default:
      return html`<h6 part=${part} id=${id ?? nothing}>${content}</h6>`;
  }
}
