export { repositories, createRepositories, type Repositories } from './repositories';
export { LastmileDatabase, DATABASE_NAME } from './database';
export { writeSide, type ChangeSet } from './changes';
export type { WriteResult } from './repositoryResult';
export type { WorkspaceBundle } from './bundleRepository';
export { checkBundle } from './bundleRepository';
export type { UseCaseDisposal } from './problemRepository';
export type { WorkspaceContents } from './workspaceRepository';
export * from './hooks';
