#!/usr/bin/env node
// Prints the gzip size of every self-contained bundle and fails when one is over its budget (size-budgets.json), or,
// for a bundle whose overrun is recorded there, when it grows past the recorded size or fits again.
// A bundle's size is its entry plus every code chunk it may load later: splitting code off does not make it free.
// Only the chunks of other languages are counted apart, since a page loads at most one of them.
// Then what each element adds on top of Lit (and of Lit + the shared core), built with the same rollup settings, and
// the size of every module the npm package publishes. `--save` also writes bench/results/size.json for docs/performance.md.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { rollup } from 'rollup';
import rollupConfig from '../rollup.config.mjs';
import { currentLoad, printTable, writeResult } from './bench-report.mjs';

const { values: options } = parseArgs({ options: { save: { type: 'boolean', default: false } } });
const cdn = 'dist/cdn';
const budgets = JSON.parse(readFileSync('size-budgets.json', 'utf8'));
// A bundle still over its budget may be held at a recorded size (`overruns`) until the budget or its features are
// decided: it fails when it grows past that, and once it fits, so the record goes.
const { $comment: _budgetsComment, overruns: { $comment: overrunsComment, ...overruns } = {}, ...bundleBudgets } = budgets;
const { targetLocales } = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const packageJson = JSON.parse(readFileSync('package.json', 'utf8'));

const gzipBytes = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const format = (bytes) => bytes.toLocaleString('en-US');
const signed = (bytes) => (bytes < 0 ? `−${format(-bytes)}` : `+${format(bytes)}`);
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

/**
 * Gzip bytes of a bundle built from `source` with the CDN bundles' own plugins (html minifying, terser), so the
 * difference to an element's bundle is what the element itself costs.
 */
async function baselineBytes(source) {
  const [{ plugins }] = rollupConfig;
  const entry = '\0size-baseline';
  const virtualEntry = { name: 'size-baseline', resolveId: (id) => (id === entry ? id : null), load: (id) => (id === entry ? source : null) };
  const build = await rollup({ input: entry, plugins: [virtualEntry, ...plugins], onwarn: () => {} });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  // Like the bundles, without the other languages' texts (the core imports them on demand).
  const isLanguage = (chunk) => /\/generated\/locales\/[\w-]+\.js$/.test(chunk.facadeModuleId ?? '');
  return output
    .filter((item) => item.type === 'chunk' && !isLanguage(item))
    .reduce((sum, chunk) => sum + gzipSync(chunk.code, { level: 9 }).length, 0);
}

// The smallest useful element on each foundation: Lit alone, and Lit + localize + the library's base class.
const litBaseline = `import { LitElement, html, css } from 'lit';
class SizeBaseline extends LitElement {
  static styles = css\`:host { display: block; }\`;
  render() { return html\`<p>\${this.localName}</p>\`; }
}
customElements.define('size-baseline', SizeBaseline);`;
const coreBaseline = `import { html } from 'lit/html.js';
import { TryggElement } from ${JSON.stringify(join(process.cwd(), 'dist/core/trygg-element.js'))};
class SizeBaseline extends TryggElement {
  createRestApi() { return {}; }
  render() { return html\`<p>\${this.localName}</p>\`; }
}
SizeBaseline.define('size-baseline');`;

/** The modules of the npm package, from its exports through their imports (stale files in dist/ are not counted). */
function packageModules() {
  const entries = ['dist/index.js', ...Object.values(packageJson.exports).map((target) => target.default ?? target)]
    .filter((target) => typeof target === 'string' && target.endsWith('.js') && !target.includes('/cdn/'))
    .flatMap((target) => (target.includes('*') ? defineModules(target) : [target.replace(/^\.\//, '')]));
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      visit(join(dirname(file), specifier));
    }
  };
  entries.forEach(visit);
  return [...seen].sort();
}

/** `./dist/define/*.js`: one module per source file in src/define. */
function defineModules(pattern) {
  const folder = dirname(pattern.replace(/^\.\//, ''));
  return readdirSync('src/define')
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(folder, file.replace(/\.ts$/, '.js')));
}

if (!existsSync(cdn)) {
  console.error(`No ${cdn}: run npm run build first.`);
  process.exit(1);
}

const problems = [];

/** The status column; a failing status also goes to `problems`. */
function verdict(bundle, total, budget, recorded) {
  if (recorded === undefined) {
    if (total <= budget) return 'ok';
    problems.push(`${bundle} is over its budget by ${format(total - budget)} B. Make it smaller rather than raising the budget.`);
    return `OVER by ${format(total - budget)}`;
  }
  if (total <= budget) {
    problems.push(`${bundle} is within its budget now: delete its entry in overruns.`);
    return 'ok (delete its overrun)';
  }
  if (total > recorded) {
    problems.push(`${bundle} is over its budget and has grown past its recorded overrun (${format(recorded)} B) by ${format(total - recorded)} B.`);
    return `OVER by ${format(total - budget)}, grew ${format(total - recorded)}`;
  }
  return `OVER by ${format(total - budget)} (recorded)`;
}

const rows = [['bundle', 'entry gzip', '+ lazy code', 'total gzip', 'budget', '']];
const bundles = [];
const languageChunks = new Set();
for (const [bundle, budget] of Object.entries(bundleBudgets)) {
  if (!existsSync(join(cdn, bundle))) {
    rows.push([bundle, '-', '-', '-', format(budget), 'MISSING']);
    problems.push(`${bundle} was not built.`);
    continue;
  }
  const chunks = [...chunksOf(bundle)];
  chunks.filter(isLanguageChunk).forEach((chunk) => languageChunks.add(chunk));
  const entry = gzipBytes(join(cdn, bundle));
  const lazy = chunks.filter((chunk) => !isLanguageChunk(chunk)).reduce((sum, chunk) => sum + gzipBytes(join(cdn, chunk)), 0);
  const total = entry + lazy;
  const recorded = overruns[bundle];
  bundles.push({ bundle, entry, lazy, total, budget, over: Math.max(0, total - budget), ...(recorded ? { recordedOverrun: recorded } : {}) });
  rows.push([bundle, format(entry), format(lazy), format(total), format(budget), verdict(bundle, total, budget, recorded)]);
}
for (const bundle of Object.keys(overruns)) {
  if (!(bundle in bundleBudgets)) problems.push(`overruns names ${bundle}, which has no budget.`);
}
const languages = [...languageChunks].sort().map((chunk) => ({ chunk, gzip: gzipBytes(join(cdn, chunk)) }));
for (const { chunk, gzip } of languages) rows.push([chunk, format(gzip), '', '', '', 'one language, on demand']);
printTable(rows);

const lit = await baselineBytes(litBaseline);
const core = await baselineBytes(coreBaseline);
console.log(`\nOn top of Lit: a trivial LitElement is ${format(lit)} B gzip; the same element on TryggElement (Lit + localize + core) ${format(core)} B.`);
printTable([
  ['bundle', 'total gzip', 'over Lit', 'over Lit + core'],
  ...bundles.map(({ bundle, total }) => [bundle, format(total), signed(total - lit), signed(total - core)]),
]);

const modules = packageModules().map((file) => {
  const text = readFileSync(file);
  return { module: relative('dist', file), bytes: text.length, gzip: gzipSync(text, { level: 9 }).length };
});
const folders = new Map();
for (const entry of modules) {
  const folder = entry.module.includes('/') ? entry.module.slice(0, entry.module.indexOf('/')) : '.';
  folders.set(folder, [...(folders.get(folder) ?? []), entry]);
}
console.log(`\nThe npm package's modules (dist/, as tsc writes them: unminified, comments kept; a site's bundler shrinks them):`);
printTable([
  ['module', 'bytes', 'gzip'],
  ...modules.map(({ module, bytes, gzip }) => [module, format(bytes), format(gzip)]),
  ...[...folders].map(([folder, list]) => [
    `${folder === '.' ? 'top level' : `${folder}/`} (${list.length} module${list.length === 1 ? '' : 's'})`,
    format(list.reduce((sum, { bytes }) => sum + bytes, 0)),
    format(list.reduce((sum, { gzip }) => sum + gzip, 0)),
  ]),
  [`all ${modules.length} modules`, format(modules.reduce((sum, { bytes }) => sum + bytes, 0)), format(modules.reduce((sum, { gzip }) => sum + gzip, 0))],
]);

if (options.save) {
  const file = writeResult('size', 'npm run size -- --save', { baselines: { lit, core }, bundles, languages, modules }, currentLoad());
  console.log(`\nWritten to ${file}.`);
}

const held = bundles.filter(({ recordedOverrun, total, budget }) => recordedOverrun && total > budget && total <= recordedOverrun);
if (held.length > 0) {
  console.warn(`\n${held.length} bundle(s) over budget, held at a recorded size (size-budgets.json, overruns): ${held.map(({ bundle }) => bundle).join(', ')}.`);
  if (overrunsComment) console.warn(overrunsComment);
}
if (problems.length > 0) {
  console.error(`\nSize check failed (size-budgets.json):\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
  process.exit(1);
}
