/**
 * The deck under uncertainty: a risk slide with the S-curve (a line of NPV at each share of trials) and the tornado (bars) as native charts, the funded
 * set's P10 / P50 / P90 and the seed; a table of every funded use case's percentiles; the options slides comparing the
 * chosen scenarios. Every part is well-formed XML; without a simulation or chosen scenarios the deck is as before.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { blankScenarioInput, type Scenario } from '@shared/domain';
import { withBoardExtras } from '@shared/export/boardExtras';
import type { ExportModel } from '@shared/export/exportModel';
import { deckPptx } from '@renderer/export/deckPptx';
import { exportModelOf, fixedBundle, WS_ID } from './fixtures';
import { runText, xmlFaults } from './xmlCheck';
import { noteText, slideParts, slideTitle, tableRows } from './deckParts';

const GENERATED = '2027-02-01T09:30:00.000Z';
const bundle = fixedBundle();
const scenario = (id: string, name: string, budget: number): Scenario => {
  const s: Scenario = { ...blankScenarioInput(name), id, workspaceId: WS_ID, createdAt: GENERATED, updatedAt: GENERATED };
  s.plan.budget = budget;
  return s;
};
let model: ExportModel;
let zip: JSZip;

async function xml(path: string): Promise<string> {
  const text = await zip.file(path)!.async('string');
  expect(xmlFaults(text)).toEqual([]);
  return text;
}
async function slideNumber(title: string): Promise<number> {
  const parts = slideParts(zip);
  for (let i = 0; i < parts.length; i++) if (slideTitle(await xml(parts[i]!)).startsWith(title)) return i + 1;
  throw new Error(`no slide titled ${title}`);
}
/** The chart parts a slide points at, read. */
async function slideCharts(n: number): Promise<string[]> {
  const rels = await xml(`ppt/slides/_rels/slide${n}.xml.rels`);
  const targets = [...rels.matchAll(/Target="(?:\.\.|\/ppt)\/charts\/(chart\d+\.xml)"/g)].map((m) => m[1]!);
  return Promise.all(targets.map((t) => xml(`ppt/charts/${t}`)));
}

beforeAll(async () => {
  const base = exportModelOf({ bundle: { ...bundle, scenarios: [scenario('sc-half', 'Half the budget', 300_000), scenario('sc-more', 'More budget', 900_000)] }, generatedAt: GENERATED });
  model = withBoardExtras(base, { ...bundle, scenarios: [scenario('sc-half', 'Half the budget', 300_000), scenario('sc-more', 'More budget', 900_000)] }, ['sc-half', 'sc-more']);
  zip = await JSZip.loadAsync(await deckPptx(model));
});

describe('PowerPoint deck: risk and options', () => {
  it('has a risk slide with the S-curve and the tornado as native charts, P10 ≤ P50 ≤ P90 and the seed stated', async () => {
    const n = await slideNumber('Risk: how sure are the figures?');
    const text = runText(await xml(`ppt/slides/slide${n}.xml`));
    const f = model.risk!.funded;
    expect(f.p10).toBeLessThanOrEqual(f.p50);
    expect(f.p50).toBeLessThanOrEqual(f.p90);
    for (const v of [f.p10, f.p50, f.p90]) expect(text).toContain(model.present.money(v));
    expect(text).toContain(`seed ${model.risk!.seed}`);
    expect(text).toContain('the same seed gives the same answer');
    const charts = await slideCharts(n);
    expect(charts.some((c) => c.includes('<c:lineChart>') && c.includes('S-curve'))).toBe(true);
    const tornado = charts.find((c) => c.includes('<c:barChart>'));
    expect(tornado).toBeDefined();
    expect(tornado!).toContain(`<c:v>${model.risk!.tornado!.bars[0]!.label}</c:v>`);
    expect(await noteText(zip, n)).toContain(`P50 ${model.present.money(f.p50)}`);
  });

  it('lists every funded use case with its P10, P50 and P90', async () => {
    const n = await slideNumber('Each funded use case');
    const rows = tableRows(await xml(`ppt/slides/slide${n}.xml`));
    const funded = model.rows.filter((r) => r.funded);
    expect(rows).toHaveLength(funded.length + 1);
    funded.forEach((r, i) => {
      const o = model.risk!.cases.get(r.useCase.id)!;
      expect(rows[i + 1]).toEqual([`${r.rank}. ${r.useCase.name}`, model.present.money(r.metrics.expectedNpv!), ...[o.p10, o.p50, o.p90].map((v) => model.present.money(v)), model.present.percent(o.probPositive, 0)]);
    });
  });

  it('compares the chosen scenarios beside the plan: totals, a chart per plan year, the funded sets with differences marked', async () => {
    const n = await slideNumber('Options: scenarios side by side');
    const rows = tableRows(await xml(`ppt/slides/slide${n}.xml`));
    expect(rows[0]).toEqual(['', 'Base plan', 'Half the budget', 'More budget']);
    expect(rows.find((r) => r[0] === 'Budget')).toEqual(['Budget', ...[600_000, 300_000, 900_000].map((v) => model.present.money(v))]);
    const [chart] = await slideCharts(n);
    expect(chart!).toContain('<c:v>Half the budget</c:v>');
    const sets = tableRows(await xml(`ppt/slides/slide${await slideNumber('Options: funded sets')}.xml`));
    const names = model.options!.comparison.candidates.map((c) => c.name);
    expect(sets.slice(1).map((r) => r[0]).sort()).toEqual([...names].sort());
    const differing = model.options!.comparison.candidates.filter((c) => !c.inAll);
    expect(sets.filter((r) => r.at(-1) === 'Differs')).toHaveLength(differing.length);
  });

  it('gives each funded use case’s slide its simulated P10 / P50 / P90', async () => {
    const row = model.rows.find((r) => r.funded)!;
    const o = model.risk!.cases.get(row.useCase.id)!;
    const n = await slideNumber(`${row.rank}. ${row.useCase.name}`);
    const facts = tableRows(await xml(`ppt/slides/slide${n}.xml`));
    expect(facts.find((r) => r[0] === 'Simulated NPV')).toEqual(['Simulated NPV', `P10 ${model.present.money(o.p10)} / P50 ${model.present.money(o.p50)} / P90 ${model.present.money(o.p90)}; chance above 0 ${model.present.percent(o.probPositive, 0)}`]);
  });

  it('leaves the risk and options slides out when the model carries neither', async () => {
    const plain = await JSZip.loadAsync(await deckPptx(exportModelOf({ bundle, generatedAt: GENERATED })));
    const titles = await Promise.all(slideParts(plain).map(async (f) => slideTitle(await plain.file(f)!.async('string'))));
    expect(titles.some((t) => t.startsWith('Risk:') || t.startsWith('Options') || t.startsWith('Each funded use case'))).toBe(false);
  });
});
