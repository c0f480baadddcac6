import { adoptStyles, supportsAdoptingStyleSheets, type CSSResultOrNative } from 'lit';

/**
 * Adds the styles of code that loaded later to a rendered shadow root, keeping its own (Lit's adoptStyles replaces
 * them): for parts of an element loaded on first use.
 */
export function addStyles(root: HTMLElement | DocumentFragment, styles: CSSResultOrNative[]): void {
  const shadowRoot = root as ShadowRoot;
  adoptStyles(shadowRoot, supportsAdoptingStyleSheets ? [...shadowRoot.adoptedStyleSheets, ...styles] : styles);
}
