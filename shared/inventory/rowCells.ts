/**
 * How the inventory import reads single cells (docs/inventory.md): yes/no words for personal data, AI pattern names,
 * over-long text cut at a word boundary, a last-mile total spread over the categories to the cent, and the key by
 * which problem titles are matched. Pure; never throws.
 */
import { AI_PATTERNS, type AiPattern } from '../domain/constants';
import type { InventoryField } from '../domain/inventory';
import { normaliseHeader } from '../export/problemCsvMapping';
import { columnName } from './xlsxSheet';
import type { InventoryRowFault } from './contract';

/** Text fields of the inventory with the schema's length limit, and how "Full …:" names them in the description. */
export const TEXT_LIMITS: Partial<Record<InventoryField, { max: number; label: string }>> = {
  name: { max: 200, label: 'name' },
  owner: { max: 120, label: 'owner' },
  vendor: { max: 120, label: 'vendor' },
  externalId: { max: 200, label: 'register id' },
  description: { max: 4000, label: 'description' },
};
export const PROBLEM_TITLE_MAX = 200;
export const DESCRIPTION_MAX = 4000;

/** A fault of one cell (column null = the whole row), worded "Row 7, column C (Owner): …". */
export function rowFault(row: number, column: number | null, field: InventoryField | null, message: string, headers: readonly string[], fix: 'shorten' | null = null): InventoryRowFault {
  const where = column === null ? `Row ${row}` : `Row ${row}, column ${columnName(column)} (${headers[column] ?? `Column ${column + 1}`})`;
  return { row, column, field, message, text: `${where}: ${message}`, fix };
}

/**
 * Text cut to at most `max` characters, ending with "…": at the last space when that keeps more than half of it,
 * else mid-word. Text within the limit is returned as it is.
 */
export function shortenText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…'.slice(0, max);
  const room = text.slice(0, max - 1);
  const space = room.search(/\s\S*$/);
  const cut = space > (max - 1) / 2 ? room.slice(0, space) : room;
  return `${cut.trimEnd()}…`;
}

const YES = new Set(['yes', 'y', 'true', '1', 'x', '✓', '✔', '☑', 'ja', 'oui', 'si', 'sí']);
const NO = new Set(['no', 'n', 'false', '0', 'nein', 'non']);
const NOT_STATED = new Set(['', 'n/a', 'na', 'n.a.', 'unknown', 'not stated', 'not known', 'tbd', 'tbc', '-', '—', '?']);

/**
 * A personal-data cell: yes words ("Yes", "Y", "TRUE", "1", "x", "✓", "Yes – customer records") → true; no words
 * ("No", "N", "FALSE", "0", "No – …") → false; blank or "N/A" / "unknown" → null (not stated); anything else a fault.
 */
export function readYesNo(cell: string): { ok: true; value: boolean | null } | { ok: false; message: string } {
  const t = cell.trim().toLowerCase();
  if (NOT_STATED.has(t)) return { ok: true, value: null };
  if (YES.has(t) || /^yes(?![\p{L}\d])/u.test(t)) return { ok: true, value: true };
  if (NO.has(t) || /^no(?![\p{L}\d])/u.test(t)) return { ok: true, value: false };
  return { ok: false, message: `“${shortenText(cell.trim(), 60)}” is not yes or no; write yes, no, or leave it blank when not stated` };
}

const PATTERN_SYNONYMS: Record<AiPattern, readonly string[]> = {
  'Document processing': ['document processing', 'intelligent document processing', 'idp', 'ocr', 'document ai', 'document extraction', 'data extraction', 'extraction', 'document understanding'],
  'Classification & routing': ['classification', 'routing', 'triage', 'categorisation', 'categorization', 'text classification'],
  'Conversational assistant': ['conversational assistant', 'chatbot', 'chat bot', 'assistant', 'virtual assistant', 'virtual agent', 'conversational ai', 'copilot', 'chat'],
  'Search & retrieval': ['search', 'retrieval', 'rag', 'retrieval augmented generation', 'knowledge search', 'semantic search', 'enterprise search'],
  'Content generation': ['content generation', 'generative ai', 'genai', 'gen ai', 'text generation', 'summarisation', 'summarization', 'drafting', 'translation', 'llm'],
  'Forecasting & prediction': ['forecasting', 'forecast', 'prediction', 'predictive', 'predictive analytics', 'predictive modelling', 'predictive modeling', 'regression', 'machine learning'],
  Recommendation: ['recommendation', 'recommendations', 'recommender', 'recommender system', 'personalisation', 'personalization'],
  'Anomaly detection': ['anomaly detection', 'anomaly', 'fraud detection', 'outlier detection', 'fraud'],
  'Computer vision': ['computer vision', 'vision', 'image recognition', 'image analysis', 'object detection', 'video analytics', 'facial recognition'],
  'Agentic workflow': ['agentic workflow', 'agentic', 'agent', 'agents', 'ai agent', 'ai agents', 'autonomous agent'],
  Other: ['other'],
};
const PATTERN_BY_NAME = new Map<string, AiPattern>();
for (const p of AI_PATTERNS) for (const s of [normaliseHeader(p), ...PATTERN_SYNONYMS[p]]) if (!PATTERN_BY_NAME.has(s)) PATTERN_BY_NAME.set(s, p);

/** The AI pattern a cell names (by name or a usual synonym, also as whole words in longer text); 'Other' when none. */
export function matchAiPattern(cell: string): AiPattern {
  const key = normaliseHeader(cell);
  const exact = PATTERN_BY_NAME.get(key);
  if (exact) return exact;
  const padded = ` ${key} `;
  for (const p of AI_PATTERNS) if (p !== 'Other' && PATTERN_SYNONYMS[p].some((s) => padded.includes(` ${s} `))) return p;
  return 'Other';
}

export { spreadLastMile } from '../finance/estimate';

/** How problem titles are compared: case, width and runs of spaces ignored. */
export const problemKey = (title: string): string => title.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
