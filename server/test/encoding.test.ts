import assert from 'node:assert/strict';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, test } from 'node:test';
import { ByteLimitedCache, EncodedBody, negotiate } from '../src/encoding.js';

describe('negotiate (Accept-Encoding)', () => {
  test('prefers br, then gzip; honours q=0 and *', () => {
    for (const [header, coding] of [
      [undefined, 'identity'],
      ['', 'identity'],
      ['gzip, deflate, br, zstd', 'br'],
      ['GZIP', 'gzip'],
      ['x-gzip', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
      ['br; q=0.0, gzip; q=0.1', 'gzip'],
      ['*', 'br'],
      ['*;q=0', 'identity'],
      ['br;q=0, *', 'gzip'],
      ['deflate, identity', 'identity'],
    ] as const) {
      assert.equal(negotiate(header), coding, String(header));
    }
  });
});

describe('EncodedBody', () => {
  const json = Buffer.from(JSON.stringify(Array.from({ length: 100 }, (_, i) => ({ id: i, title: 'Trygghetsvandring' }))));

  test('makes each compressed form once and counts its bytes', async () => {
    const body = new EncodedBody(json, true, 'dynamic');
    const grown: number[] = [];
    body.onGrow = (bytes) => grown.push(bytes);
    const [br, again] = await Promise.all([body.encode('br'), body.encode('br')]);
    assert.equal(br.coding, 'br');
    assert.equal(again.body, br.body);
    assert.deepEqual(brotliDecompressSync(br.body), json);
    const gzip = await body.encode('gzip');
    assert.deepEqual(gunzipSync(gzip.body), json);
    assert.deepEqual(grown, [br.body.length, gzip.body.length]);
    assert.equal(body.bytes, json.length + br.body.length + gzip.body.length);
  });

  test('sends small, incompressible or not-smaller bodies as they are', async () => {
    assert.equal((await new EncodedBody(Buffer.from('{"items":[]}'), true, 'dynamic').encode('br')).coding, 'identity');
    assert.equal((await new EncodedBody(json, false, 'dynamic').encode('br')).coding, 'identity');
    const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + ((i * i) % 251)) % 256));
    const random = new EncodedBody(noise, true, 'dynamic');
    const sent = await random.encode('gzip');
    assert.equal(sent.coding, 'identity');
    assert.equal(sent.body, noise);
  });
});

describe('ByteLimitedCache', () => {
  const entry = (bytes: number) => ({ encoded: new EncodedBody(Buffer.alloc(bytes, 'a'), true, 'dynamic') });

  test('drops the oldest entries not used since they were last passed over, when their bytes (URL included) pass the limit', () => {
    const cache = new ByteLimitedCache<ReturnType<typeof entry>>(1000);
    cache.set('a', entry(300));
    cache.set('b', entry(300));
    cache.set('c', entry(300));
    assert.equal(cache.totalBytes, 903);
    assert.ok(cache.get('a'));
    cache.set('d', entry(300));
    assert.equal(cache.get('b'), undefined, 'b was used least recently');
    assert.ok(cache.get('a') && cache.get('c') && cache.get('d'));
    cache.set('huge', entry(2000));
    assert.equal(cache.get('huge'), undefined, 'larger than the whole cache: not kept');
    assert.equal(cache.size, 3);
  });

  test('second chance: entries in use move to the back, so a burst of new URLs cannot push out the answers asked for', () => {
    const cache = new ByteLimitedCache<ReturnType<typeof entry>>(1000);
    for (const key of ['a', 'b', 'c']) cache.set(key, entry(300));
    for (const key of ['a', 'b', 'c']) assert.ok(cache.get(key));
    cache.set('d', entry(300));
    assert.equal(cache.get('d'), undefined, 'every older entry was in use: the new one, never asked for again, goes');
    assert.equal(cache.size, 3);
    // That pass cleared the flags of a, b and c; only a is asked for again.
    cache.get('a');
    cache.set('e', entry(300));
    assert.deepEqual(['a', 'b', 'c', 'd', 'e'].map((key) => cache.get(key) !== undefined), [true, false, true, false, true]);
  });

  test('counts compressed forms made later, and forgets replaced entries', async () => {
    const cache = new ByteLimitedCache<ReturnType<typeof entry>>(10_000);
    const first = entry(4000);
    cache.set('/walks', first);
    const br = await first.encoded.encode('br');
    assert.equal(cache.totalBytes, 4000 + br.body.length + '/walks'.length);
    cache.set('/walks', entry(100));
    await first.encoded.encode('gzip');
    assert.equal(cache.totalBytes, 100 + '/walks'.length, 'a form made for a replaced entry is not counted');
    cache.set('/a', entry(5000));
    cache.set('/b', entry(5000));
    assert.equal(cache.get('/walks'), undefined);
    assert.ok(cache.totalBytes <= 10_000);
  });
});
