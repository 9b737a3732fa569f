import type { UseCase } from '../domain';
import type { LivingFigures } from './forward';
import type { Warning } from './warnings';

/**
 * What a living portfolio asks of a use case as it stands today (docs/living-portfolio.md): a plan that today has
 * overtaken, a pilot past its planned end, a finished pilot waiting for its last-mile decision or for the
 * readiness re-assessment its evidence calls for. Overruns against actuals are flagged by the variance (variance.ts).
 */
export function livingWarnings(uc: UseCase, living: LivingFigures): Warning[] {
  const out: Warning[] = [];
  const today = living.today;
  if (living.stage === 'idea' && today > 1 && uc.startMonth < today) {
    out.push({
      code: 'start-passed',
      field: 'startMonth',
      severity: 'warning',
      message: `Planned to start in plan month ${uc.startMonth}, before this month (plan month ${today}), but still an idea: its planned spend before this month counts as already spent. Move its start month, or record the pilot’s start.`,
    });
  }
  const pilotEnd = uc.startMonth + uc.pilot.months - 1;
  if (living.stage === 'pilot' && today > pilotEnd + 1) {
    out.push({
      code: 'pilot-past-plan',
      field: 'pilot.months',
      severity: 'warning',
      message: `The pilot was planned to end in plan month ${pilotEnd} and is still running: extend its duration, or record its result.`,
    });
  }
  if (living.stage === 'pilot-succeeded') {
    out.push({ code: 'awaiting-gate', field: 'lifecycle', severity: 'warning', message: 'The pilot succeeded: the last mile is waiting for a decision (fund it, extend the pilot, or stop).' });
  }
  if (living.needsEvidence) {
    out.push({
      code: 'needs-evidence',
      field: 'readiness',
      severity: 'warning',
      message:
        living.stage === 'pilot-succeeded'
          ? 'The pilot has finished, but readiness was not re-assessed with what it showed: it has no chance of production, and its last mile is not funded, until it is.'
          : 'The pilot has finished, but readiness was not re-assessed with what it showed: its expected NPV is not known until it is.',
    });
  }
  return out;
}
