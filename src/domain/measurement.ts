/**
 * Measurement: how an objective is measured and what one raw data event looks like.
 * The nine measurement types of the clinical model, their configuration, and the
 * rule that an event must fit its objective's configuration.
 */
import { z } from 'zod';

export const MEASUREMENT_TYPES = [
  'trials',
  'frequency',
  'duration',
  'latency',
  'rating',
  'prompt_level',
  'task_analysis',
  'physiological',
  'pre_post',
] as const;
export type MeasurementType = (typeof MEASUREMENT_TYPES)[number];

/** The standard prompt hierarchy, from most independent to most support. */
export const PROMPT_LEVELS = [
  'independent',
  'gestural',
  'verbal',
  'visual',
  'model',
  'partial_physical',
  'full_physical',
] as const;
export type PromptLevel = (typeof PROMPT_LEVELS)[number];
export const promptLevelSchema = z.enum(PROMPT_LEVELS);

export const PHYSIOLOGICAL_CHANNELS = ['heart_rate', 'spo2', 'respiratory_rate', 'behavioural_state'] as const;
export type PhysiologicalChannel = (typeof PHYSIOLOGICAL_CHANNELS)[number];
export const physiologicalChannelSchema = z.enum(PHYSIOLOGICAL_CHANNELS);

/** Plausible bounds per channel; a reading outside is refused as a typo. */
export const CHANNEL_RANGES: Record<PhysiologicalChannel, { min: number; max: number; unit: string }> = {
  heart_rate: { min: 20, max: 300, unit: '/min' },
  spo2: { min: 40, max: 100, unit: '%' },
  respiratory_rate: { min: 0, max: 150, unit: '/min' },
  behavioural_state: { min: 1, max: 6, unit: '{state}' },
};

const label = z.string().trim().min(1).max(200);
/**
 * The fewest opportunities (trials, prompted responses, timed responses) a session needs for its value
 * to count: below it the session is shown with its counts but is not a data session for mastery, the
 * graph or effect sizes (three sessions of 1 of 1 are not "100 % across 3 sessions"). Absent: no minimum.
 */
export const minOpportunitiesSchema = z.number().int('must be a whole number of opportunities').min(1, 'must be at least 1').max(500, 'must be at most 500');
const minOpportunities = minOpportunitiesSchema.optional();
const finite = z.number().finite();

/** Hierarchy with no duplicates, ordered from most independent to most support. */
const hierarchy = z
  .array(promptLevelSchema)
  .min(2)
  .max(PROMPT_LEVELS.length)
  .refine((h) => new Set(h).size === h.length, 'prompt levels must not repeat');

export const measurementConfigSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('trials'),
    metric: z.enum(['percent_success', 'percent_independent']).default('percent_success'),
    /** Prompt levels the therapist may tag a trial with; absent: no prompt tagging. */
    promptLevels: hierarchy.optional(),
    minOpportunities,
  }),
  z.object({
    type: z.literal('frequency'),
    metric: z.enum(['count', 'rate_per_minute']).default('count'),
    /**
     * What a rate per minute counts, for its unit on documents: steps (gait cadence, "steps/min")
     * or heartbeats ("bpm"). Absent: read from the objective's words (rateCountsOf). The record and
     * FHIR keep the UCUM unit "/min".
     */
    counts: z.enum(['steps', 'heartbeats']).optional(),
  }),
  z
    .object({
      type: z.literal('duration'),
      /** test_seconds: a timed test (a 10-metre walk, a TUG): each timing is one trial, the value their mean. */
      metric: z.enum(['total_seconds', 'percent_of_observed', 'test_seconds']).default('total_seconds'),
      /** The timed test: its short name ("10MWT") and, for a walking test, the distance timed (speed = distance / time). */
      test: z.strictObject({ name: z.string().trim().min(1).max(40), distanceMetres: z.number().positive().max(1000).optional() }).optional(),
    })
    .refine((c) => c.metric !== 'test_seconds' || c.test !== undefined, { message: 'a timed test names the test', path: ['test'] }),
  z.object({
    type: z.literal('latency'),
    metric: z.enum(['mean', 'median']).default('mean'),
    maxSeconds: z.number().positive().max(3600).default(600),
    minOpportunities,
  }),
  z
    .object({
      type: z.literal('rating'),
      min: z.number().int().min(-100).max(100),
      max: z.number().int().min(-100).max(100),
      anchors: z.array(z.object({ value: z.number().int(), label })).max(21).default([]),
    })
    .refine((c) => c.max > c.min, { message: 'max must be greater than min', path: ['max'] })
    .refine((c) => c.anchors.every((a) => a.value >= c.min && a.value <= c.max), {
      message: 'every anchor must lie on the scale',
      path: ['anchors'],
    }),
  z.object({
    type: z.literal('prompt_level'),
    metric: z.enum(['mean_level_score', 'most_independent']).default('mean_level_score'),
    hierarchy: hierarchy.default([...PROMPT_LEVELS]),
    minOpportunities,
  }),
  z.object({
    type: z.literal('task_analysis'),
    steps: z.array(label).min(1).max(50),
  }),
  z.object({
    type: z.literal('physiological'),
    channels: z
      .array(physiologicalChannelSchema)
      .min(1)
      .refine((c) => new Set(c).size === c.length, 'channels must not repeat'),
    /** The channel and statistic that progress follows. */
    primaryChannel: physiologicalChannelSchema,
    metric: z.enum(['mean', 'pre_post_change']).default('mean'),
  }).refine((c) => c.channels.includes(c.primaryChannel), {
    message: 'primaryChannel must be one of channels',
    path: ['primaryChannel'],
  }),
  z
    .object({
      type: z.literal('pre_post'),
      scaleName: label,
      min: z.number().int().min(-100).max(100),
      max: z.number().int().min(-100).max(100),
    })
    .refine((c) => c.max > c.min, { message: 'max must be greater than min', path: ['max'] }),
]);
export type MeasurementConfig = z.output<typeof measurementConfigSchema>;

/** The measurement types whose sessions are made of opportunities a minimum can apply to. */
export const COUNTS_OPPORTUNITIES: readonly MeasurementType[] = ['trials', 'latency', 'prompt_level'];

/** The configuration with its minimum of opportunities set (a number) or removed (null); a problem for a type without opportunities. */
export function withMinOpportunities(config: MeasurementConfig, min: number | null): { config: MeasurementConfig } | { problem: string } {
  if (!COUNTS_OPPORTUNITIES.includes(config.type))
    return min === null ? { config } : { problem: `a ${config.type.replace('_', ' ')} objective has no opportunities to count; a minimum applies to trials, latency and prompt-level objectives` };
  const { minOpportunities: _, ...rest } = config as MeasurementConfig & { minOpportunities?: number };
  return { config: measurementConfigSchema.parse(min === null ? rest : { ...rest, minOpportunities: min }) };
}
export type MeasurementConfigInput = z.input<typeof measurementConfigSchema>;

/** One raw event recorded in a session: one tap, one timing, one reading. */
export const dataEventSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('trial'), outcome: z.enum(['success', 'failure']), promptLevel: promptLevelSchema.optional() }),
  z.object({ kind: z.literal('occurrence') }),
  /** An observation window for frequency and duration: how long the behaviour was watched. */
  z.object({ kind: z.literal('observation'), seconds: finite.positive().max(86_400) }),
  z.object({ kind: z.literal('duration'), seconds: finite.min(0).max(86_400) }),
  z.object({ kind: z.literal('latency'), seconds: finite.min(0).max(3600) }),
  z.object({ kind: z.literal('rating'), value: finite }),
  z.object({ kind: z.literal('prompt'), level: promptLevelSchema }),
  z.object({
    kind: z.literal('step'),
    step: z.number().int().min(0).max(49),
    result: z.enum(['independent', 'prompted', 'not_done']),
  }),
  z.object({
    kind: z.literal('reading'),
    channel: physiologicalChannelSchema,
    value: finite,
    when: z.enum(['pre', 'during', 'post']).default('during'),
  }),
  z.object({ kind: z.literal('scale'), when: z.enum(['pre', 'post']), value: finite }),
]);
export type DataEvent = z.output<typeof dataEventSchema>;
export type DataEventKind = DataEvent['kind'];

/** Which event kinds each measurement type accepts. */
export const EVENT_KINDS_FOR: Record<MeasurementType, readonly DataEventKind[]> = {
  trials: ['trial'],
  frequency: ['occurrence', 'observation'],
  duration: ['duration', 'observation'],
  latency: ['latency'],
  rating: ['rating'],
  prompt_level: ['prompt'],
  task_analysis: ['step'],
  physiological: ['reading'],
  pre_post: ['scale'],
};

export interface EventProblem {
  path: string[];
  message: string;
}

/**
 * The rule "data recorded for an objective must match its measurement type and
 * configuration". Returns the problems; an empty list means the event fits.
 */
export function checkEventFitsObjective(config: MeasurementConfig, event: DataEvent): EventProblem[] {
  const allowed = EVENT_KINDS_FOR[config.type];
  if (!allowed.includes(event.kind)) {
    return [
      {
        path: ['kind'],
        message: `a ${config.type.replace('_', ' ')} objective records ${allowed.join(' or ')} events, not ${event.kind}`,
      },
    ];
  }
  switch (event.kind) {
    case 'trial':
      if (event.promptLevel && config.type === 'trials') {
        const levels = config.promptLevels;
        if (!levels) return [{ path: ['promptLevel'], message: 'this objective does not record prompt levels' }];
        if (!levels.includes(event.promptLevel))
          return [{ path: ['promptLevel'], message: `prompt level must be one of ${levels.join(', ')}` }];
      }
      return [];
    case 'latency':
      if (config.type === 'latency' && event.seconds > config.maxSeconds)
        return [{ path: ['seconds'], message: `latency must be at most ${config.maxSeconds} s for this objective` }];
      return [];
    case 'rating':
      if (config.type === 'rating') {
        if (event.value < config.min || event.value > config.max)
          return [{ path: ['value'], message: `rating must be between ${config.min} and ${config.max}` }];
      }
      return [];
    case 'prompt':
      if (config.type === 'prompt_level' && !config.hierarchy.includes(event.level))
        return [{ path: ['level'], message: `prompt level must be one of ${config.hierarchy.join(', ')}` }];
      return [];
    case 'step':
      if (config.type === 'task_analysis' && event.step >= config.steps.length)
        return [{ path: ['step'], message: `this task analysis has ${config.steps.length} steps (0 to ${config.steps.length - 1})` }];
      return [];
    case 'reading': {
      if (config.type !== 'physiological') return [];
      if (!config.channels.includes(event.channel))
        return [{ path: ['channel'], message: `channel must be one of ${config.channels.join(', ')}` }];
      const r = CHANNEL_RANGES[event.channel];
      if (event.value < r.min || event.value > r.max)
        return [{ path: ['value'], message: `${event.channel} must be between ${r.min} and ${r.max}` }];
      return [];
    }
    case 'scale':
      if (config.type === 'pre_post' && (event.value < config.min || event.value > config.max))
        return [{ path: ['value'], message: `${config.scaleName} must be between ${config.min} and ${config.max}` }];
      return [];
    default:
      return [];
  }
}

/** The unit of an objective's session value, as shown after a number ('' for plain counts and scores). */
export function unitOf(m: MeasurementConfig): string {
  switch (m.type) {
    case 'trials':
    case 'task_analysis':
      return '%';
    case 'frequency':
      return m.metric === 'rate_per_minute' ? '/min' : '';
    case 'duration':
      return m.metric === 'percent_of_observed' ? '%' : 's';
    case 'latency':
      return 's';
    case 'physiological': {
      const u = CHANNEL_RANGES[m.primaryChannel].unit;
      return u.startsWith('{') ? '' : u;
    }
    case 'pre_post':
      return 'points';
    default:
      return '';
  }
}
