import { sourceLocale, targetLocales } from '../generated/locale-codes.js';

/** A language the widgets have texts for. Swedish is the source language. */
export type Locale = typeof sourceLocale | (typeof targetLocales)[number];

const supportedLocales: readonly string[] = [sourceLocale, ...targetLocales];

/** Maps any BCP 47 tag to a supported locale by its primary subtag: `sv-SE` → `sv`, `en-GB` → `en`, unknown → `sv`. */
export function normalizeLanguage(tag: string | null | undefined): Locale {
  const primary = primarySubtag(tag);
  return supportedLocales.includes(primary) ? (primary as Locale) : sourceLocale;
}

function primarySubtag(tag: string | null | undefined): string {
  return (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/**
 * The nearest `lang` attribute from the element outwards, crossing shadow roots, ending at `<html>`.
 * An empty `lang=""` means "unknown" and is skipped, so the search continues outwards.
 */
export function findDeclaredLanguage(element: Element): string | null {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang')?.trim();
    if (lang) return lang;
    node = node.parentElement ?? hostOf(node);
  }
  return null;
}

function hostOf(node: Element): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * The tag to give `Intl` for a declared language and the locale of the texts: the declared tag when it is valid and
 * in that locale (keeps a region such as `en-GB`), else the locale. Apart, so only elements that format carry it.
 */
export function intlLocaleFor(declared: string | null, locale: Locale): string {
  // A page in an untranslated language (say `ar`) gets Swedish text, so its dates must be Swedish too.
  return declared && primarySubtag(declared) === locale && isIntlTag(declared) ? declared : locale;
}

function isIntlTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}
