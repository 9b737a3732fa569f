/**
 * Fixed vocabularies of the domain. Figures quoted as defaults come from published sources (docs/sources.md,
 * cited in the app from ./sources.ts): a $75K / 4-month pilot followed by a $280K / 8-month last mile, 8–12 months
 * pilot-to-production, $8K–$25K for SOC 2 / HIPAA work.
 */

export const PROBLEM_STATUSES = ['captured', 'validated', 'parked'] as const;
export type ProblemStatus = (typeof PROBLEM_STATUSES)[number];
export const PROBLEM_STATUS_LABELS: Record<ProblemStatus, string> = { captured: 'Captured', validated: 'Validated', parked: 'Parked' };

export const BUSINESS_FUNCTIONS = [
  'Finance',
  'Operations',
  'Sales',
  'Marketing',
  'Customer service',
  'Human resources',
  'IT',
  'Legal & compliance',
  'Supply chain',
  'Product',
  'Executive',
  'Other',
] as const;

/** The eight kinds of last-mile work (everything between a pilot that demos and a system in production). */
export const LAST_MILE_CATEGORIES = [
  'integration',
  'dataPipelines',
  'uxHumanReview',
  'securityCompliance',
  'testingQa',
  'monitoringMlops',
  'infrastructure',
  'changeManagement',
] as const;
export type LastMileCategory = (typeof LAST_MILE_CATEGORIES)[number];

export const LAST_MILE_CATEGORY_LABELS: Record<LastMileCategory, string> = {
  integration: 'Integration engineering',
  dataPipelines: 'Data pipelines & quality',
  uxHumanReview: 'UX for AI & human review',
  securityCompliance: 'Security & compliance',
  testingQa: 'Testing & QA',
  monitoringMlops: 'Monitoring & MLOps',
  infrastructure: 'Infrastructure & scaling',
  changeManagement: 'Change management & training',
};

/**
 * Default split of a proposed last mile across the categories (sums to 1). Integration and data
 * work dominate real last miles; every category gets a share because each kind of work is needed.
 */
export const DEFAULT_LAST_MILE_SHARES: Record<LastMileCategory, number> = {
  integration: 0.22,
  dataPipelines: 0.2,
  uxHumanReview: 0.12,
  securityCompliance: 0.1,
  testingQa: 0.1,
  monitoringMlops: 0.08,
  infrastructure: 0.08,
  changeManagement: 0.1,
};

/** The published example (docs/sources.md): last mile $280K after a $75K pilot. */
export const DEFAULT_LAST_MILE_MULTIPLIER = 280 / 75;

export const COMPLIANCE_REGIMES = ['SOC 2', 'HIPAA', 'GDPR', 'ISO 42001', 'PCI DSS', 'EU AI Act', 'CCPA'] as const;
export type ComplianceRegime = (typeof COMPLIANCE_REGIMES)[number];

/** Published figure (docs/sources.md): getting an AI system through SOC 2 or HIPAA adds $8K–$25K. Used as the default range per regime. */
export const DEFAULT_COMPLIANCE_COST_RANGE = { low: 8_000, high: 25_000 } as const;

export const AI_PATTERNS = [
  'Document processing',
  'Classification & routing',
  'Conversational assistant',
  'Search & retrieval',
  'Content generation',
  'Forecasting & prediction',
  'Recommendation',
  'Anomaly detection',
  'Computer vision',
  'Agentic workflow',
  'Other',
] as const;
export type AiPattern = (typeof AI_PATTERNS)[number];

export const CLASSIFICATIONS = ['automation', 'value-creation'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];
export const CLASSIFICATION_LABELS: Record<Classification, string> = {
  automation: 'Automation',
  'value-creation': 'Value creation',
};
/** What an unclassified candidate is called wherever the classification is shown. */
export const UNCLASSIFIED_LABEL = 'Not classified';

/** The classification as people read it ("Value creation", "Automation", "Not classified"). */
export function classificationLabel(kind: Classification | null): string {
  return kind === null ? UNCLASSIFIED_LABEL : CLASSIFICATION_LABELS[kind];
}

/** The five reasons pilots die before production; each use case is scored 1–5 on each (or not assessed yet). */
export const READINESS_DIMENSIONS = ['data', 'ux', 'security', 'cost', 'organisation'] as const;
export type ReadinessDimension = (typeof READINESS_DIMENSIONS)[number];
export const READINESS_LABELS: Record<ReadinessDimension, string> = {
  data: 'Data ready',
  ux: 'UX & human fallback',
  security: 'Security & compliance',
  cost: 'Costs under control',
  organisation: 'Organisation ready',
};

/** A score of 1 in any readiness dimension blocks production. */
export const BLOCKER_SCORE = 1;

export const MONEY_MAX = 1e12;
export const MONTHS_MAX = 120;
