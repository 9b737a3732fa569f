import {
  columnFilteringFeature,
  columnVisibilityFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  metaHelper,
  rowExpandingFeature,
  rowSortingFeature,
  sortFn_basic,
  tableFeatures,
} from '@tanstack/react-table';
import type { ReactTable, Row } from '@tanstack/react-table';
import type { CandidateAnalysis, FundingNote } from '@shared/analysis';
import type { Presenter } from '@shared/presentation';
import type { ExclusionReason, ForcedChoice } from '@shared/portfolio';

/** What the ranking follows: the weighted score, or the funding objective's value (expected NPV as funding counts it). */
export type RankBy = 'score' | 'expectedNpv';

/**
 * One table row: a candidate, its forced choice and its rank. Its funding outcome is read from the table's meta
 * (outcomeOf), so a new funding answer re-renders the rows in view without rebuilding and re-sorting every row.
 */
export interface PortfolioEntry {
  candidate: CandidateAnalysis;
  forced: ForcedChoice | undefined;
  /** Rank by what the table ranks by (the score rank, or the rank by expected NPV). */
  rank: number;
}

/** A candidate's funding outcome as the table shows it. */
export interface EntryOutcome {
  funded: boolean;
  /** Funded, or why not, and why a higher scorer lost (shared/analysis fundingNotes); undefined until the funding answer is in. */
  note: FundingNote | undefined;
}

/** What every cell needs beyond its row: the workspace's formatting and the row actions. */
export interface PortfolioTableMeta {
  /** Every figure is formatted through the workspace's presenter (shared/presentation). */
  present: Presenter;
  /** The funded set shown, and the funding notes of its answer (empty until the answer is in). */
  fundedIds: ReadonlySet<string>;
  notes: ReadonlyMap<string, FundingNote>;
  /** Plan month of today (T): once the plan has started, forward-looking figures are labelled from it. */
  today: number;
  rankBy: RankBy;
  /** The row holding the roving tab stop: only its controls are in the Tab order. */
  activeId: string | null;
  onOpen: (useCaseId: string) => void;
  onEditForce: (entry: PortfolioEntry) => void;
  /** The DOM id of a row's score explanation (unique on the page). */
  explanationId: (useCaseId: string) => string;
}

/** The funding outcome of a row's candidate, from the answer the table is shown with. */
export function outcomeOf(entry: PortfolioEntry, meta: Pick<PortfolioTableMeta, 'fundedIds' | 'notes'>): EntryOutcome {
  const id = entry.candidate.useCase.id;
  return { funded: meta.fundedIds.has(id), note: meta.notes.get(id) };
}

/** Presentation of a column: numbers align right; some columns start hidden; some cannot be hidden. */
export interface PortfolioColumnMeta {
  numeric?: boolean;
  /** The column's name in the column chooser, where its header depends on today. */
  label?: string;
  hiddenByDefault?: boolean;
}

/** The table's features: sorting, column filters, column visibility and per-row score explanations (expanding). */
export const portfolioFeatures = tableFeatures({
  columnFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { basic: sortFn_basic },
  columnVisibilityFeature,
  rowExpandingFeature,
  tableMeta: metaHelper<PortfolioTableMeta>(),
  columnMeta: metaHelper<PortfolioColumnMeta>(),
});

export type PortfolioFeatures = typeof portfolioFeatures;
export type PortfolioReactTable = ReactTable<PortfolioFeatures, PortfolioEntry>;
export type PortfolioRow = Row<PortfolioFeatures, PortfolioEntry>;
export const columnHelper = createColumnHelper<PortfolioFeatures, PortfolioEntry>();

export const COLUMN_IDS = [
  'rank',
  'candidate',
  'problem',
  'function',
  'classification',
  'stage',
  'pilot',
  'lastMile',
  'investment',
  'expectedNpv',
  'npv',
  'irr',
  'payback',
  'roi',
  'wholeLifeNpv',
  'committed',
  'sunk',
  'readiness',
  'importance',
  'score',
  'funded',
  'force',
] as const;
export type PortfolioColumnId = (typeof COLUMN_IDS)[number];

/**
 * Column widths (rem). The table uses fixed layout with these widths, so rows coming into view, an open
 * explanation or a re-sort never make the columns jump (and layout need not measure cell contents).
 */
export const COLUMN_WIDTH_REM: Record<PortfolioColumnId, number> = {
  rank: 3.6,
  candidate: 14,
  problem: 14,
  function: 9,
  classification: 7.5,
  stage: 6.5,
  pilot: 6.5,
  lastMile: 6.5,
  investment: 6.8,
  expectedNpv: 7.6,
  npv: 6.5,
  irr: 6,
  payback: 7.5,
  roi: 5.5,
  wholeLifeNpv: 7,
  committed: 6.8,
  sunk: 6.8,
  readiness: 8.6,
  importance: 6.5,
  score: 5.6,
  funded: 11,
  force: 5.4,
};

/** Takes the width the other columns leave (at least its COLUMN_WIDTH_REM), so the reason shows whole where there is room. */
export const FLEXIBLE_COLUMN: PortfolioColumnId = 'funded';

/** Width of a column by id (rem); 8 for an id this table does not know. */
export function columnWidthRem(id: string): number {
  return (COLUMN_WIDTH_REM as Record<string, number>)[id] ?? 8;
}

/** Columns that always show: without them a row cannot be identified. */
export const FIXED_COLUMNS: ReadonlySet<PortfolioColumnId> = new Set(['rank', 'candidate']);

/** Filter value of "Not classified" in the classification filter (the empty value means all). */
export const UNCLASSIFIED_FILTER = 'unclassified';

export { PROBLEM_STATUS_LABELS } from '@shared/domain';

/** Short words for the funding result's exclusion reasons (the full sentence is in the detail). */
export const EXCLUSION_LABELS: Record<ExclusionReason, string> = {
  'not-assessed': 'readiness not assessed',
  budget: 'budget',
  'problem-served': 'problem already served',
  blocker: 'blocker',
  'forced-out': 'forced out',
  'negative-value': 'no value added',
  'year-cap': 'yearly cap',
  'value-creation-share': 'value-creation share',
};

/** The short label of an exclusion reason; an unknown code is shown as written. */
export function exclusionLabel(reason: string): string {
  return (EXCLUSION_LABELS as Record<string, string>)[reason] ?? reason;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
const naturalKeys = new Map<string, string>();

/** The text with every run of digits zero-padded, so plain collation puts "UC 2" before "UC 10". Cached. */
function naturalKey(text: string): string {
  let key = naturalKeys.get(text);
  if (key === undefined) {
    key = text.replace(/\d+/g, (digits) => digits.replace(/^0+(?=\d)/, '').padStart(12, '0'));
    if (naturalKeys.size > 50_000) naturalKeys.clear();
    naturalKeys.set(text, key);
  }
  return key;
}

/**
 * Locale-aware, case- and accent-insensitive text comparison with numbers in natural order ("UC 2" before
 * "UC 10"). The collator's own numeric mode is several times slower on 5,000 names, hence the padded keys.
 */
export function compareText(a: string, b: string): number {
  return collator.compare(naturalKey(a), naturalKey(b));
}
