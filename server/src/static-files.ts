import { createHash } from 'node:crypto';
import { createReadStream, type Stats } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { addVary, ByteLimitedCache, compressible, EncodedBody } from './encoding.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  // Type declarations (.d.ts) of the npm build.
  '.ts': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Revalidated on every use (a 304 without a body while unchanged): for files whose names stay across builds. */
export const REVALIDATE = 'no-cache';
/** For files whose names change whenever their content does. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Files above this are streamed from disk as they are: the demo and the bundles have none. */
const MAX_KEPT_FILE_BYTES = 8 * 2 ** 20;

export interface StaticMount {
  /** URL prefix ending in a slash, e.g. /dist/. */
  prefix: string;
  /** Folder served under it. */
  root: string;
  /** Cache-Control for a path inside the folder. */
  cacheControl: (relativePath: string) => string;
}

/** A file as last read: the stat fields that change with every write or replacement, and its content hash. */
interface KnownFile {
  stamp: string;
  hash: string;
  type: string;
  encoded: EncodedBody;
}

const stampOf = (stats: Stats) => `${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}`;

/** The file a path names inside root; undefined for dot files and folders (.., .git, .env) and anything outside. */
export function resolveInside(root: string, relativePath: string): string | undefined {
  const segments = relativePath.split('/');
  if (segments.some((segment) => segment.startsWith('.') || segment.includes('\0') || segment.includes('\\'))) return undefined;
  if (segments.at(-1) === '') segments[segments.length - 1] = 'index.html';
  const file = path.join(root, ...segments);
  return file.startsWith(root + path.sep) ? file : undefined;
}

/** True when If-None-Match names this content in any coding ("<hash>", "<hash>-br", "<hash>-gzip", weak or not). */
function holdsContent(ifNoneMatch: string | undefined, hash: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const value = tag.trim().replace(/^W\//, '').replace(/^"|"$/g, '');
    return value === '*' || value === hash || value.startsWith(`${hash}-`);
  });
}

/**
 * Static files (the demo page at /, the built bundles at /dist/), kept in memory with their br and gzip forms, each
 * made once per version of a file. A file is checked on every request (one stat): a rebuild, even one that keeps
 * the size and the modification time, changes its inode or change time, and the file is read again. ETags are
 * strong, per coding, from a hash of the content, so they change exactly when the content does.
 */
export function registerStaticFiles(app: FastifyInstance, mounts: readonly StaticMount[], maxBytes = 16 * 2 ** 20): void {
  const known = new ByteLimitedCache<KnownFile>(maxBytes);

  async function load(file: string, stats: Stats): Promise<KnownFile | undefined> {
    const stamp = stampOf(stats);
    const kept = known.get(file);
    if (kept?.stamp === stamp) return kept;
    const body = await fs.readFile(file);
    const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    const loaded = {
      stamp,
      hash: createHash('sha256').update(body).digest('base64url').slice(0, 32),
      type,
      encoded: new EncodedBody(body, compressible(type), 'static'),
    };
    // Kept only when the file did not change while it was read (a build writing it): else read again next time.
    if (stampOf(await fs.stat(file)) === stamp) known.set(file, loaded);
    return loaded;
  }

  async function serve(request: FastifyRequest, reply: FastifyReply, mount: StaticMount) {
    const relativePath = (request.params as { '*'?: string })['*'] ?? '';
    const file = resolveInside(mount.root, relativePath);
    const stats = file === undefined ? undefined : await fs.stat(file).catch(() => undefined);
    if (file === undefined || !stats?.isFile()) return reply.callNotFound();
    reply.header('cache-control', mount.cacheControl(relativePath));
    if (stats.size > MAX_KEPT_FILE_BYTES) {
      return reply.type(TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream').send(createReadStream(file));
    }
    const found = await load(file, stats).catch(() => undefined);
    if (!found) return reply.callNotFound();
    const { coding, body } = await found.encoded.encode(request.headers['accept-encoding']);
    reply.type(found.type).header('etag', coding === 'identity' ? `"${found.hash}"` : `"${found.hash}-${coding}"`);
    if (found.encoded.negotiable) addVary(reply, 'Accept-Encoding');
    if (holdsContent(request.headers['if-none-match'], found.hash)) return reply.code(304).send();
    if (coding !== 'identity') reply.header('content-encoding', coding);
    return reply.send(body);
  }

  for (const mount of mounts) {
    app.get(`${mount.prefix}*`, { schema: { hide: true } }, (request, reply) => serve(request, reply, mount));
  }
}
