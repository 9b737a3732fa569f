import { beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { buildExportModel, type ExportModel } from '@shared/export/exportModel';
import { deckPptx } from '@renderer/export/deckPptx';
import { fixedBundle, fixedWorkspace, INJECTION_TITLE, MARKUP_NAME, exportModelOf } from './fixtures';
import { scaledBundle } from './scaledBundle';
import { paragraphs, runText, xmlFaults } from './xmlCheck';

const GENERATED = '2027-02-01T09:30:00.000Z';
let model: ExportModel;
let zip: JSZip;

/** The XML of a part, checked to be well-formed (so escaping cannot have broken it). */
async function xml(path: string): Promise<string> {
  const text = await zip.file(path)!.async('string');
  expect(xmlFaults(text)).toEqual([]);
  return text;
}
/** Visible text of a slide: every <a:t> run, unescaped. */
const slideText = async (n: number): Promise<string> => runText(await xml(`ppt/slides/slide${n}.xml`));
const slideFiles = () => Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
const chartFiles = () => Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f));

beforeAll(async () => {
  model = exportModelOf({ bundle: fixedBundle(), generatedAt: GENERATED });
  zip = await JSZip.loadAsync(await deckPptx(model));
});

describe('PowerPoint deck', () => {
  it('has title, summary, ranked table, three chart slides, one slide per funded use case and the method', () => {
    const funded = model.rows.filter((r) => r.funded);
    expect(funded.length).toBe(2);
    expect(slideFiles()).toHaveLength(6 + funded.length + 1);
  });

  it('puts the workspace, the summary figures and the ranked table in editable text', async () => {
    expect(await slideText(1)).toContain('Acme planning 2027');
    expect(await slideText(1)).toContain('Acme Insurance');
    const summary = await slideText(2);
    expect(summary).toContain(`Fund 2 of 4 candidate use cases`);
    expect(summary).toContain(`Total investment $${Math.round(model.fundedSummary.totalInvestment).toLocaleString('en-US')}`);
    const table = await slideText(3);
    for (const r of model.rows) expect(table).toContain(r.useCase.name);
    expect(await xml('ppt/slides/slide3.xml')).toContain('<a:tbl>');
    const perCase = await slideText(7);
    const first = model.rows.find((r) => r.funded)!;
    expect(perCase).toContain(`${first.rank}. ${first.useCase.name}`);
    expect(perCase).toContain('Probability of production');
    expect(await slideText(slideFiles().length)).toContain('Assumptions & method');
  });

  it('draws native charts (bubble matrix, stacked pilot vs last-mile bars, cumulative cash lines), not pictures', async () => {
    const charts = await Promise.all(chartFiles().map((f) => xml(f)));
    expect(charts.filter((c) => c.includes('<c:bubbleChart>'))).toHaveLength(1);
    const bars = charts.filter((c) => c.includes('<c:barChart>'));
    expect(bars).toHaveLength(1);
    expect(bars[0]).toContain('<c:grouping val="stacked"/>');
    expect(bars[0]).toContain('<c:barDir val="bar"/>');
    // Portfolio line + one per funded use case.
    expect(charts.filter((c) => c.includes('<c:lineChart>'))).toHaveLength(1 + 2);
    expect(Object.keys(zip.files).some((f) => /^ppt\/media\/.*\.(png|jpe?g|svg)$/.test(f))).toBe(false);
    // The cumulative line carries the funded set's figures.
    const line = charts.find((c) => c.includes('Cumulative net cash (funded set)'))!;
    const last = model.fundedSummary.cash.cumulative.at(-1)!;
    expect(line).toContain(`<c:v>${last}</c:v>`);
  });

  it('escapes user text with <, &, quotes in slides and charts, keeping the XML well-formed', async () => {
    for (const f of [...slideFiles(), ...chartFiles()]) {
      const text = await xml(f);
      expect(text).not.toContain('<triage>');
      expect(text).not.toContain('<b>bold</b>');
    }
    const table = await xml('ppt/slides/slide3.xml');
    expect(table).toMatch(/Claims &lt;triage&gt; &amp; (&quot;|")routing(&quot;|") (&apos;|')fast(&apos;|')/);
    expect(await slideText(3)).toContain(MARKUP_NAME);
    expect(await slideText(3)).toContain(INJECTION_TITLE);
    const bubble = (await Promise.all(chartFiles().map((f) => xml(f)))).find((c) => c.includes('<c:bubbleChart>'))!;
    expect(bubble).toContain('Claims &lt;triage&gt; &amp;');
  });

  it('writes schema-valid paragraphs: at most one paragraph-properties element, first in each paragraph', async () => {
    for (const f of slideFiles()) {
      for (const p of paragraphs(await xml(f))) {
        expect((p.match(/<a:pPr[\s>/]/g) ?? []).length).toBeLessThanOrEqual(1);
        if (p.includes('<a:pPr')) expect(p.startsWith('<a:p><a:pPr')).toBe(true);
      }
    }
  });

  it('continues a long ranked table on further slides with the header repeated', async () => {
    const z = await JSZip.loadAsync(await deckPptx(model, { topN: 3 }));
    expect(Object.keys(z.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))).toHaveLength(6 + 2 + 1);
    const many = exportModelOf({ bundle: scaledBundle(30), generatedAt: GENERATED });
    const z2 = await JSZip.loadAsync(await deckPptx(many, { topN: 25 }));
    const titles = await Promise.all([3, 4, 5].map((n) => z2.file(`ppt/slides/slide${n}.xml`)!.async('string')));
    expect(titles.map((t) => /Ranked candidates \(top 25 of 30\) — (\d) of 3/.exec(t)?.[1])).toEqual(['1', '2', '3']);
    expect(titles.every((t) => t.includes('<a:t>Expected NPV</a:t>'))).toBe(true);
  });

  it('keeps every XML part well-formed when the workspace name and organisation carry markup characters', async () => {
    const bundle = fixedBundle();
    bundle.workspace = { ...bundle.workspace, name: 'R&D <pilot> "2027"', organisation: "Smith & Sons <Holdings> 'UK'" };
    const z = await JSZip.loadAsync(await deckPptx(buildExportModel({ bundle, generatedAt: GENERATED })));
    const parts = Object.keys(z.files).filter((f) => /\.(xml|rels)$/.test(f));
    for (const part of parts) expect([part, xmlFaults(await z.file(part)!.async('string'))]).toEqual([part, []]);
    expect(await z.file('docProps/app.xml')!.async('string')).toContain('<Company>Smith &amp; Sons &lt;Holdings&gt; &apos;UK&apos;</Company>');
    expect(runText(await z.file('ppt/slides/slide1.xml')!.async('string'))).toContain('R&D <pilot> "2027"');
  });

  it('still builds a sensible deck for an empty workspace', async () => {
    const empty = exportModelOf({ bundle: { workspace: fixedWorkspace(), problems: [], useCases: [] }, generatedAt: GENERATED });
    const z = await JSZip.loadAsync(await deckPptx(empty));
    expect(Object.keys(z.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))).toHaveLength(7);
    expect(await z.file('ppt/slides/slide4.xml')!.async('string')).toContain('No use cases yet.');
  });
});
