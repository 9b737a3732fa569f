export { PortfolioTable, type PortfolioTableProps } from './PortfolioTable';
export type { ExclusionNote } from './tableModel';
