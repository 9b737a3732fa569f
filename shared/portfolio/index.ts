export * from './weights';
export * from './plan';
export * from './score';
export * from './fundingTypes';
export * from './optimise';
export * from './frontier';
export { explainExclusions, fundedTotals, type FundedTotals } from './exclusions';
export type { ExactEngine, ExactEngineAnswer } from './exactEngine';
export { sameCandidates } from './sameCandidates';
