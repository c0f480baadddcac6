/** Every municipality using the widgets is in Sweden: times are shown in Swedish time wherever the reader is. */
export const timeZone = 'Europe/Stockholm';

// Building an Intl formatter costs far more than using one: a list of 500 walks would spend a quarter of its render
// on it. One formatter per language and options, for the life of the page.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>();

function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>(kind: string, locale: string, options: object, create: () => F): F {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) formatters.set(key, (formatter = create()));
  return formatter;
}

export function formatDateTime(locale: string, value: string | number | Date, options: Intl.DateTimeFormatOptions): string {
  return cached('date', locale, options, () => new Intl.DateTimeFormat(locale, { timeZone, ...options })).format(new Date(value));
}

/** A calendar date such as `2027-03-31`, which has no time zone: formatted as that very day. */
export function formatPlainDate(locale: string, isoDate: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  return formatDateTime(locale, `${isoDate.slice(0, 10)}T12:00:00Z`, options);
}

export function formatNumber(locale: string, value: number, options: Intl.NumberFormatOptions = {}): string {
  return cached('number', locale, options, () => new Intl.NumberFormat(locale, options)).format(value);
}

/** `one` or `other` (and the rest of CLDR's categories) for choosing between msg() variants. */
export function pluralCategory(locale: string, count: number): Intl.LDMLPluralRule {
  return cached('plural', locale, {}, () => new Intl.PluralRules(locale)).select(count);
}
