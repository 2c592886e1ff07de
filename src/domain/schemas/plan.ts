/** Goals, measurable objectives, phases, the library, and the plan's objective ↔ intervention links. */
import { LABEL_MAX } from '../objective-label.js';
import { z } from 'zod';
import { masteryCriterionSchema, DIRECTIONS } from '../criterion.js';
import { GOAL_CATEGORIES, MUSIC_ELEMENTS } from '../content.js';
import { measurementConfigSchema, minOpportunitiesSchema } from '../measurement.js';
import { PROMPT_AFTER_TRIAL } from '../capture.js';
import { ACK_METHODS } from '../plan-document.js';
import { dateSchema, longText, optionalShortText, shortText, uuidSchema, LIMITS } from './common.js';

const key = z.string().trim().min(1).max(64).regex(/^[a-z0-9_]+$/, 'must be a lowercase key such as turn_taking');

export const GOAL_STATUSES = ['active', 'met', 'discontinued', 'on_hold'] as const;
export const OBJECTIVE_STATUSES = ['baseline', 'active', 'met', 'discontinued', 'on_hold'] as const;
/** Objectives in these statuses are "active" for the rule that every intervention serves an objective. */
export const WORKING_OBJECTIVE_STATUSES = ['baseline', 'active'] as const;

export const goalDomainCreateSchema = z.strictObject({
  id: uuidSchema,
  key,
  name: shortText,
  category: z.enum(GOAL_CATEGORIES),
  definition: longText.default(''),
  subSkills: z.array(shortText).max(LIMITS.listItems).default([]),
  populations: z.array(key).max(30).default([]),
});

export const goalCreateSchema = z.strictObject({
  id: uuidSchema,
  domainId: uuidSchema,
  statement: shortText.max(2000),
  status: z.enum(GOAL_STATUSES).default('active'),
  targetDate: dateSchema.nullable().default(null),
});
export const goalUpdateSchema = z.strictObject({
  version: z.number().int().min(1),
  statement: shortText.max(2000).optional(),
  status: z.enum(GOAL_STATUSES).optional(),
  targetDate: dateSchema.nullable().optional(),
});

export const objectiveCreateSchema = z.strictObject({
  id: uuidSchema,
  statement: shortText.max(2000),
  behaviour: shortText.max(2000),
  /** What notes and graphs call it ("turn taking", "10MWT"); derived from the behaviour when empty. */
  shortLabel: z.string().trim().max(LABEL_MAX).default(''),
  condition: longText.default(''),
  measurement: measurementConfigSchema,
  criterion: masteryCriterionSchema,
  direction: z.enum(DIRECTIONS),
  baselineValue: z.number().finite().min(-1e6).max(1e6).nullable().default(null),
  baselineNote: longText.default(''),
  status: z.enum(OBJECTIVE_STATUSES).default('baseline'),
  targetDate: dateSchema.nullable().default(null),
});
export const objectiveUpdateSchema = z.strictObject({
  version: z.number().int().min(1),
  statement: shortText.max(2000).optional(),
  behaviour: shortText.max(2000).optional(),
  shortLabel: z.string().trim().max(LABEL_MAX).optional(),
  condition: longText.optional(),
  criterion: masteryCriterionSchema.optional(),
  direction: z.enum(DIRECTIONS).optional(),
  baselineValue: z.number().finite().min(-1e6).max(1e6).nullable().optional(),
  baselineNote: longText.optional(),
  status: z.enum(OBJECTIVE_STATUSES).optional(),
  targetDate: dateSchema.nullable().optional(),
  /** In capture, after each trial: the prompt level stays (the default), or goes back to the most independent. */
  promptAfterTrial: z.enum(PROMPT_AFTER_TRIAL).optional(),
  /** The fewest opportunities a session needs to count (trials, latency, prompt-level objectives); null removes it. */
  minOpportunities: minOpportunitiesSchema.nullable().optional(),
});

export const phaseCreateSchema = z.strictObject({
  id: uuidSchema,
  kind: z.enum(['baseline', 'intervention']),
  label: shortText,
  startDate: dateSchema,
  note: longText.default(''),
});

const reference = z.object({
  authors: shortText.max(500),
  year: z.number().int().min(1900).max(2100),
  title: shortText.max(500),
  journal: optionalShortText.optional(),
  source: optionalShortText.optional(),
});

export const interventionCreateSchema = z.strictObject({
  id: uuidSchema,
  key,
  name: shortText,
  technique: key,
  musicElements: z.array(z.object({ element: z.enum(MUSIC_ELEMENTS), use: longText.default('') })).min(1, 'an intervention uses at least one music element').max(12),
  goalDomainKeys: z.array(key).min(1, 'an intervention serves at least one goal domain').max(40),
  populations: z.array(key).max(30).default([]),
  materials: z.array(shortText).max(LIMITS.listItems).default([]),
  procedure: z.array(shortText.max(2000)).max(LIMITS.listItems).default([]),
  adaptations: z.object({ easier: z.array(shortText.max(2000)).max(50).default([]), harder: z.array(shortText.max(2000)).max(50).default([]) }).default({ easier: [], harder: [] }),
  precautions: z.array(shortText.max(2000)).max(50).default([]),
  references: z.array(reference).max(50).default([]),
});

export const planLinkCreateSchema = z.strictObject({
  id: uuidSchema,
  objectiveId: uuidSchema,
  interventionId: uuidSchema,
  /** Why an intervention the client is not eligible for (NICU: below its PMA threshold) is planned all the same; audited. */
  overrideReason: longText.optional(),
});

export const planUpdateSchema = z.strictObject({
  version: z.number().int().min(1),
  reviewDate: dateSchema.nullable().optional(),
  notes: longText.optional(),
  /** How often the client is seen, in the plan's words ("1 session a week"). */
  frequency: optionalShortText.optional(),
  /** Length of each session in minutes. */
  sessionMinutes: z.number().int().min(5).max(480).nullable().optional(),
  /** Precautions and contraindications for this client's music therapy. */
  precautions: z.array(shortText.max(2000)).max(50).optional(),
});

/** Signing a plan version names the content hash of the version read, so what is signed is what was read. */
export const planVersionSignSchema = z.strictObject({
  contentHash: z.string().regex(/^[0-9a-f]{64}$/, 'must be the 64-character content hash of the version read'),
});

/** Co-signing an intern's plan version names the content hash of the version the supervisor read. */
export const planVersionCosignSchema = z.strictObject({
  contentHash: z.string().regex(/^[0-9a-f]{64}$/, 'must be the 64-character content hash of the version read'),
});

/** A client or guardian acknowledged a signed plan version: who, their relationship, when and how. */
export const planAcknowledgementSchema = z.strictObject({
  id: uuidSchema,
  name: shortText,
  relationship: shortText.max(100),
  acknowledgedOn: dateSchema,
  method: z.enum(ACK_METHODS),
  note: longText.default(''),
});

export const PROPOSAL_KINDS = ['goal', 'objective', 'plan_link', 'objective_update'] as const;

/** An intern proposes a plan change; the payload is validated now with the schema the change will use. */
export const proposalCreateSchema = z.discriminatedUnion('kind', [
  z.strictObject({ id: uuidSchema, kind: z.literal('goal'), payload: goalCreateSchema, reason: longText.default('') }),
  z.strictObject({ id: uuidSchema, kind: z.literal('objective'), targetId: uuidSchema, payload: objectiveCreateSchema, reason: longText.default('') }),
  z.strictObject({ id: uuidSchema, kind: z.literal('plan_link'), payload: planLinkCreateSchema, reason: longText.default('') }),
  z.strictObject({ id: uuidSchema, kind: z.literal('objective_update'), targetId: uuidSchema, payload: objectiveUpdateSchema, reason: longText.default('') }),
]);
export type ProposalCreate = z.output<typeof proposalCreateSchema>;
