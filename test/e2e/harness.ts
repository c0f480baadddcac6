/**
 * End-to-end harness shared by every journey: the real server (buildApp) on a random port with a
 * temporary, seeded SQLite file, and Debian's Chromium driven by playwright-core. Each page records
 * console errors, page errors, failed requests and HTTP error responses, so a journey can assert
 * that none happened.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildApp } from '../../server/src/app.js';
import { configFromEnv, type Config } from '../../server/src/config.js';
import { seedDemoMunicipality } from '../../server/src/storage/seed.js';
import { SqliteStorage } from '../../server/src/storage/sqlite-storage.js';

export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
/** Debian's Chromium as root: no sandbox, and nothing that reaches the network by itself. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The staff token of every e2e server (also what GET /demo/config.json hands out). */
export const E2E_STAFF_TOKEN = 'e2e-staff-token-0123456789abcdef';

export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  /** Requests that never got an answer (network errors, aborted loads). */
  failedRequests: string[];
  /** Answers with status 400 or more. */
  errorResponses: string[];
}

export interface TrackedPage {
  page: Page;
  problems: PageProblems;
  /** Every response from the API (/api/...), in order. */
  apiResponses: { method: string; url: string; status: number; body: () => Promise<string> }[];
}

export interface E2E {
  /** The server's address, e.g. http://127.0.0.1:43121 (no trailing slash). */
  baseUrl: string;
  config: Config;
  storage: SqliteStorage;
  dbFile: string;
  staffToken: string;
  browser: Browser;
  context: BrowserContext;
  /** A page in the shared context that records its problems. */
  newPage(): Promise<TrackedPage>;
  close(): Promise<void>;
}

export interface E2EOptions {
  /** Seed the demo municipality (default true). */
  seed?: boolean;
  /** Overrides for the server configuration, e.g. { now: () => new Date('2027-01-10T12:00:00Z') }. */
  config?: Partial<Config>;
}

function track(page: Page): TrackedPage {
  const tracked: TrackedPage = {
    page,
    problems: { consoleErrors: [], pageErrors: [], failedRequests: [], errorResponses: [] },
    apiResponses: [],
  };
  page.on('console', (message) => {
    if (message.type() === 'error') tracked.problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => tracked.problems.pageErrors.push(String(error)));
  page.on('requestfailed', (request) =>
    tracked.problems.failedRequests.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText ?? 'failed'}`),
  );
  page.on('response', (response) => {
    const request = response.request();
    if (response.status() >= 400) tracked.problems.errorResponses.push(`${request.method()} ${response.url()} → ${response.status()}`);
    if (new URL(response.url()).pathname.startsWith('/api/')) {
      tracked.apiResponses.push({ method: request.method(), url: response.url(), status: response.status(), body: () => response.text() });
    }
  });
  return tracked;
}

/** Starts the server and the browser; call close() in `after`. */
export async function startE2E(options: E2EOptions = {}): Promise<E2E> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trygg-e2e-'));
  const dbFile = path.join(dir, 'trygg.sqlite');
  const config: Config = {
    ...configFromEnv({}),
    dbFile,
    port: 0,
    staffToken: E2E_STAFF_TOKEN,
    staffTokenGenerated: true,
    demo: true,
    rateLimitPerMinute: 10_000,
    validateResponses: true,
    ...options.config,
  };
  const storage = SqliteStorage.open(dbFile, config.now().toISOString());
  if (options.seed ?? true) await seedDemoMunicipality(storage);
  const app = await buildApp({ storage, config });
  const baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
  config.publicUrl = baseUrl;

  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
    const opened = browser;
    return {
      baseUrl,
      config,
      storage,
      dbFile,
      staffToken: E2E_STAFF_TOKEN,
      browser: opened,
      context,
      newPage: async () => track(await context.newPage()),
      async close() {
        await opened.close();
        await app.close();
        await storage.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close();
    await app.close();
    await storage.close();
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
