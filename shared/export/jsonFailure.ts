/**
 * Plain-language reasons why text is not a JSON document: cut off part-way, or not JSON at all, or damaged.
 * Runs only after JSON.parse has failed.
 */

/** Whether JSON text ends inside a string or with brackets still open (a file cut off while copying). */
export function endsUnfinished(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) depth--;
    if (depth < 0) return false;
  }
  return inString || depth > 0;
}

/** Line and column (1-based) of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Where JSON.parse stopped, when the engine says so. */
function failureOffset(text: string): number | null {
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    const m = /position (\d+)/.exec(error instanceof Error ? error.message : '');
    return m ? Number(m[1]) : null;
  }
}

/** Why this text (which JSON.parse refused) cannot be opened, in words for the user. */
export function describeJsonFailure(text: string): string {
  const start = text.trimStart()[0];
  if (start !== '{' && start !== '[') {
    return 'This is not a Lastmile workspace file (it is not JSON data; workspace files end in .lastmile)';
  }
  if (endsUnfinished(text)) {
    return 'The file is incomplete: it ends before the workspace data does (it may have been cut off while copying or downloading)';
  }
  const offset = failureOffset(text);
  if (offset === null) return 'The file is damaged: it is not valid JSON';
  const { line, column } = lineAndColumn(text, offset);
  return `The file is damaged: it is not valid JSON (line ${line}, column ${column})`;
}
