import { VERSION } from './version.js';

const alreadyDefined: string[] = [];

/**
 * Defines a tag unless the page already has it: a script pasted twice, or another version of the library on the
 * same page, must never throw. The first definition wins; one console warning names every tag this copy skipped.
 */
export function defineOnce(tagName: string, constructor: CustomElementConstructor, registry = customElements): void {
  const existing = registry.get(tagName);
  if (!existing) {
    try {
      registry.define(tagName, constructor);
    } catch (error) {
      // An embed must never break the page, whatever the registry says.
      console.warn(`trygg-widgets ${VERSION}: could not define <${tagName}>.`, error);
    }
    return;
  }
  if (alreadyDefined.push(describe(tagName, existing)) === 1) queueMicrotask(warnAboutDuplicates);
}

function describe(tagName: string, existing: CustomElementConstructor): string {
  const version = (existing as { version?: unknown }).version;
  return typeof version === 'string' ? `<${tagName}> (version ${version})` : `<${tagName}>`;
}

function warnAboutDuplicates(): void {
  console.warn(
    `trygg-widgets ${VERSION}: ${alreadyDefined.join(', ')} already defined on this page, so this copy is not used. ` +
      'Include the script once per page.',
  );
  alreadyDefined.length = 0;
}
