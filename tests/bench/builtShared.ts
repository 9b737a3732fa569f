import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import type * as AnalysisModule from '@shared/analysis';
import type * as PortfolioModule from '@shared/portfolio';

/**
 * The pure domain as the app ships it: a folder of shared/ bundled and minified into one module by Vite, as the
 * renderer's bundles (the page's and the funding worker's) hold it, then imported. Under Vitest a source module is
 * transformed so that each call into another module goes through that module's namespace object; in hot loops that
 * costs a quarter or more of the time (the optimiser on the 25 uncorrelated family instances: 217–296 ms under Vitest
 * against 170–213 ms bundled), a cost the app does not pay. The business cases of 5,000 candidates, once mostly the
 * garbage collector's time (session 10: no difference the noise did not hide), are measured bundled too since session
 * 14 (89–91 ms from the source against 81–89 ms bundled under Vitest). glpk.js is measured as it ships too (its own
 * prebuilt bundle).
 * BENCH_SOURCE=1 measures the source instead.
 */
async function bundle<T>(folder: 'portfolio' | 'analysis'): Promise<T> {
  const root = resolve(__dirname, '../..');
  const outDir = join(root, 'node_modules/.cache/lastmile-bench', folder);
  mkdirSync(outDir, { recursive: true });
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    resolve: { alias: { '@shared': join(root, 'shared') } },
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      target: 'es2022',
      ssr: join(root, `shared/${folder}/index.ts`),
      rollupOptions: { output: { format: 'es', entryFileNames: `${folder}.mjs` } },
    },
  });
  return (await import(/* @vite-ignore */ pathToFileURL(join(outDir, `${folder}.mjs`)).href)) as T;
}

/** shared/portfolio as shipped (the optimiser, ranking, the frontier). */
let portfolio: Promise<typeof PortfolioModule> | null = null;
export function builtPortfolio(): Promise<typeof PortfolioModule> {
  if (process.env.BENCH_SOURCE === '1') return import('@shared/portfolio');
  portfolio ??= bundle<typeof PortfolioModule>('portfolio');
  return portfolio;
}

/** shared/analysis as shipped (the business cases, ranking them, the funding problem), with the finance it calls. */
let analysis: Promise<typeof AnalysisModule> | null = null;
export function builtAnalysis(): Promise<typeof AnalysisModule> {
  if (process.env.BENCH_SOURCE === '1') return import('@shared/analysis');
  analysis ??= bundle<typeof AnalysisModule>('analysis');
  return analysis;
}
