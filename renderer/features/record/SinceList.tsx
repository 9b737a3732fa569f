import { useId, type ReactNode } from 'react';
import { nothingChanged, type Move, type SinceSnapshot } from '@shared/analysis/sinceSnapshot';
import { GATE_CHOICE_LABELS, STAGE_LABELS } from '@shared/domain';
import type { Presenter } from '@shared/presentation';
import { personLabel } from './useRecord';

function Part({ title, items, headingLevel }: { title: string; items: ReactNode[]; headingLevel: 'h2' | 'h3' }) {
  const id = useId();
  const Heading = headingLevel;
  if (items.length === 0) return null;
  return (
    <section className="since-part" aria-labelledby={id}>
      <Heading id={id} className="since-part__title">
        {title} <span className="since-part__count">({items.length})</span>
      </Heading>
      <ul>
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

const arrow = (from: string, to: string) => `${from} → ${to}`;

/**
 * What changed since a board snapshot, part by part (only the parts with something in them): the app's "Since last
 * board" view and the board pack's section both show this.
 */
export function SinceList({ since, present, headingLevel = 'h3' }: { since: SinceSnapshot; present: Presenter; headingLevel?: 'h2' | 'h3' }) {
  if (nothingChanged(since)) return <p className="empty">Nothing has changed since “{since.snapshot.name}”.</p>;
  const money = (m: Move) => `${m.name}: ${arrow(present.money(m.from), present.money(m.to))}`;
  const perMonth = (m: Move) => `${m.name}: ${arrow(present.money(m.from), present.money(m.to))} a month`;
  const totals = Object.values(since.totals).filter((t) => Math.abs(t.to - t.from) >= 0.5);
  return (
    <div className="since-list">
      <Part headingLevel={headingLevel} title="Portfolio totals" items={totals.map(money)} />
      <Part headingLevel={headingLevel} title="New candidates" items={since.newCandidates.map((c) => `${c.name} (${c.problemName || 'no problem'}): ${STAGE_LABELS[c.stage]}, ${c.funded ? 'funded' : 'not funded'}`)} />
      <Part headingLevel={headingLevel} title="Dropped candidates" items={since.droppedCandidates.map((c) => `${c.name}: was ranked ${c.rank}${c.funded ? ', funded' : ''}`)} />
      <Part headingLevel={headingLevel} title="Stage changes" items={since.stageChanges.map((s) => `${s.name}: ${arrow(STAGE_LABELS[s.from], STAGE_LABELS[s.to])}`)} />
      <Part
        headingLevel={headingLevel}
        title="Decisions since"
        items={since.decisions.map((d) =>
          d.kind === 'gate'
            ? `${present.calendarMonth(d.month)}: ${d.useCaseName}: ${GATE_CHOICE_LABELS[d.decision.choice]} (${personLabel(d.by)})`
            : `${present.calendarMonth(d.month)}: ${d.title} (${personLabel(d.by)})`,
        )}
      />
      <Part headingLevel={headingLevel} title="Investment moves" items={since.investmentMoves.map(money)} />
      <Part headingLevel={headingLevel} title="Run cost moves" items={since.runCostMoves.map(perMonth)} />
      <Part headingLevel={headingLevel} title="Benefit moves" items={since.benefitMoves.map(perMonth)} />
      <Part headingLevel={headingLevel} title="Funding changes" items={since.fundingChanges.map((f) => `${f.name}: ${f.nowFunded ? 'now funded' : 'no longer funded'}`)} />
      <Part headingLevel={headingLevel} title="Rank changes" items={since.rankChanges.map((r) => `${r.name}: ${arrow(String(r.from), String(r.to))}`)} />
    </div>
  );
}
