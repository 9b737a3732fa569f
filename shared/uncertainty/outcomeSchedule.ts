import { benefitRampShare } from '../finance';

/**
 * A use case's cash flows from today at one combination of durations (caseModel.ts): useCaseSchedule's months worked
 * out in place, with the forecast cut where a phase is over as trackedSchedule does — present values, sums and spend
 * per plan year, or the monthly changes of each part (the funded set's fan chart).
 */

/** The ramp-up rule of the schedule, held here once: read per month in the preparation's inner loop. */
const rampShare = benefitRampShare;

/**
 * Monthly flows from today as first differences: part k (0 pilot, 1 last mile, 2 run, 3 benefit) of outcome o has
 * entries stepFrom[4o + k] … stepFrom[4o + k + 1] − 1, each a month (0 = today) and the change of that part's flow.
 */
export interface CashSteps {
  stepFrom: Uint32Array;
  stepMonth: Uint16Array;
  stepDelta: Float64Array;
}

/** What a use case's schedule needs besides its durations (useCaseSchedule's figures, today, the forecast cut-offs). */
export interface PlanFigures {
  s: number;
  from: number;
  h: number;
  pilotEnd: number;
  lastEnd: number;
  allEnd: number;
  pilotCost: number;
  lastMileTotal: number;
  runPerMonth: number;
  full: number;
  factor: number;
  years: number;
}

export interface StepSink {
  from: Uint32Array;
  month: Uint16Array;
  delta: Float64Array;
  size: number;
  /** One outcome's changes per part k (at k × months + i), gathered month by month, then laid out part after part. */
  partMonth: Uint16Array;
  partDelta: Float64Array;
  count: Int32Array;
  months: number;
}

export function stepSink(outcomes: number, months: number): StepSink {
  const capacity = Math.max(16, outcomes * 16);
  return {
    from: new Uint32Array(outcomes * 4 + 1),
    month: new Uint16Array(capacity),
    delta: new Float64Array(capacity),
    size: 0,
    partMonth: new Uint16Array(4 * months),
    partDelta: new Float64Array(4 * months),
    count: new Int32Array(4),
    months,
  };
}

/** Notes that part k's flow changes by `delta` in month `month` (0 = today). */
function noteStep(sink: StepSink, k: number, month: number, delta: number): void {
  const i = k * sink.months + sink.count[k]!++;
  sink.partMonth[i] = month;
  sink.partDelta[i] = delta;
}

/**
 * The schedule of useCaseSchedule at durations P, L, R (pilot, last mile, ramp-up), month by month from today, with
 * the forecast cut where a phase is over (as trackedSchedule): into `out` its present values, sums and spend per plan
 * year, into `sink` its monthly changes.
 */
export function walkOutcome(
  plan: PlanFigures,
  P: number,
  L: number,
  R: number,
  o: number,
  out: { values: Float64Array; yearPilot: Float64Array; yearLast: Float64Array } | null,
  sink: StepSink | null,
): void {
  const { s, from, h, pilotEnd, lastEnd, allEnd, runPerMonth, full, factor, years } = plan;
  const g = s + P + L;
  const pilotPerMonth = plan.pilotCost / P;
  const lastFrom = L === 0 ? s + P - 1 : s + P;
  const lastTo = L === 0 ? s + P : g;
  const lastPerMonth = L === 0 ? plan.lastMileTotal : plan.lastMileTotal / L;
  let discount = 1;
  let pvP = 0, pvL = 0, pvR = 0, pvB = 0, sP = 0, sL = 0, sR = 0, sB = 0;
  const yearPilot = out?.yearPilot;
  const yearLast = out?.yearLast;
  const flows = new Float64Array(4);
  for (let m = from; m <= h; m++) {
    const pilot = m >= s && m < s + P && m <= pilotEnd ? pilotPerMonth : 0;
    const last = m >= lastFrom && m < lastTo && m <= lastEnd ? lastPerMonth : 0;
    const live = m >= g && m <= allEnd;
    const run = live ? runPerMonth : 0;
    const benefit = live ? full * rampShare(m - g, R) : 0;
    if (yearPilot && yearLast) {
      discount *= factor;
      pvP += pilot * discount;
      pvL += last * discount;
      pvR += run * discount;
      pvB += benefit * discount;
      sP += pilot;
      sL += last;
      sR += run;
      sB += benefit;
      if (pilot !== 0 || last !== 0) {
        const y = o * years + (((m - 1) / 12) | 0);
        yearPilot[y] = yearPilot[y]! + pilot;
        yearLast[y] = yearLast[y]! + last;
      }
    }
    if (sink) {
      if (pilot !== flows[0]) {
        noteStep(sink, 0, m - from, pilot - flows[0]!);
        flows[0] = pilot;
      }
      if (last !== flows[1]) {
        noteStep(sink, 1, m - from, last - flows[1]!);
        flows[1] = last;
      }
      if (run !== flows[2]) {
        noteStep(sink, 2, m - from, run - flows[2]!);
        flows[2] = run;
      }
      if (benefit !== flows[3]) {
        noteStep(sink, 3, m - from, benefit - flows[3]!);
        flows[3] = benefit;
      }
    }
  }
  if (out) {
    const v = out.values;
    const at = o * 8;
    v[at] = pvP;
    v[at + 1] = pvL;
    v[at + 2] = pvR;
    v[at + 3] = pvB;
    v[at + 4] = sP;
    v[at + 5] = sL;
    v[at + 6] = sR;
    v[at + 7] = sB;
  }
  if (sink) {
    for (let k = 0; k < 4; k++) {
      const n = sink.count[k]!;
      if (sink.size + n > sink.month.length) {
        const month = new Uint16Array(2 * (sink.size + n));
        const delta = new Float64Array(2 * (sink.size + n));
        month.set(sink.month.subarray(0, sink.size));
        delta.set(sink.delta.subarray(0, sink.size));
        sink.month = month;
        sink.delta = delta;
      }
      sink.month.set(sink.partMonth.subarray(k * sink.months, k * sink.months + n), sink.size);
      sink.delta.set(sink.partDelta.subarray(k * sink.months, k * sink.months + n), sink.size);
      sink.size += n;
      sink.count[k] = 0;
      sink.from[o * 4 + k + 1] = sink.size;
    }
  }
}
