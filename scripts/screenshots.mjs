/**
 * Screenshots of the demo pages for the README, into docs/screenshots/: Swedish and English, light and dark; on a
 * desktop one screen from the walk calendar's section on, and on a 320 px phone one screen from the top of each
 * widget (a full page at 320 px is 17,000 px tall: a megabyte of PNG nobody scrolls). The real server on a temporary
 * seeded database, Debian's Chromium through playwright-core. Build first: `npm run build && npm run screenshots`.
 */
/* global document -- only inside page.evaluate(), in the browser */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { buildApp } from '../server/src/app.ts';
import { configFromEnv } from '../server/src/config.ts';
import { seedDemoMunicipality } from '../server/src/storage/seed.ts';
import { SqliteStorage } from '../server/src/storage/sqlite-storage.ts';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'docs/screenshots');

const pages = [
  { name: 'demo', path: '/', scheme: 'light' },
  { name: 'demo', path: '/host-dark.html', scheme: 'dark' },
];
const languages = ['sv', 'en'];
const sizes = [
  { name: '320', viewport: { width: 320, height: 720 }, eachWidget: true },
  { name: 'desktop', viewport: { width: 1280, height: 900 }, eachWidget: false },
];
const tags = ['trygg-walk-calendar', 'trygg-measure-tracker', 'trygg-concern-form', 'trygg-page-feedback'];
/** A text each widget shows once it runs in the language (the page-feedback question is on every page). */
const ready = { sv: 'Hjälpte informationen på denna sida dig?', en: 'Did the information on this page help you?' };

async function startServer() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trygg-screenshots-'));
  const config = { ...configFromEnv({}), dbFile: path.join(dir, 'trygg.sqlite'), port: 0, demo: false, validateResponses: false };
  const storage = SqliteStorage.open(config.dbFile, config.now().toISOString());
  await seedDemoMunicipality(storage);
  const app = await buildApp({ storage, config });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url,
    async close() {
      await app.close();
      await storage.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Shows the widgets in a language the way a page in that language would: by its <html lang>. */
async function useLanguage(page, language) {
  await page.evaluate((lang) => document.documentElement.setAttribute('lang', lang), language);
  await page.locator('trygg-page-feedback').getByText(ready[language]).waitFor();
}

async function waitForWidgets(page) {
  for (const tag of tags) {
    const element = page.locator(tag);
    if ((await element.count()) === 0) continue;
    await element.locator('[part~="loading"]').first().waitFor({ state: 'detached', timeout: 15_000 }).catch(() => {});
  }
  await page.waitForLoadState('networkidle');
}

const server = await startServer();
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  fs.mkdirSync(outDir, { recursive: true });
  for (const { name, path: pagePath, scheme } of pages) {
    for (const size of sizes) {
      for (const language of languages) {
        const context = await browser.newContext({ viewport: size.viewport, locale: 'sv-SE', timezoneId: 'Europe/Stockholm', colorScheme: scheme });
        const page = await context.newPage();
        await page.goto(`${server.url}${pagePath}`);
        await waitForWidgets(page);
        await useLanguage(page, language);
        await waitForWidgets(page);
        const shots = size.eachWidget ? tags.map((tag) => ({ tag, suffix: `-${tag.replace('trygg-', '')}` })) : [{ tag: tags[0], suffix: '' }];
        for (const { tag, suffix } of shots) {
          // On a phone the widget at the top of the screen; on a desktop its section, heading and all.
          await page.locator(tag).evaluate((element, whole) => (whole ? (element.closest('section') ?? element) : element).scrollIntoView(), !size.eachWidget);
          const file = path.join(outDir, `${name}-${language}-${scheme}-${size.name}${suffix}.png`);
          await page.screenshot({ path: file, animations: 'disabled' });
          console.log(`${path.relative(root, file)} (${Math.round(fs.statSync(file).size / 1024)} kB)`);
        }
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
