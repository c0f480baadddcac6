#!/usr/bin/env node
// npm run bench: rendering benchmarks with tachometer in Debian's Chromium (bench/tachometer.json), every element
// compared in the same run with Lit rendering 1,000 plain rows. Prints medians with 95% intervals, checks the targets
// and writes bench/results/render.json. `-- --samples 10` for a quick look (the committed figures use the config's 50).
// Then the whole-page check of npm test (test/e2e/page-performance.e2e.ts) once more, to record what it measured
// (requests, layout shift, cache) in bench/results/page.json.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import {
  currentLoad,
  describeLoad,
  describeMachine,
  formatMs,
  machine,
  median,
  medianInterval,
  medianRatio,
  printTable,
  writeResult,
} from './bench-report.mjs';

const { values: options } = parseArgs({ options: { samples: { type: 'string' } } });
const configFile = 'bench/tachometer.json';
const driver = 'node_modules/chromedriver/lib/chromedriver/chromedriver';
const bundles = ['trygg-widgets', 'trygg-measure-tracker', 'trygg-walk-calendar', 'trygg-page-feedback', 'trygg-concern-form'].map((name) => `dist/cdn/${name}.js`);
const pageCheck = 'test/e2e/page-performance.e2e.ts';

const baseline = 'baseline-lit-1000-rows';
const labels = {
  [baseline]: 'baseline: Lit, 1,000 plain rows',
  'tracker-first-render': 'measure tracker, 1,000 measures: first render',
  'tracker-keystroke': 'measure tracker: one search keystroke',
  'calendar-list-render': 'walk calendar, 500 walks: list render',
  'calendar-month-switch': 'walk calendar: switch month',
  'feedback-first-render': 'page feedback: first render',
  'concern-form-first-render': 'concern form: first render',
};
/** The issue's targets: a ratio to the baseline's median, or a median in milliseconds. */
const targets = [
  { name: 'tracker-first-render', text: 'tracker first render ≤ 2× baseline', ratio: 2 },
  { name: 'tracker-keystroke', text: 'keystroke ≤ 16 ms median', ms: 16 },
  { name: 'calendar-month-switch', text: 'month switch ≤ 16 ms median', ms: 16 },
];

function fail(message) {
  console.error(`\n${message}`);
  process.exit(1);
}

function checkBrowser() {
  if (!existsSync(chromiumPath)) fail(`No Chromium at ${chromiumPath}. Install Debian's: apt-get install -y chromium chromium-driver`);
  if (!existsSync(driver)) {
    fail(
      `${driver} is missing: tachometer drives Chromium through the npm chromedriver package, whose install copies\n` +
        `Debian's driver when told where it is. Fix it with\n\n` +
        `  apt-get install -y chromium-driver     # if /usr/bin/chromedriver is missing\n` +
        `  CHROMEDRIVER_FILEPATH=/usr/bin/chromedriver npm rebuild chromedriver\n\n` +
        `(.ci/run sets CHROMEDRIVER_FILEPATH for npm ci). Never let it download a driver.`,
    );
  }
  const major = (command) => /(\d+)\.\d+\.\d+/.exec(execFileSync(command, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))?.[1];
  const [browserMajor, driverMajor] = [major(chromiumPath), major(driver)];
  if (browserMajor !== driverMajor) {
    fail(`Chromium ${browserMajor} needs chromedriver ${browserMajor}, but ${driver} is ${driverMajor}: run CHROMEDRIVER_FILEPATH=/usr/bin/chromedriver npm rebuild chromedriver`);
  }
}

/** The benchmark pages load the self-contained bundles; build them on a fresh clone. */
function ensureBundles() {
  if (bundles.every((bundle) => existsSync(bundle))) return;
  console.log('No bundles in dist/cdn yet: npm run build');
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
}

/** The committed config with absolute paths (and the sample size asked for), in a temporary folder. */
function effectiveConfig() {
  const config = JSON.parse(readFileSync(configFile, 'utf8'));
  for (const benchmark of config.benchmarks) {
    const args = benchmark.browser.addArguments;
    const missing = ['--headless=new', ...chromiumArgs].filter((arg) => !args.includes(arg));
    if (missing.length) fail(`${configFile}: ${benchmark.url} lacks the Chromium flags ${missing.join(' ')} (scripts/chromium.mjs).`);
    benchmark.browser.binary = chromiumPath;
    benchmark.url = resolve('bench', benchmark.url);
  }
  config.root = resolve('.');
  if (options.samples) config.sampleSize = Number(options.samples);
  const file = join(mkdtempSync(join(os.tmpdir(), 'trygg-bench-')), 'tachometer.json');
  writeFileSync(file, JSON.stringify(config));
  return { file, sampleSize: config.sampleSize };
}

/** Runs tachometer; its own N×N table goes to a log file (it is too wide to read), its progress to the terminal. */
function runTachometer(config, jsonFile, logFile) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, ['node_modules/tachometer/bin/tach.js', '--config', config, '--json-file', jsonFile], {
      // Selenium must use the driver on PATH (the chromedriver package's copy) and never fetch one.
      env: { ...process.env, SE_OFFLINE: 'true', SE_AVOID_STATS: 'true' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const log = [];
    child.stdout.on('data', (chunk) => log.push(chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      writeFileSync(logFile, Buffer.concat(log));
      if (code === 0) resolveRun();
      else reject(new Error(`tachometer exited with ${code}; its output is in ${logFile}`));
    });
  });
}

/** Runs the whole-page e2e file with TRYGG_PAGE_RESULTS set; each test's measurements with the runner's verdict. */
function runPageCheck() {
  const resultsFile = join(os.tmpdir(), `trygg-page-${process.pid}.json`);
  let tap;
  try {
    tap = execFileSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=tap', pageCheck], {
      encoding: 'utf8',
      env: { ...process.env, TRYGG_PAGE_RESULTS: resultsFile },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
  } catch (error) {
    tap = error.stdout ?? ''; // failing tests are results too
  }
  const verdicts = new Map([...tap.matchAll(/^\s*(not ok|ok) \d+ - (.+)$/gm)].map(([, verdict, name]) => [name.trim(), verdict === 'ok']));
  const measured = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {};
  return Object.entries(measured).map(([name, data]) => ({ name, passed: verdicts.get(name) ?? false, ...data }));
}

/** One line per whole-page check: what it measured. */
function summarizePageCheck(check) {
  if (typeof check.layoutShift === 'number') return `layout shift ${check.layoutShift.toFixed(4)}`;
  if (check.apiAnswers) return `${check.apiAnswers.filter((answer) => answer.fromCache).length} of ${check.apiAnswers.length} API answers from the cache, script ${check.script?.wireStatus ?? (check.script?.fromCache ? 'cached' : '?')}`;
  const gets = (check.apiRequests ?? []).length;
  return `${check.scripts ? `${check.scripts.length} script${check.scripts.length === 1 ? '' : 's'}, ` : ''}${gets} API request${gets === 1 ? '' : 's'}`;
}

checkBrowser();
ensureBundles();
const loadBefore = currentLoad();
const { file: config, sampleSize } = effectiveConfig();
const jsonFile = join(os.tmpdir(), `trygg-bench-${process.pid}.json`);
const logFile = join(os.tmpdir(), `trygg-bench-${process.pid}.log`);
console.log(`Rendering benchmarks: ${sampleSize} page loads of each page in Chromium, round robin (${describeLoad(loadBefore)}).`);
await runTachometer(config, jsonFile, logFile);

const tachometer = JSON.parse(readFileSync(jsonFile, 'utf8'));
const byName = new Map(tachometer.benchmarks.map((benchmark) => [benchmark.measurement.name, benchmark]));
const reference = byName.get(baseline).samples;
const benchmarks = Object.keys(labels).map((name) => {
  const { samples, mean, name: page } = byName.get(name) ?? fail(`tachometer gave no result for ${name}`);
  const versusBaseline = name === baseline ? null : medianRatio(samples, reference);
  return {
    name,
    label: labels[name],
    page: page.split(' ')[0],
    samples: samples.length,
    medianMs: median(samples),
    medianIntervalMs: medianInterval(samples),
    meanIntervalMs: [mean.low, mean.high],
    versusBaseline,
    samplesMs: samples.map((value) => Number(value.toFixed(2))),
  };
});
const results = new Map(benchmarks.map((benchmark) => [benchmark.name, benchmark]));
const targetResults = targets.map((target) => {
  const result = results.get(target.name);
  const value = target.ratio ? result.versusBaseline.ratio : result.medianMs;
  const limit = target.ratio ?? target.ms;
  return { name: target.name, target: target.text, value, limit, unit: target.ratio ? '×' : 'ms', met: value <= limit };
});

const loadAfter = currentLoad();
const ratioText = ({ ratio, interval }) => `${ratio.toFixed(2)}× (${interval[0].toFixed(2)}–${interval[1].toFixed(2)})`;
console.log('');
printTable([
  ['benchmark', 'n', 'median ms', '95% CI of median', 'vs baseline (95% CI)'],
  ...benchmarks.map((b) => [
    b.label,
    b.samples,
    formatMs(b.medianMs),
    `${formatMs(b.medianIntervalMs[0])}–${formatMs(b.medianIntervalMs[1])}`,
    b.versusBaseline ? ratioText(b.versusBaseline) : '1×',
  ]),
]);
console.log('');
printTable([
  ['target', 'measured', 'met'],
  ...targetResults.map((t) => [t.target, t.unit === '×' ? `${t.value.toFixed(2)}×` : `${formatMs(t.value)} ms`, t.met ? 'yes' : 'NO']),
]);
console.log(`\n${describeMachine(machine())}; before: ${describeLoad(loadBefore)}; after: ${describeLoad(loadAfter)}.`);
console.log('A figure is the time from creating the element (or the keystroke, or the click) until its DOM is updated and laid out; paint is not included.');

const file = writeResult('render', 'npm run bench', { tool: 'tachometer 0.7', sampleSize, benchmarks, targets: targetResults }, loadBefore);
console.log(`Written to ${file}; tachometer's own comparison table: ${logFile}`);

console.log(`\nThe whole page: ${pageCheck} (also part of npm test), recording what it measures.`);
const pageLoad = currentLoad();
const checks = runPageCheck();
printTable([['check', 'measured', 'passed'], ...checks.map((check) => [check.name, summarizePageCheck(check), check.passed ? 'yes' : 'NO'])]);
const pageFile = writeResult('page', 'npm run bench', { test: pageCheck, checks }, pageLoad);
console.log(`Written to ${pageFile}.`);
