import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { analyseCandidates, fundingProblem } from '@shared/analysis';
import { blankScenarioInput, unassessedReadiness, type Scenario } from '@shared/domain';
import { withBoardExtras } from '@shared/export/boardExtras';
import { planOf, type ExportModel } from '@shared/export/exportModel';
import type { WorkspaceBundle } from '@shared/export/workspaceFile';
import { efficientFrontier, type FrontierPoint } from '@shared/portfolio';
import { deckPptx } from '@renderer/export/deckPptx';
import { CHART_COLOR_VARIABLES, CHART_COLORS } from '@renderer/export/deckPalette';
import { exportModelOf, fixedBundle } from './fixtures';
import { scaledBundle } from './scaledBundle';
import { noteText, shapeBoxes, slideParts, slideSize, slideTitle, tableRows } from './deckParts';
import { runText, xmlFaults } from './xmlCheck';

const GENERATED = '2027-02-01T09:30:00.000Z';
const HOSTILE = 'Bad\u0001name\u0008 \uFFFE\uFFFF\uD800 & <b>"q"</b> \'a\'\u000b\u001f';

/** 50 candidates from the fixtures; a few not assessed, a few not classified, one with a hostile name. */
function fiftyBundle(): WorkspaceBundle {
  const bundle = scaledBundle(50);
  bundle.useCases.forEach((uc, i) => {
    if (i % 9 === 4) uc.readiness = unassessedReadiness();
    if (i % 7 === 3) uc.classification = { ...uc.classification, kind: null, rationale: '' };
  });
  bundle.useCases[10]!.name = `${HOSTILE} ${'very long name '.repeat(12)}`;
  bundle.problems[3]!.title = `Problem ${HOSTILE}`;
  return bundle;
}

let model: ExportModel;
let zip: JSZip;
let frontier: FrontierPoint[];

beforeAll(async () => {
  const bundle = fiftyBundle();
  // Two scenarios chosen for the pack (one with a hostile name), and the simulation: the risk and options slides fit too.
  const scenario = (id: string, name: string, budget: number): Scenario => {
    const s: Scenario = { ...blankScenarioInput(name), id, workspaceId: bundle.workspace.id, createdAt: GENERATED, updatedAt: GENERATED };
    s.plan.budget = budget;
    s.assumptions.adoptionFactor = 0.85;
    return s;
  };
  const scenarios = [scenario('sc-1', `Cut ${HOSTILE}`, planOf(bundle).budget * 0.6), scenario('sc-2', 'More budget, slower adoption', planOf(bundle).budget * 1.4)];
  model = withBoardExtras(exportModelOf({ bundle, generatedAt: GENERATED }), { ...bundle, scenarios }, ['sc-1', 'sc-2']);
  const plan = planOf(bundle);
  const problem = fundingProblem(analyseCandidates(bundle.workspace, bundle.problems, bundle.useCases, plan, bundle.workspace.planningStartMonth), plan);
  frontier = efficientFrontier(problem.candidates, problem.constraints, 6, { maxBudget: plan.budget });
  zip = await JSZip.loadAsync(await deckPptx(model, { frontier }));
}, 60_000);

describe('PowerPoint deck of 50 candidates', () => {
  it('keeps every shape, chart and table inside the slide', async () => {
    const size = await slideSize(zip);
    expect(size).toEqual({ cx: 12192000, cy: 6858000 });
    const outside: string[] = [];
    for (const part of slideParts(zip)) {
      const xml = await zip.file(part)!.async('string');
      for (const b of shapeBoxes(xml)) {
        const w = Math.max(b.cx, b.gridW ?? 0);
        const h = Math.max(b.cy, b.gridH ?? 0);
        const inside = b.x >= 0 && b.y >= 0 && b.x + w <= size.cx && b.y + h <= size.cy;
        if (!inside) outside.push(`${part} ${slideTitle(xml)}: ${b.kind} at ${b.x},${b.y} size ${w}×${h}`);
      }
    }
    expect(outside).toEqual([]);
  });

  it('has every slide of the board pack, the ranked table on continuation slides', async () => {
    const titles = await Promise.all(slideParts(zip).map(async (f) => slideTitle(await zip.file(f)!.async('string'))));
    const ranked = titles.filter((t) => t.startsWith('Ranked candidates'));
    expect(ranked.length).toBeGreaterThan(1);
    expect(ranked).toEqual(ranked.map((_, i) => `Ranked candidates (${i + 1} of ${ranked.length})`));
    for (const title of [
      'The decision asked of the board',
      'Spend by plan year',
      'Spend and benefit by plan year',
      'Risks and blockers',
      'Risk: how sure are the figures?',
      'Options: scenarios side by side',
      'Options: funded sets, differences marked',
      'Not funded, and why',
      'Roadmap',
      'Efficient frontier',
      'Value vs feasibility',
      'Assumptions & method',
    ]) {
      expect(titles.some((t) => t === title || t.startsWith(`${title} (`))).toBe(true);
    }
    // Every candidate appears once in the ranked table (the header repeats on each slide).
    const rows = (await Promise.all(slideParts(zip).map(async (f) => zip.file(f)!.async('string'))))
      .filter((x) => slideTitle(x).startsWith('Ranked candidates'))
      .flatMap((x) => tableRows(x).slice(1));
    expect(rows.map((r) => Number(r[0]))).toEqual(model.rows.map((r) => r.rank));
  });

  it('funds in the deck exactly the funding answer’s set', async () => {
    const slides = await Promise.all(slideParts(zip).map(async (f) => zip.file(f)!.async('string')));
    const rows = slides.filter((x) => slideTitle(x).startsWith('Ranked candidates')).flatMap((x) => tableRows(x).slice(1));
    const fundedRanks = rows.filter((r) => (r.at(-1) ?? '').startsWith('Funded')).map((r) => Number(r[0]));
    const byRank = new Map(model.rows.map((r) => [r.rank, r.useCase.id]));
    expect(new Set(fundedRanks.map((k) => byRank.get(k)))).toEqual(new Set(model.funding.selectedIds));
    expect(rows.filter((r) => (r.at(-1) ?? '').startsWith('Not funded')).length).toBe(model.rows.length - model.funding.selectedIds.length);
    // One slide per funded use case.
    const perCase = slides.map(slideTitle).filter((t) => /^\d+\. /.test(t) && !t.startsWith('Ranked'));
    expect(perCase.length).toBe(model.funding.selectedIds.length);
  });

  it('writes speaker notes on every slide and keeps every XML part well-formed, hostile names included', async () => {
    const slides = slideParts(zip);
    for (let n = 1; n <= slides.length; n++) expect(await noteText(zip, n)).toContain('Method:');
    const parts = Object.keys(zip.files).filter((f) => /\.(xml|rels)$/.test(f));
    // eslint-disable-next-line no-control-regex
    const invalid = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    for (const part of parts) {
      const xml = await zip.file(part)!.async('string');
      expect([part, xmlFaults(xml)]).toEqual([part, []]);
      expect([part, invalid.test(xml)]).toEqual([part, false]);
    }
    const all = (await Promise.all(slides.map(async (f) => runText(await zip.file(f)!.async('string'))))).join(' ');
    expect(all).toContain('Badname & <b>"q"</b> \'a\'');
  });

  it('plots readiness across and lists the candidates not assessed beside the matrix instead of plotting them', async () => {
    const slides = await Promise.all(slideParts(zip).map(async (f) => zip.file(f)!.async('string')));
    const matrix = slides.find((x) => slideTitle(x) === 'Value vs feasibility')!;
    const notAssessed = model.rows.filter((r) => r.readinessAverage === null);
    expect(notAssessed.length).toBeGreaterThan(0);
    expect(runText(matrix)).toContain(`Not plotted: readiness not assessed (${notAssessed.length})`);
    const charts = await Promise.all(Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
    const bubble = charts.find((c) => c.includes('<c:bubbleChart>'))!;
    const xs = /<c:xVal>[\s\S]*?<\/c:xVal>/.exec(bubble)![0];
    expect((xs.match(/<c:pt /g) ?? []).length).toBe(model.rows.length - notAssessed.length);
    // Unclassified candidates in the neutral grey, not in either kind's colour.
    expect(bubble).toContain('Not classified — ');
    expect(bubble).toContain(CHART_COLORS.axis);
  });

  it('draws the frontier it was given as a native line', async () => {
    const charts = await Promise.all(Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
    const line = charts.find((c) => c.includes('Best total expected NPV'))!;
    expect(line).toContain('<c:lineChart>');
    const best = frontier.filter((f) => f.value !== null).at(-1)!;
    expect(line).toContain(`<c:v>${Math.round(best.value! * 100) / 100}</c:v>`);
  });
});

describe('PowerPoint deck formatting and colours', () => {
  it('uses the same colours as the app’s charts (charts.css)', () => {
    const css = readFileSync('renderer/charts/charts.css', 'utf8');
    for (const [key, variable] of Object.entries(CHART_COLOR_VARIABLES)) {
      // the light colour of each light-dark() pair: the deck, like paper, is light
      const m = new RegExp(`${variable}:\\s*(?:light-dark\\()?#([0-9a-fA-F]{6})`).exec(css);
      expect([key, m?.[1]?.toUpperCase()]).toEqual([key, CHART_COLORS[key as keyof typeof CHART_COLORS]]);
    }
  });

  it('formats every figure in the workspace’s number format', async () => {
    const bundle = fixedBundle();
    bundle.workspace = { ...bundle.workspace, currency: 'EUR', numberFormat: 'de-DE' };
    const de = exportModelOf({ bundle, generatedAt: GENERATED });
    const z = await JSZip.loadAsync(await deckPptx(de));
    const decision = runText(await z.file('ppt/slides/slide2.xml')!.async('string'));
    const total = de.present.money(de.fundedSummary.totalInvestment);
    expect(total).toMatch(/^[\d.]+\s€$/);
    expect(decision).toContain(total);
    expect(decision).not.toContain('$');
  });
});
