export * from './attribution';
export * from './outcomes';
export * from './exportSpend';
