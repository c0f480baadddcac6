import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../src/app.js';
import { configFromEnv } from '../src/config.js';
import { serializeDocument } from '../src/contract/openapi.js';
import { SqliteStorage } from '../src/storage/sqlite-storage.js';

/** Writes api/openapi.json from the schemas the server itself runs with. */
const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../api/openapi.json');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trygg-contract-'));
const config = { ...configFromEnv({}), dbFile: path.join(dir, 'contract.sqlite'), staffToken: 'contract-generation-token' };
const storage = SqliteStorage.open(config.dbFile, new Date().toISOString());
const app = await buildApp({ storage, config });
await app.ready();
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, serializeDocument(app.swagger()));
await app.close();
await storage.close();
fs.rmSync(dir, { recursive: true, force: true });
console.log(`wrote ${path.relative(process.cwd(), target)}`);
