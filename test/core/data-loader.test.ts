import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DataLoader } from '../../src/core/data-loader.js';
import type { ReadOptions } from '../../src/core/cached-get.js';

type List = { items: string[] };

/** A host that records what the loader asks of it; `update()` runs the controllers as an element's update would. */
class RecordingHost implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  updatesRequested = 0;
  updateComplete = Promise.resolve(true);
  addController(controller: ReactiveController) {
    this.controllers.push(controller);
  }
  removeController() {}
  requestUpdate() {
    this.updatesRequested++;
  }
  update() {
    this.controllers.forEach((controller) => controller.hostUpdate?.());
  }
}

function deferred() {
  let resolve!: (list: List) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<List>((yes, no) => ((resolve = yes), (reject = no)));
  return { promise, resolve, reject };
}

function setUp() {
  const host = new RecordingHost();
  const calls: { area: string; read: ReadOptions; answer: ReturnType<typeof deferred> }[] = [];
  const events = { loaded: [] as number[], failed: [] as unknown[] };
  let area = 'Centrum';
  const loader = new DataLoader(host, {
    args: () => [area] as const,
    load: ([asked], read) => {
      const answer = deferred();
      calls.push({ area: asked, read, answer });
      return answer.promise;
    },
    shape: (list, [asked]) => `${asked}: ${list.items.join(', ')}`,
    loaded: (count) => events.loaded.push(count),
    failed: (error) => events.failed.push(error),
    renderFailure: (error, retry) => ({ error, retry }),
  });
  return { host, loader, calls, events, setArea: (next: string) => (area = next) };
}

const states = { pending: () => 'loading', complete: (value: string) => value };

describe('DataLoader', () => {
  it('loads on the first update, renders each state and tells the element how many items came', async () => {
    const { host, loader, calls, events } = setUp();
    expect(calls).to.have.length(0);
    host.update();
    expect(calls.map((call) => call.area)).to.deep.equal(['Centrum']);
    expect(calls[0]!.read.fresh).to.equal(false);
    expect(loader.render(states)).to.equal('loading');
    calls[0]!.answer.resolve({ items: ['Torget', 'Parken'] });
    await loader.settled;
    expect(loader.render(states)).to.equal('Centrum: Torget, Parken');
    expect(events.loaded).to.deep.equal([2]);
    host.update();
    expect(calls, 'same arguments, no new request').to.have.length(1);
  });

  it('drops the answer to an older request when the arguments changed meanwhile', async () => {
    const { host, loader, calls, events, setArea } = setUp();
    host.update();
    setArea('Norr');
    host.update();
    expect(calls.map((call) => call.area)).to.deep.equal(['Centrum', 'Norr']);
    calls[1]!.answer.resolve({ items: ['Skolan'] });
    await loader.settled;
    calls[0]!.answer.resolve({ items: ['Torget'] });
    await calls[0]!.answer.promise;
    await Promise.resolve();
    expect(loader.render(states)).to.equal('Norr: Skolan');
    expect(events.loaded).to.deep.equal([1]);
  });

  it('hands a failure to the element, and retries past the page cache', async () => {
    const { host, loader, calls, events } = setUp();
    host.update();
    const failure = new Error('down');
    calls[0]!.answer.reject(failure);
    await loader.settled;
    expect(events.failed).to.deep.equal([failure]);
    const rendered = loader.render(states) as { error: unknown; retry: () => void };
    expect(rendered.error).to.equal(failure);
    rendered.retry();
    expect(calls[1]!.read.fresh).to.equal(true);
    expect(loader.render(states)).to.equal('loading');
    calls[1]!.answer.resolve({ items: [] });
    await loader.settled;
    expect(loader.render(states)).to.equal('Centrum: ');
  });

  it('renders nothing when there was nothing to ask', async () => {
    const host = new RecordingHost();
    const loader = new DataLoader(host, {
      args: () => [undefined] as const,
      load: () => undefined,
      shape: (list: List) => list.items.length,
      loaded: () => expect.fail('nothing was loaded'),
      failed: () => expect.fail('nothing failed'),
      renderFailure: () => 'failed',
    });
    host.update();
    await loader.settled;
    expect(loader.render({ pending: () => 'loading', complete: String })).to.equal(null);
  });
});
