#!/usr/bin/env node
// npm run audit: Lighthouse 12.2.3 against the demo page (all four elements) on the reference server (compiled, demo
// mode, temporary seeded database) in Debian's Chromium, as a phone (Lighthouse's default: simulated slow 4G and a 4×
// slower CPU) and as a desktop, several times each (`--runs`, default 3): the scores of a loaded machine vary, so the
// run with the median performance score stands for each, as Lighthouse advises. Prints the scores, the metrics and every
// audit that keeps a score below 100, checks the targets and writes bench/results/audit.json (the full reports go to a
// temporary folder).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { buildServer, startReferenceServer } from './bench-processes.mjs';
import { currentLoad, describeLoad, describeMachine, formatMs, machine, printTable, writeResult } from './bench-report.mjs';

const { values: options } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runsPerFormFactor = Number(options.runs);
const categories = ['performance', 'accessibility', 'best-practices'];
const targets = { performance: 95, accessibility: 100, 'best-practices': 100 };
const metrics = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['cumulative-layout-shift', 'CLS'],
  ['speed-index', 'SI'],
];
const formFactors = [
  { name: 'phone', config: undefined },
  { name: 'desktop', config: desktopConfig },
];

/** The demo page loads the all-in-one bundle; build it on a fresh clone. */
function ensureBundles() {
  if (existsSync('dist/cdn/trygg-widgets.js')) return;
  console.log('No bundles in dist/cdn yet: npm run build');
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
}

/** Every audit of a category that kept its score below 1, with what Lighthouse says about it. */
function shortfalls(report, category) {
  return report.categories[category].auditRefs
    .map(({ id, weight }) => ({ ...report.audits[id], weight }))
    .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'notApplicable')
    .map((audit) => ({ id: audit.id, title: audit.title, score: audit.score, weight: audit.weight, displayValue: audit.displayValue ?? null, items: (audit.details?.items ?? []).slice(0, 5).map(describeItem) }));
}

/** Audits that failed to run, each with the weight it has in the categories measured (0: no effect on a score). */
function erroredAudits(report) {
  const weights = new Map(categories.flatMap((category) => report.categories[category].auditRefs.map(({ id, weight }) => [id, weight])));
  return Object.values(report.audits)
    .filter((audit) => audit.scoreDisplayMode === 'error')
    .map((audit) => ({ id: audit.id, weight: weights.get(audit.id) ?? 0, error: audit.errorMessage }));
}

/** One line per detail row: what (address, element or kind of work) and how much (time, bytes, shift). */
function describeItem(item) {
  const what = [item.url, item.node?.selector, item.node?.snippet, item.groupLabel, item.label, item.description];
  const much = [
    item.duration ? `${Math.round(item.duration)} ms` : null,
    item.total ? `${Math.round(item.total)} ms` : null,
    item.wastedMs ? `${Math.round(item.wastedMs)} ms` : null,
    item.wastedBytes ? `${item.wastedBytes} B` : null,
    typeof item.score === 'number' ? `shift ${item.score.toFixed(3)}` : null,
  ];
  return [...what, ...much].filter(Boolean).join(' · ');
}

ensureBundles();
const loadBefore = currentLoad();
buildServer();
const server = await startReferenceServer({ TRYGG_LOG_LEVEL: 'warn' }, ['--demo']);
const reportsDir = mkdtempSync(join(os.tmpdir(), 'trygg-audit-'));
let chrome;
try {
  chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', ...chromiumArgs] });
  const url = `${server.baseUrl}/`;
  console.log(`Lighthouse on ${url} (the demo page) in ${machine().chromium}, ${describeLoad(loadBefore)}.`);
  const runs = [];
  for (const { name, config } of formFactors) {
    const attempts = [];
    for (let attempt = 1; attempt <= runsPerFormFactor; attempt++) {
      const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories }, config);
      const reportFile = join(reportsDir, `lighthouse-${name}-${attempt}.json`);
      writeFileSync(reportFile, JSON.stringify(lhr));
      const scores = Object.fromEntries(categories.map((category) => [category, lhr.categories[category].score === null ? null : Math.round(lhr.categories[category].score * 100)]));
      if (scores.performance === null) throw new Error(`Lighthouse gave no performance score (${name}): ${lhr.runWarnings.join(' ')}`);
      process.stdout.write(`  ${name} run ${attempt}: performance ${scores.performance}, accessibility ${scores.accessibility}, best practices ${scores['best-practices']}\n`);
      attempts.push({ lhr, scores, reportFile });
    }
    const byScore = [...attempts].sort((a, b) => a.scores.performance - b.scores.performance);
    const { lhr, scores, reportFile } = byScore[(byScore.length - 1) >> 1];
    runs.push({
      formFactor: name,
      lighthouse: lhr.lighthouseVersion,
      throttling: lhr.configSettings.throttlingMethod,
      benchmarkIndex: lhr.environment.benchmarkIndex,
      scores,
      allScores: attempts.map((attempt) => attempt.scores),
      metrics: Object.fromEntries(metrics.map(([id]) => [id, lhr.audits[id].numericValue])),
      shortfalls: Object.fromEntries(categories.map((category) => [category, shortfalls(lhr, category)])),
      erroredAudits: erroredAudits(lhr),
      runWarnings: lhr.runWarnings,
      reportFile,
    });
  }

  const loadAfter = currentLoad();
  console.log('');
  console.log(`The run with the median performance score of ${runsPerFormFactor} per form factor:`);
  printTable([
    ['form factor', 'performance', 'accessibility', 'best practices', ...metrics.map(([, label]) => label)],
    ...runs.map((run) => [
      run.formFactor,
      run.scores.performance,
      run.scores.accessibility,
      run.scores['best-practices'],
      ...metrics.map(([id]) => (id === 'cumulative-layout-shift' ? run.metrics[id].toFixed(3) : `${formatMs(run.metrics[id])} ms`)),
    ]),
  ]);
  for (const run of runs) {
    for (const category of categories) {
      for (const audit of run.shortfalls[category]) {
        console.log(`  ${run.formFactor}, ${category}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}, score ${audit.score}`);
        for (const item of audit.items) console.log(`      ${item}`);
      }
    }
    for (const warning of run.runWarnings) console.log(`  ${run.formFactor}: Lighthouse warns: ${warning}`);
    for (const { id, weight, error } of run.erroredAudits) {
      console.log(`  ${run.formFactor}: the audit ${id} failed to run (weight ${weight}${weight ? ': IT COUNTS IN A SCORE' : ', no effect on any score'}): ${error}`);
    }
  }
  const targetResults = Object.entries(targets).map(([category, minimum]) => {
    const worst = Math.min(...runs.map((run) => run.scores[category]));
    return { target: `${category} ≥ ${minimum} (phone and desktop, median run)`, value: worst, met: worst >= minimum };
  });
  console.log('');
  printTable([['target', 'lower of the two', 'met'], ...targetResults.map((t) => [t.target, t.value, t.met ? 'yes' : 'NO'])]);
  console.log(`\n${describeMachine(machine())}; before: ${describeLoad(loadBefore)}; after: ${describeLoad(loadAfter)}.`);

  const file = writeResult('audit', 'npm run audit', { tool: `Lighthouse ${runs[0].lighthouse}`, page: 'demo/index.html', runsPerFormFactor, runs, targets: targetResults }, loadBefore);
  console.log(`Written to ${file}; the full reports: ${reportsDir}`);
} finally {
  await chrome?.kill();
  await server.stop();
}
