#!/usr/bin/env node
// Keeps locales/*.xlf complete. Swedish is the source; each target language needs a <target> for every message.
//   node scripts/translations.mjs check                 fails when a message lacks a translation (part of npm test)
//   node scripts/translations.mjs set en file.json      extracts, then writes the translations in file.json
//                                                        ({ "id": "English text, placeholders as {0}, {1}" })
// `set` holds a lock, so several people (or scripts) translating at once don't overwrite each other.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';

const [command, locale, file] = process.argv.slice(2);
const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const xliffPath = (code) => `${config.interchange.xliffDir.replace(/\/?$/, '/')}${code}.xlf`;
const unitPattern = /<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>(?:\s*<target>([\s\S]*?)<\/target>)?\s*<\/trans-unit>/g;

function units(xliff) {
  return [...xliff.matchAll(unitPattern)].map(([, id, source, target]) => ({ id, source, target }));
}

function check() {
  execFileSync('npx', ['lit-localize', 'extract'], { stdio: 'ignore' });
  let missing = 0;
  for (const code of config.targetLocales) {
    for (const unit of units(readFileSync(xliffPath(code), 'utf8'))) {
      if (unit.target === undefined || unit.target.trim() === '') {
        console.error(`${code}: no translation for ${unit.id}: ${unit.source}`);
        missing++;
      } else if (placeholders(unit.source) !== placeholders(unit.target)) {
        console.error(`${code}: ${unit.id} has other placeholders than its source`);
        missing++;
      }
    }
  }
  if (missing > 0) {
    console.error(`\n${missing} message(s) need work. Add them with: node scripts/translations.mjs set <locale> <file.json>`);
    process.exit(1);
  }
  console.log(`Translations complete for ${config.targetLocales.join(', ')}.`);
}

const placeholders = (text) => [...text.matchAll(/<x id="(\d+)"/g)].map((match) => match[1]).sort().join(',');
const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function set() {
  const translations = JSON.parse(readFileSync(file, 'utf8'));
  withLock(() => {
    execFileSync('npx', ['lit-localize', 'extract'], { stdio: 'inherit' });
    const path = xliffPath(locale);
    let xliff = readFileSync(path, 'utf8');
    const known = new Map(units(xliff).map((unit) => [unit.id, unit]));
    for (const [id, text] of Object.entries(translations)) {
      const unit = known.get(id);
      if (!unit) throw new Error(`No message with id ${id} in the source; run extract or check the id.`);
      const sourceXs = new Map([...unit.source.matchAll(/<x id="(\d+)"[^>]*\/>/g)].map((match) => [match[1], match[0]]));
      const target = escapeXml(text).replace(/\{(\d+)\}/g, (_, index) => {
        const x = sourceXs.get(index);
        if (!x) throw new Error(`${id}: the source has no placeholder {${index}}`);
        return x;
      });
      xliff = xliff.replace(
        new RegExp(`(<trans-unit id="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}">\\s*<source>[\\s\\S]*?</source>)(?:\\s*<target>[\\s\\S]*?</target>)?`),
        (_, head) => `${head}\n  <target>${target}</target>`,
      );
    }
    writeFileSync(path, xliff);
    execFileSync('npx', ['lit-localize', 'build'], { stdio: 'inherit' });
  });
  console.log(`Wrote ${Object.keys(translations).length} ${locale} translation(s).`);
}

function withLock(task) {
  const lock = 'locales/.lock';
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`${lock} is held; remove it if no translation is running.`);
      execFileSync('sleep', ['0.2']);
    }
  }
  try {
    task();
  } finally {
    rmdirSync(lock);
  }
}

if (command === 'check') check();
else if (command === 'set' && locale && file) set();
else {
  console.error('usage: translations.mjs check | set <locale> <file.json>');
  process.exit(2);
}
