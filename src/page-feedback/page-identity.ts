// What the feedback says about the page it sits on: an address without anything personal, and its age.

const emailLike = /[^\s/?#@]+@[^\s/?#@]+/g;

/** The page's address without query string, fragment or anything that looks like an e-mail address. */
export function pageIdFromUrl(href: string): string {
  const url = new URL(href);
  let path = url.pathname;
  try {
    // Decoded first, so an address hidden as `%40` is found too.
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape: keep the path as it came.
  }
  return url.origin + path.replace(emailLike, '');
}

/** The canonical address when the page declares one (CMSs add tracking parameters to the visible one). */
export function currentPageId(doc: Document = document): string {
  const canonical = doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  return pageIdFromUrl(canonical || doc.location.href);
}

/** When the page says it was last changed, if it says so, as an RFC 3339 time. */
export function pageLastModified(doc: Document = document): string | undefined {
  const declared = doc.querySelector<HTMLMetaElement>(
    'meta[name="last-modified"],meta[property="article:modified_time"],meta[name="dcterms.modified"],meta[http-equiv="last-modified" i]',
  )?.content;
  const time = Date.parse(declared!);
  return isNaN(time) ? undefined : new Date(time).toISOString();
}
