#!/usr/bin/env node
// Generates src/generated/api-types.ts from api/openapi.json, the contract's one source.
// Ajv rejects `discriminator.mapping`, so the document has none; without it openapi-typescript would name each
// branch's tag after its schema. The mapping is derived here from each branch's own `kind` enum instead.
// The server's contract test imports generateApiTypes() to check the committed file is exactly its output.
import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const documentPath = path.join(root, 'api/openapi.json');
export const typesPath = path.join(root, 'src/generated/api-types.ts');

/** The text of src/generated/api-types.ts for the given OpenAPI document (the committed one by default). */
export async function generateApiTypes(documentText = readFileSync(documentPath, 'utf8')) {
  const document = JSON.parse(documentText);
  const schemas = document.components?.schemas ?? {};

  for (const schema of Object.values(schemas)) {
    const discriminator = schema.discriminator;
    if (!discriminator || discriminator.mapping || !Array.isArray(schema.oneOf)) continue;
    discriminator.mapping = Object.fromEntries(
      schema.oneOf.map(({ $ref }) => {
        const branch = schemas[$ref.split('/').pop()];
        const tag = branch?.properties?.[discriminator.propertyName]?.enum?.[0];
        if (typeof tag !== 'string') throw new Error(`${$ref} has no single ${discriminator.propertyName} value`);
        return [tag, $ref];
      }),
    );
  }

  const ast = await openapiTS(document);
  const banner = '// Generated from api/openapi.json by `npm run types:api`. Do not edit.\n\n';
  return banner + astToString(ast);
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(typesPath, await generateApiTypes());
}
