import { describe, expect, it } from 'vitest';
import { DEMO_PROBLEMS } from '@shared/demo/demoProblems';

const demoProblems = DEMO_PROBLEMS.map((p) => p.input);
import {
  NEAR_DUPLICATE_THRESHOLD,
  flagLines,
  nearDuplicateIndex,
  normaliseTitle,
  stem,
  titleSimilarity,
} from '@shared/workshop/nearDuplicates';

/** Pairs a facilitator would call "the same problem, said again": each must be flagged. */
const MUST_MATCH: [string, string][] = [
  ['Order status calls swamp the service desk', 'Order-status calls swamp the service desk'],
  ['Too many order-status calls to the service desk', 'Order-status calls swamp the service desk'],
  ['The service desk is swamped by order status calls', 'Order-status calls swamp the service desk'],
  ['Order-staus calls swamp the servce desk', 'Order-status calls swamp the service desk'],
  ['Supplier invoices are keyed in by hand', 'Supplier invoices and delivery notes are keyed in by hand'],
  ['Stock-outs on fast movers', 'Stock-outs on fast movers while slow movers pile up'],
  ['Approving new trade accounts takes three days', 'New trade-account applications take three days to approve'],
  ['WAREHOUSE STAFF TURNOVER IS 48% A YEAR', 'Warehouse staff turnover of 48% a year'],
  ['Mis-picks and damaged pallets cause credits', 'Mis-picks and damaged pallets lead to credits and re-deliveries'],
  ['Réclamations clients traitées à la main', 'Reclamations clients traitees a la main'],
  ['Month-end close takes nine days', 'Month end close takes 9 days'],
];

/** Different problems that share a word or two: none may be flagged. */
const MUST_NOT_MATCH: [string, string][] = [
  ['Invoices are late', 'Invoices are lost'],
  ['Sales forecasts are wrong', 'Sales commissions are wrong'],
  ['Supplier invoices are keyed in by hand', 'Customer invoices go out late'],
  ['Service desk staff turnover is high', 'Order-status calls swamp the service desk'],
  ['Warehouse staff turnover of 48% a year', 'Warehouse picking errors'],
  ['Stock-outs on fast movers', 'Slow movers pile up in the warehouse'],
  ['Month-end close takes nine days', 'Quarter-end forecast takes two weeks'],
  ['New trade-account applications take three days to approve', 'Expense claims take three days to approve'],
  ['Contractor accounts buy only a fraction of what they need from us', 'Contractors are paid late'],
  ['Field reps re-key orders into the ERP', 'Supplier invoices and delivery notes are keyed in by hand'],
  ['Onboarding new suppliers stalls in legal', 'Onboarding new hires takes a month'],
];

describe('normalising a title', () => {
  it('ignores case, accents, punctuation and words that carry no meaning', () => {
    expect(normaliseTitle('The Order-Status calls are swamping the service desk!')).toBe(normaliseTitle('order status call swamps service desk'));
    expect(normaliseTitle('Café invoices')).toBe(normaliseTitle('cafe INVOICES'));
    expect(normaliseTitle('  ')).toBe('');
  });

  it('reads plural and past forms as one word', () => {
    expect(stem('invoices')).toBe(stem('invoice'));
    expect(stem('approved')).toBe(stem('approve'));
    expect(stem('deliveries')).toBe(stem('delivery'));
    expect(stem('processes')).toBe(stem('process'));
    expect(stem('48')).toBe('48');
  });

  it('compares a title made only of common words on those words rather than on nothing', () => {
    expect(normaliseTitle('It is what it is')).not.toBe('');
    expect(titleSimilarity('It is what it is', 'it is what it is.')).toBe(1);
  });
});

describe('near-duplicate titles', () => {
  it.each(MUST_MATCH)('flags “%s” ~ “%s”', (a, b) => {
    expect(titleSimilarity(a, b)).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
    expect(titleSimilarity(b, a)).toBe(titleSimilarity(a, b));
  });

  it.each(MUST_NOT_MATCH)('does not flag “%s” ~ “%s”', (a, b) => {
    expect(titleSimilarity(a, b)).toBeLessThan(NEAR_DUPLICATE_THRESHOLD);
  });

  it('the index finds the same closest title as comparing with every title one by one', () => {
    const titles = [...MUST_MATCH.map(([, b]) => b), ...MUST_NOT_MATCH.map(([, b]) => b)];
    const index = nearDuplicateIndex(titles);
    for (const [a] of [...MUST_MATCH, ...MUST_NOT_MATCH]) {
      const scores = titles.map((t) => titleSimilarity(a, t));
      const best = Math.max(...scores);
      const found = index.closest(a);
      if (best < NEAR_DUPLICATE_THRESHOLD) expect(found).toBeNull();
      else {
        expect(found?.score).toBeCloseTo(best, 12);
        expect(found?.title).toBe(titles[scores.indexOf(best)]);
      }
    }
  });

  it('says when two titles are the same once normalised', () => {
    const index = nearDuplicateIndex(demoProblems.map((p) => p.title));
    expect(index.closest('order status calls swamp the service desk.')).toMatchObject({ exact: true, score: 1, title: 'Order-status calls swamp the service desk' });
    expect(index.closest('The service desk is swamped by order status calls')).toMatchObject({ exact: true, title: 'Order-status calls swamp the service desk' });
    expect(index.closest('Too many order-status calls to the service desk')).toMatchObject({ exact: false, title: 'Order-status calls swamp the service desk' });
    expect(index.closest('Board papers are printed and couriered')).toBeNull();
    expect(index.closest('')).toBeNull();
  });
});

describe('flagging a pasted list', () => {
  const existing = nearDuplicateIndex(demoProblems, (p) => p.title);

  it('flags a line that repeats a problem of the workspace, and the second of two similar lines', () => {
    const flags = flagLines(
      ['Month-end close takes nine days', 'Too many order-status calls to the service desk', 'Month end close takes 9 days', 'Supplier onboarding stalls in legal'],
      existing,
    );
    expect(flags[0]).toBeNull();
    expect(flags[1]).toMatchObject({ kind: 'existing', title: 'Order-status calls swamp the service desk', exact: false });
    expect(flags[2]).toMatchObject({ kind: 'line', line: 0, title: 'Month-end close takes nine days' });
    expect(flags[3]).toBeNull();
  });

  it('names the workspace’s problem when a line matches it as closely as an earlier line', () => {
    const flags = flagLines(['Order-status calls swamp the service desk', 'Order-status calls swamp the service desk'], existing);
    expect(flags[1]).toMatchObject({ kind: 'existing', exact: true });
  });

  it('checks 50 pasted lines against 1,000 problems well within 50 ms', () => {
    const vocabulary =
      'invoice order supplier customer warehouse stock pallet claim contract forecast payroll audit ticket refund quote shipment return vendor account approval report delay error backlog churn margin price discount credit lead renewal'.split(
        ' ',
      );
    const verbs = 'takes keyed lost late wrong missing duplicated delayed rejected escalated ignored'.split(' ');
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const title = (i: number) =>
      `${vocabulary[next(vocabulary.length)]} ${vocabulary[next(vocabulary.length)]} ${verbs[next(verbs.length)]} in ${vocabulary[next(vocabulary.length)]} ${i % 37} days`;
    const problems = Array.from({ length: 1000 }, (_, i) => ({ title: title(i) }));
    const lines = Array.from({ length: 50 }, (_, i) => title(i + 1000));
    const run = () => {
      const start = process.cpuUsage();
      flagLines(lines, nearDuplicateIndex(problems, (p) => p.title));
      const used = process.cpuUsage(start);
      return (used.user + used.system) / 1000;
    };
    run(); // warm-up (the JIT)
    const ms = Math.min(run(), run(), run());
    console.info(`near-duplicates: index 1,000 problems + flag 50 lines in ${ms.toFixed(1)} ms CPU`);
    expect(ms).toBeLessThan(50);
  });
});
