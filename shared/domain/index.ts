export * from './constants';
export * from './fields';
export * from './workspace';
export * from './problem';
export * from './useCase';
export * from './validation';
export * from './classification';
