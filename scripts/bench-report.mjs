// What every measuring script shares: the machine and its load, the result files in bench/results/, the tables they
// print, and the statistics behind the figures (medians with distribution-free confidence intervals).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname } from 'node:path';
import { chromiumPath } from './chromium.mjs';

export const resultsDir = 'bench/results';

const run = (command, args) => {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
};

/** The load right now, as `uptime` prints it, and the three averages. */
export function currentLoad() {
  const [one, five, fifteen] = os.loadavg().map((value) => Number(value.toFixed(2)));
  return { uptime: run('uptime', []) ?? '', loadAverage: { one, five, fifteen } };
}

/** The machine a figure was measured on; timings mean nothing without it. */
export function machine() {
  const cpus = os.cpus();
  const chromium = run(chromiumPath, ['--version'])?.match(/Chromium [\d.]+/)?.[0] ?? null;
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    os: `${os.type()} ${os.release()}`,
    debian: existsSync('/etc/debian_version') ? readFileSync('/etc/debian_version', 'utf8').trim() : null,
    node: process.version,
    chromium,
  };
}

/** The commit measured, with `-dirty` when the working tree had changes. */
export function commit() {
  return run('git', ['describe', '--always', '--dirty', '--abbrev=10']);
}

/** Writes `bench/results/<name>.json` with the date, machine, load and commit around `data`. */
export function writeResult(name, command, data, loadBefore) {
  const file = `${resultsDir}/${name}.json`;
  mkdirSync(dirname(file), { recursive: true });
  const result = { command, date: new Date().toISOString(), commit: commit(), machine: machine(), load: { before: loadBefore, after: currentLoad() }, ...data };
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}

export const formatInteger = (value) => Math.round(value).toLocaleString('en-US');
export const formatMs = (value) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));

/** Prints rows as an aligned text table; the first row is the header. Columns after the first are right-aligned. */
export function printTable(rows, { leftColumns = 1 } = {}) {
  const text = rows.map((row) => row.map((cell) => String(cell ?? '')));
  const widths = text[0].map((_, column) => Math.max(...text.map((row) => row[column].length)));
  const line = (row) => row.map((cell, column) => (column < leftColumns ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  console.log(line(text[0]));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of text.slice(1)) console.log(line(row));
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * A 95% confidence interval for the median from order statistics: the widest symmetric ranks [k, n-1-k] that the
 * binomial(n, ½) distribution keeps with at least 95% probability. No assumption about the distribution's shape.
 */
export function medianInterval(values, confidence = 0.95) {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n < 6) return [sorted[0], sorted[n - 1]];
  const pmf = [];
  let logChoose = 0;
  for (let k = 0; k <= n; k++) {
    if (k > 0) logChoose += Math.log(n - k + 1) - Math.log(k);
    pmf.push(Math.exp(logChoose - n * Math.LN2));
  }
  let lower = 0;
  // The median lies between the sorted values at ranks k and n-1-k unless fewer than k+1 or more than n-1-k of the
  // samples fall below it: move k inwards while that still has at least `confidence` probability.
  const coverage = (k) => pmf.slice(k + 1, n - k).reduce((sum, p) => sum + p, 0);
  while (lower + 1 < n - 2 - lower && coverage(lower + 1) >= confidence) lower++;
  return [sorted[lower], sorted[n - 1 - lower]];
}

/** Same sequence every run, so a re-run over the same samples gives the same interval. */
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** The ratio of two medians with a 95% bootstrap interval (2,000 resamples of each sample set). */
export function medianRatio(values, reference, resamples = 2000) {
  const random = seededRandom(20261120);
  const resample = (list) => Array.from(list, () => list[Math.floor(random() * list.length)]);
  const ratios = Array.from({ length: resamples }, () => median(resample(values)) / median(resample(reference))).sort((a, b) => a - b);
  return {
    ratio: median(values) / median(reference),
    interval: [ratios[Math.floor(resamples * 0.025)], ratios[Math.ceil(resamples * 0.975) - 1]],
  };
}

/** "load 5.83 8.70 9.62 (1, 5, 15 min)" for the line under a table. */
export function describeLoad({ loadAverage }) {
  return `load ${loadAverage.one} ${loadAverage.five} ${loadAverage.fifteen} (1, 5, 15 min)`;
}

export function describeMachine(info) {
  return `${info.cpu}, ${info.cores} cores, ${info.memoryGiB} GiB, ${info.debian ? `Debian ${info.debian}` : info.os}, Node ${info.node}${info.chromium ? `, ${info.chromium}` : ''}`;
}

/** autocannon records latencies in whole milliseconds: 0 means under one. */
const formatLatency = (ms) => (ms < 1 ? '< 1' : String(Math.round(ms)));

/** The server benchmark's table, shared by the terminal and docs/performance.md. */
export const serverTableHeader = ['endpoint', 'server', 'req/s (median)', 'rounds min–max', 'p50 ms', 'p99 ms', 'vs bare', 'non-2xx', 'errors'];

export function serverTableRow(row) {
  return [
    row.endpoint,
    row.server,
    formatInteger(row.requestsPerSecond),
    `${formatInteger(row.requestsPerSecondRange[0])}–${formatInteger(row.requestsPerSecondRange[1])}`,
    formatLatency(row.p50Ms),
    formatLatency(row.p99Ms),
    `${Math.round(row.shareOfBare * 100)}%`,
    row.non2xx,
    row.errors,
  ];
}
