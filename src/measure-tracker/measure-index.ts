import type { Measure, MeasureStatus, MeasureSummary } from '../core/api-types.js';
import { formatDateTime } from '../core/format.js';
import { foldForSearch, measureStatuses, searchTerms, type MeasureFilterState, type MeasureSort } from './measure-filters.js';

interface IndexedMeasure {
  measure: Measure;
  /** Title and place, folded once per load so a keystroke only compares strings. */
  text: string;
  updated: number;
}

/** A choice for a filter: its value and the text shown for it. */
export type FilterOption = [value: string, label: string];

/** The measures of one load, prepared for fast filtering, and the choices the filters can offer. */
export interface MeasureIndex {
  entries: readonly IndexedMeasure[];
  areas: FilterOption[];
  walks: FilterOption[];
  parties: FilterOption[];
  collator: Intl.Collator;
  sorted: Partial<Record<MeasureSort, IndexedMeasure[]>>;
}

export interface FilterResult {
  shown: Measure[];
  /** Counts for the measures of the chosen walk and area, whatever the status, party or search. */
  summary: MeasureSummary;
}

const walkOf = (measure: Measure) => (measure.origin.kind === 'walk' ? measure.origin.walkId : undefined);

export function indexMeasures(measures: readonly Measure[], locale: string): MeasureIndex {
  const collator = new Intl.Collator(locale);
  const areas = new Map<string, string>();
  const walks = new Map<string, string>();
  const parties = new Map<string, string>();
  const entries = measures.map((measure) => {
    areas.set(measure.area, measure.area);
    if (measure.origin.kind === 'walk') walks.set(measure.origin.walkId, measure.origin.walkTitle);
    parties.set(measure.responsibleParty.id, measure.responsibleParty.name);
    return { measure, text: foldForSearch(`${measure.title}\n${measure.place}`), updated: Date.parse(measure.updatedAt) || 0 };
  });
  const options = (choices: Map<string, string>) => [...choices].sort((a, b) => collator.compare(a[1], b[1]));
  return { entries, areas: options(areas), walks: options(walks), parties: options(parties), collator, sorted: {} };
}

// Dates as `YYYY-MM-DD` compare as text; measures without a target come last.
const compareTargets = (a?: string, b?: string) => (a === b ? 0 : !a ? 1 : !b ? -1 : a < b ? -1 : 1);

/** The measures in the chosen order, sorted once per load and order. */
function sortedEntries(index: MeasureIndex, sort: MeasureSort): IndexedMeasure[] {
  const latestFirst = (a: IndexedMeasure, b: IndexedMeasure) => b.updated - a.updated;
  const compare: Record<MeasureSort, (a: IndexedMeasure, b: IndexedMeasure) => number> = {
    updated: latestFirst,
    target: (a, b) => compareTargets(a.measure.targetDate, b.measure.targetDate) || latestFirst(a, b),
    place: (a, b) => index.collator.compare(a.measure.place, b.measure.place) || latestFirst(a, b),
  };
  return (index.sorted[sort] ??= [...index.entries].sort(compare[sort]));
}

/** One pass over the measures: the ones to show, and the summary of the chosen walk and area. */
export function applyFilters(index: MeasureIndex, state: MeasureFilterState): FilterResult {
  const terms = searchTerms(state.q);
  const byStatus = Object.fromEntries(measureStatuses.map((status) => [status, 0])) as Record<MeasureStatus, number>;
  const shown: Measure[] = [];
  let remarks = 0;
  let measures = 0;
  for (const { measure, text } of sortedEntries(index, state.sort)) {
    if ((state.walk && walkOf(measure) !== state.walk) || (state.area && measure.area !== state.area)) continue;
    measures++;
    remarks += measure.remarkCount;
    byStatus[measure.status]++;
    if (state.responsible && measure.responsibleParty.id !== state.responsible) continue;
    if (state.status.length > 0 && !state.status.includes(measure.status)) continue;
    if (terms.every((term) => text.includes(term))) shown.push(measure);
  }
  return { shown, summary: { remarks, measures, byStatus } };
}

/** Today's date in Sweden, `2026-11-25`, wherever the reader is. */
export function swedishToday(now: number = Date.now()): string {
  // Swedish short dates are ISO dates.
  return formatDateTime('sv', now, { dateStyle: 'short' });
}

/** A target date that has passed while the measure is still open (not done, declined or forwarded). */
export function isLate(measure: Measure, today: string): boolean {
  // Received, planned and in progress are the open statuses: the first three.
  return (measure.targetDate ?? today).slice(0, 10) < today && measureStatuses.indexOf(measure.status) < 3;
}
