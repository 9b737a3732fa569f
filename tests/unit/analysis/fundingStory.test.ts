import { describe, expect, it } from 'vitest';
import { analyseCandidates, boardDecision, fundingNotes, fundingProblem, moneyByYear, objectiveRanks, summariseFunded, type CandidateAnalysis } from '@shared/analysis';
import { buildDemoWorkspace } from '@shared/demo';
import { unassessedReadiness, type UseCase } from '@shared/domain';
import { defaultPortfolioPlan, optimiseFunding, type PortfolioPlan } from '@shared/portfolio';
import { presenter } from '@shared/presentation';

let n = 0;
const demo = () => buildDemoWorkspace({ newId: () => `id-${String(n++).padStart(4, '0')}`, nowIso: '2027-01-01T00:00:00.000Z', planningStartMonth: '2027-01' });

function analyse(useCases: UseCase[], plan: PortfolioPlan, edit?: (d: ReturnType<typeof demo>) => void) {
  const d = demo();
  edit?.(d);
  const ucs = useCases.length > 0 ? useCases : d.useCases;
  const rows = analyseCandidates(d.workspace, d.problems, ucs, plan, d.workspace.planningStartMonth);
  const { candidates, constraints } = fundingProblem(rows, plan);
  const funding = optimiseFunding(candidates, constraints);
  const p = presenter(d.workspace);
  return { ...d, rows, funding, p, notes: fundingNotes(rows, funding, plan, p) };
}

describe('rank and fund tell one story', () => {
  it('gives every candidate a note: funded, or not funded with its reason inline', () => {
    const { rows, funding, notes } = analyse([], defaultPortfolioPlan(1_000_000));
    expect(notes.size).toBe(rows.length);
    for (const r of rows) {
      const note = notes.get(r.useCase.id)!;
      expect(note.funded).toBe(funding.selectedIds.includes(r.useCase.id));
      if (note.funded) expect(note.status).toMatch(/^Funded/);
      else expect(note.status).not.toBe('Not funded');
    }
  });

  it('says "over budget by" the exact amount a left-out candidate needs beyond what is left', () => {
    const plan = defaultPortfolioPlan(400_000);
    const { rows, funding, notes } = analyse([], plan);
    const left = plan.budget - funding.totalInvestment;
    const overs = rows.filter((r) => funding.excluded.find((e) => e.id === r.useCase.id)?.reason === 'budget');
    expect(overs.length).toBeGreaterThan(0);
    for (const r of overs) {
      const amount = Math.round(r.metrics.totalInvestment - left).toLocaleString('en-US');
      expect(notes.get(r.useCase.id)!.status).toBe(`Over budget by $${amount}`);
    }
  });

  it('names the candidate that serves the problem, and explains a higher scorer that lost to lower-ranked funded ones', () => {
    const { rows, funding, notes } = analyse([], defaultPortfolioPlan(1_000_000));
    const funded = new Set(funding.selectedIds);
    for (const r of rows) {
      const e = funding.excluded.find((x) => x.id === r.useCase.id);
      if (e?.reason === 'problem-served') {
        const server = rows.find((s) => funded.has(s.useCase.id) && s.useCase.problemId === r.useCase.problemId)!;
        expect(notes.get(r.useCase.id)!.status).toBe(`Its problem is served by ${server.useCase.name}`);
      }
      const lowerFunded = rows.filter((s) => s.rank > r.rank && funded.has(s.useCase.id));
      const note = notes.get(r.useCase.id)!;
      if (!note.funded && lowerFunded.length > 0 && e && ['budget', 'problem-served', 'year-cap', 'negative-value', 'value-creation-share'].includes(e.reason)) {
        expect(note.tradeOff).toContain(`${lowerFunded[0]!.useCase.name} (rank ${lowerFunded[0]!.rank})`);
        expect(note.tradeOff).toContain('highest total expected NPV');
      }
      if (note.funded) expect(note.tradeOff).toBeNull();
    }
  });

  it('a new candidate whose readiness nobody assessed is not funded and says why, unless forced in', () => {
    const d = demo();
    const target = d.useCases[0]!;
    const useCases = d.useCases.map((u) => (u.id === target.id ? { ...u, readiness: unassessedReadiness() } : u));
    const plan = defaultPortfolioPlan(100_000_000);
    const { notes, funding, rows } = analyse(useCases, plan, (x) => Object.assign(x, d));
    expect(funding.selectedIds).not.toContain(target.id);
    expect(notes.get(target.id)!.status).toBe('Readiness not assessed');
    const row = rows.find((r) => r.useCase.id === target.id)!;
    expect(row.metrics.probability).toBeNull();
    expect(row.readinessAverage).toBeNull();
    const forcedPlan = { ...plan, forced: { [target.id]: { mode: 'in' as const, reason: 'Board sponsor' } } };
    const forced = analyse(useCases, forcedPlan, (x) => Object.assign(x, d));
    expect(forced.funding.selectedIds).toContain(target.id);
    expect(forced.notes.get(target.id)!.status).toBe('Funded (forced in: Board sponsor)');
  });

  it('blocked candidates say which dimension blocks them', () => {
    const d = demo();
    const useCases = d.useCases.map((u, i) => (i === 0 ? { ...u, readiness: { ...u.readiness, data: { score: 1, note: '' } } } : u));
    const { rows, notes, funding } = analyse(useCases, defaultPortfolioPlan(100_000_000), (x) => Object.assign(x, d));
    const blocked = rows.filter((r) => funding.excluded.find((e) => e.id === r.useCase.id)?.reason === 'blocker');
    expect(blocked.length).toBeGreaterThan(0);
    for (const r of blocked) expect(notes.get(r.useCase.id)!.status).toMatch(/^Blocked: .* readiness 1/);
    expect(notes.get(d.useCases[0]!.id)!.status).toMatch(/^Blocked: data readiness 1/);
  });

  it('candidates of a parked problem say so', () => {
    const { rows, notes } = analyse([], defaultPortfolioPlan(100_000_000), (d) => {
      d.problems[0] = { ...d.problems[0]!, status: 'parked' };
    });
    const parkedId = rows.find((r) => r.problem?.status === 'parked')!.useCase.id;
    expect(notes.get(parkedId)!.status).toBe('Its problem is parked');
  });

  it('ranks by the funding objective as well as by score', () => {
    const { rows } = analyse([], defaultPortfolioPlan(1_000_000));
    const ranks = objectiveRanks(rows, { objective: 'expectedNpv' });
    const byValue = [...rows].sort((a, b) => ranks.get(a.useCase.id)! - ranks.get(b.useCase.id)!);
    for (let i = 1; i < byValue.length; i++) {
      const v = (r: CandidateAnalysis) => r.metrics.expectedNpv ?? r.metrics.npvPilot;
      expect(v(byValue[i - 1]!)).toBeGreaterThanOrEqual(v(byValue[i]!));
    }
  });
});

describe('money over time', () => {
  it('under a P90 cost basis, each year counts what the optimiser counted: the years add up to the funded set at its P90 cost, and the caps are checked against it', () => {
    const plan: PortfolioPlan = { ...defaultPortfolioPlan(2_000_000), yearCaps: [900_000, null, 500_000], costBasis: 'p90' };
    const { rows, funding, workspace } = analyse([], plan);
    const years = moneyByYear(rows, new Set(funding.selectedIds), plan, workspace);
    expect(years.costBasis).toBe('p90');
    expect(years.totals.investment).toBeCloseTo(funding.totalInvestment, 6);
    years.years.forEach((y, i) => expect(y.investment).toBeCloseTo(funding.investmentByYear[i] ?? 0, 6));
    const likely = moneyByYear(rows, new Set(funding.selectedIds), { ...plan, costBasis: 'likely' }, workspace);
    expect(years.totals.investment).toBeGreaterThan(likely.totals.investment);
    expect(years.totals.run).toBe(likely.totals.run);
    expect(years.totals.benefit).toBe(likely.totals.benefit);
  });

  it('spend per plan year adds up to the funded investment, with caps and headroom, and the run cost once live', () => {
    const plan: PortfolioPlan = { ...defaultPortfolioPlan(1_500_000), yearCaps: [700_000, null, 400_000] };
    const { rows, funding, workspace, p } = analyse([], plan);
    const years = moneyByYear(rows, new Set(funding.selectedIds), plan, workspace);
    expect(years.years.length).toBeGreaterThanOrEqual(3);
    expect(years.totals.investment).toBeCloseTo(funding.totalInvestment, 6);
    years.years.forEach((y, i) => {
      expect(y.investment).toBeCloseTo(funding.investmentByYear[i] ?? 0, 6);
      expect(y.investment).toBeCloseTo(y.pilot + y.lastMile, 6);
      expect(y.net).toBeCloseTo(y.benefit - y.investment - y.run, 6);
      if (plan.yearCaps[i] === null || plan.yearCaps[i] === undefined) expect(y.headroom).toBeNull();
      else expect(y.headroom).toBeCloseTo((plan.yearCaps[i] as number) - y.investment, 6);
    });
    const funded = rows.filter((r) => funding.selectedIds.includes(r.useCase.id));
    expect(years.monthlyRunCost).toBeCloseTo(funded.reduce((s, r) => s + r.metrics.monthlyRunCost, 0), 6);
    expect(years.annualRunCost).toBeCloseTo(12 * years.monthlyRunCost, 6);
    // Run and benefit within the horizon equal the funded schedules'.
    const run = funded.reduce((s, r) => s + r.schedule.run.reduce((a, b) => a + b, 0), 0);
    expect(years.totals.run).toBeCloseTo(run, 6);
    const summary = summariseFunded(rows, funding, workspace.horizonMonths);
    const decision = boardDecision(summary, years, plan, p);
    expect(decision).toContain(`The board is asked to approve ${p.money(summary.totalInvestment)} for ${summary.fundedCount} use cases`);
    expect(decision).toContain(p.money(years.annualRunCost));
  });

  it('words headroom under a cap in one way everywhere: the room left, or how far over', () => {
    const p = presenter({ currency: 'EUR', numberFormat: 'de-DE', planningStartMonth: '2027-01' });
    expect(p.headroom(40_000)).toBe(p.money(40_000));
    expect(p.headroom(-12_000)).toBe(`over the cap by ${p.money(12_000)}`);
    expect(p.headroom(-1_200_000, true)).toBe(`over the cap by ${p.moneyCompact(1_200_000)}`);
  });

  it('labels plan years as calendar years, or month spans when the plan does not start in January', () => {
    expect(presenter({ currency: 'USD', planningStartMonth: '2027-01' }).planYear(2)).toBe('2028');
    expect(presenter({ currency: 'USD', planningStartMonth: '2027-07' }).planYear(1)).toBe('Jul 2027 – Jun 2028');
  });

  it('says so when nothing is funded', () => {
    const plan = defaultPortfolioPlan(0);
    const { rows, funding, workspace, p } = analyse([], plan);
    const years = moneyByYear(rows, new Set(funding.selectedIds), plan, workspace);
    expect(boardDecision(summariseFunded(rows, funding, workspace.horizonMonths), years, plan, p)).toMatch(/^No use case is proposed for funding/);
  });
});
