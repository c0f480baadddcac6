import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';

/** The committed contract, read independently of the server's own schemas. */
export const DOCUMENT_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../api/openapi.json');

type Json = Record<string, unknown>;

export const document = JSON.parse(fs.readFileSync(DOCUMENT_PATH, 'utf8')) as {
  servers: { url: string }[];
  paths: Record<string, Record<string, Json>>;
  components: { schemas: Record<string, Json> };
};

const BASE = 'https://contract.test/';

/** Rewrites document-local refs (#/components/schemas/X) to ids ajv can resolve. */
function rebase(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rebase);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) =>
      key === '$ref' && typeof item === 'string' ? [key, item.replace('#/components/schemas/', BASE)] : [key, rebase(item)],
    ),
  );
}

const ajv = new Ajv2020({ strict: true, allErrors: true, discriminator: true });
addFormats(ajv);
for (const [name, schema] of Object.entries(document.components.schemas)) {
  ajv.addSchema({ ...(rebase(schema) as Json), $id: BASE + name });
}

// The most literal template wins: /walks/{id}.ics before /walks/{id}.
const operations = Object.entries(document.paths)
  .map(([template, item]) => ({
    template,
    pattern: new RegExp(`^${template.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+?')}$`),
    literal: template.replace(/\{[^}]+\}/g, '').length,
    item,
  }))
  .sort((a, b) => b.literal - a.literal);

const validators = new Map<object, ValidateFunction>();
function validatorFor(schema: Json): ValidateFunction {
  let validate = validators.get(schema);
  if (!validate) {
    validate = ajv.compile(rebase(schema) as Json);
    validators.set(schema, validate);
  }
  return validate;
}

/** The operation of the committed document that serves this method and URL. */
export function findOperation(method: string, url: string): { template: string; operation: Json } | undefined {
  const base = document.servers[0]!.url;
  const pathname = new URL(url, 'http://x').pathname;
  if (!pathname.startsWith(`${base}/`)) return undefined;
  const relative = pathname.slice(base.length);
  for (const { template, pattern, item } of operations) {
    const operation = item[method.toLowerCase()];
    if (operation && pattern.test(relative)) return { template, operation };
  }
  return undefined;
}

export class ContractViolation extends Error {}

/**
 * Fails when a response is not what the committed contract says: an undocumented status, another
 * media type, or a body that does not match the schema. A 500 is always a failure.
 */
export function checkResponse(
  method: string,
  url: string,
  response: { status: number; headers: Record<string, unknown>; text: string },
): void {
  const where = `${method} ${url} → ${response.status}`;
  if (response.status >= 500) throw new ContractViolation(`${where}: server error ${response.text}`);
  const found = findOperation(method, url);
  if (!found) {
    if (new URL(url, 'http://x').pathname.startsWith(document.servers[0]!.url)) {
      // Unknown API paths must still answer with a problem document.
      if (response.status !== 404 && response.status !== 204) throw new ContractViolation(`${where}: no such operation`);
    }
    return;
  }
  // 304 answers a conditional GET and has no body; 204 answers a CORS preflight.
  if (response.status === 304 && method === 'GET') return;
  const responses = found.operation.responses as Record<string, Json>;
  const documented = responses[String(response.status)] ?? responses.default;
  if (!documented) throw new ContractViolation(`${where}: status not in the contract for ${found.template}`);
  const content = documented.content as Record<string, { schema: Json }> | undefined;
  if (!content) return;
  const mediaType = String(response.headers['content-type'] ?? '').split(';')[0]!.trim();
  const media = content[mediaType];
  if (!media) throw new ContractViolation(`${where}: media type ${mediaType} not in ${Object.keys(content).join(', ')}`);
  if (!mediaType.endsWith('json')) return;
  const validate = validatorFor(media.schema);
  if (!validate(JSON.parse(response.text))) {
    throw new ContractViolation(`${where}: body does not match: ${ajv.errorsText(validate.errors)}\n${response.text.slice(0, 500)}`);
  }
}
