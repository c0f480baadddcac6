import { browserStorage, readJson, writeJson } from './browser-storage.js';

/**
 * What a resident has typed into a form, kept in `sessionStorage` (by default) so a reload or a crash loses
 * nothing. Keyed per page and element; cleared once the submission has reached the server.
 */
export class DraftStore<T extends object> {
  readonly key: string;
  readonly #storage: Storage | null;

  constructor(key: string, storage: Storage | null = browserStorage('sessionStorage')) {
    this.key = key;
    this.#storage = storage;
  }

  load(): Partial<T> | null {
    const stored = readJson(this.#storage, this.key);
    return typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? (stored as Partial<T>) : null;
  }

  save(values: T): void {
    writeJson(this.#storage, this.key, values);
  }

  clear(): void {
    try {
      this.#storage?.removeItem(this.key);
    } catch {
      // Nothing to clear when storage is unavailable.
    }
  }
}

/** A draft key for one form on one page: `trygg:draft:v1:/trygghet:trygg-concern-form:main`. */
export function draftKey(element: Element, form = ''): string {
  const sameTag = [...document.querySelectorAll(element.localName)];
  const instance = element.id || String(Math.max(0, sameTag.indexOf(element)));
  return ['trygg:draft:v1', location.pathname, element.localName, instance, form].filter(Boolean).join(':');
}
