/**
 * A bound on how deeply a file's JSON may nest, checked once right after parsing and before anything walks the data,
 * so no later step (migrations, validation, messages that print a value) can run out of stack on a hostile file.
 * A workspace file nests about six levels (useCases[3].lastMile.costs.integration); the bound leaves ample room.
 */
import type { FieldError } from '@shared/domain/validation';

export const MAX_JSON_DEPTH = 64;

/**
 * The path of the first value nested deeper than `maxDepth` levels (iterative, so it cannot overflow the stack
 * itself), or null when the data is within the bound. A file within the bound (every real one) is walked once without
 * naming any path; only a file that goes too deep is walked again to name where.
 */
export function tooDeepPath(value: unknown, maxDepth = MAX_JSON_DEPTH): string | null {
  if (typeof value !== 'object' || value === null) return null;
  return nestsDeeperThan(value, maxDepth) ? firstTooDeepPath(value, maxDepth) : null;
}

/** Whether any container sits `maxDepth` or more levels down: containers only, no paths, two flat stacks. */
function nestsDeeperThan(value: object, maxDepth: number): boolean {
  const values: object[] = [value];
  const depths: number[] = [0];
  while (values.length > 0) {
    const container = values.pop() as Record<string, unknown>;
    const depth = depths.pop()!;
    if (depth >= maxDepth) return true;
    const push = (child: unknown) => {
      if (typeof child !== 'object' || child === null) return;
      values.push(child);
      depths.push(depth + 1);
    };
    if (Array.isArray(container)) for (const child of container) push(child);
    else for (const key in container) if (Object.hasOwn(container, key)) push(container[key]);
  }
  return false;
}

function firstTooDeepPath(value: object, maxDepth: number): string | null {
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
