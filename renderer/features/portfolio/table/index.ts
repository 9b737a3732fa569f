export { PortfolioTable, type PortfolioTableProps } from './PortfolioTable';
export type { RankBy } from './tableModel';
