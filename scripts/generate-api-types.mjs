#!/usr/bin/env node
// Generates src/generated/api-types.ts from api/openapi.json, the contract's one source.
// Ajv rejects `discriminator.mapping`, so the document has none; without it openapi-typescript would name each
// branch's tag after its schema. The mapping is derived here from each branch's own `kind` enum instead.
import { readFileSync, writeFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';

const document = JSON.parse(readFileSync('api/openapi.json', 'utf8'));
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
writeFileSync('src/generated/api-types.ts', banner + astToString(ast));
