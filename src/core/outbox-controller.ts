import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Outbox, type DeliveryOutcome, type OutboxEntry, type Send } from './outbox.js';

export interface OutboxControllerOptions<P, R> {
  kind: string;
  /** The API the entries go to; null while the element has none, which leaves the entries waiting. */
  scope: () => string | null;
  send: Send<P, R>;
  /** Told about every entry that a flush (on load, on reconnect) delivered or gave back. */
  onFlushed: (outcome: DeliveryOutcome<P, R>) => void;
  outbox?: Outbox;
}

/** Connects an element to the outbox: submits through it, and sends what waits there on load and when the browser is back online. */
export class OutboxController<P, R> implements ReactiveController {
  readonly #options: OutboxControllerOptions<P, R>;
  readonly #outbox: Outbox;
  readonly #flushOnReconnect = () => void this.flush();

  constructor(host: ReactiveControllerHost, options: OutboxControllerOptions<P, R>) {
    this.#options = options;
    this.#outbox = options.outbox ?? new Outbox();
    host.addController(this);
  }

  hostConnected(): void {
    globalThis.addEventListener('online', this.#flushOnReconnect);
    void this.flush();
  }

  hostDisconnected(): void {
    globalThis.removeEventListener('online', this.#flushOnReconnect);
  }

  /** Stores the submission first (so a closed tab loses nothing), then tries to send it. */
  async submit(payload: P, idempotencyKey?: string): Promise<DeliveryOutcome<P, R>> {
    const scope = this.#options.scope();
    if (scope === null) throw new Error('trygg-widgets: cannot submit without an API');
    const entry = this.#outbox.add(this.#options.kind, scope, payload, idempotencyKey);
    return this.#outbox.deliver(entry, this.#options.send);
  }

  pending(): OutboxEntry<P>[] {
    const scope = this.#options.scope();
    return scope === null ? [] : this.#outbox.pending<P>(this.#options.kind, scope);
  }

  async flush(): Promise<void> {
    const scope = this.#options.scope();
    if (scope === null) return;
    const outcomes = await this.#outbox.flush(this.#options.kind, scope, this.#options.send);
    for (const outcome of outcomes) this.#options.onFlushed(outcome);
  }
}
