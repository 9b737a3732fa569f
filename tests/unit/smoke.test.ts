import { describe, expect, it } from 'vitest';
import { validate, problemInputSchema, quickProblemInput } from '@shared/domain';

describe('problem schema', () => {
  it('refuses a negative monthly cost with a plain message', () => {
    const r = validate(problemInputSchema, { ...quickProblemInput('Slow invoices'), monthlyCost: -5 });
    expect(r).toEqual({ ok: false, errors: [{ path: 'monthlyCost', message: 'Monthly cost must be a number of 0 or more' }] });
  });
});
