#!/usr/bin/env node
// Prints the gzip size of every self-contained bundle and fails when one is over its budget (size-budgets.json).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const cdn = 'dist/cdn';
const budgets = JSON.parse(readFileSync('size-budgets.json', 'utf8'));
delete budgets.$comment;

const gzipBytes = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const format = (bytes) => bytes.toLocaleString('en-US');

if (!existsSync(cdn)) {
  console.error(`No ${cdn}: run npm run build first.`);
  process.exit(1);
}

let failed = false;
const rows = [['bundle', 'raw bytes', 'gzip bytes', 'budget', '']];
for (const [bundle, budget] of Object.entries(budgets)) {
  const file = join(cdn, bundle);
  if (!existsSync(file)) {
    rows.push([bundle, '-', '-', format(budget), 'MISSING']);
    failed = true;
    continue;
  }
  const gzip = gzipBytes(file);
  const over = gzip > budget;
  failed ||= over;
  rows.push([bundle, format(readFileSync(file).length), format(gzip), format(budget), over ? `OVER by ${format(gzip - budget)}` : 'ok']);
}

const chunks = existsSync(join(cdn, 'chunks')) ? readdirSync(join(cdn, 'chunks')).filter((name) => name.endsWith('.js')) : [];
for (const chunk of chunks.sort()) {
  const file = join(cdn, 'chunks', chunk);
  rows.push([`chunks/${chunk}`, format(readFileSync(file).length), format(gzipBytes(file)), '', 'loaded on demand']);
}

const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
for (const [index, row] of rows.entries()) {
  console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  '));
  if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
}

if (failed) {
  console.error('\nA bundle is over its budget (size-budgets.json). Make it smaller rather than raising the budget.');
  process.exit(1);
}
