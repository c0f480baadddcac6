import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Config } from './config.js';
import { IMMUTABLE, REVALIDATE, registerStaticFiles, type StaticMount } from './static-files.js';

/**
 * Rollup names every chunk after a hash of its code (`chunkFileNames: 'chunks/…-[hash].js'` in rollup.config.mjs), so
 * a chunk's URL never shows other code: browsers keep chunks for a year without asking. Everything else keeps its
 * name across builds and is revalidated on every use (a 304 while unchanged): the entry bundles (trygg-widgets.js, …),
 * so that a rebuild reaches every page at once, and the source maps, whose content can change when the code does not.
 */
export function bundleCacheControl(relativePath: string): string {
  return /(^|\/)chunks\/[^/]+\.js$/.test(relativePath) ? IMMUTABLE : REVALIDATE;
}

/**
 * The demo page at / and the built bundles at /dist/. In demo mode (never in production) the
 * development token is handed to the demo's editor panel through /demo/config.json.
 */
export async function registerDemo(app: FastifyInstance, config: Config): Promise<void> {
  const mounts: StaticMount[] = [];
  if (fs.existsSync(config.distDir)) mounts.push({ prefix: '/dist/', root: config.distDir, cacheControl: bundleCacheControl });
  if (fs.existsSync(config.demoDir)) mounts.push({ prefix: '/', root: config.demoDir, cacheControl: () => REVALIDATE });
  registerStaticFiles(app, mounts);
  // Browsers ask for /favicon.ico by themselves; without one the demo would log a 404 in the console.
  if (!fs.existsSync(path.join(config.demoDir, 'favicon.ico'))) {
    app.get('/favicon.ico', { schema: { hide: true } }, async (_request, reply) => reply.code(204).header('cache-control', REVALIDATE).send());
  }
  if (config.demo && config.staffTokenGenerated && config.staffToken !== undefined && !config.production) {
    const staffToken = config.staffToken;
    app.get('/demo/config.json', { schema: { hide: true } }, async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      return { staffToken };
    });
  }
}
