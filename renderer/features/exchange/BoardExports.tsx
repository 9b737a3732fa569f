import { useState } from 'react';
import type { Workspace } from '@shared/domain';
import { exportForBoard, type BoardExportKind } from './boardExports';

const ITEMS: { kind: BoardExportKind; label: string; what: string }[] = [
  { kind: 'pptx', label: 'PowerPoint deck', what: 'The decision asked of the board, every candidate ranked with why it is or is not funded, spend by year, risks, roadmap, frontier and native (editable) charts; speaker notes on every slide.' },
  { kind: 'xlsx', label: 'Excel workbook', what: 'Summary first, the ranked candidates, problems, every use-case input and monthly cash flows with live NPV and payback formulas to audit; prints landscape.' },
  { kind: 'csv', label: 'CSV of the ranked table', what: 'One row per candidate with its figures, score, and funding decision with its reason.' },
];

/** The board's documents: the PDF pack (its own print page), the deck, the workbook and the CSV. */
export function BoardExports({ workspace, onResult }: { workspace: Workspace; onResult: (message: string) => void }) {
  const [busy, setBusy] = useState<BoardExportKind | null>(null);
  return (
    <section className="card" aria-labelledby="board-exports-title">
      <h2 id="board-exports-title">For the board</h2>
      <p>
        <a className="button button--primary" href={`#/w/${encodeURIComponent(workspace.id)}/board-pack`}>
          Open the board pack (PDF)
        </a>
      </p>
      <p className="muted">Cover, executive summary, ranked table, charts, one page per funded use case, and the assumptions and method.</p>
      <ul className="export-list">
        {ITEMS.map((item) => (
          <li key={item.kind}>
            <button
              type="button"
              className="button"
              disabled={busy !== null}
              onClick={() => {
                setBusy(item.kind);
                void exportForBoard(item.kind, workspace.id)
                  .then(onResult, (e: unknown) => onResult(`The ${item.label} could not be made: ${e instanceof Error ? e.message : String(e)}`))
                  .finally(() => setBusy(null));
              }}
            >
              {busy === item.kind ? `Preparing the ${item.label}…` : `Export ${item.label}`}
            </button>
            <span className="muted"> {item.what}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
