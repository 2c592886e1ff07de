/**
 * IEP progress codes for a reporting period: ONE rule, from the progress engine's verdict on the
 * data up to the end of the period. A code never hides lack of progress.
 *
 * Per objective, the first that applies:
 * - 'achieved'              the engine's status is 'met' (the mastery criterion was met by the
 *                           period's end), or the objective was closed as met on or before it;
 * - 'not-yet-introduced'    instruction has not begun: no data session in an intervention phase
 *                           up to the period's end (only baseline data, or none);
 * - 'emerging'              instruction has begun, but the current phase has too few data
 *                           sessions to judge (engine: 'insufficient-data');
 * - 'progressing'           the engine's status is 'progressing' and the trend reaches the
 *                           criterion by the objective's target date (or there is no target date);
 * - 'insufficient-progress' otherwise: the data are flat or worsening (engine: 'not-progressing'),
 *                           or the trend does not reach the aim line's end by the target date.
 *                           IDEA (34 CFR 300.324(b)(1)(ii)(A)) has the IEP team revise the IEP to
 *                           address any lack of expected progress, so the code must say it.
 *
 * Per annual goal: the least favourable code of its introduced objectives decides, in the order
 * insufficient-progress < emerging < progressing < achieved. Objectives not yet introduced are
 * left out unless all are (then, and for a goal without objectives, 'not-yet-introduced'); but a
 * goal is 'achieved' only when every objective is, so achieved ones beside one not yet begun roll
 * up to 'progressing' (the goal is under way, not met).
 *
 * The codes are fixed (the rule chooses them); their labels and meanings are the organization's
 * (districts use their own wording), with the defaults below.
 */
import { z } from 'zod';
import type { ObjectiveFacts } from './facts.js';
import type { ReportObjective } from './inputs.js';

export const IEP_CODES = ['not-yet-introduced', 'emerging', 'insufficient-progress', 'progressing', 'achieved'] as const;
export type IepCode = (typeof IEP_CODES)[number];

export interface ProgressCodeWording {
  label: string;
  meaning: string;
}
export type ProgressCodes = Record<IepCode, ProgressCodeWording>;

export const DEFAULT_PROGRESS_CODES: ProgressCodes = {
  'not-yet-introduced': { label: 'Not yet introduced', meaning: 'Instruction on this objective has not begun by the end of the period (baseline only, or no data).' },
  emerging: { label: 'Emerging', meaning: 'Instruction has begun; the current phase has too few sessions with data to judge progress yet.' },
  'insufficient-progress': {
    label: 'Insufficient progress / not on track',
    meaning: 'The data are flat or moving away from the goal, or at the current rate the criterion will not be met by the target date; the team should review the intervention.',
  },
  progressing: { label: 'Progressing', meaning: 'The data improve steadily towards the criterion (trend towards the goal and a moderate or larger change from baseline) and are on track to meet it by the target date.' },
  achieved: { label: 'Achieved', meaning: 'The mastery criterion has been met.' },
};

const wording = z.strictObject({ label: z.string().trim().min(1).max(80).optional(), meaning: z.string().trim().min(1).max(400).optional() });
/** An organization's overrides, by code; what is left out keeps the default. */
export const progressCodeSettingsSchema = z.strictObject(Object.fromEntries(IEP_CODES.map((c) => [c, wording.optional()])) as Record<IepCode, z.ZodOptional<typeof wording>>);
export type ProgressCodeSettings = z.infer<typeof progressCodeSettingsSchema>;

/** The organization's wording over the defaults; a stored value that no longer parses falls back to the defaults. */
export function resolveProgressCodes(settings: unknown): ProgressCodes {
  const parsed = progressCodeSettingsSchema.safeParse(settings ?? {});
  const own = parsed.success ? parsed.data : {};
  return Object.fromEntries(IEP_CODES.map((c) => [c, { ...DEFAULT_PROGRESS_CODES[c], ...(own[c] ?? {}) }])) as ProgressCodes;
}

export function iepObjectiveCode(o: ReportObjective, facts: ObjectiveFacts, periodEnd: string): IepCode {
  if (o.progress.status === 'met') return 'achieved';
  if (o.status === 'met' && o.masteryMetOn !== null && o.masteryMetOn <= periodEnd) return 'achieved';
  if (!facts.introduced) return 'not-yet-introduced';
  if (o.progress.status === 'insufficient-data') return 'emerging';
  if (o.progress.status === 'progressing' && (o.progress.track === 'on-track' || o.progress.track === 'no-target-date')) return 'progressing';
  return 'insufficient-progress';
}

const FAVOUR: Record<Exclude<IepCode, 'not-yet-introduced'>, number> = { 'insufficient-progress': 0, emerging: 1, progressing: 2, achieved: 3 };

export function iepGoalCode(codes: readonly IepCode[]): IepCode {
  const introduced = codes.filter((c): c is Exclude<IepCode, 'not-yet-introduced'> => c !== 'not-yet-introduced');
  if (introduced.length === 0) return 'not-yet-introduced';
  const worst = introduced.reduce((w, c) => (FAVOUR[c] < FAVOUR[w] ? c : w));
  return worst === 'achieved' && introduced.length < codes.length ? 'progressing' : worst;
}

/**
 * An IEP progress report is for a student served under an IEP: a client with an IEP on file, of
 * the school population, or seen in a school setting. A hospice patient, a NICU infant or an adult
 * in rehabilitation gets the progress report instead.
 */
export const iepApplies = (c: { populations: readonly string[]; setting: string }, hasIep = false): boolean =>
  hasIep || c.populations.includes('school') || c.setting === 'school';
