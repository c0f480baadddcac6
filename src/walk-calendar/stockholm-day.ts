import { formatDateTime } from '../core/format.js';

/** A calendar day in Swedish time, written `2027-03-28`: what walks are grouped by and the month grid is built of. */
export type Day = string;

// Swedish dates are written year-month-day, so the short Swedish format is the key itself.
export const stockholmDay = (value: string | number): Day => formatDateTime('sv', value, { dateStyle: 'short' });
