import { describe, expect, it } from 'vitest';
import { defaultUncertaintySettings, defaultWorkspaceSettings } from '@shared/domain';
import { presenter } from '@shared/presentation';
import { methodSections } from '@shared/presentation/methodText';

const ws = { ...defaultWorkspaceSettings('Method', '2027-01'), uncertainty: { ...defaultUncertaintySettings(42), trials: 10_000 } };
const text = (basis: 'likely' | 'p90') => methodSections(ws, presenter(ws), 1, basis);
const section = (title: string, basis: 'likely' | 'p90' = 'likely') => text(basis).find((s) => s.title === title)?.text ?? '';

describe('the method text: one wording for the pack, the deck and the workbook', () => {
  it('says the funding choice counts P90 costs only when the plan funds against them', () => {
    expect(section('The funded set', 'likely')).not.toContain('P90');
    expect(section('The funded set', 'p90')).toContain('Each candidate counts its P90 cost against the budget and the caps');
  });

  it("explains the ranges with the workspace's own default last-mile range, distribution, trials and seed", () => {
    expect(section('Ranges and the simulation')).toBe(
      "Each estimate still to come has a low / likely / high range, its own or the workspace's default (a last mile −10% / +60%), drawn from a PERT " +
        'distribution (λ = 4: mean (low + 4 × likely + high) ÷ 6). The simulation draws every range, each duration and the stage gate in 10,000 trials with ' +
        'seed 42: the same seed gives the same answer. P10 / P50 / P90 are the values 10%, 50% and 90% of the trials fall below, as the spreadsheet’s PERCENTILE.INC.',
    );
    const triangular = { ...ws, uncertainty: { ...ws.uncertainty, distribution: 'triangular' as const } };
    expect(methodSections(triangular, presenter(triangular)).find((s) => s.title === 'Ranges and the simulation')?.text).toContain('a triangular distribution');
  });
});
