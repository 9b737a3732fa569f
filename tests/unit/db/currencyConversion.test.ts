import { describe, expect, it } from 'vitest';
import { writeSide } from '@renderer/db';
import { blankUseCaseInput, type WorkspaceSettings } from '@shared/domain';
import { defaultPortfolioPlan } from '@shared/portfolio';
import { freshRepositories, problemInput, seededWorkspace } from './testDb';

async function setup() {
  const repos = freshRepositories();
  const ws = await seededWorkspace(repos);
  const withCost = await repos.problems.create(ws.id, problemInput('Invoice backlog', { monthlyCost: 3500, monthlyHours: 200 }));
  const notGiven = await repos.problems.create(ws.id, problemInput('Slow onboarding', { monthlyCost: null }));
  if (!withCost.ok || !notGiven.ok) throw new Error('setup');
  const input = blankUseCaseInput(withCost.value.id, { pilotMonths: 4, lastMileMonths: 8, rampUpMonths: 6 });
  input.name = 'Invoice reader';
  input.pilot.cost = 75_000;
  input.lastMile.costs.integration = 100_000;
  input.runCost.modelApi = { requestsPerMonth: 1000, tokensPerRequest: 2000, pricePer1kTokens: 0.002, cacheHitShare: 0 };
  input.runCost.seats = { count: 10, pricePerMonth: 30 };
  input.runCost.infrastructurePerMonth = 500;
  input.runCost.supportPerMonth = 1000;
  input.benefits = { ...input.benefits, hoursSavedPerMonth: 150, costAvoidedPerMonth: 2000, newRevenuePerMonth: 400 };
  const uc = await repos.useCases.create(ws.id, input);
  if (!uc.ok) throw new Error('setup');
  await repos.plans.save(ws.id, { ...defaultPortfolioPlan(1_000_000), yearCaps: [400_000, null] });
  return { repos, ws, problemId: withCost.value.id, blankId: notGiven.value.id, useCaseId: uc.value.id };
}

const settingsOf = (ws: { id: string; createdAt: string; updatedAt: string; revision: number } & WorkspaceSettings): WorkspaceSettings => {
  const { id: _i, createdAt: _c, updatedAt: _u, revision: _r, ...settings } = ws;
  return settings;
};

describe('workspaces.convertCurrency', () => {
  it('converts every amount of the workspace at the rate, in one undoable edit', async () => {
    const { repos, ws, problemId, blankId, useCaseId } = await setup();
    const r = await repos.workspaces.convertCurrency(ws.id, { ...settingsOf(ws), currency: 'EUR' }, 0.9, ws.revision);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ currency: 'EUR', labourRate: 67.5, defaults: { complianceCostPerRegime: ws.defaults.complianceCostPerRegime * 0.9 } });
    expect((await repos.problems.get(problemId))?.monthlyCost).toBe(3150);
    expect((await repos.problems.get(problemId))?.monthlyHours).toBe(200);
    expect((await repos.problems.get(blankId))?.monthlyCost).toBeNull();
    const u = await repos.useCases.get(useCaseId);
    expect(u?.pilot.cost).toBe(67_500);
    expect(u?.lastMile.costs.integration).toBe(90_000);
    expect(u?.runCost.modelApi).toMatchObject({ pricePer1kTokens: 0.0018, requestsPerMonth: 1000, tokensPerRequest: 2000 });
    expect(u?.runCost.seats).toEqual({ count: 10, pricePerMonth: 27 });
    expect(u?.runCost).toMatchObject({ infrastructurePerMonth: 450, supportPerMonth: 900 });
    expect(u?.benefits).toMatchObject({ hoursSavedPerMonth: 150, costAvoidedPerMonth: 1800, newRevenuePerMonth: 360 });
    expect((await repos.plans.get(ws.id))?.plan).toMatchObject({ budget: 900_000, yearCaps: [360_000, null] });
    expect(r.change.label).toBe('Convert “Acme” from USD to EUR at 0.9');

    expect((await writeSide(repos.db, r.change, 'before')).ok).toBe(true);
    expect((await repos.workspaces.get(ws.id))?.currency).toBe('USD');
    expect((await repos.useCases.get(useCaseId))?.pilot.cost).toBe(75_000);
    expect((await repos.plans.get(ws.id))?.plan).toMatchObject({ budget: 1_000_000 });
  });

  it('converts nothing when the workspace changed since the form was opened, or the rate is not a positive number', async () => {
    const { repos, ws, useCaseId } = await setup();
    const edited = await repos.workspaces.update(ws.id, { ...settingsOf(ws), name: 'Acme Europe' }, ws.revision);
    if (!edited.ok) throw new Error('setup');
    const stale = await repos.workspaces.convertCurrency(ws.id, { ...settingsOf(ws), currency: 'EUR' }, 0.9, ws.revision);
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale).toMatchObject({ reason: 'conflict', current: { name: 'Acme Europe', revision: 2 } });
    if (!stale.ok) expect(stale.errors[0]?.message).toContain('changed in another window');
    for (const rate of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      const r = await repos.workspaces.convertCurrency(ws.id, { ...settingsOf(ws), currency: 'EUR' }, rate, edited.value.revision);
      expect(r).toEqual({ ok: false, errors: [{ path: 'rate', message: 'The rate must be a number above 0' }] });
    }
    const huge = await repos.workspaces.convertCurrency(ws.id, { ...settingsOf(ws), currency: 'JPY' }, 1e12, edited.value.revision);
    expect(huge.ok).toBe(false);
    if (!huge.ok) expect(huge.errors[0]).toMatchObject({ path: 'rate', message: expect.stringContaining('nothing was converted') });
    expect((await repos.workspaces.get(ws.id))?.currency).toBe('USD');
    expect((await repos.useCases.get(useCaseId))?.pilot.cost).toBe(75_000);
  });
});
