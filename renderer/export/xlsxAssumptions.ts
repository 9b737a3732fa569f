/**
 * The Assumptions sheet: the workspace's settings and the method, with two named cells every live formula uses:
 * DiscountRate (change it and every NPV recalculates; with scenarios, the rate in force, following PlanDiscountRate or
 * the scenario shown) and PaybackTolerance (the app's break-even tolerance). The
 * method is the one wording the board pack and the deck print (shared/presentation/methodText.ts).
 */
import type { Workbook } from 'exceljs';
import { exportRoomVote, type ExportModel } from '@shared/export/exportModel';
import { PAYBACK_TOLERANCE } from '@shared/finance';
import { exportToday, NUMBER_FORMAT_LABELS, planStarted } from '@shared/presentation';
import { methodSections } from '@shared/presentation/methodText';
import { PAYBACK_TOLERANCE_NAME } from './xlsxCashFlows';
import { monthSerial, printSetup, writeCell, type SheetValue, type WorkbookFormats } from './xlsxCells';
import { DISCOUNT_RATE_NAME, MONTHLY_RATE_EXPRESSION } from './xlsxRanked';
import { PLAN_DISCOUNT_RATE_NAME, SCENARIOS_SHEET } from './xlsxScenarioDriver';

export const ASSUMPTIONS_SHEET = 'Assumptions';

type Line = [label: string, value: SheetValue, format?: string, note?: string, name?: string];

/** `rateInForce`: the Scenarios sheet's discount rate in force, when the workbook carries scenarios (then DiscountRate follows it). */
export function addAssumptionsSheet(workbook: Workbook, model: ExportModel, f: WorkbookFormats, rateInForce: string | null = null): void {
  const sheet = workbook.addWorksheet(ASSUMPTIONS_SHEET);
  const ws = model.workspace;
  const p = model.present;
  sheet.getColumn(1).width = 44;
  sheet.getColumn(2).width = 24;
  sheet.getColumn(3).width = 90;
  sheet.getColumn(3).alignment = { wrapText: true, vertical: 'top' };
  const lines: Line[] = [
    ['Workspace', ws.name],
    ['Organisation', ws.organisation],
    ['Currency', ws.currency],
    ['Number format', NUMBER_FORMAT_LABELS[p.format], undefined, 'Digit grouping and the decimal mark follow the reader’s spreadsheet settings; currency symbols and month names follow this format.'],
    ['Planning start (plan month 1)', monthSerial(ws.planningStartMonth), f.month],
    ['Horizon (months)', ws.horizonMonths, f.integer],
    ...(planStarted(exportToday(model))
      ? [['Today (plan month)', exportToday(model), f.integer, `${p.planMonth(exportToday(model))}: forward-looking figures count the months from this one on.`] as Line]
      : []),
    ...(rateInForce === null
      ? [['Annual discount rate', ws.discountRate, f.percent, `Named ${DISCOUNT_RATE_NAME}: every NPV on the Ranked sheet uses it; change it and they recalculate.`, DISCOUNT_RATE_NAME] as Line]
      : [
          ['Annual discount rate (the plan’s)', ws.discountRate, f.percent, `Named ${PLAN_DISCOUNT_RATE_NAME}: change it and the plan’s figures recalculate.`, PLAN_DISCOUNT_RATE_NAME] as Line,
          [
            'Annual discount rate in force',
            { formula: rateInForce, result: ws.discountRate },
            f.percent,
            `Named ${DISCOUNT_RATE_NAME}: the plan’s, or the rate of the scenario shown on the ${SCENARIOS_SHEET} sheet; every NPV on the Ranked sheet uses it.`,
            DISCOUNT_RATE_NAME,
          ] as Line,
        ]),
    ['Monthly discount rate', { formula: MONTHLY_RATE_EXPRESSION, result: Math.pow(1 + ws.discountRate, 1 / 12) - 1 }, '0.0000%', '(1 + annual rate)^(1/12) − 1'],
    [
      'Break-even tolerance of payback',
      PAYBACK_TOLERANCE,
      '0.0E+0',
      `Named ${PAYBACK_TOLERANCE_NAME}: a cumulative cash within this share of the largest monthly flow (at least 1) of 0 counts as 0, as in the app.`,
      PAYBACK_TOLERANCE_NAME,
    ],
    ['Labour rate per hour', ws.labourRate, f.money, 'Values hours saved and hours lost.'],
    ...ws.readinessMapping.anchors.map((a, i): Line => [`Probability of production at average readiness ${i + 1}`, a, f.percent, i === 0 ? 'Linear between these anchors.' : undefined]),
    ['Probability cap when any readiness score is 1 (blocker)', ws.readinessMapping.blockerCap, f.percent],
    ['Method', null],
    ...methodSections(ws, p, exportToday(model), model.plan.costBasis, exportRoomVote(model)).map((section): Line => [section.title, null, undefined, section.text]),
  ];
  lines.forEach(([label, value, format, note, name], i) => {
    const row = sheet.getRow(i + 1);
    writeCell(row.getCell(1), label);
    writeCell(row.getCell(2), value, format);
    if (note) writeCell(row.getCell(3), note);
    if (name) row.getCell(2).name = name;
    if (label === 'Method') row.font = { bold: true };
    if (note && note.length > 100) row.height = 15 * Math.ceil(note.length / 95);
  });
  sheet.getColumn(1).font = { bold: true };
  printSetup(sheet, { format: p.format, footer: ws.name });
}
