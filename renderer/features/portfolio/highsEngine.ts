import type { Highs } from 'highs';
import type { ExactEngine, ExactEngineAnswer } from '@shared/portfolio';

/**
 * HiGHS (the `highs` package: the HiGHS MIP solver compiled to WebAssembly, MIT) as the funding search's exact engine
 * (shared/portfolio/exactEngine.ts). Used by the funding worker, which loads the module once, and by the Node tests and
 * benchmarks, which load it from node_modules: both hand the loaded module to this adapter.
 *
 * Options: exact (mip_rel_gap 0, an absolute gap far below the 1e-9 relative the app promises), its presolve on, no
 * output, its default feasibility tolerances (1e-6, on rows the LP writer has scaled to 1: tighter ones made it
 * several times slower; a set that overruns our 1e-9 is sought again within moved-in limits, exactEngine.ts). If HiGHS throws (a WebAssembly abort can leave the module unusable), `onBroken` is told so the loader drops the
 * module and loads a fresh one next time; the error propagates and the search keeps its own answer.
 */
export function highsEngine(highs: Highs, onBroken: () => void = () => undefined): ExactEngine {
  return {
    solve(lpText, { timeLimitMs, start }): ExactEngineAnswer {
      let model: ReturnType<Highs['createModel']> | null = null;
      try {
        model = highs.createModel({ format: 'lp', data: lpText });
        model.options.set({
          output_flag: false,
          presolve: 'on',
          mip_rel_gap: 0,
          mip_abs_gap: 1e-10,
          time_limit: Math.max(0.001, timeLimitMs / 1000),
        });
        if (start) {
          const columns = model.getDimensions().numCols;
          model.setSolution({ colValue: Float64Array.from({ length: columns }, (_, i) => start[model?.getColName(i) ?? ''] ?? 0) });
        }
        model.run();
        const code = model.getModelStatus();
        const s = highs.constants.modelStatus;
        const status: ExactEngineAnswer['status'] =
          code === s.optimal ? 'optimal' : code === s.infeasible ? 'infeasible' : code === s.timeLimit || code === s.interrupted ? 'limit' : 'failed';
        const info = (name: string): number => {
          try {
            return Number(model?.info.get(name));
          } catch {
            return Number.NaN;
          }
        };
        const values: Record<string, number> = {};
        const hasSet = status === 'optimal' || (status === 'limit' && Number.isFinite(info('mip_primal_bound')) && Math.abs(info('mip_primal_bound')) < 1e300);
        if (hasSet) {
          const x = model.getSolution().colValue;
          for (let i = 0; i < x.length; i++) values[model.getColName(i)] = x[i] as number;
        }
        const dual = info('mip_dual_bound');
        return {
          status,
          values,
          objective: hasSet ? model.getObjectiveValue() : Number.NaN,
          dualBound: Number.isFinite(dual) && Math.abs(dual) < 1e300 ? dual : Number.POSITIVE_INFINITY,
        };
      } catch (e) {
        onBroken();
        throw e;
      } finally {
        try {
          model?.dispose();
        } catch {
          // a broken module cannot free its model; it is dropped as a whole
        }
      }
    },
  };
}
