#!/usr/bin/env node
// Prints the gzip size of every self-contained bundle and fails when one is over its budget (size-budgets.json).
// A bundle's size is its entry plus every code chunk it may load later: splitting code off does not make it free.
// Only the chunks of other languages are counted apart, since a page loads at most one of them.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const cdn = 'dist/cdn';
const budgets = JSON.parse(readFileSync('size-budgets.json', 'utf8'));
delete budgets.$comment;
const { targetLocales } = JSON.parse(readFileSync('lit-localize.json', 'utf8'));

const gzipBytes = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const format = (bytes) => bytes.toLocaleString('en-US');
const isLanguageChunk = (chunk) => targetLocales.some((locale) => new RegExp(`-${locale}-[\\w-]+\\.js$`).test(chunk));

/** Every chunk a file imports, statically or dynamically, transitively (paths relative to dist/cdn). */
function chunksOf(file, seen = new Set()) {
  for (const [, chunk] of readFileSync(join(cdn, file), 'utf8').matchAll(/["'](?:\.\/|\.\.\/)*(chunks\/[^"']+\.js)["']/g)) {
    if (seen.has(chunk)) continue;
    seen.add(chunk);
    chunksOf(chunk, seen);
  }
  return seen;
}

if (!existsSync(cdn)) {
  console.error(`No ${cdn}: run npm run build first.`);
  process.exit(1);
}

let failed = false;
const rows = [['bundle', 'entry gzip', '+ lazy code', 'total gzip', 'budget', '']];
const languageChunks = new Set();
for (const [bundle, budget] of Object.entries(budgets)) {
  if (!existsSync(join(cdn, bundle))) {
    rows.push([bundle, '-', '-', '-', format(budget), 'MISSING']);
    failed = true;
    continue;
  }
  const chunks = [...chunksOf(bundle)];
  chunks.filter(isLanguageChunk).forEach((chunk) => languageChunks.add(chunk));
  const entry = gzipBytes(join(cdn, bundle));
  const lazy = chunks.filter((chunk) => !isLanguageChunk(chunk)).reduce((sum, chunk) => sum + gzipBytes(join(cdn, chunk)), 0);
  const total = entry + lazy;
  const over = total > budget;
  failed ||= over;
  rows.push([bundle, format(entry), format(lazy), format(total), format(budget), over ? `OVER by ${format(total - budget)}` : 'ok']);
}
for (const chunk of [...languageChunks].sort()) {
  rows.push([chunk, format(gzipBytes(join(cdn, chunk))), '', '', '', 'one language, on demand']);
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
