import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { FastifyReply } from 'fastify';

export type Coding = 'br' | 'gzip' | 'identity';

/** Below this, compressing saves less than the headers and the work cost. */
export const MIN_COMPRESS_BYTES = 1024;

const COMPRESSIBLE = /^(text\/|application\/(json|problem\+json|javascript|xml)|image\/svg\+xml)/i;

export function compressible(contentType: unknown): boolean {
  return typeof contentType === 'string' && COMPRESSIBLE.test(contentType);
}

/**
 * The coding to send for an Accept-Encoding header: br, else gzip, else identity. A coding with q=0 is refused, and
 * `*` stands for every coding not named (RFC 9110, 12.5.3).
 */
export function negotiate(acceptEncoding: string | undefined): Coding {
  if (!acceptEncoding) return 'identity';
  let coding = negotiated.get(acceptEncoding);
  if (coding === undefined) {
    coding = parseAcceptEncoding(acceptEncoding);
    // Browsers send a handful of distinct headers; anything else is bounded.
    if (negotiated.size >= 100) negotiated.clear();
    negotiated.set(acceptEncoding, coding);
  }
  return coding;
}

const negotiated = new Map<string, Coding>();

function parseAcceptEncoding(header: string): Coding {
  const accepted = new Map<string, boolean>();
  for (const item of header.split(',')) {
    const [name = '', ...parameters] = item.split(';');
    const q = parameters.map((parameter) => /^\s*q\s*=\s*([\d.]+)\s*$/i.exec(parameter)?.[1]).find((value) => value !== undefined);
    accepted.set(name.trim().toLowerCase(), q === undefined || Number(q) > 0);
  }
  const allows = (coding: string) => accepted.get(coding) ?? accepted.get('*') ?? false;
  if (allows('br')) return 'br';
  if (allows('gzip') || allows('x-gzip')) return 'gzip';
  return 'identity';
}

/** Adds a field to Vary without dropping what another plugin (CORS: Origin) put there. */
export function addVary(reply: FastifyReply, field: string): void {
  const current = reply.getHeader('vary');
  const fields = typeof current === 'string' ? current.split(',').map((item) => item.trim()).filter(Boolean) : [];
  if (fields.includes('*') || fields.some((item) => item.toLowerCase() === field.toLowerCase())) return;
  reply.header('vary', [...fields, field].join(', '));
}

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * How hard to compress: `dynamic` bodies are compressed once per change of the data (brotli 5: ~0.2 ms for a list of
 * walks, within a few per cent of the best), `static` files once per build (brotli 11: ~130 ms for the all-in-one
 * bundle, 6% smaller than brotli 5). Both run on libuv's thread pool, not on the event loop.
 */
export type Effort = 'dynamic' | 'static';

function compress(body: Buffer, coding: 'br' | 'gzip', effort: Effort): Promise<Buffer> {
  if (coding === 'gzip') return gzipped(body, { level: 9 });
  return brotli(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: effort === 'static' ? 11 : 5,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
}

/**
 * One response body and its compressed forms, each made once, when a client first asks for it. A form that would not
 * be smaller is not used: such clients get the body as it is.
 */
export class EncodedBody {
  private readonly forms = new Map<Coding, Promise<{ coding: Coding; body: Buffer }>>();
  /** Bytes held: the body and every compressed form made so far. */
  bytes: number;
  /** Told how many bytes a newly made form added (the cache holding this body keeps its total with it). */
  onGrow: ((bytes: number) => void) | undefined;

  constructor(
    readonly body: Buffer,
    readonly compressible: boolean,
    private readonly effort: Effort,
  ) {
    this.bytes = body.length;
  }

  /** True when the coding sent depends on the request's Accept-Encoding (then responses carry Vary: Accept-Encoding). */
  get negotiable(): boolean {
    return this.compressible && this.body.length >= MIN_COMPRESS_BYTES;
  }

  /** The body in the coding chosen for this Accept-Encoding, and that coding. */
  encode(acceptEncoding: string | undefined): Promise<{ coding: Coding; body: Buffer }> {
    const coding = this.negotiable ? negotiate(acceptEncoding) : 'identity';
    if (coding === 'identity') return Promise.resolve({ coding, body: this.body });
    let form = this.forms.get(coding);
    if (!form) {
      form = compress(this.body, coding, this.effort).then((compressed) => {
        if (compressed.length >= this.body.length) return { coding: 'identity' as const, body: this.body };
        this.bytes += compressed.length;
        this.onGrow?.(compressed.length);
        return { coding, body: compressed };
      });
      this.forms.set(coding, form);
    }
    return form;
  }
}

/** Sets Content-Encoding (and Vary, since the coding depends on the request) and returns the body to send. */
export async function sendEncoded(
  reply: FastifyReply,
  encoded: EncodedBody,
  acceptEncoding: string | undefined,
): Promise<Buffer> {
  if (encoded.negotiable) addVary(reply, 'Accept-Encoding');
  const { coding, body } = await encoded.encode(acceptEncoding);
  if (coding !== 'identity') reply.header('content-encoding', coding);
  return body;
}

/**
 * Keeps entries while the bytes of their bodies fit, evicting by second chance (CLOCK): the oldest entry goes first
 * unless it was used since it was last passed over, in which case it moves to the back. A hit only sets a flag:
 * moving the entry on every hit (delete and set on a Map in the old generation) left ~50 bytes of old-space garbage
 * per cached GET, which set the server's peak memory.
 */
export class ByteLimitedCache<V extends { encoded: EncodedBody }> {
  private readonly entries = new Map<string, { value: V; used: boolean }>();
  private total = 0;

  constructor(private readonly maxBytes: number) {}

  get size(): number {
    return this.entries.size;
  }

  get totalBytes(): number {
    return this.total;
  }

  get(key: string): V | undefined {
    const slot = this.entries.get(key);
    if (slot === undefined) return undefined;
    slot.used = true;
    return slot.value;
  }

  set(key: string, value: V): void {
    this.delete(key);
    const { encoded } = value;
    // The key counts too: a URL can be long.
    if (encoded.bytes + key.length > this.maxBytes) return;
    this.entries.set(key, { value, used: false });
    this.total += encoded.bytes + key.length;
    encoded.onGrow = (bytes) => {
      this.total += bytes;
      this.evict();
    };
    this.evict();
  }

  delete(key: string): void {
    const old = this.entries.get(key);
    if (old === undefined) return;
    this.entries.delete(key);
    this.total -= old.value.encoded.bytes + key.length;
    old.value.encoded.onGrow = undefined;
  }

  private evict(): void {
    // Ends: every pass over an entry clears its flag, so within two rounds an entry is dropped.
    while (this.total > this.maxBytes) {
      const oldest = this.entries.entries().next();
      if (oldest.done) return;
      const [key, slot] = oldest.value;
      if (slot.used) {
        slot.used = false;
        this.entries.delete(key);
        this.entries.set(key, slot);
      } else {
        this.delete(key);
      }
    }
  }
}
