import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import type * as PortfolioModule from '@shared/portfolio';

type Portfolio = typeof PortfolioModule;

/**
 * The funding optimiser as the app ships it: shared/portfolio bundled and minified into one module by Vite, as the
 * renderer's funding worker bundles it, then imported. Under Vitest a source module is transformed so that each call
 * into another module goes through that module's namespace object: the same instances (the uncorrelated family, 25)
 * took 217–296 ms under Vitest against 170–213 ms bundled, a cost the app does not pay. glpk.js is measured as it
 * ships too (its own prebuilt bundle). BENCH_SOURCE=1 measures the source instead.
 */
export async function builtOptimiser(): Promise<Portfolio> {
  if (process.env.BENCH_SOURCE === '1') return import('@shared/portfolio');
  const root = resolve(__dirname, '../..');
  const outDir = join(root, 'node_modules/.cache/lastmile-bench');
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
      ssr: join(root, 'shared/portfolio/index.ts'),
      rollupOptions: { output: { format: 'es', entryFileNames: 'portfolio.mjs' } },
    },
  });
  return (await import(/* @vite-ignore */ pathToFileURL(join(outDir, 'portfolio.mjs')).href)) as Portfolio;
}
