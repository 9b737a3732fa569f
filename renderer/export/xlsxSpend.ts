/**
 * The workbook's "AI spend" sheet (docs/spend.md): one row per spend item with its cost this month as a formula
 * (seats × price per seat + the amount of a contract or fee, × paid this month), the part serving funded and unfunded use cases (the
 * app's attribution, to the cent) and the part not tied to a use case as a formula (cost − funded − not funded); the
 * totals are SUMs, the shares and cost per outcome formulas over them. The same figures as the Spend page, the board
 * pack and the deck.
 */
import type { Workbook } from 'exceljs';
import { SPEND_KIND_LABELS } from '@shared/domain';
import type { ExportModel } from '@shared/export/exportModel';
import { EXPORT_TOKEN_RISE } from '@shared/spend';
import { printSetup, writeCell, writeTable, type SheetColumn, type WorkbookFormats } from './xlsxCells';

export const SPEND_SHEET = 'AI spend';
const FIRST_ROW = 3;

type ItemRow = NonNullable<ExportModel['spend']>['summary']['items'][number];

/** Adds the sheet when the workspace records AI spend; nothing otherwise. */
export function addSpendSheet(workbook: Workbook, model: ExportModel, formats: WorkbookFormats): void {
  const spend = model.spend;
  if (!spend) return;
  const p = model.present;
  const s = spend.summary;
  const sheet = workbook.addWorksheet(SPEND_SHEET);
  sheet.getCell('A1').value = `AI spend in ${p.calendarMonth(model.todayMonth)}: spend counts for a use case only where it is linked to it`;
  sheet.getCell('A1').font = { bold: true };
  const funded = (r: ItemRow) => r.split.links.filter((l) => Object.hasOwn(s.byUseCase, l.useCaseId) && model.funding.selectedIds.includes(l.useCaseId)).reduce((t, l) => t + l.cents, 0);
  const unfunded = (r: ItemRow) => r.split.links.filter((l) => Object.hasOwn(s.byUseCase, l.useCaseId) && !model.funding.selectedIds.includes(l.useCaseId)).reduce((t, l) => t + l.cents, 0);
  const paid = (r: ItemRow) => (r.active ? 1 : 0);
  const cost = (r: ItemRow) => (r.active ? r.split.cents / 100 : 0);
  const columns: SheetColumn<ItemRow>[] = [
    { header: 'Item', kind: 'text', width: 40, value: (r) => r.item.name },
    { header: 'Vendor', kind: 'text', width: 20, value: (r) => r.item.vendor },
    { header: 'Kind', kind: 'text', width: 20, value: (r) => SPEND_KIND_LABELS[r.item.kind] },
    { header: 'Seats', kind: 'integer', value: (r) => (r.item.kind === 'seats' ? r.item.seats : 0) },
    { header: 'Price per seat a month', kind: 'money', width: 14, value: (r) => (r.item.kind === 'seats' ? r.item.pricePerSeat : 0) },
    { header: 'Amount a month', kind: 'money', width: 14, value: (r) => (r.item.kind === 'seats' ? 0 : r.item.monthlyAmount) },
    { header: 'Paid this month (1 = yes)', kind: 'integer', width: 12, value: paid },
    { header: 'Cost this month', kind: 'money', width: 16, value: (r, n) => ({ formula: `(D${n}*E${n}+F${n})*G${n}`, result: cost(r) }) },
    { header: 'Serves funded use cases', kind: 'money', width: 16, value: (r) => (r.active ? funded(r) / 100 : 0) },
    { header: 'Serves use cases not funded', kind: 'money', width: 16, value: (r) => (r.active ? unfunded(r) / 100 : 0) },
    { header: 'Not tied to a use case', kind: 'money', width: 16, value: (r, n) => ({ formula: `H${n}-I${n}-J${n}`, result: r.active ? (r.split.cents - funded(r) - unfunded(r)) / 100 : 0 }) },
  ];
  const last = writeTable(sheet, s.items, columns, formats, FIRST_ROW);
  const first = FIRST_ROW + 1;
  const totalRow = last + 1;
  const sum = (col: string, cents: number) => ({ formula: `SUM(${col}${first}:${col}${last})`, result: cents / 100 });
  writeCell(sheet.getCell(`A${totalRow}`), 'Total', undefined, true);
  writeCell(sheet.getCell(`H${totalRow}`), s.items.length > 0 ? sum('H', s.totalCents) : 0, formats.money, true);
  writeCell(sheet.getCell(`I${totalRow}`), s.items.length > 0 ? sum('I', s.fundedCents) : 0, formats.money, true);
  writeCell(sheet.getCell(`J${totalRow}`), s.items.length > 0 ? sum('J', s.unfundedCents) : 0, formats.money, true);
  writeCell(sheet.getCell(`K${totalRow}`), s.items.length > 0 ? sum('K', s.noneCents) : 0, formats.money, true);

  const o = spend.outcomes.portfolio;
  const share = (cents: number) => (s.totalCents > 0 ? cents / s.totalCents : 0);
  const H = `H${totalRow}`;
  const lines: [string, string | number | { formula: string; result: number }, string | undefined][] = [
    ['Share serving funded use cases', { formula: `IF(${H}>0,I${totalRow}/${H},0)`, result: share(s.fundedCents) }, formats.percent],
    ['Share serving use cases not funded', { formula: `IF(${H}>0,J${totalRow}/${H},0)`, result: share(s.unfundedCents) }, formats.percent],
    ['Share not tied to a use case', { formula: `IF(${H}>0,K${totalRow}/${H},0)`, result: share(s.noneCents) }, formats.percent],
    ['Seats without a use case', s.seatsWithoutUseCase, formats.integer],
    ['Hours saved a month by funded use cases (full adoption)', o.hours, formats.decimal],
    ['Benefit a month of funded use cases (full adoption)', o.benefit, formats.money],
    ['AI spend per hour saved', o.perHour === null ? 'No hours saved' : { formula: `${H}/B${totalRow + 6}`, result: o.perHour }, formats.money],
    [`AI spend per ${model.workspace.currency} of benefit`, o.perBenefitDollar === null ? 'No benefit' : { formula: `${H}/B${totalRow + 7}`, result: o.perBenefitDollar }, formats.decimal],
    [`Funded portfolio NPV today`, spend.rise.fundedNpvBefore, formats.money],
    [`Funded portfolio NPV with token prices ${p.percent(EXPORT_TOKEN_RISE, 0)} higher`, spend.rise.fundedNpvAfter, formats.money],
    ['Use cases turning to a negative NPV', spend.rise.turnNegative.length === 0 ? 'None' : spend.rise.turnNegative.map((r) => r.name).join('; '), undefined],
    ['Monthly saving from the use cases’ cache-hit shares', spend.cache.all, formats.money],
  ];
  lines.forEach(([label, value, numFmt], i) => {
    const row = totalRow + 2 + i;
    writeCell(sheet.getCell(`A${row}`), label);
    writeCell(sheet.getCell(`B${row}`), value, numFmt);
  });
  printSetup(sheet, { format: p.format, titleRows: `${FIRST_ROW}:${FIRST_ROW}`, footer: model.workspace.name, pagesWide: 2 });
}
