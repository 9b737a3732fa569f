import type { ProgressContext } from '@renderer/components/ProgressTask';
import type { Workspace } from '@shared/domain';
import { exportForBoard, type BoardExportKind } from './boardExports';

const ITEMS: { kind: BoardExportKind; label: string; what: string }[] = [
  { kind: 'pptx', label: 'PowerPoint deck', what: 'The decision asked of the board, every candidate ranked with why it is or is not funded, spend by year, risks, roadmap, frontier and native (editable) charts; speaker notes on every slide.' },
  { kind: 'xlsx', label: 'Excel workbook', what: 'Summary first, the ranked candidates, problems, every use-case input and monthly cash flows with live NPV and payback formulas to audit; prints landscape.' },
  { kind: 'csv', label: 'CSV of the ranked table', what: 'One row per candidate with its figures, score, and funding decision with its reason.' },
];

/** Starts a piece of long work on the Export page (its progress line and Cancel are the page's). */
export type StartExport = (label: string, work: (progress: ProgressContext) => Promise<string>, done?: (message: string) => void) => void;

/** The board's documents: the PDF pack (its own print page), the deck, the workbook and the CSV. */
export function BoardExports({ workspace, busy, start }: { workspace: Workspace; busy: boolean; start: StartExport }) {
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
            <button type="button" className="button" disabled={busy} onClick={() => start(`Preparing the ${item.label}`, (progress) => exportForBoard(item.kind, workspace.id, progress))}>
              Export {item.label}
            </button>
            <span className="muted"> {item.what}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
