/** The practice's settings: what an admin may change, with its limits. */
import { z } from 'zod';
import { OTHERS_IN_CHART } from '../group-note.js';
import { progressCodeSettingsSchema } from '../reports/iep.js';
import { shortText, timeZoneSchema, versionSchema } from './common.js';

/** A bound on what can be typed (a NICU's post-menstrual ages), not a clinical threshold. */
export const PMA_WEEKS_BOUNDS = { min: 22, max: 48 } as const;
/** A late-entry window from one hour to thirty days. */
export const LATE_ENTRY_HOURS_BOUNDS = { min: 1, max: 720 } as const;

const fields = {
  name: shortText,
  timeZone: timeZoneSchema,
  noteFormat: z.enum(['SOAP', 'DAP']),
  requiredNoteSections: z.array(z.enum(['subjective', 'assessment', 'plan'])).max(3).refine((a) => new Set(a).size === a.length, 'each section once'),
  lateEntryHours: z.number().int('must be whole hours').min(LATE_ENTRY_HOURS_BOUNDS.min, 'must be at least 1 hour').max(LATE_ENTRY_HOURS_BOUNDS.max, 'must be at most 720 hours (30 days)'),
  progressCodes: progressCodeSettingsSchema,
  /** How a member's chart copy of a group note names the other members: a count, or their first names. */
  groupNoteOthers: z.enum(OTHERS_IN_CHART),
  nicuLiveMusicMinPmaWeeks: z.number().int('must be whole weeks').min(PMA_WEEKS_BOUNDS.min, 'must be 22 weeks PMA or more').max(PMA_WEEKS_BOUNDS.max, 'must be 48 weeks PMA or less').nullable(),
};

export const organizationSettingsSchema = z.object({ id: z.string(), version: z.number().int(), ...fields });
export type OrganizationSettingsOut = z.output<typeof organizationSettingsSchema>;

/** A change: the version read, and any of the settings. */
export const organizationSettingsUpdateSchema = z.strictObject({
  version: versionSchema,
  ...Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.optional()])) as { [K in keyof typeof fields]: z.ZodOptional<(typeof fields)[K]> },
});
