export * from './candidates';
export * from './fundedSummary';
