/**
 * A bound on how deeply a file's JSON may nest, checked once right after parsing and before anything walks the data,
 * so no later step (migrations, validation, messages that print a value) can run out of stack on a hostile file.
 * A workspace file nests about six levels (useCases[3].lastMile.costs.integration); the bound leaves ample room.
 */
import type { FieldError } from '@shared/domain/validation';

export const MAX_JSON_DEPTH = 64;

/**
 * The path of the first value nested deeper than `maxDepth` levels (iterative, so it cannot overflow the stack
 * itself), or null when the data is within the bound.
 */
export function tooDeepPath(value: unknown, maxDepth = MAX_JSON_DEPTH): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const stack: { value: unknown; depth: number; path: string }[] = [{ value, depth: 0, path: '' }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item.depth >= maxDepth) return item.path;
    const container = item.value as Record<string, unknown>;
    const keys = Array.isArray(container) ? container.keys() : Object.keys(container);
    for (const key of keys) {
      const child = container[key];
      // Only containers go on the stack: a wide list of numbers costs no memory here.
      if (typeof child !== 'object' || child === null) continue;
      const path = typeof key === 'number' ? `${item.path}[${key}]` : item.path === '' ? key : `${item.path}.${key}`;
      stack.push({ value: child, depth: item.depth + 1, path });
    }
  }
  return null;
}

/** The refusal for data nested deeper than `maxDepth` levels, with the path where it goes too deep; null when within the bound. */
export function jsonDepthFault(value: unknown, maxDepth = MAX_JSON_DEPTH): FieldError | null {
  const path = tooDeepPath(value, maxDepth);
  return path === null ? null : { path, message: `The file is nested deeper than ${maxDepth} levels here; a workspace file never is, so it cannot be opened` };
}
