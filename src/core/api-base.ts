/** Where an element's API lives, or why it has none. */
export type ApiBaseResolution =
  | { ok: true; url: URL }
  | { ok: false; reason: 'missing' }
  | { ok: false; reason: 'malformed'; value: string };

export const apiBaseMetaName = 'trygg:api-base';

/**
 * The API base for an element: its `api-base` attribute, else `<meta name="trygg:api-base">`, resolved against
 * the page's address. Only http(s) bases are accepted; the result always ends with a slash so paths join under it.
 */
export function resolveApiBase(attribute: string | null | undefined, doc: Document = document): ApiBaseResolution {
  const value =
    attribute?.trim() || doc.querySelector<HTMLMetaElement>(`meta[name="${apiBaseMetaName}"]`)?.content.trim();
  if (!value) return { ok: false, reason: 'missing' };
  let url: URL;
  try {
    url = new URL(value, doc.baseURI);
  } catch {
    return { ok: false, reason: 'malformed', value };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, reason: 'malformed', value };
  if (url.username || url.password) return { ok: false, reason: 'malformed', value };
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return { ok: true, url };
}
