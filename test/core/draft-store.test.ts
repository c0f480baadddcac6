import { expect, fixture, html } from '@open-wc/testing';
import { DraftStore, draftKey } from '../../src/core/draft-store.js';

describe('DraftStore', () => {
  const key = 'trygg:test-draft';
  afterEach(() => sessionStorage.removeItem(key));

  it('keeps what was typed in sessionStorage until cleared', () => {
    new DraftStore<{ place: string }>(key).save({ place: 'Tunneln vid Sandviksskolan' });
    expect(new DraftStore<{ place: string }>(key).load()).to.deep.equal({ place: 'Tunneln vid Sandviksskolan' });
    new DraftStore(key).clear();
    expect(new DraftStore(key).load()).to.equal(null);
  });

  it('ignores stored values that are not an object', () => {
    for (const stored of ['[1,2]', '"text"', '{broken', 'null']) {
      sessionStorage.setItem(key, stored);
      expect(new DraftStore(key).load(), stored).to.equal(null);
    }
  });

  it('works without storage', () => {
    const store = new DraftStore<{ a: string }>(key, null);
    store.save({ a: 'x' });
    expect(store.load()).to.equal(null);
    expect(() => store.clear()).not.to.throw();
  });

  it('keys drafts per page and element', async () => {
    const page = await fixture(html`<div><aside id="main"></aside><aside></aside><aside></aside></div>`);
    const [first, second, third] = page.querySelectorAll('aside');
    expect(draftKey(first!)).to.equal(`trygg:draft:v1:${location.pathname}:aside:main`);
    expect(draftKey(second!, 'signup')).to.equal(`trygg:draft:v1:${location.pathname}:aside:1:signup`);
    expect(draftKey(third!)).not.to.equal(draftKey(second!));
  });
});
