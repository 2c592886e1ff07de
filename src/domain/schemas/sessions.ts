/** Sessions, participants and attendance, delivered interventions, data points, notes. */
import { SAFETY_RESPONSES } from '../safety.js';
import { z } from 'zod';
import { dataEventSchema } from '../measurement.js';
import { bpmSchema } from '../music.js';
import { instantSchema, longText, optionalShortText, timeZoneSchema, uuidSchema, LIMITS } from './common.js';
import { ATTENDANCE, attendanceFields, checkAttendance } from '../session-facts.js';

export { ATTENDANCE };

export const SESSION_TYPES = ['individual', 'group', 'family', 'co_treatment'] as const;
export const SESSION_STATUSES = ['planned', 'in_progress', 'completed', 'cancelled'] as const;

export const sessionCreateSchema = z
  .strictObject({
    id: uuidSchema,
    type: z.enum(SESSION_TYPES),
    startsAt: instantSchema,
    durationMinutes: z.number().int().min(5).max(480),
    timeZone: timeZoneSchema.optional(),
    setting: z.string().trim().min(1).max(64).regex(/^[a-z0-9_]+$/, 'must be a lowercase key'),
    location: optionalShortText.default(''),
    groupName: optionalShortText.nullable().default(null),
    makeUpFor: uuidSchema.nullable().default(null),
    participants: z
      .array(z.object({ clientId: uuidSchema, attendance: z.enum(ATTENDANCE).default('expected') }))
      .min(1, 'a session has at least one participant')
      .max(40),
  })
  .refine((s) => new Set(s.participants.map((p) => p.clientId)).size === s.participants.length, {
    message: 'a client can take part only once',
    path: ['participants'],
  })
  .refine((s) => s.type !== 'individual' || s.participants.length === 1, {
    message: 'an individual session has exactly one participant',
    path: ['participants'],
  });

export const sessionUpdateSchema = z
  .strictObject({
    version: z.number().int().min(1),
    status: z.enum(SESSION_STATUSES).optional(),
    startsAt: instantSchema.optional(),
    durationMinutes: z.number().int().min(5).max(480).optional(),
    location: optionalShortText.optional(),
    /** The real start and end, set by capture and correctable until the note is signed. */
    actualStartAt: instantSchema.nullable().optional(),
    actualEndAt: instantSchema.nullable().optional(),
    makeUpFor: uuidSchema.nullable().optional(),
    cancelReason: optionalShortText.nullable().optional(),
  })
  .refine((s) => !s.actualStartAt || !s.actualEndAt || Date.parse(s.actualEndAt) > Date.parse(s.actualStartAt), {
    message: 'the session ends after it starts',
    path: ['actualEndAt'],
  });

export const attendanceUpdateSchema = z.strictObject(attendanceFields).superRefine((a, ctx) => {
  for (const p of checkAttendance(a, '')) ctx.addIssue({ code: 'custom', message: p.message, path: [p.path.replace(/^\./, '')] });
});

export const deliveredCreateSchema = z.strictObject({
  id: uuidSchema,
  interventionId: uuidSchema,
  objectiveIds: z.array(uuidSchema).min(1, 'an intervention is delivered for at least one objective').max(40),
  position: z.number().int().min(0).max(1000).optional(),
  notes: longText.default(''),
  /** Planned (false) until delivered; an entry made after the session says true. */
  delivered: z.boolean().default(false),
  startedAt: instantSchema.nullable().default(null),
  endedAt: instantSchema.nullable().default(null),
  /** Why an intervention the infant is not eligible for at their PMA is delivered all the same; audited. */
  overrideReason: longText.optional(),
});

/** Marking a planned intervention delivered (or not), and when it ran. */
export const deliveredUpdateSchema = z.strictObject({
  delivered: z.boolean().optional(),
  startedAt: instantSchema.nullable().optional(),
  endedAt: instantSchema.nullable().optional(),
  notes: longText.optional(),
  /** Why an intervention the infant is not eligible for at their PMA is delivered all the same; audited. */
  overrideReason: longText.optional(),
});

export const dataPointCreateSchema = z.strictObject({
  id: uuidSchema,
  clientId: uuidSchema,
  objectiveId: uuidSchema,
  deliveredInterventionId: uuidSchema.nullable().default(null),
  recordedAt: instantSchema,
  event: dataEventSchema,
  /** The RAS metronome's cue tempo while the point was taken (20–300 bpm); null: no cue was playing. */
  cueTempoBpm: bpmSchema.nullable().default(null),
});
export type DataPointCreate = z.input<typeof dataPointCreateSchema>;

export const dataPointBatchSchema = z.strictObject({
  points: z.array(dataPointCreateSchema).min(1).max(LIMITS.batchSize),
});

export const NOTE_FORMATS = ['SOAP', 'DAP'] as const;
export const NOTE_SECTIONS = { SOAP: ['subjective', 'objective', 'assessment', 'plan'], DAP: ['data', 'assessment', 'plan'] } as const;

export const noteSectionsSchema = z.partialRecord(z.enum(['subjective', 'objective', 'assessment', 'plan', 'data']), longText);

export const noteUpdateSchema = z.strictObject({ version: z.number().int().min(1), sections: noteSectionsSchema });
export const noteSignSchema = z.strictObject({
  version: z.number().int().min(1),
  /** Signing with written sections left empty needs the clinician to say so. */
  confirmEmptySections: z.boolean().default(false),
  /** How the therapist answered what the record raises about safety (a fall, a disclosure, a severe rating). */
  safetyResponse: z.enum(SAFETY_RESPONSES).optional(),
});
export const addendumCreateSchema = z.strictObject({
  id: uuidSchema,
  text: z.string().trim().min(1, 'an addendum has text').max(LIMITS.longText),
  reason: z.string().trim().min(1, 'say why the note is corrected').max(LIMITS.shortText),
});

/** A group note's written shared part: the group's purpose and the process (the membership is set from the attendance). */
export const groupNoteUpdateSchema = z.strictObject({
  version: z.number().int().min(1),
  sections: z.strictObject({ purpose: longText.optional(), process: longText.optional() }),
});
export const groupNoteSignSchema = z.strictObject({
  version: z.number().int().min(1),
  /** Signing with written sections (shared or a member's) left empty needs the clinician to say so. */
  confirmEmptySections: z.boolean().default(false),
  /** How the therapist answered what each member's record raises about safety, by the member's note id. */
  safetyResponses: z.record(uuidSchema, z.enum(SAFETY_RESPONSES)).default({}),
});
