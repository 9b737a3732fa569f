import type { z } from '../zod';
import { formatPath } from '../domain/validation';

/** One line for a rejected IPC payload: `0.suggestedName: File name is required; 0.filters: …`. */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => (issue.path.length === 0 ? issue.message : `${formatPath(issue.path)}: ${issue.message}`))
    .join('; ');
}
