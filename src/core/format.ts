/** Every municipality using the widgets is in Sweden: times are shown in Swedish time wherever the reader is. */
export const timeZone = 'Europe/Stockholm';

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

export function formatDateTime(locale: string, value: string | number | Date, options: Intl.DateTimeFormatOptions): string {
  const cacheKey = `${locale}|${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(cacheKey);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone, ...options });
    dateTimeFormats.set(cacheKey, format);
  }
  return format.format(new Date(value));
}

/** A calendar date such as `2027-03-31`, which has no time zone: formatted as that very day. */
export function formatPlainDate(locale: string, isoDate: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  return formatDateTime(locale, `${isoDate.slice(0, 10)}T12:00:00Z`, options);
}

export function formatNumber(locale: string, value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locale, options).format(value);
}

/** `one` or `other` (and the rest of CLDR's categories) for choosing between msg() variants. */
export function pluralCategory(locale: string, count: number): Intl.LDMLPluralRule {
  return new Intl.PluralRules(locale).select(count);
}
