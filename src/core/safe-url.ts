const defaultProtocols = ['http:', 'https:', 'mailto:', 'tel:'] as const;

/**
 * A URL from data (the API, an attribute) made safe to put in `href`: absolute or page-relative, and only with an
 * allowed protocol, so `javascript:` and `data:` never reach a link. Returns undefined for anything else.
 */
export function safeUrl(value: string | null | undefined, protocols: readonly string[] = defaultProtocols): string | undefined {
  if (!value?.trim()) return undefined;
  try {
    const url = new URL(value.trim(), document.baseURI);
    return protocols.includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A phone number from data as a `tel:` link: digits and `+` only. */
export const telUrl = (phone: string): string | undefined => safeUrl(`tel:${phone.replace(/[^\d+]/g, '')}`);

/** Only web addresses: for links whose text promises a web page. */
export const webProtocols = ['http:', 'https:'] as const;
