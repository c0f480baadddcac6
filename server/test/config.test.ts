import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { ConfigError, configFromEnv } from '../src/config.js';
import { developmentStaffToken, staffTokenFile } from '../src/staff-token.js';

describe('configuration from environment variables', () => {
  test('safe defaults', () => {
    const config = configFromEnv({});
    assert.equal(config.host, '127.0.0.1');
    assert.equal(config.port, 8080);
    assert.equal(config.dbFile, path.resolve('.data/trygg.sqlite'));
    assert.equal(config.staffToken, undefined);
    assert.deepEqual(config.corsOrigins, []);
    assert.equal(config.retentionDays, 90);
    assert.equal(config.rateLimitPerMinute, 20);
    assert.equal(config.spamMinFillMs, 2000);
    assert.equal(config.demo, false);
    assert.equal(config.seed, true);
    assert.equal(config.publicUrl, 'http://127.0.0.1:8080');
    assert.equal(config.trustProxy, false);
    assert.equal(config.validateResponses, true);
    assert.ok(config.demoDir.endsWith(`${path.sep}demo`));
    assert.ok(config.distDir.endsWith(`${path.sep}dist`));
  });

  test('production: no demo seed, no response validation', () => {
    const config = configFromEnv({ NODE_ENV: 'production' });
    assert.equal(config.seed, false);
    assert.equal(config.validateResponses, false);
    assert.equal(configFromEnv({ NODE_ENV: 'production', TRYGG_SEED: '1' }).seed, true);
  });

  test('every variable is read', () => {
    const config = configFromEnv(
      {
        TRYGG_HOST: '0.0.0.0',
        TRYGG_PORT: '9000',
        TRYGG_DB: '/var/lib/trygg/db.sqlite',
        TRYGG_STAFF_TOKEN: 'a-long-enough-secret',
        TRYGG_CORS_ORIGINS: ' https://www.kommun.se, https://intranat.kommun.se/ ',
        TRYGG_RETENTION_DAYS: '30',
        TRYGG_RATE_LIMIT: '100',
        TRYGG_DEMO: '1',
        TRYGG_PUBLIC_URL: 'https://trygg.kommun.se/',
        TRYGG_SPAM_MIN_FILL_MS: '1500',
        TRYGG_TRUST_PROXY: 'true',
        TRYGG_SEED: '0',
      },
      [],
    );
    assert.deepEqual(
      [config.host, config.port, config.dbFile, config.staffToken, config.retentionDays, config.rateLimitPerMinute],
      ['0.0.0.0', 9000, '/var/lib/trygg/db.sqlite', 'a-long-enough-secret', 30, 100],
    );
    assert.deepEqual(config.corsOrigins, ['https://www.kommun.se', 'https://intranat.kommun.se']);
    assert.deepEqual([config.demo, config.publicUrl, config.spamMinFillMs, config.trustProxy, config.seed], [true, 'https://trygg.kommun.se', 1500, true, false]);
    assert.equal(configFromEnv({}, ['--demo']).demo, true);
  });

  test('bad values stop the server with a message naming the variable', () => {
    for (const [name, value] of [
      ['TRYGG_PORT', 'eighty'],
      ['TRYGG_PORT', '70000'],
      ['TRYGG_RETENTION_DAYS', '0'],
      ['TRYGG_RATE_LIMIT', '1.5'],
      ['TRYGG_CORS_ORIGINS', 'www.kommun.se'],
      ['TRYGG_CORS_ORIGINS', 'https://kommun.se/path'],
      ['TRYGG_STAFF_TOKEN', 'short'],
      ['TRYGG_DEMO', 'maybe'],
      ['TRYGG_PUBLIC_URL', 'kommun.se'],
    ]) {
      assert.throws(() => configFromEnv({ [name as string]: value }), (error: Error) => error instanceof ConfigError && error.message.includes(name as string), `${name}=${value}`);
    }
  });

  test('the development staff token is generated once, beside the database, readable by its owner only', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trygg-token-'));
    try {
      const dbFile = path.join(dir, 'data', 'trygg.sqlite');
      const token = developmentStaffToken(dbFile);
      assert.match(token, /^[A-Za-z0-9_-]{43}$/);
      assert.equal(staffTokenFile(dbFile), path.join(dir, 'data', 'staff-token'));
      assert.equal(fs.statSync(staffTokenFile(dbFile)).mode & 0o777, 0o600);
      assert.equal(developmentStaffToken(dbFile), token);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
