#!/usr/bin/env node
// The version the elements report when two copies meet on a page must be the package's version.
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const source = readFileSync('src/core/version.ts', 'utf8');
const declared = /VERSION = '([^']+)'/.exec(source)?.[1];
if (declared !== version) {
  console.error(`src/core/version.ts says ${declared}, package.json says ${version}: make them equal.`);
  process.exit(1);
}
