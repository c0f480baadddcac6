import type { FastifyBaseLogger } from 'fastify';
import type { Config } from './config.js';
import type { Storage } from './storage/storage.js';
import { addDays, toUtcIso } from './time.js';

const DAY_MS = 86_400_000;
/** Stored responses for Idempotency-Key replays are kept this long. */
export const IDEMPOTENCY_KEY_DAYS = 2;

/** Erases contact details that are past the retention period; returns what was erased. */
export async function runRetention(storage: Storage, config: Config) {
  const now = config.now();
  return storage.applyRetention(
    toUtcIso(addDays(now, -config.retentionDays)),
    toUtcIso(addDays(now, -IDEMPOTENCY_KEY_DAYS)),
    { actor: 'retention', at: toUtcIso(now) },
  );
}

/** Runs retention now and then daily; returns a function that stops the timer. */
export async function scheduleRetention(storage: Storage, config: Config, log: FastifyBaseLogger): Promise<() => void> {
  const run = async () => {
    try {
      const erased = await runRetention(storage, config);
      if (erased.concerns + erased.registrations > 0) log.info({ erased }, 'retention: contact details erased');
    } catch (error) {
      log.error({ err: error }, 'retention failed');
    }
  };
  await run();
  const timer = setInterval(() => void run(), DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
