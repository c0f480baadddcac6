import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit/html.js';
import { css, type CSSResultGroup } from '../../src/core/css.js';
import type { PropertyValues, ReactiveController } from 'lit';
import { UpdatingElement, type PropertyDeclarations } from '../../src/core/updating-element.js';

const first = css`p { margin: 1px; }`;
const second = css`p { margin: 2px; }`;

class BaseProbe extends UpdatingElement {
  static override properties: PropertyDeclarations = { label: {} };
  static override styles: CSSResultGroup = [first, second];
  declare label: string | undefined;

  protected render() {
    return litHtml`<p>${this.label}</p>`;
  }
}

/** Records what the base does with its properties, attributes and updates. */
class UpdateProbe extends BaseProbe {
  static override properties = {
    mode: { reflect: true },
    open: { type: Boolean },
    limit: { type: Number },
    headingLevel: { attribute: 'heading-level' },
    data: { attribute: false },
    _count: { state: true },
  };
  // The first style again: it must end up last, once, as with Lit.
  static override styles = [BaseProbe.styles, first];

  declare mode: string;
  declare open: boolean;
  declare limit: number | null;
  declare headingLevel: string | undefined;
  declare data: unknown;
  declare _count: number;

  renders = 0;
  log: string[] = [];
  changes: PropertyValues[] = [];

  constructor() {
    super();
    this.mode = 'list';
    this.open = false;
    this._count = 0;
  }

  protected override willUpdate(changed: PropertyValues) {
    this.changes.push(new Map(changed));
    this.log.push('willUpdate');
  }

  protected override render() {
    this.renders++;
    this.log.push('render');
    return litHtml`<p>${this.label} ${this.mode} ${this._count}</p>`;
  }

  protected override firstUpdated() {
    this.log.push('firstUpdated');
  }

  protected override updated() {
    this.log.push('updated');
  }
}

customElements.define('trygg-update-probe', UpdateProbe);

describe('UpdatingElement', () => {
  it('observes the attributes of its own and inherited properties, not of state or attribute: false', () => {
    expect(UpdateProbe.observedAttributes).to.have.members(['label', 'mode', 'open', 'limit', 'heading-level']);
  });

  it('turns attributes into properties: strings, Boolean presence, numbers', async () => {
    const probe = await fixture<UpdateProbe>(html`<trygg-update-probe label="Hej" open limit="5" heading-level="3"></trygg-update-probe>`);
    expect([probe.label, probe.open, probe.limit, probe.headingLevel]).to.deep.equal(['Hej', true, 5, '3']);
    probe.removeAttribute('open');
    probe.removeAttribute('limit');
    expect([probe.open, probe.limit]).to.deep.equal([false, null]);
    expect(probe.shadowRoot!.textContent).to.contain('Hej list 0');
  });

  it('renders once for several changes, telling willUpdate the old values, and reflects what asks for it', async () => {
    const probe = await fixture<UpdateProbe>(html`<trygg-update-probe></trygg-update-probe>`);
    const renders = probe.renders;
    probe.mode = 'month';
    probe.label = 'Vandringar';
    probe._count = 2;
    expect(await probe.updateComplete).to.equal(true);
    expect(probe.renders).to.equal(renders + 1);
    expect([...probe.changes.at(-1)!]).to.deep.equal([
      ['mode', 'list'],
      ['label', undefined],
      ['_count', 0],
    ]);
    expect(probe.getAttribute('mode')).to.equal('month');
    expect(probe.shadowRoot!.textContent).to.contain('Vandringar month 2');
    probe.mode = 'month';
    await probe.updateComplete;
    expect(probe.renders, 'the same value is no change').to.equal(renders + 1);
  });

  it('calls firstUpdated once, after the first render', async () => {
    const probe = await fixture<UpdateProbe>(html`<trygg-update-probe></trygg-update-probe>`);
    probe.label = 'igen';
    await probe.updateComplete;
    expect(probe.log).to.deep.equal(['willUpdate', 'render', 'firstUpdated', 'updated', 'willUpdate', 'render', 'updated']);
  });

  it('waits for the page before its first update, and keeps properties set before its class was defined', async () => {
    const early = document.createElement('trygg-early-probe') as UpdateProbe;
    Object.assign(early, { mode: 'month', label: 'tidig' });
    class EarlyProbe extends UpdateProbe {}
    customElements.define('trygg-early-probe', EarlyProbe);
    customElements.upgrade(early);
    await Promise.resolve();
    expect(early.renders, 'not rendered outside the page').to.equal(0);
    document.body.append(early);
    await early.updateComplete;
    expect(early.mode, 'wins over the constructor default').to.equal('month');
    expect(early.shadowRoot!.textContent).to.contain('tidig month');
    early.remove();
  });

  it('runs controllers around its updates and tells them when it enters and leaves the page', async () => {
    const probe = document.createElement('trygg-update-probe') as UpdateProbe;
    const controller: ReactiveController = {
      hostConnected: () => probe.log.push('connected'),
      hostDisconnected: () => probe.log.push('disconnected'),
      hostUpdate: () => probe.log.push('hostUpdate'),
      hostUpdated: () => probe.log.push('hostUpdated'),
    };
    probe.addController(controller);
    document.body.append(probe);
    await probe.updateComplete;
    probe.remove();
    expect(probe.log).to.deep.equal(['connected', 'willUpdate', 'hostUpdate', 'render', 'hostUpdated', 'firstUpdated', 'updated', 'disconnected']);
    document.body.append(probe);
    const late: ReactiveController = { hostConnected: () => probe.log.push('late connected') };
    probe.addController(late);
    expect(probe.log.slice(-2)).to.deep.equal(['connected', 'late connected']);
    probe.removeController(controller);
    probe.removeController(late);
    probe.remove();
    expect(probe.log.at(-1)).to.equal('late connected');
  });

  it('says false from updateComplete when an update asked for another', async () => {
    const probe = await fixture<UpdateProbe>(html`<trygg-update-probe></trygg-update-probe>`);
    probe.addController({ hostUpdated: () => probe._count < 1 && probe._count++ });
    probe.label = 'x';
    expect(await probe.updateComplete).to.equal(false);
    expect(await probe.updateComplete).to.equal(true);
    expect(probe.shadowRoot!.textContent).to.contain('x list 1');
  });

  it('adopts each style once, where it last appears', async () => {
    const probe = await fixture<UpdateProbe>(html`<trygg-update-probe></trygg-update-probe>`);
    const margins = probe.shadowRoot!.adoptedStyleSheets.map((sheet) => (sheet.cssRules[0] as CSSStyleRule).style.margin);
    expect(margins).to.deep.equal(['2px', '1px']);
  });
});
