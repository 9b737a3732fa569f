import { beforeAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import type { ExportModel } from '@shared/export/exportModel';
import { deckPptx } from '@renderer/export/deckPptx';
import { fixedBundle, fixedWorkspace, INJECTION_TITLE, MARKUP_NAME, exportModelOf } from './fixtures';
import { paragraphs, runText, xmlFaults } from './xmlCheck';
import { noteText, slideParts, slideTitle } from './deckParts';

const GENERATED = '2027-02-01T09:30:00.000Z';
let model: ExportModel;
let zip: JSZip;

/** The XML of a part, checked to be well-formed (so escaping cannot have broken it). */
async function xml(path: string, z: JSZip = zip): Promise<string> {
  const text = await z.file(path)!.async('string');
  expect(xmlFaults(text)).toEqual([]);
  return text;
}
const chartFiles = (z: JSZip = zip) => Object.keys(z.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f));
/** Slide number (1-based) of the first slide whose title starts with `title`. */
async function slideNumber(title: string, z: JSZip = zip): Promise<number> {
  const parts = slideParts(z);
  for (let i = 0; i < parts.length; i++) if (slideTitle(await xml(parts[i]!, z)).startsWith(title)) return i + 1;
  throw new Error(`no slide titled ${title}`);
}
const slideText = async (n: number, z: JSZip = zip): Promise<string> => runText(await xml(`ppt/slides/slide${n}.xml`, z));

beforeAll(async () => {
  model = exportModelOf({ bundle: fixedBundle(), generatedAt: GENERATED });
  zip = await JSZip.loadAsync(await deckPptx(model));
});

describe('PowerPoint deck', () => {
  it('has the board pack’s slides in order, one slide per funded use case, and no frontier slide when none is passed', async () => {
    const titles = await Promise.all(slideParts(zip).map(async (f) => slideTitle(await xml(f))));
    const funded = model.rows.filter((r) => r.funded);
    expect(funded.length).toBe(2);
    expect(titles).toEqual([
      'Acme planning 2027',
      'The decision asked of the board',
      'Ranked candidates',
      'Spend by plan year',
      'Spend and benefit by plan year',
      'Risks and blockers',
      'Not funded, and why',
      'Roadmap',
      'Value vs feasibility',
      'The last mile costs more than the pilot',
      'Cumulative cash of the funded portfolio',
      ...funded.map((r) => `${r.rank}. ${r.useCase.name}`),
      'Assumptions & method',
    ]);
    expect(await slideText(titles.length)).toContain('The efficient frontier is not in this deck');
  });

  it('puts the workspace, the decision, the ranked table and the funding status in editable text', async () => {
    expect(await slideText(1)).toContain('Acme Insurance');
    const decision = await slideText(2);
    expect(decision).toContain(model.decision);
    expect(decision).toContain('Fund 2 of 4 candidate use cases');
    expect(decision).toContain(model.present.money(model.fundedSummary.totalInvestment));
    const table = await slideText(3);
    for (const r of model.rows) expect(table).toContain(r.useCase.name);
    for (const r of model.rows) expect(table).toContain(r.funded ? 'Funded' : `Not funded: ${r.note.status.charAt(0).toLowerCase()}${r.note.status.slice(1)}`);
    for (const r of model.rows.filter((x) => x.note.tradeOff)) expect(table).toContain(r.note.tradeOff);
    expect(await xml('ppt/slides/slide3.xml')).toContain('<a:tbl>');
    const first = model.rows.find((r) => r.funded)!;
    const perCase = await slideText(await slideNumber(`${first.rank}. ${first.useCase.name}`));
    expect(perCase).toContain('Probability of production');
    expect(perCase).toContain(model.present.probability(first.metrics.probability));
  });

  it('lists the spend by plan year against the caps, the risks and the candidates not funded with their reasons', async () => {
    const spend = await slideText(await slideNumber('Spend by plan year'));
    for (const y of model.moneyByYear.years) {
      expect(spend).toContain(model.present.planYear(y.year));
      expect(spend).toContain(model.present.money(y.investment));
    }
    expect(spend).toContain(model.present.money(model.moneyByYear.annualRunCost));
    const risks = await slideText(await slideNumber('Risks and blockers'));
    expect(risks).toContain('Blocker');
    expect(risks).toContain('Churn early warning');
    const left = await slideText(await slideNumber('Not funded, and why'));
    for (const r of model.rows.filter((x) => !x.funded)) {
      expect(left).toContain(r.useCase.name);
      expect(left).toContain(r.note.status);
    }
  });

  it('draws native charts in the app’s colours, not pictures', async () => {
    const charts = await Promise.all(chartFiles().map((f) => xml(f)));
    const bubble = charts.filter((c) => c.includes('<c:bubbleChart>'));
    expect(bubble).toHaveLength(1);
    // Automation blue and value-creation orange, as in the app; no colour of the old ten-colour palette.
    expect(bubble[0]).toContain('0072B2');
    expect(bubble[0]).toContain('E69F00');
    for (const old of ['3E7CB1', 'D9822B', '8E44AD', 'C0392B', '16A085']) expect(charts.join('')).not.toContain(old);
    // Readiness across, 1 to 5, as in the PDF.
    expect(bubble[0]).toContain('<c:min val="1"/>');
    expect(bubble[0]).toContain('<c:max val="5"/>');
    expect(bubble[0]).toContain('average readiness');
    const stackedBars = charts.filter((c) => c.includes('<c:barDir val="bar"/>') && c.includes('<c:grouping val="stacked"/>'));
    expect(stackedBars.length).toBeGreaterThanOrEqual(2); // pilot vs last mile, roadmap
    const spend = charts.find((c) => c.includes('Benefit (unrisked)'))!;
    expect(spend).toContain('<c:barChart>');
    expect(spend).toContain('<c:lineChart>');
    expect(Object.keys(zip.files).some((f) => /^ppt\/media\/.*\.(png|jpe?g|svg)$/.test(f))).toBe(false);
    const line = charts.find((c) => c.includes('Cumulative net cash (funded set)'))!;
    expect(line).toContain(`<c:v>${model.fundedSummary.cash.cumulative.at(-1)!}</c:v>`);
  });

  it('writes speaker notes on every slide with the figures and the method', async () => {
    const slides = slideParts(zip);
    for (let n = 1; n <= slides.length; n++) {
      const notes = await noteText(zip, n);
      expect(notes).toContain('Method: monthly end-of-month cash flows');
      expect(notes).toContain('Expected NPV = NPV of the pilot');
    }
    expect(await noteText(zip, 2)).toContain(model.decision);
  });

  it('escapes user text with <, &, quotes in slides and charts, keeping the XML well-formed', async () => {
    for (const f of [...slideParts(zip), ...chartFiles()]) {
      const text = await xml(f);
      expect(text).not.toContain('<triage>');
      expect(text).not.toContain('<b>bold</b>');
    }
    const table = await xml('ppt/slides/slide3.xml');
    expect(table).toMatch(/Claims &lt;triage&gt; &amp; (&quot;|")routing(&quot;|") (&apos;|')fast(&apos;|')/);
    expect(await slideText(3)).toContain(MARKUP_NAME);
    expect(await slideText(3)).toContain(INJECTION_TITLE);
    const charts = (await Promise.all(chartFiles().map((f) => xml(f)))).join('');
    expect(charts).toContain('Claims &lt;triage&gt; &amp;');
  });

  it('writes schema-valid paragraphs: at most one paragraph-properties element, first in each paragraph', async () => {
    for (const f of slideParts(zip)) {
      for (const p of paragraphs(await xml(f))) {
        expect((p.match(/<a:pPr[\s>/]/g) ?? []).length).toBeLessThanOrEqual(1);
        if (p.includes('<a:pPr')) expect(p.startsWith('<a:p><a:pPr')).toBe(true);
      }
    }
  });

  it('keeps every XML part well-formed when the workspace name and organisation carry markup characters', async () => {
    const bundle = fixedBundle();
    bundle.workspace = { ...bundle.workspace, name: 'R&D <pilot> "2027"', organisation: "Smith & Sons <Holdings> 'UK'" };
    const z = await JSZip.loadAsync(await deckPptx(exportModelOf({ bundle, generatedAt: GENERATED })));
    const parts = Object.keys(z.files).filter((f) => /\.(xml|rels)$/.test(f));
    for (const part of parts) expect([part, xmlFaults(await z.file(part)!.async('string'))]).toEqual([part, []]);
    expect(await z.file('docProps/app.xml')!.async('string')).toContain('<Company>Smith &amp; Sons &lt;Holdings&gt; &apos;UK&apos;</Company>');
    expect(runText(await z.file('ppt/slides/slide1.xml')!.async('string'))).toContain('R&D <pilot> "2027"');
  });

  it('still builds a sensible deck for an empty workspace', async () => {
    const empty = exportModelOf({ bundle: { workspace: fixedWorkspace(), problems: [], useCases: [] }, generatedAt: GENERATED });
    const z = await JSZip.loadAsync(await deckPptx(empty));
    expect(await slideText(await slideNumber('Ranked candidates', z), z)).toContain('No use cases yet.');
    expect(await slideText(await slideNumber('Value vs feasibility', z), z)).toContain('No use cases yet.');
    expect(await slideText(await slideNumber('Not funded, and why', z), z)).toContain('No use cases yet.');
    for (let n = 1; n <= slideParts(z).length; n++) expect(await noteText(z, n)).toContain('Method:');
  });
});
