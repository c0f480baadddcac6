import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import { bundleCacheControl } from '../src/demo.js';
import { IMMUTABLE, REVALIDATE } from '../src/static-files.js';
import { startServer, type TestServer } from './helpers.js';

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Decompressed. */
  body: string;
  wireBytes: number;
}

/** A request over real HTTP with the path sent byte for byte (fetch would resolve "..", a browser too). */
function rawGet(server: TestServer, requestPath: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(server.url);
    const request = http.request({ hostname, port, path: requestPath, method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const raw = Buffer.concat(chunks);
        const coding = response.headers['content-encoding'];
        const body = coding === 'br' ? brotliDecompressSync(raw) : coding === 'gzip' ? gunzipSync(raw) : raw;
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: body.toString('utf8'), wireBytes: raw.length });
      });
    });
    request.on('error', reject);
    request.end();
  });
}

const bundle = (version: string) =>
  `const version = "${version}";\n` +
  Array.from({ length: 200 }, (_, i) => `export function walk${i}(item) { return item.title + " " + version; }`).join('\n');

describe('static files: the demo page and the bundles', () => {
  let server: TestServer;
  let dir: string;
  let dist: string;
  const entry = () => path.join(dist, 'cdn', 'trygg-widgets.js');

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trygg-static-'));
    dist = path.join(dir, 'dist');
    const demo = path.join(dir, 'demo');
    fs.mkdirSync(path.join(dist, 'cdn', 'chunks'), { recursive: true });
    fs.mkdirSync(demo);
    fs.writeFileSync(entry(), bundle('0.1.0'));
    fs.writeFileSync(path.join(dist, 'cdn', 'trygg-widgets.js.map'), '{"version":3}');
    fs.writeFileSync(path.join(dist, 'cdn', 'chunks', 'trygg-widgets-en-B4evLeLc.js'), 'export const en = {};\n');
    fs.writeFileSync(path.join(dist, '.env'), 'SECRET=dist-dotfile');
    fs.writeFileSync(path.join(dir, 'secret.txt'), 'SECRET=outside');
    fs.writeFileSync(path.join(demo, 'index.html'), '<!doctype html><title>Demo</title>');
    fs.writeFileSync(path.join(demo, 'site.css'), 'body { margin: 0; }');
    server = await startServer({ listen: true, config: { distDir: dist, demoDir: demo } });
  });
  after(async () => {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('an entry bundle: revalidated on every use, strong ETag per coding, br or gzip as accepted', async () => {
    const plain = await rawGet(server, '/dist/cdn/trygg-widgets.js');
    assert.equal(plain.status, 200);
    assert.equal(plain.body, bundle('0.1.0'));
    assert.equal(plain.headers['content-type'], 'text/javascript; charset=utf-8');
    assert.equal(plain.headers['cache-control'], 'no-cache');
    assert.match(String(plain.headers.etag), /^"[\w-]+"$/, 'strong');
    assert.match(String(plain.headers.vary), /Accept-Encoding/);
    for (const coding of ['br', 'gzip']) {
      const compressed = await rawGet(server, '/dist/cdn/trygg-widgets.js', { 'accept-encoding': `${coding}, deflate` });
      assert.equal(compressed.headers['content-encoding'], coding);
      assert.equal(compressed.body, plain.body);
      assert.equal(compressed.headers.etag, `${String(plain.headers.etag).slice(0, -1)}-${coding}"`);
      assert.ok(compressed.wireBytes < plain.wireBytes / 4, `${coding}: ${compressed.wireBytes} of ${plain.wireBytes} bytes`);
    }
  });

  test('If-None-Match with the content in any coding is 304 without a body', async () => {
    const br = await rawGet(server, '/dist/cdn/trygg-widgets.js', { 'accept-encoding': 'br' });
    const again = await rawGet(server, '/dist/cdn/trygg-widgets.js', { 'accept-encoding': 'br', 'if-none-match': String(br.headers.etag) });
    assert.equal(again.status, 304);
    assert.equal(again.wireBytes, 0);
    assert.equal(again.headers.etag, br.headers.etag);
    assert.equal(again.headers['cache-control'], 'no-cache');
    const otherCoding = await rawGet(server, '/dist/cdn/trygg-widgets.js', { 'accept-encoding': 'gzip', 'if-none-match': String(br.headers.etag) });
    assert.equal(otherCoding.status, 304);
    const stale = await rawGet(server, '/dist/cdn/trygg-widgets.js', { 'if-none-match': '"something-else"' });
    assert.equal(stale.status, 200);
  });

  test('a rebuild is served at once, even one that keeps the size and the modification time', async () => {
    const before = await rawGet(server, '/dist/cdn/trygg-widgets.js', { 'accept-encoding': 'br' });
    const { mtime, atime } = fs.statSync(entry());
    // The version string changes, the size does not (as scripts/second-copy.mjs does); a copy keeps the time.
    fs.writeFileSync(entry(), bundle('0.1.1'));
    fs.utimesSync(entry(), atime, mtime);
    const after = await rawGet(server, '/dist/cdn/trygg-widgets.js', { 'accept-encoding': 'br', 'if-none-match': String(before.headers.etag) });
    assert.equal(after.status, 200);
    assert.equal(after.body, bundle('0.1.1'));
    assert.notEqual(after.headers.etag, before.headers.etag);
    // Replaced by a rename, as a build that writes beside and moves into place does.
    fs.writeFileSync(`${entry()}.tmp`, bundle('0.1.2'));
    fs.renameSync(`${entry()}.tmp`, entry());
    assert.equal((await rawGet(server, '/dist/cdn/trygg-widgets.js')).body, bundle('0.1.2'));
  });

  test('chunks (named after their content) are immutable; source maps are revalidated', async () => {
    const chunk = await rawGet(server, '/dist/cdn/chunks/trygg-widgets-en-B4evLeLc.js');
    assert.equal(chunk.status, 200);
    assert.equal(chunk.headers['cache-control'], 'public, max-age=31536000, immutable');
    const map = await rawGet(server, '/dist/cdn/trygg-widgets.js.map');
    assert.equal(map.headers['content-type'], 'application/json; charset=utf-8');
    assert.equal(map.headers['cache-control'], 'no-cache');
  });

  test('the demo page at /, its files, HEAD; a missing file is a 404 problem that is not stored', async () => {
    const page = await rawGet(server, '/');
    assert.equal(page.status, 200);
    assert.equal(page.headers['content-type'], 'text/html; charset=utf-8');
    assert.equal(page.headers['cache-control'], 'no-cache');
    assert.equal(page.body, '<!doctype html><title>Demo</title>');
    assert.equal((await rawGet(server, '/index.html')).body, page.body);
    assert.equal((await rawGet(server, '/site.css?v=2')).headers['content-type'], 'text/css; charset=utf-8');
    const head = await rawGet(server, '/dist/cdn/trygg-widgets.js', {}, 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.wireBytes, 0);
    assert.ok(Number(head.headers['content-length']) > 1000);
    for (const missing of ['/nothing.html', '/dist/cdn/nothing.js', '/dist/cdn/', '/dist/cdn/chunks']) {
      const answer = await rawGet(server, missing);
      assert.equal(answer.status, 404, missing);
      assert.match(String(answer.headers['content-type']), /^application\/problem\+json/, missing);
      assert.equal(answer.headers['cache-control'], 'no-store', missing);
    }
  });

  test('nothing outside the folders, and no dot files, however the path is written', async () => {
    for (const attempt of [
      '/dist/../secret.txt',
      '/dist/cdn/../../secret.txt',
      '/dist/%2e%2e/secret.txt',
      '/dist/cdn/..%2f..%2fsecret.txt',
      '/dist/cdn/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/dist/..%5csecret.txt',
      '/dist/.env',
      '/dist/%2eenv',
      '/dist/cdn/trygg-widgets.js%00.txt',
      '/../secret.txt',
      '/%2e%2e/secret.txt',
    ]) {
      const answer = await rawGet(server, attempt);
      assert.ok(answer.status === 404 || answer.status === 400, `${attempt}: ${answer.status}`);
      assert.doesNotMatch(answer.body, /SECRET=/, attempt);
    }
  });
});

describe('cache policy of the bundles', () => {
  test('chunk scripts are immutable, everything else is revalidated', () => {
    assert.equal(bundleCacheControl('cdn/chunks/trygg-widgets-en-B4evLeLc.js'), IMMUTABLE);
    assert.equal(bundleCacheControl('cdn-copy/chunks/trygg-widgets-en-B4evLeLc.js'), IMMUTABLE);
    for (const file of ['cdn/trygg-widgets.js', 'cdn/trygg-widgets.js.map', 'cdn/chunks/trygg-widgets-en-B4evLeLc.js.map', 'index.js', 'chunks.js']) {
      assert.equal(bundleCacheControl(file), REVALIDATE, file);
    }
  });

  test('holds only while the build names every chunk after its content hash', () => {
    const config = fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '../../rollup.config.mjs'), 'utf8');
    const chunkNames = /chunkFileNames:\s*`([^`]+)`/.exec(config)?.[1];
    assert.ok(chunkNames, 'rollup.config.mjs sets chunkFileNames');
    assert.match(chunkNames, /^chunks\/.*\[hash\]\.js$/, 'chunks live in chunks/ and carry [hash]: else they must not be immutable');
    const entryNames = /entryFileNames:\s*`([^`]+)`/.exec(config)?.[1];
    assert.ok(entryNames && !entryNames.startsWith('chunks/'), 'entry bundles are not in chunks/');
  });
});
