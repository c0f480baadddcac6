import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { buildApp } from '../src/app.js';
import { configFromEnv, type Config } from '../src/config.js';
import { seedDemoMunicipality } from '../src/storage/seed.js';
import { SqliteStorage } from '../src/storage/sqlite-storage.js';
import { toUtcIso } from '../src/time.js';
import { checkResponse } from './contract-check.js';

export const STAFF_TOKEN = 'test-staff-token-0123456789';
export const ALLOWED_ORIGIN = 'https://www.kommun.example';
export const PUBLIC_URL = 'https://trygg.kommun.example';
/** Tests run on a fixed day: 25 November 2026, three weeks after the Sandviken walk. */
export const TODAY = '2026-11-25T12:00:00Z';

/** A clock the test moves by hand, so no test waits on real time. */
export class TestClock {
  private time: number;
  constructor(iso = TODAY) {
    this.time = Date.parse(iso);
  }
  now = (): Date => new Date(this.time);
  set(iso: string): void {
    this.time = Date.parse(iso);
  }
  advance(ms: number): void {
    this.time += ms;
  }
}

export interface TestServer {
  app: FastifyInstance;
  storage: SqliteStorage;
  config: Config;
  clock: TestClock;
  dbFile: string;
  /** Set when started with listen: the real HTTP address. */
  url: string;
  close(): Promise<void>;
}

export interface ServerOptions {
  seed?: boolean;
  listen?: boolean;
  config?: Partial<Config>;
}

/** The real server on a real SQLite file in a fresh temporary folder. */
export async function startServer({ seed = true, listen = false, config = {} }: ServerOptions = {}): Promise<TestServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trygg-test-'));
  const dbFile = path.join(dir, 'trygg.sqlite');
  const clock = new TestClock();
  const fullConfig: Config = {
    ...configFromEnv({}),
    dbFile,
    staffToken: STAFF_TOKEN,
    corsOrigins: [ALLOWED_ORIGIN],
    publicUrl: PUBLIC_URL,
    rateLimitPerMinute: 100_000,
    validateResponses: true,
    demoDir: path.join(dir, 'no-demo'),
    distDir: path.join(dir, 'no-dist'),
    now: clock.now,
    ...config,
  };
  const storage = SqliteStorage.open(dbFile, toUtcIso(clock.now()));
  if (seed) await seedDemoMunicipality(storage);
  const app = await buildApp({ storage, config: fullConfig });
  let url = '';
  if (listen) url = await app.listen({ host: '127.0.0.1', port: 0 });
  else await app.ready();
  return {
    app,
    storage,
    config: fullConfig,
    clock,
    dbFile,
    url,
    async close() {
      await app.close();
      await storage.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface ApiResponse {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
}

export interface CallOptions {
  method?: InjectOptions['method'];
  body?: unknown;
  /** Sent as is (no JSON encoding), e.g. to test content types. */
  raw?: string;
  headers?: Record<string, string>;
  staff?: boolean;
  /** Creating POSTs get a fresh key unless one is given or `false`. */
  idempotencyKey?: string | false;
  remoteAddress?: string;
}

/** One request through Fastify's inject; every response is checked against the committed contract. */
export async function call(server: TestServer, url: string, options: CallOptions = {}): Promise<ApiResponse> {
  const method = options.method ?? (options.body === undefined && options.raw === undefined ? 'GET' : 'POST');
  const headers: Record<string, string> = { ...options.headers };
  if (options.staff) headers.authorization = `Bearer ${STAFF_TOKEN}`;
  if (method === 'POST' && options.idempotencyKey !== false) headers['idempotency-key'] = options.idempotencyKey ?? randomUUID();
  if (options.body !== undefined && headers['content-type'] === undefined) headers['content-type'] = 'application/json';
  const response = await server.app.inject({
    method,
    url,
    headers,
    ...(options.raw !== undefined ? { payload: options.raw } : options.body !== undefined ? { payload: JSON.stringify(options.body) } : {}),
    ...(options.remoteAddress ? { remoteAddress: options.remoteAddress } : {}),
  });
  const result = toApiResponse(response.statusCode, response.headers, response.body);
  checkResponse(method, url, result);
  return result;
}

function toApiResponse(status: number, headers: ApiResponse['headers'], text: string): ApiResponse {
  const type = String(headers['content-type'] ?? '');
  return { status, headers, text, json: type.includes('json') && text !== '' ? JSON.parse(text) : undefined };
}

/** The same over real HTTP (for rate limits, CORS and concurrency), also checked against the contract. */
export async function fetchApi(server: TestServer, url: string, init: RequestInit = {}): Promise<ApiResponse> {
  const response = await fetch(server.url + url, init);
  const headers: ApiResponse['headers'] = {};
  response.headers.forEach((value, key) => {
    headers[key] = value;
  });
  const result = toApiResponse(response.status, headers, await response.text());
  checkResponse(init.method ?? 'GET', url, result);
  return result;
}

export function staffHeaders(extra: Record<string, string> = {}): Record<string, string> {
  return { authorization: `Bearer ${STAFF_TOKEN}`, ...extra };
}

/** A valid sign-up from a person (slow enough, honeypot empty). */
export function registrationBody(extra: Record<string, unknown> = {}) {
  return {
    name: 'Elin Testsson',
    email: 'elin@example.se',
    partySize: 1,
    role: 'resident',
    consent: true,
    website: '',
    fillMs: 8000,
    ...extra,
  };
}

export function concernBody(extra: Record<string, unknown> = {}) {
  return {
    categoryId: 'belysning',
    place: { description: 'Gångvägen bakom skolan' },
    timeOfDay: ['evening'],
    dayType: ['weekdays'],
    description: 'Två lampor är släckta.',
    website: '',
    fillMs: 15000,
    ...extra,
  };
}

export function feedbackBody(extra: Record<string, unknown> = {}) {
  return {
    id: randomUUID(),
    pageId: 'https://kommun.example/testsida',
    language: 'sv',
    helpful: true,
    website: '',
    fillMs: 3000,
    ...extra,
  };
}

export function walkBody(extra: Record<string, unknown> = {}) {
  return {
    title: 'Testvandring',
    area: 'Testby',
    startsAt: '2027-06-01T16:00:00Z',
    endsAt: '2027-06-01T18:00:00Z',
    meetingPoint: { name: 'Torget' },
    lighting: 'daylight',
    organizer: { name: 'Test Testsson' },
    ...extra,
  };
}

export function measureBody(extra: Record<string, unknown> = {}) {
  return {
    title: 'Ny lampa',
    place: 'Gångvägen',
    area: 'Sandviken',
    responsiblePartyId: 'gatuavdelningen',
    origin: { kind: 'walk', walkId: SEEDED.sandvikenWalk },
    ...extra,
  };
}

/** Ids and facts of the demo seed that tests (and the widget tests) rely on. */
export const SEEDED = {
  centrumWalk: '1',
  sandvikenWalk: '2',
  afterDarkWalk: '3',
  springDstWalk: '4',
  fullWalk: '5',
  cancelledWalk: '6',
  autumnDstWalk: '7',
  nextConcernReference: 'TRG-2026-00005',
} as const;
