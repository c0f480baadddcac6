import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import type { Config } from './config.js';

/**
 * The demo page at / and the built bundles at /dist/. In demo mode (never in production) the
 * development token is handed to the demo's editor panel through /demo/config.json.
 */
export async function registerDemo(app: FastifyInstance, config: Config): Promise<void> {
  if (fs.existsSync(config.distDir)) {
    await app.register(fastifyStatic, { root: config.distDir, prefix: '/dist/', decorateReply: false, cacheControl: false });
  }
  if (fs.existsSync(config.demoDir)) {
    await app.register(fastifyStatic, { root: config.demoDir, prefix: '/', decorateReply: false, cacheControl: false });
  }
  // Browsers ask for /favicon.ico by themselves; without one the demo would log a 404 in the console.
  if (!fs.existsSync(path.join(config.demoDir, 'favicon.ico'))) {
    app.get('/favicon.ico', { schema: { hide: true } }, async (_request, reply) => reply.code(204).send());
  }
  app.addHook('onSend', async (request, reply, payload) => {
    if (!request.url.startsWith('/api/')) reply.header('cache-control', 'no-cache');
    return payload;
  });
  if (config.demo && config.staffTokenGenerated && config.staffToken !== undefined && !config.production) {
    const staffToken = config.staffToken;
    app.get('/demo/config.json', { schema: { hide: true } }, async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      return { staffToken };
    });
  }
}
