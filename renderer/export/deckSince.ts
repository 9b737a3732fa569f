import type PptxGenJS from 'pptxgenjs';
import { sinceParts } from '@shared/analysis/sinceParts';
import { nothingChanged } from '@shared/analysis/sinceSnapshot';
import type { ExportModel } from '@shared/export/exportModel';
import { sinceLastBoardOf } from '@shared/export/sinceExport';
import { bullets, CONTENT_BOX, footnote, titledSlide } from './deckStyle';

/** Lines on one slide before the rest is summed up in a last line ("…and 12 more changes"). */
const MAX_LINES = 16;

/**
 * "Since last board" in the deck: the changes since the newest board snapshot frozen before the deck was made, in the
 * pack's wording (part: change); no slide when the workspace has no snapshot yet.
 */
export function sinceSlide(pptx: PptxGenJS, model: ExportModel): void {
  const since = sinceLastBoardOf(model);
  if (!since) return;
  const lines = nothingChanged(since) ? [`Nothing has changed since “${since.snapshot.name}”.`] : sinceParts(since, model.present).flatMap((p) => p.items.map((item) => `${p.title}: ${item}`));
  const shown = lines.length > MAX_LINES ? [...lines.slice(0, MAX_LINES - 1), `…and ${lines.length - MAX_LINES + 1} more changes (all in the workbook's “Since last board” sheet)`] : lines;
  const slide = titledSlide(pptx, `Since last board: ${since.snapshot.name}`, lines.join('\n'));
  bullets(slide, shown, CONTENT_BOX, [16, 14, 13, 12, 11, 10]);
  footnote(slide, `Compared with the board snapshot “${since.snapshot.name}”, frozen ${since.snapshot.at.slice(0, 10)}.`);
}
