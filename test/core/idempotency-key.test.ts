import { expect } from '@open-wc/testing';
import { newIdempotencyKey } from '../../src/core/idempotency-key.js';

const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newIdempotencyKey', () => {
  it('is a fresh UUID v4 each time', () => {
    const keys = new Set(Array.from({ length: 50 }, () => newIdempotencyKey()));
    expect(keys.size).to.equal(50);
    for (const key of keys) expect(key).to.match(uuidV4);
  });

  it('makes a UUID v4 from random bytes where the browser has no randomUUID (pages without https)', () => {
    const keys = Array.from({ length: 200 }, () => newIdempotencyKey(null));
    expect(new Set(keys).size).to.equal(200);
    for (const key of keys) expect(key).to.match(uuidV4);
    // Every hex digit turns up at a random position, so none is stuck.
    expect(new Set(keys.map((key) => key[0])).size).to.be.greaterThan(10);
  });
});
