import { browserStorage, readJson, writeJson } from '../core/browser-storage.js';

/** What this browser answered on a page: kept in localStorage (no cookie), so the prompt shows the thanks next time. */
export interface RememberedAnswer {
  /** The feedback's id at the server, used to change the answer or add the comment. */
  id: string;
  helpful: boolean;
  /** The follow-up was sent or skipped; until then a "Nej" reopens the follow-up after a reload. Read as truthy. */
  done: boolean;
}

const storage = browserStorage('localStorage');
const keyFor = (pageId: string) => `trygg:feedback:v1:${pageId}`;

export function recallAnswer(pageId: string): RememberedAnswer | null {
  const stored = readJson(storage, keyFor(pageId)) as RememberedAnswer | null;
  return typeof stored?.id === 'string' && typeof stored.helpful === 'boolean' ? stored : null;
}

export function rememberAnswer(pageId: string, answer: RememberedAnswer): void {
  writeJson(storage, keyFor(pageId), answer);
}
