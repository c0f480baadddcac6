import { configureLocalization, type LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import type { Locale } from './language.js';

type TargetLocale = (typeof targetLocales)[number];

// Static imports, one per language: rollup makes each a lazily loaded chunk (a template literal 404s under the test runner).
const localeModules: Record<TargetLocale, () => Promise<LocaleModule>> = {
  en: () => import('../generated/locales/en.js'),
};

// The one configureLocalization call of the library: it throws when called twice.
const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => localeModules[locale as TargetLocale](),
});

export { getLocale };

/** Switches the texts of every trygg element on the page; resolves once the language's texts are loaded. */
export async function useLocale(locale: Locale): Promise<void> {
  if (getLocale() === locale) return;
  try {
    await setLocale(locale);
  } catch (error) {
    // A language chunk that cannot load leaves the Swedish source texts, which are always inlined.
    console.warn(`trygg-widgets: could not load the "${locale}" texts; showing Swedish.`, error);
  }
}
