import { expect } from '@open-wc/testing';
import { adoptStyles, css } from '../../src/core/css.js';

const shadowRoot = () => document.createElement('div').attachShadow({ mode: 'open' });

describe('css', () => {
  it('makes one stylesheet per template and adopts it into a shadow root', () => {
    const styles = css`p { color: rgb(1, 2, 3); }`;
    expect(styles.styleSheet).to.equal(styles.styleSheet);
    const root = shadowRoot();
    adoptStyles(root, [styles]);
    expect(root.adoptedStyleSheets).to.deep.equal([styles.styleSheet]);
    expect((root.adoptedStyleSheets[0]!.cssRules[0] as CSSStyleRule).style.color).to.equal('rgb(1, 2, 3)');
  });

  it('falls back to <style> elements, with the nonce a strict page gives Lit', () => {
    const globals = globalThis as { litNonce?: string };
    globals.litNonce = 'n0nce';
    try {
      const root = shadowRoot();
      adoptStyles(root, [css`p { margin: 0; }`, css`a { color: red; }`], false);
      const elements = [...root.querySelectorAll('style')];
      expect(elements.map((element) => element.textContent)).to.deep.equal(['p { margin: 0; }', 'a { color: red; }']);
      expect(elements.map((element) => element.getAttribute('nonce'))).to.deep.equal(['n0nce', 'n0nce']);
      expect(root.adoptedStyleSheets).to.have.length(0);
    } finally {
      delete globals.litNonce;
    }
  });
});
