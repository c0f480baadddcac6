import { expect } from '@open-wc/testing';
import { resolveApiBase } from '../../src/core/api-base.js';

function page(meta?: string, base = 'https://www.kommun.example/trygghet/sida?x=1'): Document {
  const doc = document.implementation.createHTMLDocument('test');
  const baseElement = doc.createElement('base');
  baseElement.href = base;
  doc.head.append(baseElement);
  if (meta !== undefined) {
    const element = doc.createElement('meta');
    element.name = 'trygg:api-base';
    element.content = meta;
    doc.head.append(element);
  }
  return doc;
}

const href = (attribute: string | null, doc: Document) => {
  const result = resolveApiBase(attribute, doc);
  return result.ok ? result.url.href : result;
};

describe('resolveApiBase', () => {
  it('takes the attribute first, then the meta tag', () => {
    expect(href('https://api.example/v1', page('https://meta.example/'))).to.equal('https://api.example/v1/');
    expect(href(null, page('https://meta.example/api/v1'))).to.equal('https://meta.example/api/v1/');
    expect(href('   ', page('https://meta.example/'))).to.equal('https://meta.example/');
  });

  it('resolves a relative address against the page', () => {
    expect(href('/api/v1', page())).to.equal('https://www.kommun.example/api/v1/');
    expect(href('api', page())).to.equal('https://www.kommun.example/trygghet/api/');
  });

  it('drops a query and fragment so paths join cleanly', () => {
    expect(href('https://api.example/v1/?token=x#y', page())).to.equal('https://api.example/v1/');
  });

  it('reports a missing address', () => {
    expect(resolveApiBase(null, page())).to.deep.equal({ ok: false, reason: 'missing' });
    expect(resolveApiBase(undefined, page(''))).to.deep.equal({ ok: false, reason: 'missing' });
  });

  it('refuses what is not an http(s) address', () => {
    for (const value of ['javascript:alert(1)', 'data:text/html,x', 'ftp://files.example/', 'https://user:pw@api.example/', 'http://[::1']) {
      expect(resolveApiBase(value, page()), value).to.deep.equal({ ok: false, reason: 'malformed', value });
    }
  });
});
