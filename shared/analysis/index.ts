export * from './candidates';
export * from './fundedSummary';
export * from './initialPlan';
