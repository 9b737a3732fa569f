import fc from 'fast-check';
import { DISTRIBUTIONS, LAST_MILE_CATEGORIES, MAX_RANGE_MONTHS, type FactorRange, type UncertaintyPolicySettings, type UseCaseRanges } from '@shared/domain';

/** Three sorted numbers as a range (low ≤ likely ≤ high). */
const sorted = (a: fc.Arbitrary<number>): fc.Arbitrary<FactorRange> =>
  fc.tuple(a, a, a).map((v) => {
    const [low, likely, high] = [...v].sort((x, y) => x - y) as [number, number, number];
    return { low, likely, high };
  });

/** Any factor range the schema accepts (0 … 20), often around 1. */
export const factorRangeArb = fc.oneof(sorted(fc.double({ min: 0, max: 20, noNaN: true })), sorted(fc.double({ min: 0.5, max: 2, noNaN: true })));
/** Any month range the schema accepts (whole months −36 … +36). */
export const monthRangeArb = sorted(fc.integer({ min: -MAX_RANGE_MONTHS, max: MAX_RANGE_MONTHS }));

const orNull = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null, freq: 3 });

/** Any ranges of a use case the schema accepts (most fields follow the policy). */
export const useCaseRangesArb: fc.Arbitrary<UseCaseRanges> = fc.record({
  distribution: orNull(fc.constantFrom(...DISTRIBUTIONS)),
  pilotCost: orNull(factorRangeArb),
  pilotMonths: orNull(monthRangeArb),
  lastMileCost: orNull(factorRangeArb),
  lastMileByCategory: fc.dictionary(fc.constantFrom(...LAST_MILE_CATEGORIES), factorRangeArb, { maxKeys: 3 }) as fc.Arbitrary<UseCaseRanges['lastMileByCategory']>,
  lastMileMonths: orNull(monthRangeArb),
  runCost: orNull(factorRangeArb),
  benefit: orNull(factorRangeArb),
  rampUpMonths: orNull(monthRangeArb),
});

/** Any uncertainty policy the schema accepts. */
export const uncertaintyPolicyArb: fc.Arbitrary<UncertaintyPolicySettings> = fc.record({
  distribution: fc.constantFrom(...DISTRIBUTIONS),
  pilotCost: factorRangeArb,
  pilotMonths: monthRangeArb,
  lastMileCost: factorRangeArb,
  lastMileMonths: monthRangeArb,
  runCost: factorRangeArb,
  benefit: factorRangeArb,
  rampUpMonths: monthRangeArb,
  sharedOverrun: orNull(factorRangeArb),
  seed: fc.integer({ min: 0, max: 0xffffffff }),
  trials: fc.integer({ min: 100, max: 100_000 }),
});
