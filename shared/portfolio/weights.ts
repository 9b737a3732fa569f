/**
 * The criteria of the portfolio score and the weight presets the user starts from.
 * Weights are 0–100 per criterion; they need not add up to 100 (the score divides by their sum).
 */

/** 'roomVote': the room's vote in the latest workshop session whose votes are revealed (docs/workshop.md); weight 0 unless the user gives it one. */
export const SCORE_CRITERIA = ['expectedValue', 'paybackSpeed', 'strategicImportance', 'readiness', 'valueCreation', 'roomVote'] as const;
export type ScoreCriterion = (typeof SCORE_CRITERIA)[number];

export const SCORE_CRITERION_LABELS: Record<ScoreCriterion, string> = {
  expectedValue: 'Expected value',
  paybackSpeed: 'Payback speed',
  strategicImportance: 'Strategic importance',
  readiness: 'Readiness',
  valueCreation: 'Value creation',
  roomVote: 'Room vote',
};

/** One weight per criterion, each 0–100. */
export type ScoreWeights = Record<ScoreCriterion, number>;

export const WEIGHT_PRESETS = ['balanced', 'quick-wins', 'strategic-bets'] as const;
export type WeightPreset = (typeof WEIGHT_PRESETS)[number];
/** 'custom' = the user moved a slider away from every preset. */
export type WeightPresetName = WeightPreset | 'custom';

export const WEIGHT_PRESET_LABELS: Record<WeightPresetName, string> = {
  balanced: 'Balanced',
  'quick-wins': 'Quick wins',
  'strategic-bets': 'Strategic bets',
  custom: 'Custom',
};

/**
 * Balanced: every criterion counts, expected value a little more.
 * Quick wins: money back soon from cases that are ready now.
 * Strategic bets: important problems and new capability, patient about payback and readiness.
 */
const PRESET_WEIGHTS: Record<WeightPreset, ScoreWeights> = {
  balanced: { expectedValue: 25, paybackSpeed: 20, strategicImportance: 20, readiness: 20, valueCreation: 15, roomVote: 0 },
  'quick-wins': { expectedValue: 25, paybackSpeed: 35, strategicImportance: 10, readiness: 30, valueCreation: 0, roomVote: 0 },
  'strategic-bets': { expectedValue: 25, paybackSpeed: 5, strategicImportance: 35, readiness: 5, valueCreation: 30, roomVote: 0 },
};

/** A fresh copy of a preset's weights (0–100 per criterion). */
export function presetWeights(preset: WeightPreset): ScoreWeights {
  return { ...PRESET_WEIGHTS[preset] };
}

/** The preset whose weights equal these exactly, or 'custom'. */
export function matchingPreset(weights: ScoreWeights): WeightPresetName {
  for (const preset of WEIGHT_PRESETS) {
    const w = PRESET_WEIGHTS[preset];
    if (SCORE_CRITERIA.every((c) => w[c] === weights[c])) return preset;
  }
  return 'custom';
}
