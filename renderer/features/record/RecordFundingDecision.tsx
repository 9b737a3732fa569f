import './record.css';
import { useId, useState } from 'react';
import { repositories } from '@renderer/db';
import { perform } from '@renderer/state/actions';
import type { CandidateAnalysis, FundedSummary } from '@shared/analysis';
import { useYourName } from './useRecord';

interface Props {
  workspaceId: string;
  rows: readonly CandidateAnalysis[];
  fundedIds: ReadonlySet<string>;
  summary: FundedSummary;
  budget: number;
  todayMonth: string;
}

/**
 * "Record this funding decision" on the portfolio page: the funded set on screen, its budget and totals, kept with a
 * title, the rationale, who decided and the month, in the workspace's decision record.
 */
export function RecordFundingDecision({ workspaceId, rows, fundedIds, summary, budget, todayMonth }: Props) {
  const yourName = useYourName();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [rationale, setRationale] = useState('');
  const [by, setBy] = useState<string | null>(null);
  const [month, setMonth] = useState(todayMonth);
  const [message, setMessage] = useState('');
  const ids = { title: useId(), rationale: useId(), by: useId(), month: useId() };
  const who = by ?? yourName ?? '';
  const funded = rows.filter((r) => fundedIds.has(r.useCase.id));
  const save = async () => {
    const result = await perform(
      repositories().record.recordDecision(workspaceId, {
        title: title.trim() || `Fund ${funded.length} candidate${funded.length === 1 ? '' : 's'}`,
        rationale: rationale.trim(),
        by: who.trim(),
        month,
        figures: {
          budget,
          fundedIds: funded.map((r) => r.useCase.id),
          fundedNames: funded.map((r) => r.useCase.name.slice(0, 200)),
          totalInvestment: summary.totalInvestment,
          expectedNpv: summary.expectedNpv,
          committedInvestment: summary.committedInvestment,
          sunkCost: summary.sunkCost,
        },
      }),
      { toast: 'Funding decision recorded', undoable: true },
    );
    if (!result.ok) return setMessage(result.errors.map((e) => e.message).join(' '));
    setOpen(false);
    setTitle('');
    setRationale('');
    setMessage('Recorded: the Record page lists it with these figures.');
  };
  return (
    <div className="record-funding-decision">
      {!open && (
        <button type="button" className="button" onClick={() => setOpen(true)}>
          Record this funding decision
        </button>
      )}
      {open && (
        <form
          className="record-inline-form"
          aria-label="Record this funding decision"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <p>
            The {funded.length} funded candidate{funded.length === 1 ? '' : 's'} on screen and their figures are kept with the decision.
          </p>
          <label htmlFor={ids.title}>Decision</label>
          <input id={ids.title} value={title} maxLength={200} placeholder={`Fund ${funded.length} candidates`} onChange={(e) => setTitle(e.target.value)} />
          <label htmlFor={ids.rationale}>Rationale</label>
          <textarea id={ids.rationale} value={rationale} maxLength={4000} required onChange={(e) => setRationale(e.target.value)} />
          <label htmlFor={ids.by}>Decided by</label>
          <input id={ids.by} value={who} maxLength={120} required onChange={(e) => setBy(e.target.value)} />
          <label htmlFor={ids.month}>Month</label>
          <input id={ids.month} type="month" value={month} required onChange={(e) => setMonth(e.target.value)} />
          <div className="form-actions">
            <button type="submit" className="button button--primary">
              Record decision
            </button>
            <button type="button" className="button" onClick={() => setOpen(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      <p role="status">{message}</p>
    </div>
  );
}
