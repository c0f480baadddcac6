import { expect } from '@open-wc/testing';
import { currentPageId, pageIdFromUrl, pageLastModified } from '../../src/page-feedback/page-identity.js';

function page(head: string, url = 'https://www.kommun.example/trygghet?utm_source=x'): Document {
  const doc = document.implementation.createHTMLDocument('test');
  doc.head.innerHTML = `<base href="${url}">${head}`;
  return doc;
}

describe('page identity', () => {
  it('drops the query string and the fragment', () => {
    expect(pageIdFromUrl('https://www.kommun.example/trygghet/vandringar?utm_source=nyhetsbrev&id=3#anmal')).to.equal(
      'https://www.kommun.example/trygghet/vandringar',
    );
  });

  it('removes anything that looks like an e-mail address, encoded or not', () => {
    expect(pageIdFromUrl('https://www.kommun.example/kontakt/anna.andersson@kommun.se/svar')).to.equal(
      'https://www.kommun.example/kontakt//svar',
    );
    expect(pageIdFromUrl('https://www.kommun.example/profil/kalle%40example.com')).to.equal('https://www.kommun.example/profil/');
    expect(pageIdFromUrl('https://www.kommun.example/a%E0%A4%A/b')).to.equal('https://www.kommun.example/a%E0%A4%A/b');
  });

  it('prefers the canonical address', () => {
    expect(currentPageId(page('<link rel="canonical" href="https://www.kommun.example/trygghet?sid=1">'))).to.equal(
      'https://www.kommun.example/trygghet',
    );
  });

  it("reads the page's last-modified date when it declares one", () => {
    expect(pageLastModified(page('<meta name="last-modified" content="2026-11-20">'))).to.equal('2026-11-20T00:00:00.000Z');
    expect(pageLastModified(page('<meta property="article:modified_time" content="2026-10-01T08:30:00+02:00">'))).to.equal(
      '2026-10-01T06:30:00.000Z',
    );
    expect(pageLastModified(page('<meta name="last-modified" content="igår">'))).to.equal(undefined);
    expect(pageLastModified(page(''))).to.equal(undefined);
  });
});
