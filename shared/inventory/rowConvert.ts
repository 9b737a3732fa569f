/**
 * One row of a client's inventory as a use case (docs/inventory.md): a new one built on blankUseCaseInput with the
 * workspace's defaults, or, when the row's register id is already in the workspace, an update that changes only the
 * mapped fields. Every fault is named by row and column with the schema's own message. Pure; never throws.
 */
import type { AiPattern, InventoryField, Problem, ProblemInput, Stage, UseCase, UseCaseInput, WorkspaceSettings, problemInputSchema } from '../domain';
import { blankUseCaseInput, currentStage, quickProblemInput, totalLastMileCost, useCaseInputSchema } from '../domain';
import { parseNumberText, type NumberKind, type NumberText } from '../presentation/numberText';
import type { InventoryMapping, InventoryRowFault, InventoryTable } from './contract';
import { estimateAfterEdit } from './referenceClasses';
import { DESCRIPTION_MAX, PROBLEM_TITLE_MAX, TEXT_LIMITS, matchAiPattern, problemKey, readYesNo, rowFault, shortenText, spreadLastMile } from './rowCells';

/** What the preview reads a workspace with: its settings, problems and use cases (with their revision). */
export interface InventoryImportContext {
  workspace: WorkspaceSettings;
  problems: readonly Problem[];
  useCases: readonly (UseCase & { revision: number })[];
}

/** The problem a new row belongs to: key (shared by rows naming the same problem), an existing id, or a new problem. */
export interface ProblemSpec {
  key: string;
  existingId: string | null;
  input: ProblemInput;
  /** The cell it came from (for faults); null when made up from the use case's name. */
  column: number | null;
}

export interface RowDraft {
  row: number;
  /** The register id as imported (trimmed, shortened when chosen); '' = none. */
  externalId: string;
  faults: InventoryRowFault[];
  input: UseCaseInput | null;
  /** New use case: its stage; update: the stage it moves to, null when unchanged. */
  stage: Stage | null;
  existing: (UseCase & { revision: number }) | null;
  problem: ProblemSpec | null;
  shortened: boolean;
}

/** What rowDraft needs besides the row: built once per preview. */
export interface RowSetting {
  mapping: InventoryMapping;
  headers: readonly string[];
  fileName: string;
  workspace: WorkspaceSettings;
  stageOf: (value: string) => Stage | undefined;
  /** matchAiPattern and parseNumberText (with the workspace's format), remembered per distinct cell text. */
  patternOf: (value: string) => AiPattern;
  numberOf: (value: string, kind: NumberKind) => NumberText;
  /** Existing use cases by register id, existing problems by title key. */
  byExternalId: ReadonlyMap<string, UseCase & { revision: number }>;
  problemByKey: ReadonlyMap<string, string>;
}

const NUMBER_FIELDS: Partial<Record<InventoryField, NumberKind>> = { pilotCost: 'money', lastMileCost: 'money', benefitPerMonth: 'money', hoursSavedPerMonth: 'hours' };
const INPUT_KEYS = Object.keys(useCaseInputSchema.shape) as (keyof UseCaseInput)[];
/**
 * The part of the use-case schema a row can change. The rest comes from blankUseCaseInput with the workspace's
 * defaults, or from the stored record on re-import, both valid already; checking only this part keeps 5,000 rows fast.
 */
const ROW_SCHEMA = useCaseInputSchema.pick({ problemId: true, name: true, description: true, aiPattern: true, pilot: true, lastMile: true, benefits: true, register: true, estimate: true });

/** A function remembered per distinct text (cells repeat: stage words, patterns, amounts). */
export function memoised<T>(f: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    let value = seen.get(text);
    if (value === undefined && !seen.has(text)) seen.set(text, (value = f(text)));
    return value as T;
  };
}

/** The per-preview setting: lookups built once, cell readers remembered. */
export function rowSetting(base: Omit<RowSetting, 'patternOf' | 'numberOf'>, fileKind: InventoryTable['kind'] = 'csv'): RowSetting {
  const format = base.workspace.numberFormat;
  const byKind = new Map<NumberKind, (text: string) => NumberText>();
  // A workbook's number cells arrive as plain JS number text ("1234.56", xlsxRead.ts) whatever the workspace's format:
  // read those as such, so a German or French workspace takes amounts with cents from Excel. Text cells keep the format.
  const plain = (text: string) => fileKind === 'xlsx' && /^-?\d+(\.\d+)?$/.test(text.trim());
  const numberOf = (value: string, kind: NumberKind) => {
    let read = byKind.get(kind);
    if (!read) byKind.set(kind, (read = memoised((text) => parseNumberText(text, kind, plain(text) ? 'en-US' : format))));
    return read(value);
  };
  return { ...base, stageOf: memoised(base.stageOf), patternOf: memoised(matchAiPattern), numberOf };
}

/** Where a schema issue points, as an inventory field. */
function fieldOfPath(path: readonly PropertyKey[]): InventoryField | null {
  const p = path.map(String).join('.');
  if (p === 'name' || p === 'description' || p === 'aiPattern') return p;
  if (p.startsWith('register.')) {
    const f = p.slice('register.'.length);
    return f === 'owner' || f === 'vendor' || f === 'externalId' || f === 'personalData' ? f : null;
  }
  if (p === 'pilot.cost') return 'pilotCost';
  if (p.startsWith('lastMile.costs.')) return 'lastMileCost';
  if (p === 'benefits.costAvoidedPerMonth') return 'benefitPerMonth';
  if (p === 'benefits.hoursSavedPerMonth') return 'hoursSavedPerMonth';
  return null;
}

/** "Problem behind “Invoice reader”", within the title limit. */
export function ownProblemTitle(name: string): string {
  return `Problem behind “${shortenText(name, PROBLEM_TITLE_MAX - 17)}”`;
}

/** Converts one data record into a draft (a use case input or an update) with its faults. */
export function rowDraft(record: { row: number; cells: readonly string[] }, s: RowSetting): RowDraft {
  const { mapping, headers } = s;
  const { row } = record;
  const faults: InventoryRowFault[] = [];
  const cellOf = (column: number | null): string | null => (column === null ? null : (record.cells[column] ?? '').trim());
  const cell = (field: InventoryField) => cellOf(mapping.columns[field]);
  const fault = (field: InventoryField | null, column: number | null, message: string, fix: 'shorten' | null = null) => faults.push(rowFault(row, column, field, message, headers, fix));

  // Texts, shortened when the user chose so (the full text is kept in the description).
  const fulls: string[] = [];
  const textOf = (field: InventoryField): string | null => {
    const value = cell(field);
    const limit = TEXT_LIMITS[field];
    if (value === null || !limit || !mapping.shortenLongText || value.length <= limit.max || field === 'description') return value;
    fulls.push(`Full ${limit.label}: ${value}`);
    return shortenText(value, limit.max);
  };
  const externalId = textOf('externalId');
  const existing = externalId ? (s.byExternalId.get(externalId) ?? null) : null;
  const base: UseCaseInput = existing
    ? (Object.fromEntries(INPUT_KEYS.map((k) => [k, existing[k]])) as UseCaseInput)
    : blankUseCaseInput('new', s.workspace.defaults);
  const register = { ...base.register, importedFrom: shortenText(s.fileName, 200) };
  const input: UseCaseInput = { ...base, register, pilot: { ...base.pilot }, lastMile: { ...base.lastMile }, benefits: { ...base.benefits } };

  const name = textOf('name');
  if (name !== null) input.name = name;
  const owner = textOf('owner');
  if (owner !== null) register.owner = owner;
  const vendor = textOf('vendor');
  if (vendor !== null) register.vendor = vendor;
  if (externalId !== null) register.externalId = externalId;

  const personal = cell('personalData');
  if (personal !== null) {
    const yn = readYesNo(personal);
    if (yn.ok) register.personalData = yn.value;
    else fault('personalData', mapping.columns.personalData, yn.message);
  }
  const pattern = cell('aiPattern');
  if (pattern !== null && (pattern !== '' || !existing)) input.aiPattern = s.patternOf(pattern);

  // Numbers: a blank cell keeps the default (or the value already there on re-import).
  let costsGiven = false;
  for (const field of ['pilotCost', 'lastMileCost', 'benefitPerMonth', 'hoursSavedPerMonth'] as const) {
    const value = cell(field);
    if (value === null || value === '') continue;
    const n = s.numberOf(value, NUMBER_FIELDS[field]!);
    if (!n.ok) {
      fault(field, mapping.columns[field], n.message);
      continue;
    }
    if (field === 'pilotCost') input.pilot.cost = n.value;
    else if (field === 'lastMileCost') {
      if (n.value < 0) fault(field, mapping.columns[field], 'Last-mile cost must be a number of 0 or more');
      // The same total as the use case has (an exported inventory coming back) keeps its own split.
      else if (!existing || Math.round(n.value * 100) !== Math.round(totalLastMileCost(base.lastMile.costs) * 100)) input.lastMile.costs = spreadLastMile(n.value, s.workspace.defaults.lastMileShares);
    } else if (field === 'benefitPerMonth') input.benefits.costAvoidedPerMonth = n.value;
    else input.benefits.hoursSavedPerMonth = n.value;
    if ((field === 'pilotCost' || field === 'lastMileCost') && n.value > 0) costsGiven = true;
  }
  // On re-import, only a changed cost makes the estimate the team's own (a reference-class estimate stays one otherwise).
  if (existing) input.estimate = estimateAfterEdit(base, input);
  else input.estimate = costsGiven ? { source: 'own', referenceClass: '' } : { source: 'none', referenceClass: '' };

  // The description, with the full texts that were shortened; the description itself is cut last.
  const description = cell('description') ?? input.description;
  if (fulls.length > 0) {
    const kept = fulls.filter((f) => !description.includes(f));
    const appendix = shortenText(kept.join('\n'), DESCRIPTION_MAX);
    const room = DESCRIPTION_MAX - appendix.length - (appendix === '' ? 0 : 2);
    const head = room <= 0 ? '' : shortenText(description, room);
    input.description = appendix === '' ? head : head === '' ? appendix : `${head}\n\n${appendix}`;
  } else input.description = mapping.shortenLongText ? shortenText(description, DESCRIPTION_MAX) : description;
  let shortened = fulls.length > 0 || input.description.length < description.length;

  // Stage.
  let stage: Stage | null = existing ? null : 'idea';
  const stageCell = cell('stage');
  if (stageCell) {
    const mapped = s.stageOf(stageCell);
    if (mapped === undefined) fault('stage', mapping.columns.stage, `“${shortenText(stageCell, 60)}” is not in the stage table; choose which stage it means`);
    else stage = existing ? (mapped === currentStage(existing.lifecycle) ? null : mapped) : mapped;
  }

  // Problem (new use cases only: an update keeps its problem).
  let problem: ProblemSpec | null = null;
  if (!existing) {
    const fromColumn = mapping.problemMode === 'column' ? mapping.columns.problem : mapping.problemMode === 'group' ? mapping.groupColumn : null;
    const text = cellOf(fromColumn) ?? '';
    if (text !== '') {
      const title = mapping.shortenLongText ? shortenText(text, PROBLEM_TITLE_MAX) : text;
      const statement = title === text ? '' : shortenText(text, DESCRIPTION_MAX);
      const key = `t:${problemKey(text)}`;
      problem = { key, existingId: s.problemByKey.get(problemKey(text)) ?? null, input: { ...quickProblemInput(title), statement }, column: fromColumn };
      register.problemStated = mapping.problemMode === 'column';
      if (title !== text) shortened = true;
    } else {
      problem = { key: `r:${row}`, existingId: null, input: quickProblemInput(ownProblemTitle(input.name)), column: null };
      register.problemStated = false;
    }
    // A new problem has no id yet: the plan names it by key (ProblemRef) and the write puts its id here.
    input.problemId = problem.existingId ?? 'new';
  }

  const checked = ROW_SCHEMA.safeParse(input);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const field = fieldOfPath(issue.path);
      if (field && faults.some((f) => f.field === field)) continue; // the cell's own fault says it better
      const column = field ? mapping.columns[field] : null;
      fault(field, column, issue.message, issue.code === 'too_big' && field && TEXT_LIMITS[field] ? 'shorten' : null);
    }
  }
  return { row, externalId: externalId ?? '', faults, input: checked.success ? { ...input, ...checked.data } : null, stage, existing, problem, shortened };
}

/** The faults of a new problem's input (checked once per problem), as faults of a row that names it. */
export function problemFaults(row: number, spec: ProblemSpec, mapping: InventoryMapping, headers: readonly string[], checked: ReturnType<typeof problemInputSchema.safeParse>): InventoryRowFault[] {
  if (checked.success) return [];
  const field = mapping.problemMode === 'column' ? 'problem' : null;
  return checked.error.issues.map((issue) =>
    rowFault(row, spec.column, field, issue.message, headers, issue.code === 'too_big' && issue.path[0] === 'title' ? 'shorten' : null),
  );
}
