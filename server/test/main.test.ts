import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
  stop: () => Promise<number | null>;
}

/** Starts src/main.ts as `npm start` would and waits until it prints where it listens. */
function startMain(env: Record<string, string>, args: string[] = []): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', ...args], {
    cwd: serverDir,
    env: { PATH: process.env.PATH ?? '', TRYGG_PORT: '0', TRYGG_LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match && output.includes('Open ')) {
        resolve({
          child,
          url: match[1]!,
          output: () => output,
          stop: () => {
            child.kill('SIGTERM');
            return exited;
          },
        });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
}

describe('npm start (src/main.ts in a child process)', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trygg-main-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('first start: migrates, seeds, prints the URL and the generated token once; demo hands the token to the editor panel', async () => {
    const db = path.join(dir, 'first', 'trygg.sqlite');
    const server = await startMain({ TRYGG_DB: db }, ['--demo']);
    let firstToken: string | undefined;
    try {
      const token = /Staff token \(development; stored in (.+)\): (\S+)/.exec(server.output());
      assert.ok(token, server.output());
      assert.equal(token[1], path.join(dir, 'first', 'staff-token'));
      firstToken = token[2]!;
      assert.match(server.output(), /Open http:\/\/127\.0\.0\.1:\d+\/ \(API: .*\/api\/v1, contract: .*\/api\/v1\/openapi\.json\)/);
      const walks = (await (await fetch(`${server.url}/api/v1/walks`)).json()) as { items: unknown[] };
      assert.equal(walks.items.length, 7);
      const demo = (await (await fetch(`${server.url}/demo/config.json`)).json()) as { staffToken: string };
      assert.equal(demo.staffToken, token[2]);
      const audit = await fetch(`${server.url}/api/v1/staff/audit?limit=1`, { headers: { authorization: `Bearer ${token[2]}` } });
      assert.equal(audit.status, 200);
      await fetch(`${server.url}/api/v1/concerns`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      assert.equal(server.output().split(token[2]!).length - 1, 1, 'the token is printed once and never logged');
      assert.ok(!server.output().includes('remoteAddress'), 'request logs carry no client address');
    } finally {
      assert.equal(await server.stop(), 0);
    }

    const again = await startMain({ TRYGG_DB: db });
    try {
      assert.ok(again.output().includes(`staff-token): ${firstToken}\n`), 'the stored token is reused and shown at start');
      assert.ok(!again.output().includes('seeded the demo municipality'), 'a database with data is not seeded again');
      const walks = (await (await fetch(`${again.url}/api/v1/walks`)).json()) as { items: unknown[] };
      assert.equal(walks.items.length, 7);
      assert.equal((await fetch(`${again.url}/demo/config.json`)).status, 404, 'no demo flag, no token handed out');
    } finally {
      await again.stop();
    }
  });

  test('with TRYGG_STAFF_TOKEN set nothing is printed or handed out, even in demo mode', async () => {
    const server = await startMain({ TRYGG_DB: path.join(dir, 'set', 'trygg.sqlite'), TRYGG_STAFF_TOKEN: 'configured-token-0123456789', TRYGG_DEMO: '1' });
    try {
      assert.ok(!server.output().includes('configured-token-0123456789'));
      assert.ok(!server.output().includes('Staff token'));
      assert.equal((await fetch(`${server.url}/demo/config.json`)).status, 404);
      assert.ok(!fs.existsSync(path.join(dir, 'set', 'staff-token')));
    } finally {
      await server.stop();
    }
  });

  test('in production requests are not logged one by one, unless TRYGG_LOG_LEVEL is debug', async () => {
    const production = { NODE_ENV: 'production', TRYGG_STAFF_TOKEN: 'configured-token-0123456789', TRYGG_SEED: '1' };
    for (const [level, logged] of [['info', false], ['debug', true]] as const) {
      const server = await startMain({ ...production, TRYGG_DB: path.join(dir, `log-${level}`, 'trygg.sqlite'), TRYGG_LOG_LEVEL: level });
      // 'close' comes once the child's output is read to its end (logs are written asynchronously).
      const drained = new Promise((resolve) => server.child.once('close', resolve));
      try {
        assert.equal((await fetch(`${server.url}/api/v1/walks`)).status, 200);
      } finally {
        await server.stop();
      }
      await drained;
      assert.equal(server.output().includes('"url":"/api/v1/walks"'), logged, server.output());
      assert.equal(server.output().includes('seeded the demo municipality'), true, 'other info lines stay');
    }
  });

  test('a configuration error stops the start with a clear message', async () => {
    await assert.rejects(startMain({ TRYGG_DB: path.join(dir, 'bad', 'db.sqlite'), TRYGG_PORT: 'eighty' }), /Configuration error: TRYGG_PORT/);
  });
});
