/** Response shapes shared by several route groups. */
import { z } from 'zod';
import { measurementConfigSchema, dataEventSchema } from '../../domain/measurement.js';
import { masteryCriterionSchema } from '../../domain/criterion.js';
import { PROMPT_AFTER_TRIAL } from '../../domain/capture.js';

export const goalOutSchema = z.object({
  id: z.string(), clientId: z.string(), domainId: z.string(), statement: z.string(), status: z.string(), targetDate: z.string().nullable(), version: z.number(),
});
export const objectiveOutSchema = z.object({
  id: z.string(), clientId: z.string(), goalId: z.string(), statement: z.string(), behaviour: z.string(), shortLabel: z.string(), label: z.string(), condition: z.string(),
  measurement: measurementConfigSchema, criterion: masteryCriterionSchema, direction: z.enum(['increase', 'decrease']),
  baselineValue: z.number().nullable(), baselineNote: z.string(), status: z.string(), targetDate: z.string().nullable(),
  masteryMetOn: z.string().nullable(), masteryConfirmedAt: z.string().nullable(), promptAfterTrial: z.enum(PROMPT_AFTER_TRIAL), version: z.number(),
});
export const phaseOutSchema = z.object({
  id: z.string(), objectiveId: z.string(), kind: z.enum(['baseline', 'intervention']), label: z.string(), startDate: z.string(), note: z.string(),
});
export const interventionOutSchema = z.object({
  id: z.string(), key: z.string(), name: z.string(), technique: z.string(),
  musicElements: z.array(z.object({ element: z.string(), use: z.string() })), goalDomainKeys: z.array(z.string()), populations: z.array(z.string()),
  materials: z.array(z.string()), procedure: z.array(z.string()), adaptations: z.object({ easier: z.array(z.string()), harder: z.array(z.string()) }),
  precautions: z.array(z.string()), references: z.array(z.looseObject({ authors: z.string(), year: z.number(), title: z.string() })), builtIn: z.boolean(),
});
export const domainOutSchema = z.object({
  id: z.string(), key: z.string(), name: z.string(), category: z.string(), definition: z.string(), subSkills: z.array(z.string()), populations: z.array(z.string()), builtIn: z.boolean(),
});
export const sessionOutSchema = z.object({
  id: z.string(), type: z.string(), startsAt: z.string(), durationMinutes: z.number(), timeZone: z.string(), localDate: z.string(), setting: z.string(),
  location: z.string(), status: z.string(), groupName: z.string().nullable(), leadTherapistId: z.string(), version: z.number(),
  actualStartAt: z.string().nullable(), actualEndAt: z.string().nullable(), makeUpFor: z.string().nullable(), cancelReason: z.string().nullable(),
  /** The length notes and rates use: recorded when the real start and end are known, else planned. */
  length: z.object({ minutes: z.number(), source: z.enum(['recorded', 'planned']) }),
});
export const participantOutSchema = z.object({
  clientId: z.string(), attendance: z.string(), absenceReason: z.string().nullable(), lateMinutes: z.number().nullable(), leftEarlyMinutes: z.number().nullable(),
});
export const deliveredOutSchema = z.object({
  id: z.string(), sessionId: z.string(), interventionId: z.string(), position: z.number(), objectiveIds: z.array(z.string()), notes: z.string(),
  delivered: z.boolean(), startedAt: z.string().nullable(), endedAt: z.string().nullable(),
});
export const dataPointOutSchema = z.object({
  id: z.string(), sessionId: z.string(), clientId: z.string(), objectiveId: z.string(), deliveredInterventionId: z.string().nullable(),
  event: dataEventSchema, cueTempoBpm: z.number().nullable(), recordedAt: z.string(), recordedBy: z.string(),
});
export const noteOutSchema = z.object({
  id: z.string(), sessionId: z.string(), clientId: z.string(), format: z.enum(['SOAP', 'DAP']), sections: z.record(z.string(), z.string()),
  status: z.enum(['draft', 'awaiting_cosign', 'signed']), authorId: z.string(), signedBy: z.string().nullable(), signedAt: z.string().nullable(),
  contentHash: z.string().nullable(), dataHash: z.string().nullable(), lateEntry: z.boolean(), requiresCosign: z.boolean(), cosignerId: z.string().nullable(),
  cosignedBy: z.string().nullable(), cosignedAt: z.string().nullable(), version: z.number(),
  /** A group member's note: its group note, and this chart's copy of the shared part (others as the practice decides). */
  groupNoteId: z.string().nullable(), groupPart: z.object({ purpose: z.string(), process: z.string(), membership: z.string() }).nullable(),
  addenda: z.array(z.object({ id: z.string(), authorId: z.string(), text: z.string(), reason: z.string(), signedAt: z.string(), contentHash: z.string(), cosignerId: z.string().nullable(), cosignedBy: z.string().nullable(), cosignedAt: z.string().nullable() })),
});
const datedValue = z.object({ date: z.string(), value: z.number() });
const phaseSchema = z.object({ id: z.string(), kind: z.enum(['baseline', 'intervention']), label: z.string(), startDate: z.string() });
const trendSchema = z.object({ slope: z.number().nullable(), intercept: z.number().nullable(), n: z.number(), origin: z.string().nullable() });
const n = z.number().nullable();

/** Progress of one objective: the session values and everything the progress engine says of them. */
export const progressOutSchema = z.object({
  objective: objectiveOutSchema,
  status: z.enum(['met', 'progressing', 'not-progressing', 'insufficient-data']),
  sessions: z.array(z.object({
    sessionId: z.string(), date: z.string(), value: z.number().nullable(), eventCount: z.number(), unit: z.string(), details: z.record(z.string(), z.union([z.number(), z.string(), z.null()])),
    /** The mean RAS cue tempo (steps/min) of the session's entries walked to a metronome; null when none was. */
    cueTempoBpm: z.number().nullable(),
    cueTempo: z.object({ meanBpm: z.number(), minBpm: z.number(), maxBpm: z.number(), entries: z.number() }).nullable(),
  })),
  /** Some session's entries were walked to a RAS cue: the graph shows cadence against cue tempo. */
  cued: z.boolean(),
  phases: z.array(phaseSchema),
  phaseSummaries: z.array(z.object({ phase: phaseSchema, stats: z.object({ n: z.number(), mean: n, median: n, sd: n, min: n, max: n, range: n }), trend: trendSchema })),
  mastery: z.object({
    status: z.enum(['met', 'not-met', 'insufficient-data']), firstMetOn: z.string().nullable(), dataSessions: z.number(), metSessionDates: z.array(z.string()),
    currentWindow: z.array(z.object({ date: z.string(), value: z.number(), meets: z.boolean() })), sessionsNeeded: z.number(),
  }),
  trend: trendSchema,
  /** tauU is SingleCaseES's raw Tau-U, which can leave [-1, 1]; screens show it bounded. */
  effectSizes: z.object({ pnd: z.number(), nap: z.number(), tau: z.number(), tauU: z.number() }).nullable(),
  baseline: z.object({ usable: z.boolean(), reason: z.enum(['none', 'contaminated', 'too-short', 'short', 'adequate']), label: z.string().nullable() }),
  track: z.enum(['met', 'on-track', 'not-on-track', 'too-early', 'no-target-date']),
  aimLine: z.object({ from: datedValue, to: datedValue }).nullable(),
  projectedDate: z.string().nullable(),
  currentPhase: phaseSchema.nullable(),
  baselinePhase: phaseSchema.nullable(),
  currentPhaseSessions: z.number(),
});
export const reasonBody = z.strictObject({ reason: z.string().trim().min(1, 'say why').max(200) });

/** A song or piece used in a delivered intervention; `line` is how the note writes it. */
export const musicOutSchema = z.object({
  id: z.string(), sessionId: z.string(), deliveredInterventionId: z.string(), clientId: z.string().nullable(),
  title: z.string(), artist: z.string(), version: z.string(), key: z.string().nullable(), tempoBpm: z.number().nullable(), meter: z.string().nullable(),
  instruments: z.array(z.string()), ledBy: z.array(z.string()), source: z.string(), response: z.string(), line: z.string(),
});
