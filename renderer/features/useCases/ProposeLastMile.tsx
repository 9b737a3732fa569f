import { useState } from 'react';
import { Dialog } from '@renderer/components/Dialog';
import { LAST_MILE_CATEGORIES, LAST_MILE_CATEGORY_LABELS, totalLastMileCost, type LastMileCosts, type UseCaseInput, type Workspace } from '@shared/domain';
import { proposeLastMile } from '@shared/finance';
import { presenter } from '@shared/presentation';
import { proposalReplaces, sameCosts } from './proposalModel';

/**
 * "Propose last mile from pilot": applies the quick estimate at once when the categories are empty; when the user has
 * typed figures it first lists what would be replaced (yours vs proposed) and asks. Replacing is one step that
 * "Undo proposal" reverses while the proposed figures are left as they are.
 */
export function ProposeLastMile({ values, set, workspace }: { values: UseCaseInput; set: (path: string, value: unknown) => void; workspace: Workspace }) {
  const present = presenter(workspace);
  const [status, setStatus] = useState('');
  const [asking, setAsking] = useState<LastMileCosts | null>(null);
  const [undo, setUndo] = useState<{ previous: LastMileCosts; applied: LastMileCosts } | null>(null);
  const current = values.lastMile.costs;
  const undoable = undo !== null && sameCosts(current, undo.applied) ? undo : null;
  const amount = (v: number) => (Number.isFinite(v) ? present.money(v) : 'not a number');

  const apply = (proposed: LastMileCosts) => {
    setUndo({ previous: current, applied: proposed });
    set('lastMile.costs', proposed);
    setStatus(`Proposed a last mile of ${present.money(totalLastMileCost(proposed))} across the eight categories. Adjust any of them below.`);
  };

  const propose = () => {
    const pilot = values.pilot.cost;
    if (!Number.isFinite(pilot) || pilot < 0) {
      setStatus('Enter a valid pilot cost first: the proposal starts from it.');
      return;
    }
    const proposed = proposeLastMile(pilot, workspace.defaults, values.complianceRegimes);
    if (proposalReplaces(current, proposed)) setAsking(proposed);
    else apply(proposed);
  };

  const close = () => setAsking(null);
  return (
    <>
      <div className="form-actions uc-quick-path__actions">
        <button type="button" className="button" onClick={propose}>
          Propose last mile from pilot
        </button>
        {undoable && (
          <button
            type="button"
            className="button"
            onClick={() => {
              set('lastMile.costs', undoable.previous);
              setUndo(null);
              setStatus('The proposal was undone: your previous figures are back.');
            }}
          >
            Undo proposal
          </button>
        )}
      </div>
      <p role="status" className="uc-quick-path__status">
        {status}
      </p>
      <Dialog title="Replace your last-mile figures?" open={asking !== null} onClose={close} className="dialog--wide">
        {asking && (
          <>
            <p>You have typed last-mile figures. The proposal would replace them:</p>
            <table className="table uc-proposal">
              <caption className="visually-hidden">Last-mile cost by category: your figures and the proposal</caption>
              <thead>
                <tr>
                  <th scope="col">Category</th>
                  <th scope="col" className="num">
                    Yours now
                  </th>
                  <th scope="col" className="num">
                    Proposed
                  </th>
                </tr>
              </thead>
              <tbody>
                {LAST_MILE_CATEGORIES.map((c) => (
                  <tr key={c} className={Object.is(current[c], asking[c]) ? 'row--muted' : undefined}>
                    <th scope="row">{LAST_MILE_CATEGORY_LABELS[c]}</th>
                    <td className="num">{amount(current[c])}</td>
                    <td className="num">{present.money(asking[c])}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">Last mile in total</th>
                  <td className="num">{LAST_MILE_CATEGORIES.every((c) => Number.isFinite(current[c])) ? present.money(totalLastMileCost(current)) : 'not a number'}</td>
                  <td className="num">{present.money(totalLastMileCost(asking))}</td>
                </tr>
              </tfoot>
            </table>
            <p className="field__hint">Replacing can be undone with “Undo proposal” until you change a figure.</p>
            <div className="form-actions">
              <button
                type="button"
                className="button button--primary"
                onClick={() => {
                  apply(asking);
                  close();
                }}
              >
                Replace
              </button>
              <button
                type="button"
                className="button"
                onClick={() => {
                  setStatus('Your figures were kept.');
                  close();
                }}
              >
                Keep mine
              </button>
            </div>
          </>
        )}
      </Dialog>
    </>
  );
}
