/**
 * The presentation's screens of the demo workspace: the problems, the matrix, the answer, each funded candidate's case
 * in rank order, the frontier; the speaker notes are the screen's figures in the workspace's formats (one home:
 * shared/presentation), and the funded set is the funding answer given (the app passes the funding service's).
 */
import { describe, expect, it } from 'vitest';
import { candidateCases, fundingNotes, fundingProblem, moneyByYear, rankCases, summariseFunded } from '@shared/analysis';
import { buildDemoWorkspace } from '@shared/demo';
import { problemMonthlyCost } from '@shared/domain';
import { defaultPortfolioPlan, efficientFrontier, optimiseFunding } from '@shared/portfolio';
import { presenter } from '@shared/presentation';
import { buildDeck, caseRows, wallOrder, type DeckInput } from '@renderer/features/present/deck';
import { wallColumns } from '@renderer/features/present/slides/ProblemWall';
import { movedSlide } from '@renderer/features/present/slideKeys';
import { readPresentMessage } from '@renderer/features/present/presenterSync';
import { parseHash, routeHash } from '@renderer/state/router';
import { formatClock } from '@shared/presentation';

const TODAY = '2027-01';
let n = 0;
const demo = buildDemoWorkspace({ newId: () => `d-${++n}`, nowIso: '2027-01-01T00:00:00.000Z', planningStartMonth: '2027-01' });
const plan = defaultPortfolioPlan(1_500_000);

function deckInput(withFunding = true): DeckInput {
  const { workspace, problems, useCases } = demo;
  const present = presenter(workspace);
  const cases = candidateCases(workspace, problems, useCases, TODAY);
  const rows = rankCases(cases, plan.weights);
  const { candidates, constraints } = fundingProblem(cases, plan);
  const funding = withFunding ? optimiseFunding(candidates, constraints) : null;
  const fundedIds = new Set(funding?.selectedIds ?? []);
  return {
    workspace,
    problems,
    rows,
    plan,
    funding,
    summary: funding ? summariseFunded(cases, funding, workspace.horizonMonths) : null,
    byYear: funding ? moneyByYear(cases, fundedIds, plan, workspace) : null,
    notes: funding ? fundingNotes(rows, funding, plan, present) : null,
    frontier: withFunding ? efficientFrontier(candidates, constraints, 20) : null,
    present,
  };
}

describe('the presentation deck', () => {
  it('shows the problems, the matrix, the answer, the funded candidates’ cases in rank order and the frontier', () => {
    const input = deckInput();
    const deck = buildDeck(input);
    const funded = input.rows.filter((r) => input.funding?.selectedIds.includes(r.useCase.id));
    expect(funded.length).toBeGreaterThan(1);
    expect(deck.map((s) => s.kind)).toEqual(['wall', 'matrix', 'funded', ...funded.map(() => 'case'), 'frontier']);
    expect(deck.filter((s) => s.kind === 'case').map((s) => s.useCaseId)).toEqual(funded.map((r) => r.useCase.id));
    expect(new Set(deck.map((s) => s.key)).size).toBe(deck.length);
    for (const s of deck) expect(s.notes.length).toBeGreaterThan(0);
  });

  it('speaks the figures on each screen in the workspace’s formats', () => {
    const input = deckInput();
    const p = input.present;
    const deck = buildDeck(input);
    const [wall, , fundedSlide] = deck;
    const largest = wallOrder(input.problems, input.workspace.labourRate)[0]!;
    expect(wall?.notes.join(' ')).toContain(`The largest: ${largest.title}, ${p.money(problemMonthlyCost(largest, input.workspace.labourRate)!)} a month`);
    expect(fundedSlide?.notes.join(' ')).toContain(`${p.money(input.summary!.totalInvestment)}`);
    const firstCase = deck.find((s) => s.kind === 'case')!;
    const row = input.rows.find((r) => r.useCase.id === firstCase.useCaseId)!;
    const text = firstCase.notes.join(' ');
    expect(text).toContain(`Pilot ${p.money(row.metrics.pilotCost)}, last mile ${p.money(row.metrics.lastMileCost)}`);
    expect(text).toContain(`payback ${p.payback(row.metrics.paybackMonth)}; ROI ${p.roi(row.metrics.roi)}`);
    expect(text).toContain('Funded');
    expect(deck.at(-1)?.notes.join(' ')).toContain(`At the chosen budget of ${p.money(plan.budget)}`);
  });

  it('before the funding answer: no cases yet, and the notes say it is being worked out', () => {
    const deck = buildDeck(deckInput(false));
    expect(deck.map((s) => s.kind)).toEqual(['wall', 'matrix', 'funded', 'frontier']);
    expect(deck[2]?.notes).toEqual(['The funded set is being worked out.']);
  });

  it('with nothing funded, the best-ranked candidate’s case shows what it lacks', () => {
    const input = deckInput();
    const none = { ...input.funding!, selectedIds: [] };
    expect(caseRows(input.rows, none).map((r) => r.rank)).toEqual([1]);
  });

  it('lays the wall out as square as a 16:9 screen allows, and moves stop at the ends', () => {
    expect([1, 2, 3, 4, 5, 8, 9, 10, 12].map(wallColumns)).toEqual([1, 2, 3, 2, 3, 3, 3, 4, 4]);
    expect([movedSlide('next', 5, 5), movedSlide('previous', 1, 5), movedSlide('last', 2, 5), movedSlide('first', 4, 5), movedSlide('leave', 3, 5)]).toEqual([5, 1, 5, 1, null]);
  });

  it('has an address per screen and one for the presenter view', () => {
    for (const route of [{ page: 'present', workspaceId: 'ws 1/ä', slide: 3 }, { page: 'presenter', workspaceId: 'ws-1' }] as const) expect(parseHash(routeHash(route))).toEqual(route);
    expect(parseHash('#/w/ws-1/present')).toEqual({ page: 'present', workspaceId: 'ws-1', slide: 1 });
    for (const bad of ['#/w/ws-1/present/0', '#/w/ws-1/present/x', '#/w/ws-1/present/-1', '#/w/ws-1/present/12345', '#/w/ws-1/presenter/2']) expect(parseHash(bad).page).toBe('notFound');
  });

  it('reads only well-formed messages from the other window', () => {
    expect(readPresentMessage({ type: 'go', workspaceId: 'w', slide: 2 })).toEqual({ type: 'go', workspaceId: 'w', slide: 2 });
    expect(readPresentMessage({ type: 'go', workspaceId: 'w', slide: 0 })).toBeNull();
    expect(readPresentMessage({ type: 'state', workspaceId: 'w', slide: 1, slides: [{ title: 't', notes: [1] }], startedAt: 0 })).toBeNull();
    expect(readPresentMessage({ type: 'quit', workspaceId: 'w' })).toBeNull();
    expect(readPresentMessage('go')).toBeNull();
    expect([formatClock(0), formatClock(247_900), formatClock(3_729_000), formatClock(-5)]).toEqual(['0:00', '4:07', '1:02:09', '0:00']);
  });
});
