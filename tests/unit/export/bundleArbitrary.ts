import { rationaleRequirement } from '@shared/domain/classification';
import { NUMBER_FORMATS } from '@shared/presentation/locale';
/** fast-check generators of valid workspace bundles (every field within its schema), for round-trip properties. */
import fc from 'fast-check';
import {
  AI_PATTERNS,
  CHANGE_ENTITIES,
  CLASSIFICATIONS,
  COMPLIANCE_REGIMES,
  GATE_CHOICES,
  INVENTORY_FIELDS,
  LAST_MILE_CATEGORIES,
  PROBLEM_MODES,
  REFERENCE_CLASS_SIZES,
  PROBLEM_STATUSES,
  READINESS_DIMENSIONS,
  STAGES,
  type Estimate,
  type ImportPreset,
  type Problem,
  type ReferenceClass,
  type UseCase,
  type UseCaseRegister,
  type Workspace,
} from '@shared/domain';
import { COST_BASES, FUNDING_OBJECTIVES, type PortfolioPlan } from '@shared/portfolio/plan';
import { SCORE_CRITERIA, WEIGHT_PRESETS } from '@shared/portfolio/weights';
import type { WorkspaceBundle } from '@shared/export/workspaceFile';
import type { Scenario } from '@shared/domain/scenario';
import type { Vote, WorkshopSession } from '@shared/domain/workshop';
import { SPEND_KINDS, type SpendItem } from '@shared/domain/spend';
import type { WorkspaceRecord } from '@shared/export/workspaceFileValidation';
import { uncertaintyPolicyArb, useCaseRangesArb } from '../uncertainty/rangeArbitrary';

/** Text as the schema stores it: trimmed, within its limit (any Unicode, markup and formula characters included). */
const text = (max: number, required = false) =>
  fc
    .string({ unit: fc.oneof(fc.constantFrom('=', '+', '-', '@', '"', '<', '&', ',', '\n', ' '), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: Math.min(max, 24) })
    .map((s) => s.trim())
    .filter((s) => s.length <= max && (!required || s.length > 0));
const money = fc.oneof(fc.integer({ min: 0, max: 5_000_000 }), fc.double({ min: 0, max: 1e12, noNaN: true }));
const share = fc.double({ min: 0, max: 1, noNaN: true });
const stamp = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2040-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());
const score = fc.integer({ min: 1, max: 5 });
/** A readiness score, or not assessed. */
const assessed = fc.option(score, { nil: null, freq: 4 });
const given = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null, freq: 4 });
const bool = fc.option(fc.boolean(), { nil: null });

const workspace = (id: string): fc.Arbitrary<Workspace> =>
  fc.record({
    id: fc.constant(id),
    name: text(120, true),
    organisation: text(160),
    currency: fc.stringMatching(/^[A-Z]{3}$/),
    planningStartMonth: fc.tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
    horizonMonths: fc.integer({ min: 6, max: 120 }),
    discountRate: share,
    labourRate: money,
    numberFormat: fc.constantFrom(...NUMBER_FORMATS),
    defaults: fc.record({
      lastMileMultiplier: fc.double({ min: 0, max: 50, noNaN: true }),
      lastMileShares: fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 8, maxLength: 8 }).map((w) => {
        const total = w.reduce((a, b) => a + b, 0);
        return Object.fromEntries(LAST_MILE_CATEGORIES.map((c, i) => [c, (w[i] ?? 1) / total])) as Workspace['defaults']['lastMileShares'];
      }),
      pilotMonths: fc.integer({ min: 1, max: 60 }),
      lastMileMonths: fc.integer({ min: 0, max: 60 }),
      rampUpMonths: fc.integer({ min: 0, max: 60 }),
      complianceCostPerRegime: money,
    }),
    readinessMapping: fc.record({ anchors: fc.array(share, { minLength: 5, maxLength: 5 }).map((a) => [...a].sort((x, y) => x - y)), blockerCap: share }),
    overrunThreshold: share,
    uncertainty: uncertaintyPolicyArb,
    createdAt: stamp,
    updatedAt: stamp,
  });

const problem = (id: string, workspaceId: string): fc.Arbitrary<Problem> =>
  fc.record({
    id: fc.constant(id),
    workspaceId: fc.constant(workspaceId),
    title: text(200, true),
    statement: text(4000),
    owner: text(120),
    function: text(80),
    peopleAffected: given(fc.integer({ min: 0, max: 10_000_000 })),
    monthlyHours: given(fc.double({ min: 0, max: 10_000_000, noNaN: true })),
    monthlyCost: given(money),
    evidence: text(4000),
    strategicImportance: score,
    status: fc.constantFrom(...PROBLEM_STATUSES),
    createdAt: stamp,
    updatedAt: stamp,
  });

const month = fc.tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
const readinessArb = fc.record(Object.fromEntries(READINESS_DIMENSIONS.map((d) => [d, fc.record({ score: assessed, note: text(2000) })])) as Record<(typeof READINESS_DIMENSIONS)[number], fc.Arbitrary<{ score: number | null; note: string }>>);
/** Any finite amount JSON can carry (−0 is written as 0). */
const finite = fc.double({ min: -1e12, max: 1e12, noNaN: true }).map((v) => (v === 0 ? 0 : v));

/** A stage history (any stages, as a file may carry) and gate decisions with the figures they were taken on. */
const lifecycle = fc.record({
  history: fc.array(fc.record({ stage: fc.constantFrom(...STAGES), month, at: stamp, by: text(120), note: text(2000), evidence: fc.option(readinessArb, { nil: null }) }), { maxLength: 3 }),
  decisions: fc.array(
    fc.record({
      choice: fc.constantFrom(...GATE_CHOICES),
      month,
      at: stamp,
      by: text(120, true),
      rationale: text(4000, true),
      extensionMonths: fc.option(fc.integer({ min: 1, max: 24 }), { nil: null }),
      figures: fc.record({
        remainingLastMileCost: finite,
        remainingLastMileMonths: fc.integer({ min: 0, max: 60 }),
        monthlyRunCost: finite,
        monthlyBenefitAtFull: finite,
        forwardNpv: finite,
        forwardExpectedNpv: fc.option(finite, { nil: null }),
        probability: fc.option(share, { nil: null }),
        sunkCost: finite,
        openRisks: fc.array(text(300), { maxLength: 3 }),
      }),
    }),
    { maxLength: 2 },
  ),
});

/** Monthly actuals, each month once; the last mile split by category where known (the split adds up). */
const actuals = fc.uniqueArray(month, { maxLength: 4 }).chain((months) =>
  fc.tuple(
    ...months.map((m) =>
      fc.record({ pilot: money, lastMile: fc.integer({ min: 0, max: 5_000_000 }), run: money, benefit: money, split: fc.boolean() }).map(({ split, ...a }) => ({
        month: m,
        ...a,
        lastMileByCategory: split ? { [LAST_MILE_CATEGORIES[0]]: a.lastMile } : null,
      })),
    ),
  ),
);

/** What a client's register says about a use case (entered in the app, or imported with any of its fields). */
const register: fc.Arbitrary<UseCaseRegister> = fc.record({
  externalId: text(200),
  owner: text(120),
  vendor: text(120),
  personalData: bool,
  problemStated: fc.boolean(),
  importedFrom: text(200),
});
/** Where the estimate comes from: own figures, a reference class (by name), or none yet. */
const estimate: fc.Arbitrary<Estimate> = fc.oneof(
  fc.constant<Estimate>({ source: 'own', referenceClass: '' }),
  fc.constant<Estimate>({ source: 'none', referenceClass: '' }),
  text(120, true).map((name): Estimate => ({ source: 'reference-class', referenceClass: name })),
);

const useCase = (id: string, workspaceId: string, problemIds: readonly string[]): fc.Arbitrary<UseCase> =>
  fc.record({
    id: fc.constant(id),
    workspaceId: fc.constant(workspaceId),
    problemId: fc.constantFrom(...problemIds),
    name: text(200, true),
    description: text(4000),
    aiPattern: fc.constantFrom(...AI_PATTERNS),
    classification: fc
      .record({
        kind: fc.option(fc.constantFrom(...CLASSIFICATIONS), { nil: null, freq: 4 }),
        rubric: fc.record({ existingTask: bool, timeOrCostSaving: bool, newRevenueOrCapability: bool, changesDecisionOrExperience: bool }),
        rationale: text(2000),
      })
      // A classification against the rubric's suggestion needs a rationale (the schema refuses it otherwise).
      .filter((c) => rationaleRequirement(c.kind, c.rubric, c.rationale) === null),
    pilot: fc.record({ cost: money, months: fc.integer({ min: 1, max: 60 }) }),
    lastMile: fc.record({
      costs: fc.record(Object.fromEntries(LAST_MILE_CATEGORIES.map((c) => [c, money])) as Record<(typeof LAST_MILE_CATEGORIES)[number], typeof money>),
      months: fc.integer({ min: 0, max: 60 }),
    }),
    complianceRegimes: fc.subarray([...COMPLIANCE_REGIMES]),
    runCost: fc.record({
      modelApi: fc.record({ requestsPerMonth: fc.integer({ min: 0, max: 1e9 }), tokensPerRequest: fc.integer({ min: 0, max: 1e7 }), pricePer1kTokens: money, cacheHitShare: share }),
      seats: fc.record({ count: fc.integer({ min: 0, max: 10_000_000 }), pricePerMonth: money }),
      infrastructurePerMonth: money,
      supportPerMonth: money,
    }),
    benefits: fc.record({ hoursSavedPerMonth: fc.integer({ min: 0, max: 10_000_000 }), costAvoidedPerMonth: money, newRevenuePerMonth: money, rampUpMonths: fc.integer({ min: 0, max: 60 }) }),
    readiness: fc.record(Object.fromEntries(READINESS_DIMENSIONS.map((d) => [d, fc.record({ score: assessed, note: text(2000) })])) as Record<(typeof READINESS_DIMENSIONS)[number], fc.Arbitrary<{ score: number | null; note: string }>>),
    startMonth: fc.integer({ min: 1, max: 120 }),
    ranges: useCaseRangesArb,
    register,
    estimate,
    lifecycle,
    actuals,
    createdAt: stamp,
    updatedAt: stamp,
  }) as fc.Arbitrary<UseCase>;

const plan = (useCaseIds: readonly string[]): fc.Arbitrary<PortfolioPlan> =>
  fc.record({
    budget: money,
    yearCaps: fc.array(fc.option(money, { nil: null }), { maxLength: 10 }),
    objective: fc.constantFrom(...FUNDING_OBJECTIVES),
    minValueCreationShare: share,
    forced: fc.subarray([...useCaseIds]).chain((ids) =>
      fc.tuple(...ids.map(() => fc.record({ mode: fc.constantFrom('in' as const, 'out' as const), reason: text(500) }))).map((choices) => Object.fromEntries(ids.map((id, i) => [id, choices[i]]))),
    ),
    weights: fc
      .record(Object.fromEntries(SCORE_CRITERIA.map((c) => [c, fc.integer({ min: 0, max: 100 })])) as Record<(typeof SCORE_CRITERIA)[number], fc.Arbitrary<number>>)
      .filter((w) => SCORE_CRITERIA.some((c) => w[c] > 0)),
    preset: fc.constantFrom(...WEIGHT_PRESETS, 'custom' as const),
    costBasis: fc.constantFrom(...COST_BASES),
  }) as fc.Arbitrary<PortfolioPlan>;

const factorOrNull = fc.option(fc.double({ min: 0, max: 20, noNaN: true }), { nil: null, freq: 2 });
/** Scenarios (at least one), overriding and forcing some of the use cases. */
const scenarios = (workspaceId: string, useCaseIds: readonly string[]): fc.Arbitrary<Scenario[]> =>
  fc.uniqueArray(
    fc.record({
      id: fc.uuid(),
      workspaceId: fc.constant(workspaceId),
      name: text(120, true),
      description: text(2000),
      assumptions: fc.record({ discountRate: fc.option(share, { nil: null }), tokenPriceFactor: factorOrNull, adoptionFactor: factorOrNull, lastMileFactor: factorOrNull }),
      plan: fc.record({
        budget: fc.option(money, { nil: null }),
        yearCaps: fc.option(fc.array(fc.option(money, { nil: null }), { maxLength: 10 }), { nil: null }),
        minValueCreationShare: fc.option(share, { nil: null }),
        weights: fc.option(fc.record(Object.fromEntries(SCORE_CRITERIA.map((c) => [c, fc.integer({ min: 0, max: 100 })])) as Record<string, fc.Arbitrary<number>>), { nil: null }),
        forced: fc.subarray([...useCaseIds]).chain((ids) =>
          fc.tuple(...ids.map(() => fc.record({ mode: fc.constantFrom('in' as const, 'out' as const, 'none' as const), reason: text(500) }))).map((choices) => Object.fromEntries(ids.map((id, i) => [id, choices[i]!]))),
        ),
        costBasis: fc.option(fc.constantFrom(...COST_BASES), { nil: null }),
      }),
      useCases: fc.subarray([...useCaseIds]).chain((ids) =>
        fc
          .tuple(
            ...ids.map(() =>
              fc.record({
                pilotCostFactor: factorOrNull,
                lastMileCostFactor: factorOrNull,
                runCostFactor: factorOrNull,
                benefitFactor: factorOrNull,
                pilotMonths: fc.option(fc.integer({ min: 1, max: 60 }), { nil: null }),
                lastMileMonths: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
                startMonth: fc.option(fc.integer({ min: 1, max: 120 }), { nil: null }),
              }),
            ),
          )
          .map((o) => Object.fromEntries(ids.map((id, i) => [id, o[i]!]))),
      ),
      createdAt: stamp,
      updatedAt: stamp,
    }),
    { minLength: 1, maxLength: 2, selector: (s) => s.id },
  );

const day = fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
/** Workshop sessions (at least one) putting some of the use cases to a room, with votes that follow the rules. */
const sessions = (workspaceId: string, useCaseIds: readonly string[]): fc.Arbitrary<WorkshopSession[]> =>
  fc.uniqueArray(
    fc
      .record({
        id: fc.uuid(),
        title: text(120, true),
        date: day,
        facilitator: text(80),
        participants: fc.uniqueArray(fc.record({ id: fc.uuid(), name: text(80, true), via: fc.constantFrom('room' as const, 'device' as const) }), { maxLength: 4, selector: (p) => p.id }),
        agenda: fc.uniqueArray(
          fc.record({ id: fc.uuid(), kind: fc.constantFrom('capture' as const, 'pick' as const, 'vote' as const, 'fund' as const), title: text(120, true), minutes: fc.integer({ min: 0, max: 600 }), startedAt: fc.option(stamp, { nil: null }), endedAt: fc.option(stamp, { nil: null }) }),
          { minLength: 1, maxLength: 5, selector: (a) => a.id },
        ),
        candidateIds: fc.subarray([...useCaseIds]),
        mode: fc.constantFrom('scale' as const, 'dots' as const),
        criteria: fc.uniqueArray(fc.record({ id: fc.uuid(), label: text(60, true) }), { minLength: 1, maxLength: 4, selector: (c) => c.id }),
        dotsPerPerson: fc.integer({ min: 1, max: 50 }),
        revealedAt: fc.option(stamp, { nil: null }),
        decisions: fc.array(fc.record({ id: fc.uuid(), text: text(1000, true), useCaseId: fc.option(fc.constantFrom(...(useCaseIds.length ? useCaseIds : ['none'])), { nil: null }), at: stamp }), { maxLength: 2 }),
        status: fc.constantFrom('open' as const, 'closed' as const),
        closedAt: fc.option(stamp, { nil: null }),
        createdAt: stamp,
        updatedAt: stamp,
        seed: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 40, maxLength: 40 }),
      })
      .map(({ mode, criteria, seed, agenda, decisions, ...r }): WorkshopSession => {
        const rules = { mode, criteria: mode === 'dots' ? criteria.slice(0, 1) : criteria, dotsPerPerson: r.dotsPerPerson };
        // Each participant scores (or puts dots on) some cells, drawn from the seed: scores 1–5, dots within the allowance.
        const votes: Vote[] = [];
        let k = 0;
        for (const p of r.participants) {
          let left = rules.dotsPerPerson;
          for (const useCaseId of r.candidateIds) {
            for (const c of rules.criteria) {
              const x = seed[k++ % seed.length]!;
              if (x === 0) continue;
              if (mode === 'scale') votes.push({ participantId: p.id, useCaseId, criterionId: c.id, value: x });
              else if (x <= left) {
                votes.push({ participantId: p.id, useCaseId, criterionId: c.id, value: x });
                left -= x;
              }
            }
          }
        }
        const { dotsPerPerson: _d, ...rest } = r;
        return {
          ...rest,
          workspaceId,
          agenda,
          currentStep: Math.min(agenda.length, seed[0]!),
          rules,
          votes,
          decisions: decisions.filter((d) => d.useCaseId === null || useCaseIds.includes(d.useCaseId)),
        };
      }),
    { minLength: 1, maxLength: 2, selector: (s) => s.id },
  );

/** Decisions, change log and board snapshots (at least one entry, so the file carries the record). */
const workspaceRecord = (workspaceId: string): fc.Arbitrary<WorkspaceRecord> =>
  fc
    .record({
      decisions: fc.uniqueArray(
        fc.record({
          id: fc.uuid(),
          workspaceId: fc.constant(workspaceId),
          at: stamp,
          month,
          by: text(120, true),
          title: text(200, true),
          rationale: text(4000, true),
          figures: fc.record({ budget: money, fundedIds: fc.array(fc.uuid(), { maxLength: 3 }), fundedNames: fc.array(text(200), { maxLength: 3 }), totalInvestment: money, expectedNpv: finite, committedInvestment: money, sunkCost: money }),
        }),
        { maxLength: 2, selector: (d) => d.id },
      ),
      changeLog: fc.uniqueArray(
        fc.record({
          id: fc.uuid(),
          workspaceId: fc.constant(workspaceId),
          at: stamp,
          by: fc.string({ maxLength: 120 }),
          action: fc.string({ maxLength: 300 }),
          entity: fc.constantFrom(...CHANGE_ENTITIES),
          entityId: fc.string({ maxLength: 100 }),
          entityName: fc.string({ maxLength: 300 }),
          field: fc.string({ maxLength: 200 }),
          before: fc.string({ maxLength: 1000 }),
          after: fc.string({ maxLength: 1000 }),
        }),
        { maxLength: 3, selector: (c) => c.id },
      ),
      snapshots: fc.uniqueArray(
        fc.record({
          id: fc.uuid(),
          workspaceId: fc.constant(workspaceId),
          name: text(120, true),
          at: stamp,
          month,
          budget: money,
          totalInvestment: money,
          expectedNpv: finite,
          candidates: fc.array(
            fc.record({
              id: fc.uuid(),
              name: fc.string({ maxLength: 300 }),
              problemName: fc.string({ maxLength: 300 }),
              stage: fc.constantFrom(...STAGES),
              rank: fc.integer({ min: 0, max: 5000 }),
              funded: fc.boolean(),
              fundingCost: money,
              totalInvestment: money,
              monthlyBenefitAtFull: money,
              monthlyRunCost: money,
              expectedNpv: fc.option(finite, { nil: null }),
              npv: finite,
              sunkCost: money,
            }),
            { maxLength: 3 },
          ),
        }),
        { maxLength: 2, selector: (s) => s.id },
      ),
    })
    .filter((r) => r.decisions.length + r.changeLog.length + r.snapshots.length > 0);

/** AI spend items (at least one), each linked to some of the use cases with shares that add up to 100% or less. */
const spendItems = (workspaceId: string, useCaseIds: readonly string[]): fc.Arbitrary<SpendItem[]> =>
  fc.uniqueArray(
    fc.record({
      id: fc.uuid(),
      name: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0 && s.trim() === s),
      vendor: fc.constantFrom('', 'Vendor A', 'Ünïcode “vendor”'),
      kind: fc.constantFrom(...SPEND_KINDS),
      seats: fc.integer({ min: 0, max: 100_000 }),
      pricePerSeat: fc.integer({ min: 0, max: 100_000 }).map((c) => c / 100),
      monthlyAmount: fc.integer({ min: 0, max: 100_000_000 }).map((c) => c / 100),
      months: fc.option(fc.tuple(fc.integer({ min: 2024, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 30 })), { nil: null }),
      links: fc.subarray([...useCaseIds]).chain((ids) => fc.tuple(...ids.map((id) => fc.integer({ min: 0, max: 100 }).map((w) => ({ useCaseId: id, w }))))),
      createdAt: fc.integer({ min: 0, max: 10_000 }).map((d) => new Date(Date.UTC(2026, 0, 1) + d * 3_600_000).toISOString()),
    }).map(({ months, links, createdAt, ...r }): SpendItem => {
      const total = links.reduce((s, l) => s + l.w, 0);
      const month = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`;
      return {
        ...r,
        workspaceId,
        startMonth: months ? month(months[0], months[1]) : null,
        endMonth: months ? month(months[0] + Math.floor((months[1] - 1 + months[2]) / 12), ((months[1] - 1 + months[2]) % 12) + 1) : null,
        links: links.map((l) => ({ useCaseId: l.useCaseId, share: total > 100 ? Math.floor((l.w / total) * 10_000) / 10_000 : l.w / 100 })),
        createdAt,
        updatedAt: createdAt,
      };
    }),
    { minLength: 1, maxLength: 3, selector: (s) => s.id },
  );

/** A saved import mapping: columns by header text (or not mapped), how problems are found, what the client's stages mean. */
const importPreset: fc.Arbitrary<ImportPreset> = fc.record({
  id: fc.uuid(),
  name: text(120, true),
  columns: fc.record(Object.fromEntries(INVENTORY_FIELDS.map((f) => [f, fc.option(text(200), { nil: null })])) as Record<(typeof INVENTORY_FIELDS)[number], fc.Arbitrary<string | null>>),
  problemMode: fc.constantFrom(...PROBLEM_MODES),
  groupColumn: fc.option(text(200), { nil: null }),
  stageMap: fc.array(fc.record({ value: text(200, true), stage: fc.constantFrom(...STAGES) }), { maxLength: 4 }),
  sheet: text(120),
});
const referenceClass: fc.Arbitrary<ReferenceClass> = fc.record({
  id: fc.uuid(),
  name: text(120, true),
  pattern: fc.constantFrom(...AI_PATTERNS),
  size: fc.constantFrom(...REFERENCE_CLASS_SIZES),
  pilotCost: money,
  lastMileMultiplier: fc.double({ min: 0, max: 50, noNaN: true }),
  pilotMonths: fc.integer({ min: 1, max: 60 }),
  lastMileMonths: fc.integer({ min: 0, max: 60 }),
  runCostPerMonth: money,
});
/** The workspace's saved import mappings and reference classes, as the file carries them (without ids of their own). */
const inventorySettings: fc.Arbitrary<NonNullable<WorkspaceBundle['inventorySettings']>> = fc.record({
  presets: fc.array(importPreset, { maxLength: 3 }),
  referenceClasses: fc.array(referenceClass, { maxLength: 4 }),
  createdAt: stamp,
  updatedAt: stamp,
});

/** A valid bundle: 0–4 problems, 0–6 use cases under them, ids unique, optional plan forcing some of them. */
export const bundleArbitrary: fc.Arbitrary<WorkspaceBundle> = fc
  .tuple(fc.uuid(), fc.uniqueArray(fc.uuid(), { maxLength: 4 }), fc.uniqueArray(fc.oneof(fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s !== '__proto__'), fc.constantFrom('constructor', 'hasOwnProperty', '0', '10', '2', 'toString')), { maxLength: 6 }))
  .chain(([wsId, problemIds, useCaseIds]) => {
    const ucIds = problemIds.length === 0 ? [] : useCaseIds;
    return fc.record({
      workspace: workspace(wsId),
      problems: fc.tuple(...problemIds.map((id) => problem(id, wsId))),
      useCases: fc.tuple(...ucIds.map((id) => useCase(id, wsId, problemIds))),
      plan: fc.option(plan(ucIds), { nil: undefined }),
      record: fc.option(workspaceRecord(wsId), { nil: undefined, freq: 3 }),
      scenarios: fc.option(scenarios(wsId, ucIds), { nil: undefined, freq: 3 }),
      sessions: fc.option(sessions(wsId, ucIds), { nil: undefined, freq: 3 }),
      spend: fc.option(spendItems(wsId, ucIds), { nil: undefined, freq: 3 }),
      inventorySettings: fc.option(inventorySettings, { nil: undefined, freq: 3 }),
    });
  })
  .map(({ plan: p, record: r, scenarios: sc, sessions: se, spend: sp, inventorySettings: iv, ...rest }) => ({
    ...rest,
    ...(p ? { plan: p } : {}),
    ...(r ? { record: r } : {}),
    ...(sc ? { scenarios: sc } : {}),
    ...(se ? { sessions: se } : {}),
    ...(sp ? { spend: sp } : {}),
    ...(iv ? { inventorySettings: iv } : {}),
  }));
