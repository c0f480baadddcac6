import { html, type TemplateResult } from 'lit/html.js';

/** Time from when a form was shown to when it is sent; the server treats very fast submissions as spam. */
export class FillTimer {
  #startedAt = performance.now();

  restart(): void {
    this.#startedAt = performance.now();
  }

  get elapsedMs(): number {
    return Math.round(performance.now() - this.#startedAt);
  }
}

/**
 * A field people never see or reach (visually hidden, hidden from assistive technology, out of the tab order) that
 * form-filling robots do fill. The server answers a filled one like success and files it as spam. Its element needs
 * `visuallyHiddenStyles`.
 */
export function renderHoneypot(onInput: (value: string) => void): TemplateResult {
  return html`<div class="visually-hidden" aria-hidden="true">
    <label>Website <input name="website" tabindex="-1" autocomplete="off" @input=${(event: Event) => onInput((event.target as HTMLInputElement).value)} /></label>
  </div>`;
}
