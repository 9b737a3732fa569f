export * from './attribution';
export * from './outcomes';
