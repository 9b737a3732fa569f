export * from './result';
export * from './schemas';
export * from './menuCommands';
export * from './contract';
export * from './eventHub';
export * from './backupRetention';
export * from './issues';
export * from './backupIds';
