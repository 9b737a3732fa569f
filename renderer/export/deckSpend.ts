import type PptxGenJS from 'pptxgenjs';
import { PUBLISHED_CACHE_EXAMPLE_TEXT, PUBLISHED_SEAT_EXAMPLE_TEXT } from '@shared/domain';
import type { ExportModel } from '@shared/export/exportModel';
import { todayPlanMonth } from '@shared/finance';
import { forwardLabel } from '@shared/presentation';
import { EXPORT_TOKEN_RISE, shareOf } from '@shared/spend';
import { bullets, CONTENT_BOX, footnote, titledSlide } from './deckStyle';

/** The AI spend in lines, as the board pack's page and the workbook's sheet give it (docs/spend.md). */
export function spendLines(model: ExportModel): string[] {
  const spend = model.spend;
  if (!spend) return [];
  const p = model.present;
  const s = spend.summary;
  const o = spend.outcomes.portfolio;
  const part = (label: string, cents: number) => `${label}: ${p.money(cents / 100)} (${p.percent(shareOf(cents, s.totalCents))})`;
  const npv = forwardLabel('NPV', p, todayPlanMonth(model.workspace.planningStartMonth, model.todayMonth, model.workspace.horizonMonths));
  return [
    `AI spend in ${p.calendarMonth(model.todayMonth)}: ${p.money(s.totalCents / 100)} a month. Spend counts for a use case only where it is linked to it.`,
    part('Serves funded use cases', s.fundedCents),
    part('Serves use cases not funded', s.unfundedCents),
    part('Not tied to a use case', s.noneCents),
    s.seats > 0 ? `${p.number(s.seatsWithoutUseCase, 0)} of ${p.number(s.seats, 0)} seats have no use case behind them: ${p.money(s.seatsWithoutUseCaseCents / 100)} a month.` : 'No seat licences are paid this month.',
    `Cost per outcome: ${o.perHour === null ? 'no hours saved' : `${p.money(o.perHour)} per hour saved`}; ${o.perBenefitDollar === null ? 'no benefit' : `${p.number(o.perBenefitDollar, 2)} per ${p.currency} of benefit`} (the whole spend against the funded use cases at full adoption).`,
    `Token prices ${p.percent(EXPORT_TOKEN_RISE, 0)} higher: funded ${npv} ${p.money(spend.rise.fundedNpvBefore)} → ${p.money(spend.rise.fundedNpvAfter)}; ${spend.rise.turnNegative.length === 0 ? 'no use case turns negative' : `turning negative: ${spend.rise.turnNegative.map((r) => r.name).join(', ')}`}.`,
    `The use cases’ cache-hit shares save ${p.money(spend.cache.all)} a month (${p.money(spend.cache.funded)} in funded use cases).`,
  ];
}

/** "AI spend" in the deck: the same figures as the board pack's page; no slide when the workspace records no spend. */
export function spendSlide(pptx: PptxGenJS, model: ExportModel): void {
  const lines = spendLines(model);
  if (lines.length === 0) return;
  const slide = titledSlide(pptx, 'AI spend', lines.join('\n'));
  bullets(slide, lines, CONTENT_BOX, [16, 14, 13, 12, 11, 10]);
  footnote(slide, `Sources: ${PUBLISHED_SEAT_EXAMPLE_TEXT}; ${PUBLISHED_CACHE_EXAMPLE_TEXT}.`);
}
