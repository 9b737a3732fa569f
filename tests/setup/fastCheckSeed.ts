import fc from 'fast-check';

/**
 * Property tests explore new random cases on every developer run. In CI (CI=true) they use one fixed seed,
 * so a landing never depends on luck; set FC_SEED to replay a seed a failure printed.
 */
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.CI ? 20261125 : undefined;
if (seed !== undefined) fc.configureGlobal({ seed });
