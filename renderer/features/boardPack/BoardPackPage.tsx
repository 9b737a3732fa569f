import { useEffect, useState } from 'react';
import { getApi } from '@renderer/api';
import { safeFileName } from '@renderer/features/exchange/exportActions';
import { AssumptionsSheet, PlanRulesSheet } from './AssumptionsSheet';
import type { BoardPackModel } from './boardPackModel';
import { ChartSheets } from './ChartSheets';
import { CoverSheet } from './CoverSheet';
import { cssString, longDate } from './packFormat';
import { RankedSheet } from './RankedSheet';
import { SpendByYearSheet } from './SpendByYearSheet';
import { SummarySheet } from './SummarySheet';
import { UseCaseSheet } from './UseCaseSheet';
import { useBoardPack } from './useBoardPack';
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

/** The board pack: a print layout (A4 landscape) previewed on screen as sheets of paper, printed or saved as PDF. */
export function BoardPackPage({ workspaceId }: { workspaceId: string }) {
  const state = useBoardPack(workspaceId);
  const model = state.status === 'ready' ? state.model : null;
  const preparedOn = model ? new Date(model.generatedAt) : null;
  usePrintFooter(model && preparedOn ? `${model.workspace.name} · Board pack · ${longDate(preparedOn, model.present.format)}` : null);

  if (state.status === 'missing') return <p className="empty">This workspace no longer exists.</p>;
  if (state.status === 'error') return <p role="alert">The board pack could not be prepared: {state.message}</p>;
  if (!model || !preparedOn) return <p role="status">Preparing the board pack…</p>;
  return (
    <div className="board-pack" data-ready="true">
      <div className="bp-toolbar no-print">
        <div>
          <p className="bp-toolbar__title">Board pack preview</p>
          <p className="bp-toolbar__hint">A4 landscape, one part per page, numbered pages. What you see below is what the board reads.</p>
        </div>
        <div className="bp-toolbar__actions">
          <a className="button" href={`#/w/${encodeURIComponent(workspaceId)}/export`}>
            Back to export
          </a>
          <PrintButton model={model} />
        </div>
      </div>
      <div className="bp-sheets" role="region" aria-label="Pages of the board pack" tabIndex={0}>
        <CoverSheet model={model} preparedOn={preparedOn} />
        <SummarySheet model={model} />
        <RankedSheet model={model} />
        <ChartSheets model={model} />
        <SpendByYearSheet model={model} />
        {model.funded.map((row, i) => (
          <UseCaseSheet key={row.useCase.id} row={row} index={i} count={model.funded.length} workspace={model.workspace} present={model.present} warnings={model.warnings.get(row.useCase.id) ?? []} />
        ))}
        <AssumptionsSheet model={model} />
        <PlanRulesSheet model={model} />
      </div>
    </div>
  );
}
