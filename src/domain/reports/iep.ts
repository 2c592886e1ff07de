/**
 * IEP progress codes for a reporting period: ONE rule, from the progress engine's verdict on the
 * data up to the end of the period.
 *
 * Per objective, the first that applies:
 * - 'achieved'            the engine's status is 'met' (the mastery criterion was met by the
 *                         period's end), or the objective was closed as met on or before it;
 * - 'not-yet-introduced'  instruction has not begun: no data session in an intervention phase up
 *                         to the period's end (only baseline data, or none);
 * - 'progressing'         the engine's status is 'progressing';
 * - 'emerging'            otherwise: instruction has begun, but the engine sees not enough data
 *                         in the current phase yet or no improvement the way the objective wants.
 *
 * Per annual goal, from its objectives' codes: 'achieved' when all are achieved;
 * 'not-yet-introduced' when none has been introduced; 'progressing' when at least one is
 * achieved or progressing; else 'emerging'. A goal without objectives is 'not-yet-introduced'.
 */
import type { ObjectiveFacts } from './facts.js';
import type { ReportObjective } from './inputs.js';

export const IEP_CODES = ['not-yet-introduced', 'emerging', 'progressing', 'achieved'] as const;
export type IepCode = (typeof IEP_CODES)[number];

export const IEP_CODE_LABELS: Record<IepCode, string> = {
  'not-yet-introduced': 'Not yet introduced',
  emerging: 'Emerging',
  progressing: 'Progressing',
  achieved: 'Achieved',
};

export function iepObjectiveCode(o: ReportObjective, facts: ObjectiveFacts, periodEnd: string): IepCode {
  if (o.progress.status === 'met') return 'achieved';
  if (o.status === 'met' && o.masteryMetOn !== null && o.masteryMetOn <= periodEnd) return 'achieved';
  if (!facts.introduced) return 'not-yet-introduced';
  if (o.progress.status === 'progressing') return 'progressing';
  return 'emerging';
}

export function iepGoalCode(codes: readonly IepCode[]): IepCode {
  if (codes.length === 0 || codes.every((c) => c === 'not-yet-introduced')) return 'not-yet-introduced';
  if (codes.every((c) => c === 'achieved')) return 'achieved';
  if (codes.some((c) => c === 'achieved' || c === 'progressing')) return 'progressing';
  return 'emerging';
}
