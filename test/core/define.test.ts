import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { defineOnce } from '../../src/core/define.js';
import { TestElement } from '../helpers/test-element.js';

const nextMicrotask = () => new Promise<void>((resolve) => queueMicrotask(resolve));

describe('define', () => {
  afterEach(() => sinon.restore());

  it('defines a tag the page does not have yet', () => {
    class First extends TestElement {}
    First.define('trygg-define-fresh');
    expect(customElements.get('trygg-define-fresh')).to.equal(First);
  });

  it('keeps the first definition when a second copy defines the same tags, with one warning and no error', async () => {
    const warn = sinon.stub(console, 'warn');
    class Original extends TestElement {}
    class OriginalB extends TestElement {}
    Original.define('trygg-define-a');
    OriginalB.define('trygg-define-b');

    class OtherVersion extends HTMLElement {
      static version = '9.9.9';
    }
    expect(() => {
      defineOnce('trygg-define-a', class extends HTMLElement {});
      defineOnce('trygg-define-b', OtherVersion);
      Original.define('trygg-define-a');
    }).not.to.throw();
    await nextMicrotask();

    expect(customElements.get('trygg-define-a')).to.equal(Original);
    expect(customElements.get('trygg-define-b')).to.equal(OriginalB);
    expect(warn.callCount).to.equal(1);
    const message = String(warn.firstCall.args[0]);
    expect(message).to.contain('<trygg-define-a> (version 0.1.0)');
    expect(message).to.contain('<trygg-define-b>');
    expect(message).to.contain('not used');
  });

  it('warns instead of throwing when the registry refuses a definition', () => {
    const warn = sinon.stub(console, 'warn');
    class Reused extends TestElement {}
    Reused.define('trygg-define-reused-a');
    expect(() => Reused.define('trygg-define-reused-b')).not.to.throw();
    expect(customElements.get('trygg-define-reused-b')).to.equal(undefined);
    expect(warn.callCount).to.equal(1);
  });
});
