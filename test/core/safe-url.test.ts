import { expect } from '@open-wc/testing';
import { safeUrl, webProtocols } from '../../src/core/safe-url.js';

describe('safeUrl', () => {
  it('lets web, mail and phone links through, resolved against the page', () => {
    expect(safeUrl('https://kommun.example/a?b=1#c')).to.equal('https://kommun.example/a?b=1#c');
    expect(safeUrl('mailto:trygghet@kommun.example')).to.equal('mailto:trygghet@kommun.example');
    expect(safeUrl('tel:+4611414')).to.equal('tel:+4611414');
    expect(safeUrl('/personuppgifter')).to.equal(new URL('/personuppgifter', document.baseURI).href);
  });

  it('refuses script, data and other protocols, however they are written', () => {
    for (const value of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', 'file:///etc/passwd', 'blob:https://x/y']) {
      expect(safeUrl(value), value).to.equal(undefined);
    }
  });

  it('returns nothing for nothing', () => {
    for (const value of [undefined, null, '', '   ']) expect(safeUrl(value)).to.equal(undefined);
  });

  it('narrows to web addresses when asked', () => {
    expect(safeUrl('mailto:x@y.example', webProtocols)).to.equal(undefined);
    expect(safeUrl('http://x.example/', webProtocols)).to.equal('http://x.example/');
  });
});
