import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ReadOptions } from './cached-get.js';

export interface DataLoaderOptions<Args extends readonly unknown[], List extends { items: readonly unknown[] }, Value> {
  /** What the data depends on; it is loaded again when one of them changes. */
  args: () => Args;
  /** The list for these arguments, or undefined when there is nothing to ask (no API); `read.fresh` skips the page cache. */
  load: (args: Args, read: ReadOptions) => Promise<List> | undefined;
  /** What the element keeps of a list, worked out once per load. */
  shape: (list: List, args: Args) => Value;
}

/** What a loader tells its element; `DataElement.loaderEvents` fires `trygg-load` and `trygg-error` and draws the error state. */
export interface DataLoaderEvents {
  loaded(count: number): void;
  failed(error: unknown): void;
  renderFailure(error: unknown, retry: () => void): unknown;
}

/**
 * An element's data: loaded when the element first updates and whenever its arguments change, the answer to an older
 * request dropped, the loading and loaded states drawn by the element and the error state (with retry) by the base.
 * Does the job of @lit/task here in a third of its bytes.
 */
export class DataLoader<Args extends readonly unknown[], List extends { items: readonly unknown[] }, Value> implements ReactiveController {
  status: 'pending' | 'complete' | 'error' = 'pending';
  value: Value | undefined;
  error: unknown;
  readonly #host: ReactiveControllerHost;
  readonly #options: DataLoaderOptions<Args, List, Value> & DataLoaderEvents;
  /** The latest load, settled when its answer (or error) has been taken in. */
  settled: Promise<void> = Promise.resolve();
  #args: Args | undefined;
  #latest = 0;

  constructor(host: ReactiveControllerHost, options: DataLoaderOptions<Args, List, Value> & DataLoaderEvents) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostUpdate(): void {
    const args = this.#options.args();
    if (!this.#args || args.some((arg, index) => arg !== this.#args![index])) this.#load(args, false);
  }

  /** Loads again past the page cache: the error state's "try again". */
  retry = (): void => this.#load(this.#options.args(), true);

  render(states: { pending: () => unknown; complete: (value: Value) => unknown }): unknown {
    if (this.status === 'error') return this.#options.renderFailure(this.error, this.retry);
    return this.status === 'pending' ? states.pending() : this.value === undefined ? null : states.complete(this.value);
  }

  #load(args: Args, fresh: boolean): void {
    const request = ++this.#latest;
    this.#args = args;
    this.status = 'pending';
    this.#host.requestUpdate();
    this.settled = this.#take(request, args, this.#options.load(args, { fresh }));
  }

  async #take(request: number, args: Args, answer: Promise<List> | undefined): Promise<void> {
    try {
      const list = await answer;
      if (request !== this.#latest) return;
      this.value = list && this.#options.shape(list, args);
      this.status = 'complete';
      if (list) this.#options.loaded(list.items.length);
    } catch (error) {
      if (request !== this.#latest) return;
      this.error = error;
      this.status = 'error';
      this.#options.failed(error);
    }
    this.#host.requestUpdate();
  }
}
