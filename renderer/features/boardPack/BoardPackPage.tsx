import { Fragment, useEffect, useMemo, useState, type ReactElement } from 'react';
import { getApi } from '@renderer/api';
import { ProgressLine } from '@renderer/components/ProgressLine';
import { navigate } from '@renderer/state/router';
import { safeFileName } from '@renderer/features/exchange/exportActions';
import { AssumptionsSheet, PlanRulesSheet } from './AssumptionsSheet';
import type { BoardPackModel } from './boardPackModel';
import { ChartSheets } from './ChartSheets';
import { CoverSheet } from './CoverSheet';
import { cssString, longDate } from './packFormat';
import { OptionsSheet } from './OptionsSheet';
import { rankedChunks, RankedSheet } from './RankedSheet';
import { RiskSheet } from './RiskSheet';
import { SessionRecordSheet } from './SessionRecordSheet';
import { SpendSheet } from './SpendSheet';
import { ScenarioPicker } from './ScenarioPicker';
import { SpendByYearSheet } from './SpendByYearSheet';
import { SummarySheet } from './SummarySheet';
import { UseCaseSheet } from './UseCaseSheet';
import { FreezeSnapshot } from '@renderer/features/record/FreezeSnapshot';
import { SinceSheet } from '@renderer/features/record/SinceSheet';
import { useBoardPack, type BoardPackStep } from './useBoardPack';
import { usePackChoice, usePackOptions, usePackScenarios, type PackOptionsState } from './usePackOptions';
import './boardPack.css';

/** Property read by the page footer (`@page` margin box) of the printed pack. */
const FOOTER_PROPERTY = '--bp-footer';

/**
 * The footer text of every printed page but the cover. CSS margin boxes cannot read the DOM, so the text is
 * handed over as a custom property on the root element (set through the CSSOM, which the CSP allows), and
 * removed when the page closes.
 */
function usePrintFooter(text: string | null) {
  useEffect(() => {
    if (text === null) return;
    const root = document.documentElement;
    root.style.setProperty(FOOTER_PROPERTY, cssString(text));
    return () => {
      root.style.removeProperty(FOOTER_PROPERTY);
    };
  }, [text]);
}

function PrintButton({ model }: { model: BoardPackModel }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const print = async () => {
    setBusy(true);
    setMessage('');
    const day = model.generatedAt.slice(0, 10);
    const result = await getApi().printToPdf({ suggestedName: safeFileName(`${model.workspace.name} board pack ${day}`, 'pdf'), landscape: true, pageSize: 'A4' });
    setBusy(false);
    if (!result.ok) setMessage(`Not saved: ${result.error}`);
    else if (result.value.saved) setMessage(result.value.path ? `Saved to ${result.value.path}` : 'Saved.');
    else if (!result.value.printDialog) setMessage('Not saved (cancelled).');
  };
  return (
    <>
      <button type="button" className="button button--primary" onClick={() => void print()} disabled={busy}>
        {busy ? 'Preparing the PDF…' : 'Print / Save PDF'}
      </button>
      <p className="bp-toolbar__message" role="status">
        {message}
      </p>
    </>
  );
}

const STEP_SENTENCES: Record<BoardPackStep, string> = {
  reading: 'Reading the workspace…',
  funding: 'Working out which candidates are funded…',
  figures: 'Working out every candidate’s figures…',
  risk: 'Simulating the funded set (the same seed gives the same answer)…',
};

/** Use-case pages laid out per turn: the page stays responsive (Cancel works) while a large pack is laid out. */
const USE_CASE_PAGES_PER_TURN = 12;

/**
 * The parts of the pack in reading order after the ranked table (which grows in groups of rows of its own), each made
 * once per model, so laying out more parts never redraws those already there.
 */
function packParts(model: BoardPackModel): ReactElement[] {
  const parts: ReactElement[] = [
    <ChartSheets key="charts" model={model} />,
    <SpendByYearSheet key="spend" model={model} />,
    <RiskSheet key="risk" model={model} />,
  ];
  for (let start = 0; start < model.funded.length; start += USE_CASE_PAGES_PER_TURN) {
    const batch = model.funded.slice(start, start + USE_CASE_PAGES_PER_TURN);
    parts.push(
      <Fragment key={`use-cases-${start}`}>
        {batch.map((row, i) => (
          <UseCaseSheet
            key={row.useCase.id}
            row={row}
            index={start + i}
            count={model.funded.length}
            workspace={model.workspace}
            present={model.present}
            warnings={model.warnings.get(row.useCase.id) ?? []}
            outcome={model.risk.cases.get(row.useCase.id)}
          />
        ))}
      </Fragment>,
    );
  }
  // The latest workshop session that is closed or revealed its votes (docs/workshop.md), when the workspace has one.
  if (model.sessionRecord) parts.push(<SessionRecordSheet key="session" model={model} />);
  // The organisation's AI spend (docs/spend.md), when the workspace records any.
  if (model.spend) parts.push(<SpendSheet key="spend" model={model} />);
  parts.push(<AssumptionsSheet key="assumptions" model={model} />, <PlanRulesSheet key="rules" model={model} />);
  return parts;
}

/** The options page follows the first parts (charts, spend by plan year, risk); it is drawn apart, as scenarios are chosen. */
const OPTIONS_AFTER = 3;

function OptionsPart({ state, model }: { state: PackOptionsState; model: BoardPackModel }) {
  if (state.status === 'ready') return <OptionsSheet options={state.options} present={model.present} />;
  if (state.status === 'error') return <p role="alert" className="no-print">The options page could not be prepared: {state.message}</p>;
  if (state.status === 'loading') return <p className="no-print bp-muted">Funding the chosen scenarios for the options page…</p>;
  return null;
}

/** Lays out one step per turn (of `steps` for this layout); how many steps are on the page. */
function useLaidOut(layout: object | null, steps: number): number {
  const [shown, setShown] = useState({ layout, count: 0 });
  const count = shown.layout === layout ? shown.count : 0;
  useEffect(() => {
    if (count >= steps) return;
    const timer = setTimeout(() => setShown({ layout, count: count + 1 }), 0);
    return () => clearTimeout(timer);
  }, [layout, steps, count]);
  return count;
}

/**
 * The board pack: a print layout (A4 landscape) previewed on screen as sheets of paper, printed or saved as PDF. A large
 * pack shows how far its preparation is, and Cancel goes back to the Export page (nothing is written until Print).
 */
export function BoardPackPage({ workspaceId }: { workspaceId: string }) {
  const state = useBoardPack(workspaceId);
  const model = state.status === 'ready' ? state.model : null;
  const preparedOn = useMemo(() => (model ? new Date(model.generatedAt) : null), [model]);
  usePrintFooter(model && preparedOn ? `${model.workspace.name} · Board pack · ${longDate(preparedOn, model.present.format)}` : null);
  const scenarios = usePackScenarios(workspaceId);
  const [chosenIds, setChosenIds] = usePackChoice(workspaceId);
  const options = usePackOptions(model, scenarios, chosenIds);
  const optionsChosen = options.status !== 'none';
  const layout = useMemo(() => {
    if (!model || !preparedOn) return null;
    const chunks = rankedChunks(model);
    const head = [<CoverSheet key="cover" model={model} preparedOn={preparedOn} withOptions={optionsChosen} />, <SummarySheet key="summary" model={model} />, <SinceSheet key="since" model={model} />];
    return { head, chunks, parts: packParts(model) };
  }, [model, preparedOn, optionsChosen]);
  const steps = layout ? layout.head.length + layout.chunks.length + layout.parts.length : 0;
  const laidOut = useLaidOut(layout, steps);
  const cancel = () => navigate({ page: 'export', workspaceId });

  if (state.status === 'missing') return <p className="empty">This workspace no longer exists.</p>;
  if (state.status === 'error') return <p role="alert">The board pack could not be prepared: {state.message}</p>;
  if (!model || !preparedOn) {
    const step = state.status === 'loading' ? state.step : 'reading';
    const fraction = state.status === 'loading' && (step === 'figures' || step === 'risk') ? (state.fraction ?? null) : null;
    return <ProgressLine progress={{ label: 'Preparing the board pack', sentence: STEP_SENTENCES[step], fraction, cancellable: true }} onCancel={cancel} />;
  }
  if (!layout) return null;
  const complete = laidOut >= steps && options.status !== 'loading';
  const { head, chunks, parts } = layout;
  const rankedShown = Math.min(chunks.length, Math.max(0, laidOut - head.length));
  const partsShown = Math.max(0, laidOut - head.length - chunks.length);
  return (
    <div className="board-pack" data-ready={complete ? 'true' : 'false'}>
      <div className="bp-toolbar no-print">
        <div>
          <p className="bp-toolbar__title">Board pack preview</p>
          <p className="bp-toolbar__hint">A4 landscape, one part per page, numbered pages. What you see below is what the board reads.</p>
        </div>
        <div className="bp-toolbar__actions">
          <a className="button" href={`#/w/${encodeURIComponent(workspaceId)}/export`}>
            Back to export
          </a>
          <ScenarioPicker scenarios={scenarios} chosen={chosenIds} onChange={setChosenIds} />
          {complete && <FreezeSnapshot workspaceId={workspaceId} model={model} />}
          {complete && <PrintButton model={model} />}
        </div>
      </div>
      {!complete && (
        <div className="no-print">
          <ProgressLine
            progress={{ label: 'Preparing the board pack', sentence: `Laying out the pages: ${laidOut} of ${steps} parts done. Print becomes available when all are laid out.`, fraction: laidOut / steps, cancellable: true }}
            onCancel={cancel}
          />
        </div>
      )}
      <div className="bp-sheets" role="region" aria-label="Pages of the board pack" tabIndex={0}>
        {head.slice(0, laidOut)}
        {laidOut > head.length && <RankedSheet model={model} chunks={chunks} shownChunks={rankedShown} />}
        {parts.slice(0, Math.min(OPTIONS_AFTER, partsShown))}
        {partsShown >= OPTIONS_AFTER ? <OptionsPart state={options} model={model} /> : null}
        {parts.slice(OPTIONS_AFTER, Math.max(OPTIONS_AFTER, partsShown))}
      </div>
    </div>
  );
}
