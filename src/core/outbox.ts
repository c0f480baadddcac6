import { TryggApiError } from './api-error.js';
import { browserStorage, readJson, writeJson } from './browser-storage.js';
import { newIdempotencyKey } from './idempotency-key.js';

/** A submission waiting to reach the server; it keeps its Idempotency-Key across reloads. */
export interface OutboxEntry<P = unknown> {
  id: string;
  /** What is being sent, e.g. `concern`; each element flushes only its own kind. */
  kind: string;
  /** Which API it goes to: entries for another api-base wait for an element configured for it. */
  scope: string;
  idempotencyKey: string;
  payload: P;
  queuedAt: number;
  attempts: number;
}

export type DeliveryOutcome<P, R> =
  /** The server accepted it; the entry is gone. */
  | { status: 'sent'; entry: OutboxEntry<P>; result: R }
  /** The server refused it (4xx); the entry is gone and the error goes back to the form. */
  | { status: 'rejected'; entry: OutboxEntry<P>; error: TryggApiError }
  /** It could not be sent now (offline, timeout, 5xx); the entry waits for the next chance. */
  | { status: 'queued'; entry: OutboxEntry<P>; error: unknown }
  /** Someone else is sending it or has sent it: this tab, another tab, or an earlier flush. */
  | { status: 'skipped'; entry: OutboxEntry<P> };

export type Send<P, R> = (entry: OutboxEntry<P>) => Promise<R>;

// Shared by every Outbox on the page, so one entry is never in flight twice.
const inFlight = new Set<string>();

/** Submissions kept in `localStorage` (memory when it is unavailable) until the server has them, sent exactly once. */
export class Outbox {
  #storage: Storage | null;
  readonly #key: string;
  #memory: OutboxEntry[] = [];

  constructor(storage: Storage | null = browserStorage('localStorage'), key = 'trygg:outbox:v1') {
    this.#storage = storage;
    this.#key = key;
  }

  add<P>(kind: string, scope: string, payload: P, idempotencyKey = newIdempotencyKey()): OutboxEntry<P> {
    const entry: OutboxEntry<P> = { id: idempotencyKey, kind, scope, idempotencyKey, payload, queuedAt: Date.now(), attempts: 0 };
    this.#write([...this.#read(), entry]);
    return entry;
  }

  pending<P>(kind: string, scope: string): OutboxEntry<P>[] {
    return this.#read().filter((entry) => entry.kind === kind && entry.scope === scope) as OutboxEntry<P>[];
  }

  /** Sends one entry unless it is already on its way; removes it once the server has answered for good. */
  async deliver<P, R>(entry: OutboxEntry<P>, send: Send<P, R>): Promise<DeliveryOutcome<P, R>> {
    if (inFlight.has(entry.id)) return { status: 'skipped', entry };
    inFlight.add(entry.id);
    try {
      return await withTabLock(`trygg-outbox:${entry.id}`, () => this.#attempt(entry, send), { status: 'skipped', entry });
    } finally {
      inFlight.delete(entry.id);
    }
  }

  /**
   * Sends the kind's waiting entries in the order they were made; stops at the first that must wait, and at one that
   * is already on its way (whoever sends it goes on with the rest, in order: a comment never overtakes its vote).
   */
  async flush<P, R>(kind: string, scope: string, send: Send<P, R>): Promise<DeliveryOutcome<P, R>[]> {
    const outcomes: DeliveryOutcome<P, R>[] = [];
    for (const entry of this.pending<P>(kind, scope)) {
      const outcome = await this.deliver(entry, send);
      outcomes.push(outcome);
      if (outcome.status === 'queued' || outcome.status === 'skipped') break;
    }
    return outcomes;
  }

  async #attempt<P, R>(entry: OutboxEntry<P>, send: Send<P, R>): Promise<DeliveryOutcome<P, R>> {
    // Another tab may have sent it while this one waited for the lock.
    if (!this.#read().some((stored) => stored.id === entry.id)) return { status: 'skipped', entry };
    try {
      const result = await send(entry);
      this.#remove(entry.id);
      return { status: 'sent', entry, result };
    } catch (error) {
      if (error instanceof TryggApiError && !error.isTransient) {
        this.#remove(entry.id);
        return { status: 'rejected', entry, error };
      }
      this.#write(this.#read().map((stored) => (stored.id === entry.id ? { ...stored, attempts: stored.attempts + 1 } : stored)));
      return { status: 'queued', entry, error };
    }
  }

  #remove(id: string): void {
    this.#write(this.#read().filter((entry) => entry.id !== id));
  }

  #read(): OutboxEntry[] {
    if (!this.#storage) return this.#memory;
    const stored = readJson(this.#storage, this.#key);
    return Array.isArray(stored) ? stored.filter(isEntry) : [];
  }

  #write(entries: OutboxEntry[]): void {
    if (writeJson(this.#storage, this.#key, entries)) return;
    // Storage refused (quota, private mode): keep the entries in memory for the rest of this page's life.
    this.#storage = null;
    this.#memory = entries;
  }
}

function isEntry(value: unknown): value is OutboxEntry {
  const entry = value as Partial<OutboxEntry> | null;
  return (
    typeof entry === 'object' &&
    entry !== null &&
    typeof entry.id === 'string' &&
    typeof entry.kind === 'string' &&
    typeof entry.scope === 'string' &&
    typeof entry.idempotencyKey === 'string' &&
    typeof entry.attempts === 'number'
  );
}

/** Runs `task` holding a lock shared by all tabs of this origin (Web Locks); `busy` when another tab holds it. */
async function withTabLock<T>(name: string, task: () => Promise<T>, busy: T): Promise<T> {
  const locks = globalThis.navigator?.locks;
  if (!locks) return task();
  return locks.request(name, { ifAvailable: true }, (lock) => (lock ? task() : busy));
}
