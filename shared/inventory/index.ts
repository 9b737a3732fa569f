export * from './contract';
export * from './flags';
