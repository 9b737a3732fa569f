import { it } from 'vitest';
import { buildDemoWorkspace } from '@shared/demo';
import { initialPortfolioPlan } from '@shared/analysis';
import { buildExportModel, computeFunding } from '@shared/export/exportModel';
it('demo', () => {
  let n = 0;
  const d = buildDemoWorkspace({ newId: () => `id-${++n}`, nowIso: '2027-01-01T00:00:00.000Z', planningStartMonth: '2027-03' });
  const bundle = { ...d, plan: initialPortfolioPlan(d.useCases) };
  const funding = computeFunding(bundle);
  const m = buildExportModel({ bundle, funding, generatedAt: '2027-01-01T00:00:00.000Z' });
  console.log(m.decision);
  console.log(JSON.stringify(m.plan.yearCaps), m.plan.budget, m.workspace.horizonMonths);
  for (const r of m.rows) console.log(r.rank, r.objectiveRank, r.useCase.name, r.useCase.classification.kind, r.metrics.probability, r.note.status, '|', r.note.tradeOff);
  console.log(JSON.stringify(m.moneyByYear, null, 0));
  console.log(JSON.stringify({ ...m.fundedSummary, cash: undefined }));
});
