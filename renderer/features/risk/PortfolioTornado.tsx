import { useMemo } from 'react';
import { ResponsiveChart } from '@renderer/charts';
import { TornadoChart, tornadoHeight } from '@renderer/charts/TornadoChart';
import type { UseCase, Workspace } from '@shared/domain';
import { presenter } from '@shared/presentation';
import { portfolioTornadoOf } from '@shared/uncertainty/sensitivity';
import { portfolioBreakEvens } from '@shared/uncertainty/sensitivityBreakEven';
import { sensitivityModel, sensitivityToday } from '@shared/uncertainty/sensitivityModel';
import { breakEvenSentence, npvName } from '@shared/uncertainty/sensitivityText';

/**
 * The funded set's tornado (docs/uncertainty.md, "Sensitivity"): each input swung from low to high for every funded use
 * case together ("every last-mile cost at its high"), each by its own range, with the set's NPV from today at both
 * ends; and where the top drivers turn that NPV round. Mounted on the Risk page with the funded use cases.
 */
export function PortfolioTornado({ useCases, workspace, todayMonth }: { useCases: readonly UseCase[]; workspace: Workspace; todayMonth: string }) {
  const present = presenter(workspace);
  const today = sensitivityToday(workspace, todayMonth);
  const answer = useMemo(() => {
    const models = useCases.map((u) => sensitivityModel(u, workspace, today));
    const tornado = portfolioTornadoOf(models);
    return { tornado, breakEvens: portfolioBreakEvens(models, tornado, 3) };
  }, [useCases, workspace, today]);
  const npvLabel = npvName(present, today, true);
  const heading = `What moves ${npvLabel} most`;
  return (
    <section className="card risk-tornado" aria-labelledby="risk-tornado-title">
      <h2 id="risk-tornado-title">{heading}</h2>
      {useCases.length === 0 ? (
        <p className="muted">No use case is funded: there is no set to swing.</p>
      ) : answer.tornado.bars.length === 0 ? (
        <p className="muted">Nothing still to come in the funded set has a range.</p>
      ) : (
        <>
          <p className="muted">
            Each bar swings one input for all {present.number(useCases.length, 0)} funded use cases together, each from its own low to its own high,
            with every other input at its likely figure. The NPV is unrisked: the chance of reaching production is in the simulation above.
          </p>
          <ResponsiveChart height={tornadoHeight(answer.tornado.bars.length)} minWidth={320} initialWidth={720}>
            {({ width, height }) => <TornadoChart tornado={answer.tornado} present={present} npvLabel={npvLabel} width={width} height={height} title={heading} />}
          </ResponsiveChart>
          {answer.breakEvens.length > 0 && (
            <>
              <h3>Break-even values of the top drivers</h3>
              <ul className="risk-break-evens">
                {answer.breakEvens.map((b) => (
                  <li key={b.key}>{breakEvenSentence(b, present, today, true)}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
