import { useMemo } from 'react';
import { ResponsiveChart } from '@renderer/charts';
import { TornadoChart, tornadoHeight } from '@renderer/charts/TornadoChart';
import { useTodayMonth } from '@renderer/features/living/today';
import type { UseCase, UseCaseInput, Workspace } from '@shared/domain';
import { presenter } from '@shared/presentation';
import { tornadoOf } from '@shared/uncertainty/sensitivity';
import { breakEvens } from '@shared/uncertainty/sensitivityBreakEven';
import { sensitivityModel, sensitivityToday } from '@shared/uncertainty/sensitivityModel';
import { breakEvenSentence, npvName } from '@shared/uncertainty/sensitivityText';

/**
 * The use case's tornado (docs/uncertainty.md, "Sensitivity"): which of its inputs, swung from low to high, move NPV from
 * today most, and where its top drivers turn NPV round. Drawn from the form as typed (`current`, null while a field is
 * invalid) with the stored record's stage and actuals.
 */
export function UseCaseTornado({ stored, current, workspace }: { stored: UseCase; current: UseCaseInput | null; workspace: Workspace }) {
  const todayMonth = useTodayMonth();
  const present = presenter(workspace);
  const today = sensitivityToday(workspace, todayMonth);
  const answer = useMemo(() => {
    if (!current) return null;
    const model = sensitivityModel({ ...stored, ...current }, workspace, today);
    const t = tornadoOf(model);
    return { tornado: t, breakEvens: breakEvens(model, t, 3) };
  }, [stored, current, workspace, today]);
  const npvLabel = npvName(present, today);
  return (
    <div className="uc-tornado">
      <h3>What moves {npvLabel} most</h3>
      {!answer ? (
        <p className="muted" role="status">
          The chart comes back once every field of the form is valid.
        </p>
      ) : answer.tornado.bars.length === 0 ? (
        <p className="muted">Nothing still to come has a range: every phase this use case had is over.</p>
      ) : (
        <>
          <p className="muted">
            Each bar swings one input from its low to its high with every other input at its likely figure; {npvLabel} is unrisked (the chance of
            reaching production is left to the simulation on the Risk page).
          </p>
          <ResponsiveChart height={tornadoHeight(answer.tornado.bars.length)} minWidth={320} initialWidth={640}>
            {({ width, height }) => <TornadoChart tornado={answer.tornado} present={present} npvLabel={npvLabel} width={width} height={height} />}
          </ResponsiveChart>
          {answer.breakEvens.length > 0 && (
            <>
              <h4>Break-even values of the top drivers</h4>
              <ul className="uc-break-evens">
                {answer.breakEvens.map((b) => (
                  <li key={b.key}>{breakEvenSentence(b, present, today)}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </div>
  );
}
