/**
 * The published sources behind the figures the app quotes, written once (docs/sources.md lists them with what each
 * figure is used for). The app quotes these figures in the source's own currency (US dollars), as published.
 */

/** The article with the worked last-mile example and the failure-rate figures it quotes. */
export const LAST_MILE_ARTICLE_CITATION = 'M. LaVista, “Your AI Pilot Worked. Now What?”, Caxy, May 2026';

/** The question-and-answer piece on problem-first AI, value creation vs automation and seat spend (no author or date given). */
export const PROBLEM_FIRST_ARTICLE_CITATION = 'Caxy, “Last-Mile AI: Why Most AI Projects Fail Before Production” (undated)';

/** The worked example of the last-mile article (an anonymised client; document classification). */
export const PUBLISHED_LAST_MILE_EXAMPLE = {
  pilotCost: 75_000,
  pilotMonths: 4,
  lastMileCost: 280_000,
  lastMileMonths: 8,
  documentsPerMonth: 10_000,
  hoursSavedPerMonth: 200,
  roiMonths: 14,
} as const;

/** The example as quoted in the UI, with its source: "$280K last mile after a $75K pilot (≈ 3.73×; M. LaVista, …)". */
export const PUBLISHED_LAST_MILE_EXAMPLE_TEXT = `a $280K last mile after a $75K pilot, ≈ 3.73× (${LAST_MILE_ARTICLE_CITATION})`;

/** SOC 2 / HIPAA work on a production AI system, as quoted by the last-mile article ("industry research"). */
export const PUBLISHED_COMPLIANCE_RANGE_TEXT = `$8K–$25K per regime (${LAST_MILE_ARTICLE_CITATION}, citing industry research)`;

/**
 * How often pilots die, as quoted by the last-mile article: 95% of generative-AI pilots fail to scale (MIT, State of AI in
 * Business 2025), the average organisation scraps 46% of proofs of concept before go-live, 57% of organisations lack
 * the data foundations AI needs (Gartner).
 */
export const PILOT_FAILURE_FIGURES_TEXT =
  `95% of generative-AI pilots fail to scale (MIT, State of AI in Business 2025); organisations scrap 46% of AI proofs of concept ` +
  `before go-live; 57% lack the data foundations AI needs (Gartner). Quoted in ${LAST_MILE_ARTICLE_CITATION}.`;
