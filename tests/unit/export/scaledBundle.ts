/** Larger workspaces for benchmarks: the fixed use cases repeated under fresh problems. */
import type { WorkspaceBundle } from '@shared/export/workspaceFile';
import { fixedBundle } from './fixtures';

export function scaledBundle(useCaseCount: number): WorkspaceBundle {
  const base = fixedBundle();
  const problems = [];
  const useCases = [];
  for (let i = 0; i < useCaseCount; i++) {
    const template = base.useCases[i % base.useCases.length]!;
    const problemTemplate = base.problems[i % base.problems.length]!;
    const problemId = `p-${Math.floor(i / 2)}`;
    if (i % 2 === 0) problems.push({ ...problemTemplate, id: problemId, title: `${problemTemplate.title} #${i / 2}` });
    useCases.push({
      ...structuredClone(template),
      id: `uc-${i}`,
      problemId,
      name: `${template.name} #${i}`,
      startMonth: 1 + (i % 12),
      pilot: { ...template.pilot, cost: template.pilot.cost + (i % 17) * 1000 },
    });
  }
  return { workspace: base.workspace, problems, useCases, plan: { ...base.plan!, forced: {}, budget: useCaseCount * 100_000 } };
}
