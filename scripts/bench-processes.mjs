// Servers as separate processes for the measuring scripts: the reference server as it runs in production (compiled,
// started with the Node flags of `npm run serve -w server`) on a temporary, seeded database, and anything else started
// the same way.
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';

/** A port nobody listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Compiles the server (server/dist), as `npm start` and a production install do. */
export function buildServer() {
  console.log('Compiling the server: npm run build -w server');
  execFileSync('npm', ['run', 'build', '-w', 'server', '--silent'], { stdio: 'inherit' });
}

/** Polls `url` until it answers 2xx (a condition, with a deadline), or the process ends. */
async function waitUntilAnswering(url, child, logFile, deadlineMs = 60_000) {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The process ended (${child.exitCode}) before answering: see ${logFile}\n${readFileSync(logFile, 'utf8').slice(-2000)}`);
    const answer = await fetch(url).catch(() => null);
    if (answer?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer within ${deadlineMs / 1000} s: see ${logFile}`);
}

/**
 * Starts `node <args>` with `env`, output to a log file (a pipe the parent must drain would cost the parent CPU during
 * a benchmark), and waits until `readyPath` answers. Returns the process with its base URL and a stop function.
 */
export async function startProcess(name, args, env, readyPath) {
  const dir = mkdtempSync(join(os.tmpdir(), `trygg-${name}-`));
  const logFile = join(dir, `${name}.log`);
  const port = await freePort();
  const log = openSync(logFile, 'a');
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env(dir, port) }, stdio: ['ignore', log, log] });
  closeSync(log);
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitUntilAnswering(`${baseUrl}${readyPath}`, child, logFile);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    name,
    baseUrl,
    pid: child.pid,
    dir,
    logFile,
    /** Peak and current resident memory of the process (VmHWM and VmRSS from /proc), in MiB. */
    memory() {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const mib = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) / 1024;
      return { peakRssMiB: Number(mib('VmHWM').toFixed(1)), rssMiB: Number(mib('VmRSS').toFixed(1)) };
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The Node flags the server's production command (`npm run serve -w server`) starts it with, so measurements use them too. */
export const serverNodeFlags = /^node\s+(.*?)\s*dist\/main\.js$/.exec(JSON.parse(readFileSync('server/package.json', 'utf8')).scripts.serve)[1].split(/\s+/).filter(Boolean);

/**
 * The reference server as compiled by buildServer(), on a temporary database filled with the demo municipality.
 * `settings` are its environment variables (docs/server.md), e.g. { NODE_ENV: 'production', TRYGG_RATE_LIMIT: '1000000' }.
 */
export async function startReferenceServer(settings = {}, args = []) {
  if (!existsSync('server/dist/main.js')) throw new Error('No server/dist/main.js: call buildServer() first.');
  return startProcess(
    'server',
    [...serverNodeFlags, 'server/dist/main.js', ...args],
    (dir, port) => ({ TRYGG_DB: join(dir, 'trygg.sqlite'), TRYGG_HOST: '127.0.0.1', TRYGG_PORT: String(port), TRYGG_SEED: '1', ...settings }),
    '/api/v1/categories',
  );
}
