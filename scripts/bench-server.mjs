#!/usr/bin/env node
// npm run bench:server: autocannon against the reference server (compiled, production settings, rate limit raised)
// on a temporary database seeded with the demo municipality, each endpoint compared in the same run with a bare Fastify
// route answering the same JSON (bench/server/bare-server.mjs). Rounds alternate the two servers so that a burst of
// load from elsewhere on the machine hits both; the figures are the medians of the rounds. Writes
// bench/results/server.json. Options: --duration <s> (default 5), --rounds <n> (3), --connections <n> (10).
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { buildServer, serverNodeFlags, startProcess, startReferenceServer } from './bench-processes.mjs';
import {
  currentLoad,
  describeLoad,
  describeMachine,
  formatInteger,
  formatMs,
  machine,
  median,
  printTable,
  serverTableHeader,
  serverTableRow,
  writeResult,
} from './bench-report.mjs';

const { values: options } = parseArgs({
  options: { duration: { type: 'string', default: '5' }, rounds: { type: 'string', default: '3' }, connections: { type: 'string', default: '10' } },
});
const duration = Number(options.duration);
const rounds = Number(options.rounds);
const connections = Number(options.connections);
const staffToken = randomUUID() + randomUUID();
// Forms count as spam when sent faster than TRYGG_SPAM_MIN_FILL_MS (2 s): these were filled in for 45 s.
const fillMs = 45_000;

/** Today in Sweden as YYYY-MM-DD: the walk calendar asks for walks from today. */
const swedishToday = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());

async function json(url, init) {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`${init?.method ?? 'GET'} ${url} → ${response.status}: ${await response.text()}`);
  return { status: response.status, body: await response.json() };
}

const post = (body) => ({ method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() }, body: JSON.stringify(body) });

/** The requests of each endpoint, as the widgets send them; POSTs get a fresh Idempotency-Key (and feedback id) each. */
function scenarios(category) {
  const concern = {
    categoryId: category,
    place: { description: 'Gångtunneln under Sandviksvägen, norra sidan', area: 'Sandviken' },
    timeOfDay: ['evening', 'night'],
    dayType: ['weekdays'],
    description: 'Lampan i tunneln är trasig och det är helt mörkt på kvällen. Jag väljer en annan väg hem.',
    language: 'sv',
    website: '',
    fillMs,
  };
  const feedback = () => ({ id: randomUUID(), pageId: 'https://www.angsby.example/trygghet', pageTitle: 'Trygghet i Ängsby', language: 'sv', helpful: true, website: '', fillMs });
  const freshKey = (request) => ({ ...request, headers: { ...request.headers, 'idempotency-key': randomUUID() } });
  return [
    { name: 'GET walks', method: 'GET', path: `/api/v1/walks?from=${swedishToday()}`, status: 200 },
    { name: 'GET measures', method: 'GET', path: '/api/v1/measures', status: 200 },
    {
      name: 'POST feedback',
      method: 'POST',
      path: '/api/v1/feedback',
      status: 201,
      sample: feedback,
      setupRequest: (request) => ({ ...freshKey(request), body: JSON.stringify(feedback()) }),
    },
    { name: 'POST concerns', method: 'POST', path: '/api/v1/concerns', status: 201, sample: () => concern, setupRequest: (request) => freshKey(request) },
  ];
}

function load(baseUrl, scenario, seconds) {
  const { method, path, sample, setupRequest } = scenario;
  const headers = method === 'POST' ? { 'content-type': 'application/json', 'idempotency-key': randomUUID() } : { accept: 'application/json' };
  return autocannon({
    url: baseUrl,
    connections,
    duration: seconds,
    requests: [{ method, path, headers, ...(sample ? { body: JSON.stringify(sample()) } : {}), ...(setupRequest ? { setupRequest } : {}) }],
  });
}

const summary = (result) => ({
  requestsPerSecond: result.requests.average,
  p50Ms: result.latency.p50,
  p99Ms: result.latency.p99,
  requests: result.requests.total,
  non2xx: result.non2xx,
  errors: result.errors,
  timeouts: result.timeouts,
});

const loadBefore = currentLoad();
buildServer();
const real = await startReferenceServer({ NODE_ENV: 'production', TRYGG_RATE_LIMIT: '1000000', TRYGG_STAFF_TOKEN: staffToken });
let bare;
try {
  const categories = await json(`${real.baseUrl}/api/v1/categories`);
  const category = categories.body.items.find((item) => !item.callInstead).id;
  const list = scenarios(category);

  // The bare routes answer exactly what the real server answers (one request each, made here).
  const payloads = [];
  for (const scenario of list) {
    const answer = await json(`${real.baseUrl}${scenario.path}`, scenario.sample ? post(scenario.sample()) : undefined);
    payloads.push({ method: scenario.method, path: scenario.path.split('?')[0], status: answer.status, body: answer.body });
  }
  const payloadFile = join(real.dir, 'bare-payloads.json');
  writeFileSync(payloadFile, JSON.stringify(payloads));
  bare = await startProcess('bare', ['bench/server/bare-server.mjs'], (_dir, port) => ({ PORT: String(port), BARE_PAYLOADS: payloadFile }), '/api/v1/categories');
  const idleMemory = real.memory();
  const concernsBefore = (await json(`${real.baseUrl}/api/v1/staff/concerns`, { headers: { authorization: `Bearer ${staffToken}` } })).body.items.length;

  console.log(`Server benchmark: ${rounds} rounds × ${duration} s per endpoint and server, ${connections} connections (${describeLoad(loadBefore)}).`);
  const runs = [];
  for (const scenario of list) {
    for (const server of [real, bare]) {
      runs.push({ scenario: scenario.name, server: server.name, round: 'warm-up', ...summary(await load(server.baseUrl, scenario, 1)) });
    }
    for (let round = 0; round < rounds; round++) {
      for (const server of round % 2 ? [bare, real] : [real, bare]) {
        const result = summary(await load(server.baseUrl, scenario, duration));
        runs.push({ scenario: scenario.name, server: server.name, round, ...result });
        process.stdout.write(`  ${scenario.name.padEnd(14)} ${server === real ? 'reference' : 'bare     '} round ${round + 1}: ${formatInteger(result.requestsPerSecond)} req/s\n`);
      }
    }
  }

  // Read before the check below, whose list of every stored concern is no request a resident makes.
  const memory = real.memory();
  const concernsAfter = (await json(`${real.baseUrl}/api/v1/staff/concerns`, { headers: { authorization: `Bearer ${staffToken}` } })).body.items.length;
  const concernRuns = runs.filter((run) => run.scenario === 'POST concerns' && run.server === real.name);
  const concernsSent = concernRuns.reduce((sum, run) => sum + run.requests - run.non2xx, 0);
  // A request still in flight when a run ends is stored but not counted: at most one per connection and run.
  const concernsStored = concernsAfter - concernsBefore;
  const storedEveryConcern = concernsStored >= concernsSent && concernsStored - concernsSent <= connections * concernRuns.length;

  const rows = list.flatMap((scenario) =>
    [real, bare].map((server) => {
      const mine = runs.filter((run) => run.scenario === scenario.name && run.server === server.name && run.round !== 'warm-up');
      return {
        endpoint: scenario.name,
        server: server === real ? 'reference' : 'bare Fastify',
        requestsPerSecond: median(mine.map((run) => run.requestsPerSecond)),
        requestsPerSecondRange: [Math.min(...mine.map((run) => run.requestsPerSecond)), Math.max(...mine.map((run) => run.requestsPerSecond))],
        p50Ms: median(mine.map((run) => run.p50Ms)),
        p99Ms: median(mine.map((run) => run.p99Ms)),
        non2xx: mine.reduce((sum, run) => sum + run.non2xx, 0),
        errors: mine.reduce((sum, run) => sum + run.errors + run.timeouts, 0),
      };
    }),
  );
  const row = (endpoint, server) => rows.find((item) => item.endpoint === endpoint && item.server === server);
  for (const item of rows) item.shareOfBare = item.requestsPerSecond / row(item.endpoint, 'bare Fastify').requestsPerSecond;

  const targets = [
    ...['GET walks', 'GET measures'].map((endpoint) => ({
      target: `${endpoint} ≥ 50% of the bare route`,
      value: row(endpoint, 'reference').shareOfBare,
      unit: '%',
      met: row(endpoint, 'reference').shareOfBare >= 0.5,
    })),
    { target: 'POST concerns ≥ 1,000 req/s', value: row('POST concerns', 'reference').requestsPerSecond, unit: 'req/s', met: row('POST concerns', 'reference').requestsPerSecond >= 1000 },
    { target: 'POST concerns p99 ≤ 50 ms', value: row('POST concerns', 'reference').p99Ms, unit: 'ms', met: row('POST concerns', 'reference').p99Ms <= 50 },
    // The 150 MB are decimal megabytes; /proc counts KiB.
    { target: 'server peak memory ≤ 150 MB', value: (memory.peakRssMiB * 2 ** 20) / 1e6, unit: 'MB', met: memory.peakRssMiB * 2 ** 20 <= 150e6 },
    {
      target: 'every answer 2xx, every concern stored (not as spam)',
      value: concernsStored,
      unit: `stored, ${formatInteger(concernsSent)} answered 201`,
      met: rows.every((item) => item.non2xx === 0 && item.errors === 0) && storedEveryConcern,
    },
  ];

  const loadAfter = currentLoad();
  console.log('');
  printTable([serverTableHeader, ...rows.map(serverTableRow)], { leftColumns: 2 });
  console.log(`\nReference server memory: ${idleMemory.rssMiB} MiB resident after start, peak ${memory.peakRssMiB} MiB = ${formatInteger((memory.peakRssMiB * 2 ** 20) / 1e6)} MB (VmHWM) over the whole run.`);
  console.log('');
  printTable([
    ['target', 'measured', 'met'],
    ...targets.map((t) => [
      t.target,
      t.unit === '%' ? `${Math.round(t.value * 100)}%` : `${t.unit === 'ms' ? formatMs(t.value) : formatInteger(t.value)} ${t.unit}`,
      t.met ? 'yes' : 'NO',
    ]),
  ]);
  console.log(`\n${describeMachine(machine())}; autocannon and both servers share it; before: ${describeLoad(loadBefore)}; after: ${describeLoad(loadAfter)}.`);

  const file = writeResult(
    'server',
    'npm run bench:server',
    {
      tool: 'autocannon 9',
      settings: { durationSeconds: duration, rounds, connections, server: `node ${[...serverNodeFlags, 'server/dist/main.js'].join(' ')} (npm run serve -w server), NODE_ENV=production, TRYGG_RATE_LIMIT=1000000, seeded demo municipality` },
      endpoints: list.map(({ name, method, path }) => ({ name, method, path })),
      rows,
      memory: { afterStartMiB: idleMemory.rssMiB, peakMiB: memory.peakRssMiB, bare: bare.memory() },
      concernsStored: { answered201: concernsSent, stored: concernsStored },
      targets,
      runs,
    },
    loadBefore,
  );
  console.log(`Written to ${file}.`);
} finally {
  await bare?.stop();
  await real.stop();
}
