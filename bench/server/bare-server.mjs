#!/usr/bin/env node
// The yardstick of `npm run bench:server`: bare Fastify routes at the reference server's paths, each answering the JSON
// the real server answered (read from the file named by BARE_PAYLOADS) with nothing else — no database, validation,
// idempotency, rate limit or cache headers. Listens on 127.0.0.1:PORT.
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

const payloads = JSON.parse(readFileSync(process.env.BARE_PAYLOADS, 'utf8'));
const app = Fastify({ logger: false });

for (const { method, path, status, body } of payloads) {
  app.route({ method, url: path, handler: async (_request, reply) => reply.code(status).send(body) });
}
app.get('/api/v1/categories', async () => ({ items: [] }));

await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
