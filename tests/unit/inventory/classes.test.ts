import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AI_PATTERNS,
  DEFAULT_LAST_MILE_MULTIPLIER,
  LAST_MILE_CATEGORIES,
  MAX_REFERENCE_CLASSES,
  blankUseCaseInput,
  defaultWorkspaceSettings,
  referenceClassSchema,
  totalLastMileCost,
  useCaseInputSchema,
  type ReferenceClass,
  type UseCaseInput,
  type WorkspaceSettings,
} from '@shared/domain';
import { LAST_MILE_ARTICLE_CITATION, PUBLISHED_LAST_MILE_EXAMPLE } from '@shared/domain/sources';
import {
  DEFAULT_REFERENCE_CLASSES,
  REFERENCE_CLASS_NOTE,
  REFERENCE_CLASS_SUPPORT_SHARE,
  applyReferenceClassTo,
  estimateAfterEdit,
  referenceClassLastMileCost,
  referenceClassOf,
  validateReferenceClasses,
} from '@shared/inventory';
import { fixedUseCases, fixedWorkspace } from '../export/fixtures';

let n = 0;
const newId = () => `rc-${++n}`;
const classes = () => DEFAULT_REFERENCE_CLASSES(newId);
const byName = (name: string) => classes().find((c) => c.name === name)!;
const workspace = (): WorkspaceSettings => defaultWorkspaceSettings('Acme', '2027-01');
const cents = (x: number) => Math.round(x * 100);

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/** A use case with something in every field, as a team would have it after the import and some work. */
function filledInput(): UseCaseInput {
  const { id: _id, workspaceId: _w, createdAt: _c, updatedAt: _u, lifecycle: _l, actuals: _a, ...input } = fixedUseCases()[0]!;
  return {
    ...input,
    ranges: { ...input.ranges, pilotCost: { low: 0.9, likely: 1, high: 1.4 } },
    register: { externalId: 'DOJ-0042', owner: 'Office of the CIO', vendor: 'Acme AI', personalData: true, problemStated: false, importedFrom: 'inventory.xlsx' },
    estimate: { source: 'none', referenceClass: '' },
  };
}

describe('the starting reference classes', () => {
  it('are three patterns × small / medium / large, valid, with fresh ids and unique names', () => {
    const list = classes();
    expect(list).toHaveLength(9);
    expect(validateReferenceClasses(list)).toEqual([]);
    for (const c of list) expect(referenceClassSchema.safeParse(c).success).toBe(true);
    expect(new Set(list.map((c) => c.id)).size).toBe(9);
    expect(new Set(list.map((c) => c.pattern))).toEqual(new Set(['Document processing', 'Conversational assistant', 'Forecasting & prediction']));
    for (const c of list) expect(AI_PATTERNS).toContain(c.pattern);
    expect(list.map((c) => c.name)).toContain('Document processing — medium');
    expect(list.map((c) => c.name)).toContain('Conversational assistant — small');
    expect(list.map((c) => c.name)).toContain('Forecasting & prediction — large');
    // A second call hands out new objects and new ids (editing one workspace's classes never touches another's).
    const again = classes();
    expect(again[0]).not.toBe(list[0]);
    expect(again[0]!.id).not.toBe(list[0]!.id);
  });

  it('anchor "Document processing — medium" on the published example: $75K over 4 months, then $280K over 8', () => {
    const anchor = byName('Document processing — medium');
    expect(anchor.pilotCost).toBe(PUBLISHED_LAST_MILE_EXAMPLE.pilotCost);
    expect(anchor.pilotMonths).toBe(4);
    expect(anchor.lastMileMonths).toBe(8);
    expect(anchor.lastMileMultiplier).toBe(DEFAULT_LAST_MILE_MULTIPLIER);
    expect(referenceClassLastMileCost(anchor)).toBe(280_000);
  });

  it('grow with size in every pattern: small about half the pilot and shorter, large about double and longer', () => {
    const list = classes();
    for (const pattern of new Set(list.map((c) => c.pattern))) {
      const [small, medium, large] = (['small', 'medium', 'large'] as const).map((s) => list.find((c) => c.pattern === pattern && c.size === s)!);
      expect(small!.pilotCost / medium!.pilotCost).toBeGreaterThanOrEqual(0.4);
      expect(small!.pilotCost / medium!.pilotCost).toBeLessThanOrEqual(0.6);
      expect(large!.pilotCost / medium!.pilotCost).toBeCloseTo(2, 5);
      expect(small!.pilotMonths).toBeLessThan(medium!.pilotMonths);
      expect(large!.pilotMonths).toBeGreaterThan(medium!.pilotMonths);
      expect(small!.lastMileMonths).toBeLessThan(medium!.lastMileMonths);
      expect(large!.lastMileMonths).toBeGreaterThan(medium!.lastMileMonths);
      expect(small!.runCostPerMonth).toBeLessThan(large!.runCostPerMonth);
    }
  });

  it('say where they come from and that they are starting points to replace', () => {
    expect(REFERENCE_CLASS_NOTE).toContain(LAST_MILE_ARTICLE_CITATION);
    expect(REFERENCE_CLASS_NOTE).toContain('$75K');
    expect(REFERENCE_CLASS_NOTE).toContain('$280K');
    expect(REFERENCE_CLASS_NOTE).toMatch(/Replace them with your organisation’s own figures/);
  });
});

describe('applying a reference class to a use case', () => {
  it('gives the published example its figures: last mile split by the workspace shares, run cost split infrastructure / support', () => {
    const ws = workspace();
    const out = applyReferenceClassTo({ ...blankUseCaseInput('p-1', ws.defaults), name: 'Read incoming claims' }, byName('Document processing — medium'), ws);
    expect(out.pilot).toEqual({ cost: 75_000, months: 4 });
    expect(out.lastMile.months).toBe(8);
    expect(totalLastMileCost(out.lastMile.costs)).toBe(280_000);
    expect(out.lastMile.costs.integration).toBe(61_600); // 22% of $280K
    expect(out.lastMile.costs.dataPipelines).toBe(56_000);
    expect(out.runCost.infrastructurePerMonth + out.runCost.supportPerMonth).toBe(3_000);
    expect(out.runCost.supportPerMonth).toBe(3_000 * REFERENCE_CLASS_SUPPORT_SHARE);
    expect(out.estimate).toEqual({ source: 'reference-class', referenceClass: 'Document processing — medium' });
    expect(useCaseInputSchema.safeParse(out).success).toBe(true);
  });

  it('changes nothing but the costs and the estimate, and leaves the input as it was', () => {
    const ws = fixedWorkspace();
    const before = deepFreeze(filledInput());
    const snapshot = structuredClone(before);
    for (const cls of classes()) {
      const out = applyReferenceClassTo(before, cls, ws);
      const { pilot: _p, lastMile: _l, runCost, estimate: _e, ...rest } = out;
      const { pilot: _bp, lastMile: _bl, runCost: beforeRun, estimate: _be, ...beforeRest } = before;
      expect(rest).toEqual(beforeRest);
      // The run cost is the class's: no model-API requests or seats on top, their prices kept for whoever refines it.
      expect(runCost.modelApi).toEqual({ ...beforeRun.modelApi, requestsPerMonth: 0 });
      expect(runCost.seats).toEqual({ ...beforeRun.seats, count: 0 });
      expect(cents(runCost.infrastructurePerMonth) + cents(runCost.supportPerMonth)).toBe(cents(cls.runCostPerMonth));
      expect(useCaseInputSchema.safeParse(out).success).toBe(true);
    }
    expect(before).toEqual(snapshot);
  });

  it('splits the last mile in whole cents that always add up to the rounded total (property)', () => {
    const shareWeights = fc.array(fc.integer({ min: 0, max: 1_000 }), { minLength: LAST_MILE_CATEGORIES.length, maxLength: LAST_MILE_CATEGORIES.length }).filter((w) => w.some((x) => x > 0));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5_000_000_000 }), // pilot cost in cents, up to $50M
        fc.double({ min: 0, max: 50, noNaN: true }),
        fc.integer({ min: 0, max: 2_000_000_000 }), // run cost in cents
        shareWeights,
        fc.double({ min: -4e-7, max: 4e-7, noNaN: true }),
        (pilotCents, multiplier, runCents, weights, slack) => {
          const ws = workspace();
          const sum = weights.reduce((a, b) => a + b, 0);
          // Shares as a workspace may hold them: adding up to 100% within the schema's tolerance, a hair over or under.
          const first = weights.findIndex((w) => w > 0);
          ws.defaults.lastMileShares = Object.fromEntries(LAST_MILE_CATEGORIES.map((c, i) => [c, weights[i]! / sum + (i === first ? slack : 0)])) as WorkspaceSettings['defaults']['lastMileShares'];
          const cls: ReferenceClass = { ...byName('Document processing — small'), pilotCost: pilotCents / 100, lastMileMultiplier: multiplier, runCostPerMonth: runCents / 100 };
          const out = applyReferenceClassTo(blankUseCaseInput('p-1', ws.defaults), cls, ws);
          const parts = LAST_MILE_CATEGORIES.map((c) => out.lastMile.costs[c]);
          for (const part of parts) {
            expect(part).toBeGreaterThanOrEqual(0);
            expect(part).toBe(cents(part) / 100); // a whole number of cents
          }
          expect(parts.reduce((s, p) => s + cents(p), 0)).toBe(Math.round((pilotCents / 100) * multiplier * 100));
          expect(cents(referenceClassLastMileCost(cls))).toBe(Math.round((pilotCents / 100) * multiplier * 100));
          // A category with no share gets nothing; each part is within a cent of its share (and of the shares' slack).
          const totalCents = Math.round((pilotCents / 100) * multiplier * 100);
          LAST_MILE_CATEGORIES.forEach((c, i) => {
            const exact = totalCents * ws.defaults.lastMileShares[c];
            expect(Math.abs(cents(out.lastMile.costs[c]) - exact)).toBeLessThan(1 + totalCents * Math.abs(slack) + 1e-6);
            if (weights[i] === 0) expect(out.lastMile.costs[c]).toBe(0);
          });
          expect(cents(out.runCost.infrastructurePerMonth) + cents(out.runCost.supportPerMonth)).toBe(runCents);
        },
      ),
    );
  });
});

describe('refining a reference-class estimate', () => {
  const ws = workspace();
  const applied = () => applyReferenceClassTo(filledInput(), byName('Conversational assistant — large'), ws);

  it('keeps the reference class while no cost changes (a new name, benefits, readiness, owner)', () => {
    const before = applied();
    const after: UseCaseInput = {
      ...before,
      name: 'Citizen helpdesk assistant',
      benefits: { ...before.benefits, hoursSavedPerMonth: 400 },
      readiness: { ...before.readiness, data: { score: 4, note: 'Clean FAQ' } },
      register: { ...before.register, owner: 'Digital services' },
      startMonth: 7,
    };
    expect(estimateAfterEdit(before, after)).toEqual({ source: 'reference-class', referenceClass: 'Conversational assistant — large' });
    expect(estimateAfterEdit(before, structuredClone(before))).toEqual(before.estimate);
  });

  it('becomes the team’s own once any cost figure changes', () => {
    const before = applied();
    const edits: ((u: UseCaseInput) => void)[] = [
      (u) => (u.pilot.cost += 1),
      (u) => (u.pilot.months += 1),
      (u) => (u.lastMile.costs.testingQa += 0.01),
      (u) => (u.lastMile.months += 1),
      (u) => (u.runCost.infrastructurePerMonth += 100),
      (u) => (u.runCost.supportPerMonth = 0),
      (u) => (u.runCost.seats.count = 40),
      (u) => (u.runCost.seats.pricePerMonth += 5),
      (u) => (u.runCost.modelApi.requestsPerMonth = 1_000),
      (u) => (u.runCost.modelApi.tokensPerRequest += 1),
      (u) => (u.runCost.modelApi.pricePer1kTokens += 0.001),
      (u) => (u.runCost.modelApi.cacheHitShare = 0.5),
    ];
    for (const edit of edits) {
      const after = structuredClone(before);
      edit(after);
      expect(estimateAfterEdit(before, after)).toEqual({ source: 'own', referenceClass: '' });
    }
  });

  it('makes a missing estimate the team’s own once costs are entered, and leaves it missing otherwise', () => {
    const before = filledInput();
    expect(estimateAfterEdit(before, { ...before, name: 'Renamed' })).toEqual({ source: 'none', referenceClass: '' });
    expect(estimateAfterEdit(before, { ...before, pilot: { ...before.pilot, cost: 50_000 } })).toEqual({ source: 'own', referenceClass: '' });
  });

  it('finds the class an estimate names while it is still in the list', () => {
    const list = classes();
    const out = applyReferenceClassTo(filledInput(), list[4]!, ws);
    expect(referenceClassOf(out.estimate, list)).toBe(list[4]);
    expect(referenceClassOf(out.estimate, list.slice(0, 4))).toBeUndefined();
    expect(referenceClassOf({ source: 'own', referenceClass: '' }, list)).toBeUndefined();
  });
});

describe('checking an edited list of classes', () => {
  it('names each fault with the class it is in', () => {
    const list = classes();
    list[2] = { ...list[2]!, pilotCost: -5 };
    list[5] = { ...list[5]!, name: '  document processing —  MEDIUM ' };
    list[6] = { ...list[6]!, pilotMonths: 0, name: '' };
    const errors = validateReferenceClasses(list);
    expect(errors).toContain('Class 3 (Document processing — large): Pilot cost must be a number of 0 or more');
    expect(errors).toContain('Class 6 (document processing —  MEDIUM): the name is already used by class 2');
    expect(errors.some((e) => e.startsWith('Class 7: ') && /Pilot duration must be 1 or more months/.test(e))).toBe(true);
    expect(errors.some((e) => e.startsWith('Class 7: ') && /Name/.test(e))).toBe(true);
  });

  it('refuses more than the limit', () => {
    const many = Array.from({ length: MAX_REFERENCE_CLASSES + 1 }, (_, i) => ({ ...classes()[0]!, name: `Class ${i}` }));
    expect(validateReferenceClasses(many)[0]).toBe(`At most ${MAX_REFERENCE_CLASSES} reference classes`);
  });
});
