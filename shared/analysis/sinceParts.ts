import { GATE_CHOICE_LABELS, STAGE_LABELS } from '../domain';
import type { Presenter } from '../presentation';
import type { Move, SinceSnapshot } from './sinceSnapshot';

/** One part of "since last board" as people read it: its title and one line per change. */
export interface SincePart {
  title: string;
  items: string[];
}

const arrow = (from: string, to: string) => `${from} → ${to}`;
const personOf = (by: string) => (by.trim() === '' ? 'Not named' : by);

/**
 * The wording of "since last board" (the app's view, the board pack, the deck and the workbook all read this): the
 * parts with something in them, in reading order.
 */
export function sinceParts(since: SinceSnapshot, present: Presenter): SincePart[] {
  const money = (m: Move) => `${m.name}: ${arrow(present.money(m.from), present.money(m.to))}`;
  const perMonth = (m: Move) => `${money(m)} a month`;
  const parts: SincePart[] = [
    { title: 'Portfolio totals', items: Object.values(since.totals).filter((t) => Math.abs(t.to - t.from) >= 0.5).map(money) },
    { title: 'New candidates', items: since.newCandidates.map((c) => `${c.name} (${c.problemName || 'no problem'}): ${STAGE_LABELS[c.stage]}, ${c.funded ? 'funded' : 'not funded'}`) },
    { title: 'Dropped candidates', items: since.droppedCandidates.map((c) => `${c.name}: was ranked ${c.rank}${c.funded ? ', funded' : ''}`) },
    { title: 'Stage changes', items: since.stageChanges.map((s) => `${s.name}: ${arrow(STAGE_LABELS[s.from], STAGE_LABELS[s.to])}`) },
    {
      title: 'Decisions since',
      items: since.decisions.map((d) =>
        d.kind === 'gate'
          ? `${present.calendarMonth(d.month)}: ${d.useCaseName}: ${GATE_CHOICE_LABELS[d.decision.choice]} (${personOf(d.by)})`
          : `${present.calendarMonth(d.month)}: ${d.title} (${personOf(d.by)})`,
      ),
    },
    { title: 'Investment moves', items: since.investmentMoves.map(money) },
    { title: 'Run cost moves', items: since.runCostMoves.map(perMonth) },
    { title: 'Benefit moves', items: since.benefitMoves.map(perMonth) },
    { title: 'Funding changes', items: since.fundingChanges.map((f) => `${f.name}: ${f.nowFunded ? 'now funded' : 'no longer funded'}`) },
    { title: 'Rank changes', items: since.rankChanges.map((r) => `${r.name}: ${arrow(String(r.from), String(r.to))}`) },
  ];
  return parts.filter((p) => p.items.length > 0);
}
