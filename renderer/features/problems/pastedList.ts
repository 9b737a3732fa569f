import { problemInputSchema, quickProblemInput, validate, type ProblemInput } from '@shared/domain';

/** Longest title the schema takes (200 characters). */
export const TITLE_MAX_LENGTH = problemInputSchema.shape.title.maxLength ?? 200;

/** One line of a pasted list: where it was (1-based line of the pasted text) and its text, cleaned. */
export interface PastedLine {
  line: number;
  text: string;
}

/** A bullet ("- ", "• ", "* ", "+ ", "– ") with an optional checkbox ("- [ ] "), or a number ("1. ", "1) ", "(1) "). */
const MARKER = /^(?:[-*•‣◦▪▫·–—+](?:\s+\[[ xX]\])?|\(?\d{1,3}[.)])\s+/u;

/** Removes a list marker and collapses spaces (a cell's own line breaks and tabs included). */
export function cleanLine(text: string): string {
  const collapsed = text.replace(/\s+/gu, ' ').trim();
  return collapsed.replace(MARKER, '').trim();
}

/**
 * The first field of each row of pasted text, as a spreadsheet copies it: rows end at a line break (CRLF, CR or
 * LF), fields at a tab, and a field in double quotes may hold tabs and line breaks ("" is a quote). Text that
 * only looks quoted ("Quick wins" are never measured) is read as it is.
 */
function firstFields(text: string): PastedLine[] {
  const out: PastedLine[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  const isBreak = (c: string | undefined) => c === '\n' || c === '\r';
  while (i <= n) {
    const rowLine = line;
    let first: string | null = null;
    // Fields of one row, until a line break outside quotes (or the end).
    for (;;) {
      let field = '';
      let quoted = false;
      if (text[i] === '"') {
        let j = i + 1;
        let value = '';
        let breaks = 0;
        for (; j < n; j++) {
          if (text[j] === '"') {
            if (text[j + 1] === '"') {
              value += '"';
              j++;
              continue;
            }
            break;
          }
          if (text[j] === '\n' || (text[j] === '\r' && text[j + 1] !== '\n')) breaks++;
          value += text[j];
        }
        const after = text[j + 1];
        if (j < n && (after === undefined || after === '\t' || isBreak(after))) {
          field = value;
          quoted = true;
          line += breaks;
          i = j + 1;
        }
      }
      if (!quoted) {
        let j = i;
        while (j < n && text[j] !== '\t' && !isBreak(text[j])) j++;
        field = text.slice(i, j);
        i = j;
      }
      first ??= field;
      if (text[i] === '\t') {
        i++;
        continue;
      }
      break;
    }
    out.push({ line: rowLine, text: first });
    if (i >= n) break;
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    line++;
  }
  return out;
}

/** The non-empty lines of pasted text, one problem each: bullets and numbers removed, a spreadsheet's first column taken. */
export function parsePastedList(text: string): PastedLine[] {
  return firstFields(text)
    .map((l) => ({ line: l.line, text: cleanLine(l.text) }))
    .filter((l) => l.text.length > 0);
}

/** Shortens a title at a word boundary to at most `max` characters, ending in "…". */
export function shortenTitle(text: string, max = TITLE_MAX_LENGTH): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  const cut = room.lastIndexOf(' ');
  return `${(cut >= max / 2 ? room.slice(0, cut) : room).trimEnd()}…`;
}

/** A line under review: its title (editable) and, when the pasted line was longer than a title, the full text as the statement. */
export interface ReviewRow {
  key: number;
  title: string;
  statement: string;
}

/** Rows for the review list: a line longer than a title is offered shortened, its full text kept as the problem statement. */
export function reviewRows(lines: readonly PastedLine[], firstKey = 0): ReviewRow[] {
  return lines.map((l, i) => {
    const title = shortenTitle(l.text);
    return { key: firstKey + i, title, statement: title === l.text ? '' : l.text };
  });
}

/** A row the schema refuses: its position in the list (1-based) and the plain reason. */
export interface RowError {
  row: number;
  key: number;
  message: string;
}

/** The problems to add (blank rows skipped), or why rows are refused; all or nothing. */
export function problemsOfRows(rows: readonly ReviewRow[]): { ok: true; inputs: ProblemInput[] } | { ok: false; errors: RowError[] } {
  const inputs: ProblemInput[] = [];
  const errors: RowError[] = [];
  rows.forEach((r, i) => {
    if (r.title.trim() === '') return;
    const checked = validate(problemInputSchema, { ...quickProblemInput(r.title), statement: r.statement });
    if (checked.ok) inputs.push(checked.value);
    else errors.push({ row: i + 1, key: r.key, message: checked.errors[0]?.message ?? 'This line cannot be a problem title' });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, inputs };
}
