export * from './applyScenario';
export * from './compare';
