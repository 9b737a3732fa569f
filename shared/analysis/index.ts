export * from './candidates';
export * from './fundedSummary';
export * from './fundingStory';
export * from './initialPlan';
export * from './moneyByYear';
export * from './costBasis';
