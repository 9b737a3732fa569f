import { READINESS_LABELS, type ReadinessDimension } from '@shared/domain';

/**
 * The eight questions to answer before production (after the last-mile article in docs/sources.md), grouped under the
 * five reasons pilots die. Scoring a dimension means answering its questions honestly.
 */
export const READINESS_QUESTIONS: Record<ReadinessDimension, { topic: string; question: string }[]> = {
  data: [
    { topic: 'Data', question: 'Is the production data there, reachable when the system needs it, clean and structured?' },
    { topic: 'Integrations', question: 'Which systems must it connect to, do they offer usable APIs, and who owns each connection?' },
  ],
  ux: [
    { topic: 'User interaction', question: 'How will people really use it, what do they see when it is wrong, and how do they correct it?' },
    { topic: 'Failure mode', question: 'If the AI fails or goes down, what stops working, and what is the fallback?' },
  ],
  security: [{ topic: 'Compliance', question: 'Which security and compliance rules apply (SOC 2, HIPAA, GDPR…) and what do they add to time and cost?' }],
  cost: [
    {
      topic: 'Realistic timeline and budget',
      question: 'Is the budget and timeline realistic (pilot to production usually takes 8–12 months), with run costs such as tokens and seats budgeted?',
    },
  ],
  organisation: [
    { topic: 'Long-term ownership', question: 'Who watches it once live (model drift, cost, performance), and is that their job?' },
    { topic: 'Training and adoption', question: 'How will people be trained, what is the adoption plan, and how will success be measured?' },
  ],
};

/** What each score means, the same for every dimension. */
export const SCORE_LABELS: Record<1 | 2 | 3 | 4 | 5, string> = {
  1: 'Not in place, no plan (blocker)',
  2: 'Weak',
  3: 'Partly in place',
  4: 'Mostly in place',
  5: 'Ready',
};

export const SCORES = [1, 2, 3, 4, 5] as const;

/** The first choice of every readiness score: nothing looks assessed until someone assessed it. */
export const NOT_ASSESSED_OPTION = 'Not assessed';

/** Dimension names as a sentence ("Data ready, UX ready and Security ready"). */
export function readinessNames(dimensions: readonly ReadinessDimension[]): string {
  const names = dimensions.map((d) => READINESS_LABELS[d]);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
