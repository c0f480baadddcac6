import type { MeasureStatus } from '../core/api-types.js';
import { withQuery } from '../core/http-client.js';

/** Every status, in the order a measure usually passes through them (filters, summary and bar follow it). */
export const measureStatuses: readonly MeasureStatus[] = ['received', 'planned', 'in_progress', 'done', 'forwarded', 'declined'];

/** Orders the resident can choose: latest change first (the default), nearest target date, or place A–Ö. */
export const measureSorts = ['updated', 'target', 'place'] as const;
export type MeasureSort = (typeof measureSorts)[number];

/** What the resident has chosen; empty values are left out. Sent as `trygg-filter-change` and kept in the URL fragment. */
export interface MeasureFilterState {
  status: MeasureStatus[];
  area?: string;
  walk?: string;
  responsible?: string;
  q?: string;
  sort: MeasureSort;
}

export type FilterField = 'area' | 'walk' | 'responsible' | 'q';

/** Filters from strings (attributes, the fragment): unknown statuses and sorts are dropped, text is trimmed. */
export function filterState(status: readonly string[], fields: Partial<Record<FilterField | 'sort', string | null>>): MeasureFilterState {
  const state: MeasureFilterState = {
    status: measureStatuses.filter((known) => status.includes(known)),
    sort: measureSorts.find((known) => known === fields.sort) ?? 'updated',
  };
  for (const field of ['area', 'walk', 'responsible', 'q'] as const) {
    const value = fields[field]?.trim();
    if (value) state[field] = value;
  }
  return state;
}

// A fragment rather than a query, so the page's own address (and every cache of it) stays the same.
const fragmentPattern = /^#trygg-measures(?:\?(.*))?$/s;

/** The filters in `#trygg-measures?walk=…&status=…`, or null when the fragment belongs to someone else. */
export function parseFilterFragment(hash: string): MeasureFilterState | null {
  const match = fragmentPattern.exec(hash);
  const params = new URLSearchParams(match?.[1]);
  return match ? filterState(params.getAll('status'), Object.fromEntries(params)) : null;
}

/** `#trygg-measures?walk=…&status=…&area=…&responsible=…&q=…&sort=…`: empty values and the default sort left out. */
export function filterFragment({ walk, status, area, responsible, q, sort }: MeasureFilterState): string {
  return withQuery('#trygg-measures', { walk, status, area, responsible, q, sort: sort === 'updated' ? '' : sort });
}

/**
 * Text folded for searching: lower case, accents dropped (`é` finds `e`), but å, ä and ö kept as the letters of
 * their own they are in Swedish. Only characters outside ASCII are decomposed, so long texts fold fast.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\0-\x7fåäö]/g, (char) => char.normalize('NFD').replace(/\p{M}/gu, ''));
}

/** The words of a search; a measure matches when it contains every one of them. */
export function searchTerms(query: string | undefined): string[] {
  return foldForSearch(query ?? '')
    .split(/\s+/)
    .filter(Boolean);
}
