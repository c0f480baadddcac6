import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Config {
  host: string;
  port: number;
  /** SQLite database file. */
  dbFile: string;
  /** Bearer token for /api/v1/staff; undefined means staff endpoints answer 403. */
  staffToken: string | undefined;
  /** True when the token was generated for development (then the demo may hand it out). */
  staffTokenGenerated: boolean;
  /** Origins allowed to call the API from a browser; '*' allows any origin on public endpoints only. */
  corsOrigins: string[];
  /** Days after closing a concern (or after a walk) before contact details are erased. */
  retentionDays: number;
  /** POST/PATCH requests per client per minute on public endpoints. */
  rateLimitPerMinute: number;
  /** Serve /demo/config.json with a generated development token (a production token is never handed out). */
  demo: boolean;
  /** Fill an empty database with the demo municipality on start. */
  seed: boolean;
  /** Where the site is reachable; used for links inside calendar files. */
  publicUrl: string;
  /** A form sent faster than this is treated as spam. */
  spamMinFillMs: number;
  trustProxy: boolean;
  production: boolean;
  logLevel: string;
  /** Validate every response against the contract (on outside production). */
  validateResponses: boolean;
  demoDir: string;
  distDir: string;
  /** The clock; tests inject their own. */
  now: () => Date;
}

const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export class ConfigError extends Error {}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}".`);
  }
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string): boolean {
  const raw = (env[name] ?? '').toLowerCase();
  if (['', '0', 'false', 'no'].includes(raw)) return false;
  if (['1', 'true', 'yes'].includes(raw)) return true;
  throw new ConfigError(`${name} must be 1 or 0, got "${env[name]}".`);
}

function origins(raw: string | undefined): string[] {
  const list = (raw ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/$/, ''))
    .filter(Boolean);
  for (const origin of list) {
    if (origin !== '*' && !/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new ConfigError(`TRYGG_CORS_ORIGINS: "${origin}" is not an origin like https://www.example.se.`);
    }
  }
  return list;
}

/** Reads the configuration from environment variables; every variable has a safe default. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env, argv: readonly string[] = []): Config {
  const production = env.NODE_ENV === 'production';
  const host = env.TRYGG_HOST || '127.0.0.1';
  const port = integer(env, 'TRYGG_PORT', 8080, 0, 65535);
  const demo = flag(env, 'TRYGG_DEMO') || argv.includes('--demo');
  const token = env.TRYGG_STAFF_TOKEN || undefined;
  if (token !== undefined && token.length < 16) throw new ConfigError('TRYGG_STAFF_TOKEN must be at least 16 characters.');
  const publicUrl = (env.TRYGG_PUBLIC_URL || `http://${host.includes(':') ? `[${host}]` : host}:${port}`).replace(/\/$/, '');
  if (!/^https?:\/\/\S+$/.test(publicUrl)) throw new ConfigError('TRYGG_PUBLIC_URL must be an http(s) URL.');
  return {
    host,
    port,
    dbFile: path.resolve(env.TRYGG_DB || './.data/trygg.sqlite'),
    staffToken: token,
    staffTokenGenerated: false,
    corsOrigins: origins(env.TRYGG_CORS_ORIGINS),
    retentionDays: integer(env, 'TRYGG_RETENTION_DAYS', 90, 1, 3650),
    rateLimitPerMinute: integer(env, 'TRYGG_RATE_LIMIT', 20, 1, 1_000_000),
    demo,
    seed: env.TRYGG_SEED === undefined || env.TRYGG_SEED === '' ? !production : flag(env, 'TRYGG_SEED'),
    publicUrl,
    spamMinFillMs: integer(env, 'TRYGG_SPAM_MIN_FILL_MS', 2000, 0, 600_000),
    trustProxy: flag(env, 'TRYGG_TRUST_PROXY'),
    production,
    logLevel: env.TRYGG_LOG_LEVEL || 'info',
    validateResponses: !production,
    demoDir: path.resolve(env.TRYGG_DEMO_DIR || path.join(serverRoot, '..', 'demo')),
    distDir: path.resolve(env.TRYGG_DIST_DIR || path.join(serverRoot, '..', 'dist')),
    now: () => new Date(),
  };
}
