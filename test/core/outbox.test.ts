import { expect, waitUntil } from '@open-wc/testing';
import { Outbox, type OutboxEntry, type Send } from '../../src/core/outbox.js';
import { OutboxController } from '../../src/core/outbox-controller.js';
import { TryggApiError } from '../../src/core/api-error.js';

let storageKey: string;
const scope = 'https://kommun.example/api/v1/';

function recordingSend(...results: (() => unknown)[]) {
  const sent: OutboxEntry<{ text: string }>[] = [];
  const send = async (entry: OutboxEntry<{ text: string }>) => {
    sent.push(entry);
    const next = results[Math.min(sent.length, results.length) - 1];
    return next ? next() : 'ok';
  };
  return { send, sent };
}

const offline = () => {
  throw new TryggApiError('network', null);
};

describe('Outbox', () => {
  beforeEach(() => {
    storageKey = `trygg:test-outbox:${crypto.randomUUID()}`;
  });
  afterEach(() => localStorage.removeItem(storageKey));

  it('keeps a submission in localStorage until it is sent, so a reload finds it', async () => {
    new Outbox(localStorage, storageKey).add('concern', scope, { text: 'Mörk gångväg' }, 'key-1');
    const afterReload = new Outbox(localStorage, storageKey);
    expect(afterReload.pending('concern', scope)).to.have.length(1);
    expect(afterReload.pending('feedback', scope), 'other kinds wait for their own element').to.have.length(0);
    expect(afterReload.pending('concern', 'https://other.example/'), 'other APIs too').to.have.length(0);

    const { send, sent } = recordingSend();
    const outcomes = await afterReload.flush('concern', scope, send);
    expect(outcomes.map((outcome) => outcome.status)).to.deep.equal(['sent']);
    expect(sent[0]!.idempotencyKey).to.equal('key-1');
    expect(sent[0]!.payload).to.deep.equal({ text: 'Mörk gångväg' });
    expect(new Outbox(localStorage, storageKey).pending('concern', scope)).to.have.length(0);
  });

  it('keeps what failed for network reasons and sends it once later with the same key', async () => {
    const outbox = new Outbox(localStorage, storageKey);
    const entry = outbox.add('concern', scope, { text: 'a' });
    const { send, sent } = recordingSend(offline, () => 'ok');

    const first = await outbox.deliver(entry, send);
    expect(first.status).to.equal('queued');
    expect(outbox.pending('concern', scope)[0]!.attempts).to.equal(1);

    await outbox.flush('concern', scope, send);
    await outbox.flush('concern', scope, send);
    expect(sent).to.have.length(2);
    expect(sent[1]!.idempotencyKey).to.equal(sent[0]!.idempotencyKey);
    expect(outbox.pending('concern', scope)).to.have.length(0);
  });

  it('hands a refusal (4xx) back instead of retrying it', async () => {
    const outbox = new Outbox(localStorage, storageKey);
    const refusal = new TryggApiError('http', 422, { type: 'x', title: 'Invalid', status: 422, errors: [] });
    const { send } = recordingSend(() => {
      throw refusal;
    });
    const outcome = await outbox.deliver(outbox.add('concern', scope, { text: '' }), send);
    expect(outcome.status).to.equal('rejected');
    expect(outcome.status === 'rejected' && outcome.error).to.equal(refusal);
    expect(outbox.pending('concern', scope)).to.have.length(0);
  });

  it('sends one entry once even when flushes overlap', async () => {
    const outbox = new Outbox(localStorage, storageKey);
    outbox.add('feedback', scope, { text: 'x' });
    const { send, sent } = recordingSend();
    const outcomes = await Promise.all([outbox.flush('feedback', scope, send), outbox.flush('feedback', scope, send)]);
    expect(sent).to.have.length(1);
    expect(outcomes.flat().map((outcome) => outcome.status).sort()).to.deep.equal(['sent', 'skipped']);
  });

  it('keeps the order: stops at the first entry that must wait', async () => {
    const outbox = new Outbox(localStorage, storageKey);
    outbox.add('feedback', scope, { text: 'vote' });
    outbox.add('feedback', scope, { text: 'comment' });
    const { send, sent } = recordingSend(offline);
    await outbox.flush('feedback', scope, send);
    expect(sent.map((entry) => entry.payload.text)).to.deep.equal(['vote']);
    expect(outbox.pending<{ text: string }>('feedback', scope).map((entry) => entry.payload.text)).to.deep.equal(['vote', 'comment']);
  });

  it('keeps the order when flushes overlap: the second waits behind the entry the first is sending', async () => {
    const outbox = new Outbox(localStorage, storageKey);
    outbox.add('feedback', scope, { text: 'vote' });
    outbox.add('feedback', scope, { text: 'comment' });
    const started: string[] = [];
    let answerVote!: () => void;
    const send: Send<{ text: string }, string> = ({ payload }) => {
      started.push(payload.text);
      return payload.text === 'vote' ? new Promise((resolve) => (answerVote = () => resolve('ok'))) : Promise.resolve('ok');
    };
    const first = outbox.flush('feedback', scope, send);
    const second = outbox.flush('feedback', scope, send);
    expect((await second).map((outcome) => outcome.status)).to.deep.equal(['skipped']);
    await waitUntil(() => started.length > 0, 'the vote is on its way');
    expect(started, 'nothing overtakes the vote').to.deep.equal(['vote']);
    answerVote();
    expect((await first).map((outcome) => outcome.status)).to.deep.equal(['sent', 'sent']);
    expect(started).to.deep.equal(['vote', 'comment']);
    expect(outbox.pending('feedback', scope)).to.have.length(0);
  });

  it('works in memory when the browser refuses storage', async () => {
    const refusingStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('QuotaExceededError');
      },
      removeItem: () => undefined,
    } as unknown as Storage;
    for (const storage of [null, refusingStorage]) {
      const outbox = new Outbox(storage, storageKey);
      outbox.add('concern', scope, { text: 'b' });
      expect(outbox.pending('concern', scope)).to.have.length(1);
      const { send, sent } = recordingSend();
      await outbox.flush('concern', scope, send);
      expect(sent).to.have.length(1);
      expect(outbox.pending('concern', scope)).to.have.length(0);
    }
  });

  it('ignores stored garbage', () => {
    localStorage.setItem(storageKey, '{"not": "a list"');
    expect(new Outbox(localStorage, storageKey).pending('concern', scope)).to.deep.equal([]);
    localStorage.setItem(storageKey, JSON.stringify([{ id: 1 }, null, 'x']));
    expect(new Outbox(localStorage, storageKey).pending('concern', scope)).to.deep.equal([]);
  });
});

describe('OutboxController', () => {
  class FakeHost {
    controllers: { hostConnected?(): void; hostDisconnected?(): void }[] = [];
    addController(controller: { hostConnected?(): void }) {
      this.controllers.push(controller);
    }
    removeController() {}
    requestUpdate() {}
    get updateComplete() {
      return Promise.resolve(true);
    }
  }

  beforeEach(() => {
    storageKey = `trygg:test-outbox:${crypto.randomUUID()}`;
  });
  afterEach(() => localStorage.removeItem(storageKey));

  it('offline → online sends exactly one request, with the key of the first try', async () => {
    const host = new FakeHost();
    let online = false;
    const keys: string[] = [];
    const flushed: string[] = [];
    let resolveFlushed: () => void = () => {};
    const flushedOnce = new Promise<void>((resolve) => (resolveFlushed = resolve));
    const controller = new OutboxController<{ text: string }, string>(host, {
      kind: 'feedback',
      scope: () => scope,
      outbox: new Outbox(localStorage, storageKey),
      send: async (entry) => {
        keys.push(entry.idempotencyKey);
        if (!online) throw new TryggApiError('network', null);
        return 'stored';
      },
      onFlushed: (outcome) => {
        flushed.push(outcome.status);
        if (outcome.status === 'sent') resolveFlushed();
      },
    });
    host.controllers.forEach((c) => c.hostConnected?.());

    const first = await controller.submit({ text: 'Nej' });
    expect(first.status).to.equal('queued');
    expect(controller.pending()).to.have.length(1);

    online = true;
    window.dispatchEvent(new Event('online'));
    window.dispatchEvent(new Event('online'));
    await flushedOnce;
    await controller.flush();

    expect(keys).to.have.length(2);
    expect(keys[1]).to.equal(keys[0]);
    expect(flushed.filter((status) => status === 'sent')).to.have.length(1);
    expect(controller.pending()).to.have.length(0);
    host.controllers.forEach((c) => c.hostDisconnected?.());
  });

  it('leaves entries waiting while the element has no API', async () => {
    const host = new FakeHost();
    const controller = new OutboxController<{ text: string }, string>(host, {
      kind: 'concern',
      scope: () => null,
      outbox: new Outbox(localStorage, storageKey),
      send: async () => 'never',
      onFlushed: () => {},
    });
    expect(controller.pending()).to.deep.equal([]);
    let refused = false;
    await controller.submit({ text: 'x' }).catch(() => (refused = true));
    expect(refused).to.equal(true);
  });
});
