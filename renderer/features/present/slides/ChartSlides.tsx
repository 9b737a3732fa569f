import { FrontierChart, frontierValueAt } from '@renderer/charts/FrontierChart';
import { ValueFeasibilityMatrix } from '@renderer/charts/ValueFeasibilityMatrix';
import { viewModels } from '@renderer/features/portfolio/portfolioViewModels';
import { useMemo } from 'react';
import { MATRIX_FEASIBILITY_THRESHOLD, MATRIX_VALUE_THRESHOLD, type DeckInput } from '../deck';
import { drawnSize, useBoxSize } from '../useBoxSize';

/** The value–feasibility matrix as the portfolio page draws it, drawn to the screen's room and scaled up for the room. */
export function MatrixSlide({ input, fundedIds }: { input: DeckInput; fundedIds: ReadonlySet<string> }) {
  const { rows, workspace, present: p } = input;
  const box = useBoxSize<HTMLDivElement>();
  const points = useMemo(() => viewModels(rows, fundedIds).matrix, [rows, fundedIds]);
  const size = drawnSize(box);
  return (
    <div className="present-chart" ref={box.ref}>
      <ValueFeasibilityMatrix
        points={points}
        valueThreshold={MATRIX_VALUE_THRESHOLD}
        feasibilityThreshold={MATRIX_FEASIBILITY_THRESHOLD}
        feasibilityLabel="Feasibility (average readiness, 1 → 5)"
        formatFeasibility={(f) => p.number(1 + 4 * f, 1)}
        valueLabel="Expected NPV"
        currency={workspace.currency}
        locale={p.format}
        width={size.width}
        height={size.height}
      />
    </div>
  );
}

/** The efficient frontier (the page's: the same points), the chosen budget marked, with what it buys beside it. */
export function FrontierSlide({ input }: { input: DeckInput }) {
  const { frontier, plan, workspace, present: p } = input;
  const box = useBoxSize<HTMLDivElement>();
  const points = useMemo(() => (frontier ?? []).flatMap((f) => (f.value === null ? [] : [{ budget: f.budget, value: f.value }])), [frontier]);
  const size = drawnSize(box);
  return (
    <div className="present-frontier">
      <p className="present-frontier__lead">
        {frontier
          ? `At the chosen budget of ${p.money(plan.budget)}, the best expected value is ${p.money(frontierValueAt(points, plan.budget))}.`
          : 'Working out the efficient frontier…'}
      </p>
      <div className="present-chart" ref={box.ref}>
        {frontier ? (
          <FrontierChart
            points={points}
            chosenBudget={plan.budget}
            currency={workspace.currency}
            locale={p.format}
            title="Best expected value at each budget"
            width={size.width}
            height={size.height}
          />
        ) : null}
      </div>
    </div>
  );
}
