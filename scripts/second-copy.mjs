/**
 * A second copy of the built CDN bundles under another version, in dist/cdn-copy/: what a page gets when a CMS
 * plugin ships its own, older trygg-widgets beside the municipality's. demo/host-twice.html loads it; its
 * end-to-end test and `npm run screenshots` make it from dist/cdn (after `npm run build`). Never committed.
 *
 *   node scripts/second-copy.mjs
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The version the copy reports: an older release, as a plugin would bundle. */
export const secondCopyVersion = '0.0.9';

/**
 * Copies every script of `from` to `to`, with the library's version string replaced. Each entry bundle must hold
 * the version exactly once (the constant in core/version.ts), or the copy would not honestly be another version.
 */
export function makeSecondCopy({ from = path.join(root, 'dist/cdn'), to = path.join(root, 'dist/cdn-copy'), version = secondCopyVersion } = {}) {
  const current = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version;
  if (!fs.existsSync(from)) throw new Error(`${from} does not exist: run npm run build first.`);
  const [quoted, replacement] = [JSON.stringify(current), JSON.stringify(version)];
  // Built beside the target and renamed into place, so a page loading the copy never sees half of it.
  const staging = `${to}.${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  const files = fs.readdirSync(from, { recursive: true }).filter((file) => file.endsWith('.js'));
  for (const file of files) {
    const text = fs.readFileSync(path.join(from, file), 'utf8');
    const occurrences = text.split(quoted).length - 1;
    const entry = !file.includes(path.sep);
    if (entry && occurrences !== 1) throw new Error(`${file} holds the version ${quoted} ${occurrences} times, not once.`);
    fs.mkdirSync(path.dirname(path.join(staging, file)), { recursive: true });
    fs.writeFileSync(path.join(staging, file), text.replaceAll(quoted, replacement));
  }
  fs.rmSync(to, { recursive: true, force: true });
  fs.renameSync(staging, to);
  return { dir: to, version, files: files.length };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { dir, version, files } = makeSecondCopy();
  console.log(`${files} scripts copied to ${path.relative(root, dir)} as version ${version}.`);
}
