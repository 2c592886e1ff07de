/**
 * Which words a report may use for an objective, by what it measures and whom it is for. ONE
 * place for each rule:
 *
 * - nature of an objective, from its measurement: 'physiological' (a body's readings: heart rate,
 *   SpO₂, respiratory rate, behavioural state), 'symptom' (a rated state before and after the
 *   session: pain, anxiety), else 'behaviour' (something the client does);
 * - skill language ("skill", "mastered", "keep the skill in use", "maintenance and
 *   generalization") only for a behaviour, and never in hospice care; a physiological objective
 *   reads "stable" / "within the target", a symptom "eased";
 * - hospice care: no projected date, no hoped-for date and no aim line to a target date (the plan
 *   is for comfort, not for a date to reach);
 * - a projection only for an objective that is progressing and heading to the criterion (the
 *   engine gives a projected date only then: progress/status.ts, track.ts).
 */
import type { MeasurementConfig } from '../measurement.js';
import type { ReportClient, ReportObjective } from './inputs.js';

export type ObjectiveNature = 'behaviour' | 'physiological' | 'symptom';

export function objectiveNature(m: MeasurementConfig): ObjectiveNature {
  if (m.type === 'physiological') return 'physiological';
  if (m.type === 'pre_post') return 'symptom';
  return 'behaviour';
}

type Who = Pick<ReportClient, 'populations' | 'setting'>;

/** In hospice care: the hospice population, or seen in hospice at home. */
export const inHospice = (c: Who) => c.populations.includes('hospice') || c.setting === 'hospice_home';
/** A NICU infant: the NICU population, or seen in the NICU. */
export const inNicu = (c: Who) => c.populations.includes('nicu') || c.setting === 'nicu';

/** "Skill", "mastered" and "maintenance" are said of this objective. */
export const speaksOfSkill = (m: MeasurementConfig, c: Who) => objectiveNature(m) === 'behaviour' && !inHospice(c);

/** A projected date is stated for this objective. */
export const statesProjection = (o: Pick<ReportObjective, 'progress'>, c: Who) => !inHospice(c) && o.progress.status === 'progressing' && o.progress.projectedDate !== null;

/** A date to reach is shown: the family's "hoped-for date", and the graph's aim line to the target date. */
export const offersDateToReach = (c: Who) => !inHospice(c);
