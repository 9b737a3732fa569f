import { expect, it } from 'vitest';
import { portfolioTornadoOf, tornadoOf } from '@shared/uncertainty/sensitivity';
import { breakEvens, portfolioBreakEvens } from '@shared/uncertainty/sensitivityBreakEven';
import { sensitivityModel } from '@shared/uncertainty/sensitivityModel';
import { generatedWorkspace } from './app/generatedWorkspace';
import { checkModeLine, checkTime, measure } from './benchCheck';

/**
 * Benchmark (issue 13): the tornado of every one of 1,000 use cases and of the set of all of them, under the
 * workspace's default policy, in one thread. Costs and benefit come from each use case's component present values
 * (NPV is linear in them); durations are re-scheduled at their low and high. Target: under 500 ms. Check mode
 * (BENCH_CHECK=1) judges the CPU time with benchCheck.ts's margin. Break-even values of one use case's top three
 * drivers (what its page shows) and of the set's (the Risk page) are timed beside it.
 */
const COUNT = 1_000;
const TARGET_MS = 500;

it(`draws the tornado of ${COUNT.toLocaleString('en-US')} use cases`, () => {
  const bundle = generatedWorkspace(COUNT);
  const ws = bundle.workspace;
  const runs = [0, 1, 2].map(() =>
    measure(() => {
      const models = bundle.useCases.map((u) => sensitivityModel(u, ws, 1));
      const tornadoes = models.map(tornadoOf);
      return { models, tornadoes, set: portfolioTornadoOf(models, tornadoes) };
    }),
  );
  const best = runs.reduce((a, b) => (b.cpuMs < a.cpuMs ? b : a));
  expect(best.value.tornadoes).toHaveLength(COUNT);
  const { models, tornadoes } = best.value;
  const breakEven = measure(() => breakEvens(models[0]!, tornadoes[0]!, 3));
  const setBreakEven = measure(() => portfolioBreakEvens(models, best.value.set, 3));
  console.info(
    [
      `Tornado of ${COUNT} use cases and of their set (${ws.horizonMonths}-month horizon) — ${checkModeLine()}`,
      `  CPU ${runs.map((r) => r.cpuMs.toFixed(0)).join(' / ')} ms (best ${best.cpuMs.toFixed(0)}; target < ${TARGET_MS} ms); wall best ${Math.min(...runs.map((r) => r.wallMs)).toFixed(0)} ms`,
      `  set NPV at the likely values ${Math.round(best.value.set.npv).toLocaleString('en-US')}; bars: ${best.value.set.bars.map((b) => `${b.label} ${Math.round(b.swing).toLocaleString('en-US')}`).join(', ')}`,
      `  break-even values of one use case's top three drivers: ${breakEven.cpuMs.toFixed(1)} ms CPU; of the set's: ${setBreakEven.cpuMs.toFixed(0)} ms CPU`,
      `  ${setBreakEven.value.map((b) => `${b.label}: ${b.value === null ? 'none within reach' : `${b.direction} ${Math.round(b.value).toLocaleString('en-US')} (likely ${Math.round(b.likely).toLocaleString('en-US')})`} turns it ${b.turns}`).join('; ')}`,
    ].join('\n'),
  );
  checkTime('Tornado of 1,000 use cases', best.cpuMs, TARGET_MS);
});
