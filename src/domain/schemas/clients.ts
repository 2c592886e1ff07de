/** Client chart: identity, populations, referral, guardians, music preferences, status, care team. */
import { z } from 'zod';
import { dateSchema, longText, optionalShortText, shortText, uuidSchema, LIMITS } from './common.js';
import { precautionSchema, precautionsSchema } from '../precautions.js';

export const CLIENT_STATUSES = ['referred', 'assessing', 'active', 'on_hold', 'discharged'] as const;
export const clientStatusSchema = z.enum(CLIENT_STATUSES);
export type ClientStatus = z.infer<typeof clientStatusSchema>;

const slug = z.string().trim().min(1).max(64).regex(/^[a-z0-9_]+$/, 'must be a lowercase key such as autism');

export const guardianSchema = z.object({
  name: shortText,
  relationship: optionalShortText.default(''),
  phone: optionalShortText.default(''),
  email: optionalShortText.default(''),
  isLegalGuardian: z.boolean().default(false),
});

/** Music preferences are clinical information: what engages, soothes or distresses this person. */
export const musicPreferencesSchema = z.object({
  genres: z.array(shortText).max(LIMITS.listItems).default([]),
  songs: z.array(shortText).max(LIMITS.listItems).default([]),
  artists: z.array(shortText).max(LIMITS.listItems).default([]),
  instruments: z.array(shortText).max(LIMITS.listItems).default([]),
  dislikes: z.array(shortText).max(LIMITS.listItems).default([]),
  notes: longText.default(''),
});

export const referralSchema = z.object({
  source: optionalShortText.default(''),
  reason: longText.default(''),
  referredOn: dateSchema.nullable().default(null),
  decision: z.enum(['pending', 'accepted', 'declined']).default('pending'),
  criteria: longText.default(''),
});

export const diagnosisSchema = z.object({ label: shortText, code: optionalShortText.default('') });

const clientFields = {
  firstName: shortText,
  lastName: shortText,
  preferredName: optionalShortText.nullable().default(null),
  birthDate: dateSchema.nullable().default(null),
  gestationalAgeWeeks: z.number().int().min(20).max(45).nullable().default(null),
  gestationalAgeDays: z.number().int().min(0).max(6).nullable().default(null),
  populations: z.array(slug).max(20).default([]),
  diagnoses: z.array(diagnosisSchema).max(LIMITS.listItems).default([]),
  setting: slug,
  referral: referralSchema.default(referralSchema.parse({})),
  status: clientStatusSchema.default('referred'),
  guardians: z.array(guardianSchema).max(20).default([]),
  musicPreferences: musicPreferencesSchema.default(musicPreferencesSchema.parse({})),
  precautions: precautionsSchema.default([]),
};

export const clientCreateSchema = z.strictObject({ id: uuidSchema, ...clientFields });
export type ClientCreate = z.input<typeof clientCreateSchema>;

export const clientUpdateSchema = z.strictObject({
  version: z.number().int().min(1),
  firstName: clientFields.firstName.optional(),
  lastName: clientFields.lastName.optional(),
  preferredName: optionalShortText.nullable().optional(),
  birthDate: dateSchema.nullable().optional(),
  gestationalAgeWeeks: z.number().int().min(20).max(45).nullable().optional(),
  gestationalAgeDays: z.number().int().min(0).max(6).nullable().optional(),
  populations: z.array(slug).max(20).optional(),
  diagnoses: z.array(diagnosisSchema).max(LIMITS.listItems).optional(),
  setting: slug.optional(),
  referral: referralSchema.optional(),
  status: clientStatusSchema.optional(),
  guardians: z.array(guardianSchema).max(20).optional(),
  musicPreferences: musicPreferencesSchema.optional(),
  precautions: precautionsSchema.optional(),
});

export const careTeamMemberSchema = z.object({
  userId: uuidSchema,
  name: z.string(),
  role: z.enum(['primary', 'member']),
});

/** What an admin without a clinical role may see: enough to run the practice, nothing clinical. */
export const clientSummarySchema = z.object({
  id: uuidSchema,
  firstName: z.string(),
  lastName: z.string(),
  preferredName: z.string().nullable(),
  status: clientStatusSchema,
  setting: z.string(),
  populations: z.array(z.string()),
  careTeam: z.array(careTeamMemberSchema),
  version: z.number().int(),
});

export const clientSchema = clientSummarySchema.extend({
  birthDate: z.string().nullable(),
  gestationalAgeWeeks: z.number().int().nullable(),
  gestationalAgeDays: z.number().int().nullable(),
  diagnoses: z.array(diagnosisSchema),
  referral: referralSchema,
  guardians: z.array(guardianSchema),
  musicPreferences: musicPreferencesSchema,
  precautions: z.array(precautionSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Client = z.infer<typeof clientSchema>;

export const clientListQuery = z.object({
  status: clientStatusSchema.optional(),
  population: slug.optional(),
  setting: slug.optional(),
  q: z.string().max(LIMITS.shortText).optional(),
  limit: z.coerce.number().int().min(1).max(LIMITS.pageSize).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

/** Post-menstrual age lives with the other NICU rules (domain/nicu.ts); re-exported for existing importers. */
export { postMenstrualAge } from '../nicu.js';

export const ASSESSMENT_KINDS = ['intake', 'reassessment', 'discharge'] as const;
const responseValue = z.union([z.number().finite(), z.string().max(LIMITS.longText), z.boolean(), z.null()]);

export const assessmentCreateSchema = z.strictObject({
  id: uuidSchema,
  kind: z.enum(ASSESSMENT_KINDS),
  templateKey: z.string().max(64).nullable().default(null),
  assessedOn: dateSchema,
  responses: z.record(z.string().max(100), responseValue).refine((r) => Object.keys(r).length <= 500, 'at most 500 responses').default({}),
  observations: longText.default(''),
  strengths: longText.default(''),
  needs: longText.default(''),
});

export const assessmentUpdateSchema = z.strictObject({
  version: z.number().int().min(1),
  assessedOn: dateSchema.optional(),
  responses: z.record(z.string().max(100), responseValue).refine((r) => Object.keys(r).length <= 500, 'at most 500 responses').optional(),
  observations: longText.optional(),
  strengths: longText.optional(),
  needs: longText.optional(),
});
