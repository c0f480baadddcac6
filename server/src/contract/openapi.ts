import type { SwaggerOptions } from '@fastify/swagger';

export const API_PREFIX = '/api/v1';

const INFO = {
  title: 'trygg-widgets API',
  version: '1.0.0',
  summary: 'Safety walks, measures, unsafe-place reports and page feedback for Swedish municipalities.',
  description:
    'The contract between the trygg-widgets web components and any server that implements it. ' +
    'Errors are application/problem+json (RFC 9457). Creating POSTs take an Idempotency-Key. ' +
    'See docs/api.md for the rules in prose.',
  license: { name: 'MIT', identifier: 'MIT' },
};

type Json = Record<string, unknown>;

/** The plugin inlines request bodies; point them back at their named component so clients share one type. */
function referenceBodies(paths: Json, schemas: Json): void {
  for (const item of Object.values(paths) as Json[]) {
    for (const operation of Object.values(item) as Json[]) {
      const content = (operation.requestBody as Json | undefined)?.content as Json | undefined;
      const media = content?.['application/json'] as Json | undefined;
      const title = (media?.schema as Json | undefined)?.title;
      if (media && typeof title === 'string' && title in schemas) media.schema = { $ref: `#/components/schemas/${title}` };
    }
  }
}

/** Paths in a stable order; they are relative to the server URL (/api/v1; the plugin strips it). */
function finish(document: Json): Json {
  const paths = (document.paths ?? {}) as Json;
  referenceBodies(paths, ((document.components as Json).schemas ?? {}) as Json);
  return { ...document, paths: Object.fromEntries(Object.keys(paths).sort().map((key) => [key, paths[key]])) };
}

export const swaggerOptions: SwaggerOptions = {
  openapi: {
    openapi: '3.1.0',
    info: INFO,
    servers: [{ url: API_PREFIX }],
    tags: [
      { name: 'walks', description: 'Safety walks (trygghetsvandringar) and sign-up' },
      { name: 'measures', description: 'Measures (åtgärder) and their timelines' },
      { name: 'concerns', description: 'Reporting an unsafe place' },
      { name: 'feedback', description: 'Did the information on this page help you?' },
      { name: 'staff', description: 'Municipal staff (bearer token)' },
      { name: 'contract', description: 'The contract itself' },
    ],
    components: {
      securitySchemes: {
        staffToken: { type: 'http', scheme: 'bearer', description: 'The staff token (TRYGG_STAFF_TOKEN).' },
      },
    },
  },
  refResolver: {
    // Name components after their $id, so generated client types are Walk, Measure, … not def-0.
    buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`),
  },
  transformObject: (documentObject) => finish((documentObject as { openapiObject: Json }).openapiObject) as never,
};

/** Stable, pretty JSON: the committed file and the served document compare byte for byte. */
export function serializeDocument(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
