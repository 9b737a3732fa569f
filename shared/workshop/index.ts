export * from './votes';
export * from './reveal';
export * from './session';
export * from './roomVote';
