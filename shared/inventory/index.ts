export * from './contract';
export * from './flags';
export * from './referenceClasses';
export * from './inventoryExport';
