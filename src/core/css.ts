/** Styles from a `css` template: one constructable stylesheet, or the text for a `<style>` where those are missing. */
export class CSSResult {
  readonly cssText: string;
  #sheet: CSSStyleSheet | undefined;

  constructor(cssText: string) {
    this.cssText = cssText;
  }

  get styleSheet(): CSSStyleSheet {
    if (!this.#sheet) {
      this.#sheet = new CSSStyleSheet();
      this.#sheet.replaceSync(this.cssText);
    }
    return this.#sheet;
  }
}

export type CSSResultGroup = CSSResult | CSSResultGroup[];

/**
 * A stylesheet from literal CSS. Nothing can be interpolated, so no data ever becomes CSS (Lit's `css` checks its
 * values at run time; here the type forbids them). Annotated as free of side effects: otherwise rollup keeps every
 * module-level sheet, used or not, and each bundle carried the link-button and visually-hidden rules of the others.
 */
export const css = /* @__NO_SIDE_EFFECTS__ */ (strings: TemplateStringsArray): CSSResult => new CSSResult(strings[0]!);

// Safari before 16.4 has no constructable stylesheets.
const canAdopt = 'adoptedStyleSheets' in Document.prototype && 'replaceSync' in CSSStyleSheet.prototype;

/** Gives a shadow root its styles: adopted stylesheets, or `<style>` elements (with the page's Lit nonce) in older browsers. */
export function adoptStyles(root: ShadowRoot, styles: CSSResult[], adopt = canAdopt): void {
  if (adopt) {
    root.adoptedStyleSheets = styles.map((style) => style.styleSheet);
    return;
  }
  for (const style of styles) {
    const element = document.createElement('style');
    const nonce = (globalThis as { litNonce?: string }).litNonce;
    if (nonce !== undefined) element.setAttribute('nonce', nonce);
    element.textContent = style.cssText;
    root.append(element);
  }
}
