/**
 * Clinical content: the goal bank (domains and measurable objective templates),
 * the intervention library and the assessment templates, as zod schemas and types.
 *
 * The content itself lives in src/content/; this module only says what a valid
 * item is, including the rules that keep an objective's words and its structured
 * mastery criterion in agreement.
 */
import { z } from 'zod';
import { CHANNEL_RANGES, measurementConfigSchema, type MeasurementConfig } from './measurement.js';
import { DIRECTIONS, masteryCriterionSchema, type MasteryCriterion } from './criterion.js';

// ---------------------------------------------------------------------------
// Vocabularies
// ---------------------------------------------------------------------------

export const GOAL_CATEGORIES = ['behavioural', 'emotional', 'cognitive', 'physical', 'social', 'communication'] as const;
export type GoalCategory = (typeof GOAL_CATEGORIES)[number];
export const GOAL_CATEGORY_LABELS: Record<GoalCategory, string> = {
  behavioural: 'Behavioural',
  emotional: 'Emotional',
  cognitive: 'Cognitive',
  physical: 'Physical',
  social: 'Social',
  communication: 'Communication',
};

export const POPULATIONS = [
  'nicu',
  'autism',
  'down_syndrome',
  'developmental_delay',
  'pediatric_rehab',
  'mental_health',
  'tbi',
  'physical_rehab',
  'dementia',
  'hospice',
  'school',
  'general',
] as const;
export type Population = (typeof POPULATIONS)[number];
export const POPULATION_LABELS: Record<Population, string> = {
  nicu: 'NICU infants',
  autism: 'Autism spectrum disorder',
  down_syndrome: 'Down syndrome',
  developmental_delay: 'Developmental delay',
  pediatric_rehab: 'Paediatric rehabilitation',
  mental_health: 'Mental health',
  tbi: 'Traumatic / acquired brain injury',
  physical_rehab: 'Physical rehabilitation',
  dementia: "Alzheimer's disease and dementia",
  hospice: 'Hospice and palliative care',
  school: 'School / IEP',
  general: 'General',
};

export const SETTINGS = [
  'nicu',
  'inpatient',
  'outpatient',
  'school',
  'rehabilitation',
  'hospice_home',
  'private_practice',
  'community',
] as const;
export type Setting = (typeof SETTINGS)[number];
export const SETTING_LABELS: Record<Setting, string> = {
  nicu: 'Neonatal intensive care unit',
  inpatient: 'Inpatient hospital',
  outpatient: 'Outpatient hospital / clinic',
  school: 'School',
  rehabilitation: 'Rehabilitation centre',
  hospice_home: 'Hospice / home',
  private_practice: 'Private practice',
  community: 'Community',
};

export const TECHNIQUES = [
  'improvisation',
  'songwriting',
  'lyric_analysis',
  'instrument_play',
  'therapeutic_singing',
  'music_assisted_relaxation',
  'receptive_listening',
  'movement_to_music',
  'music_based_games',
  'rhythmic_auditory_stimulation',
  'melodic_intonation_therapy',
  'therapeutic_instrumental_music_performance',
  'oral_motor_respiratory_exercises',
  'musical_attention_control_training',
  'musical_executive_function_training',
  'nicu_entrainment_lullaby',
  'multimodal_stimulation',
  'pacifier_activated_lullaby',
  'legacy_work',
  'song_choice',
  'reminiscence',
  'rhythmic_cueing',
  // Neurologic music therapy techniques (Thaut & Hoemberg, 2014)
  'patterned_sensory_enhancement',
  'symbolic_communication_training',
  'rhythmic_speech_cueing',
  'musical_speech_stimulation',
  'developmental_speech_language_training',
  'vocal_intonation_therapy',
  'auditory_perception_training',
  'musical_sensory_orientation_training',
  'musical_neglect_training',
  'musical_mnemonics_training',
  'associative_mood_memory_training',
] as const;
export type Technique = (typeof TECHNIQUES)[number];
export const TECHNIQUE_LABELS: Record<Technique, string> = {
  improvisation: 'Improvisation',
  songwriting: 'Songwriting',
  lyric_analysis: 'Lyric analysis',
  instrument_play: 'Instrument play',
  therapeutic_singing: 'Therapeutic singing',
  music_assisted_relaxation: 'Music-assisted relaxation',
  receptive_listening: 'Receptive listening',
  movement_to_music: 'Movement to music',
  music_based_games: 'Music-based games',
  rhythmic_auditory_stimulation: 'Rhythmic auditory stimulation (RAS)',
  melodic_intonation_therapy: 'Melodic intonation therapy (MIT)',
  therapeutic_instrumental_music_performance: 'Therapeutic instrumental music performance (TIMP)',
  oral_motor_respiratory_exercises: 'Oral motor and respiratory exercises (OMREX)',
  musical_attention_control_training: 'Musical attention control training (MACT)',
  musical_executive_function_training: 'Musical executive function training (MEFT)',
  nicu_entrainment_lullaby: 'NICU entrainment and lullaby',
  multimodal_stimulation: 'Multimodal stimulation',
  pacifier_activated_lullaby: 'Pacifier-activated lullaby (PAL)',
  legacy_work: 'Legacy work',
  song_choice: 'Song choice',
  reminiscence: 'Music reminiscence',
  rhythmic_cueing: 'Rhythmic cueing',
  patterned_sensory_enhancement: 'Patterned sensory enhancement (PSE)',
  symbolic_communication_training: 'Symbolic communication training through music (SYCOM)',
  rhythmic_speech_cueing: 'Rhythmic speech cueing (RSC)',
  musical_speech_stimulation: 'Musical speech stimulation (MUSTIM)',
  developmental_speech_language_training: 'Developmental speech and language training through music (DSLM)',
  vocal_intonation_therapy: 'Vocal intonation therapy (VIT)',
  auditory_perception_training: 'Auditory perception training (APT)',
  musical_sensory_orientation_training: 'Musical sensory orientation training (MSOT)',
  musical_neglect_training: 'Musical neglect training (MNT)',
  musical_mnemonics_training: 'Musical mnemonics training (MMT)',
  associative_mood_memory_training: 'Associative mood and memory training (AMMT, neurologic music therapy)',
};

export const MUSIC_ELEMENTS = [
  'key',
  'tonality',
  'tempo',
  'meter',
  'rhythm',
  'melody',
  'harmony',
  'instrumentation',
  'lyrics',
  'dynamics',
  'timbre',
  'form',
] as const;
export type MusicElement = (typeof MUSIC_ELEMENTS)[number];
export const MUSIC_ELEMENT_LABELS: Record<MusicElement, string> = {
  key: 'Key',
  tonality: 'Tonality',
  tempo: 'Tempo',
  meter: 'Meter',
  rhythm: 'Rhythm',
  melody: 'Melody',
  harmony: 'Harmony',
  instrumentation: 'Instrumentation',
  lyrics: 'Lyrics',
  dynamics: 'Dynamics',
  timbre: 'Timbre',
  form: 'Form',
};

export const populationSchema = z.enum(POPULATIONS);
export const techniqueSchema = z.enum(TECHNIQUES);
export const musicElementSchema = z.enum(MUSIC_ELEMENTS);
export const goalCategorySchema = z.enum(GOAL_CATEGORIES);
export const settingSchema = z.enum(SETTINGS);

// ---------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------

/** A machine key: lower-case words joined by underscores, e.g. `social_skills`. */
export const contentKeySchema = z
  .string()
  .max(80)
  .regex(/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/, 'must be a lower-case slug such as social_skills');

const label = z.string().trim().min(1).max(200);
const prose = z.string().trim().min(1).max(2000);

/** An array whose members must not repeat (and, with min, must have at least that many). */
function uniqueArray<S extends z.ZodType>(item: S, what: string, min = 0) {
  return z
    .array(item)
    .min(min)
    .refine((xs) => new Set(xs).size === xs.length, `${what} must not repeat`);
}

const populationsSchema = uniqueArray(populationSchema, 'populations', 1);

// ---------------------------------------------------------------------------
// Goal domains
// ---------------------------------------------------------------------------

export const goalDomainSchema = z.object({
  key: contentKeySchema,
  name: label,
  category: goalCategorySchema,
  definition: prose,
  subSkills: uniqueArray(label, 'sub-skills'),
  populations: populationsSchema,
});
export type GoalDomain = z.output<typeof goalDomainSchema>;
export type GoalDomainInput = z.input<typeof goalDomainSchema>;

// ---------------------------------------------------------------------------
// Objective templates
// ---------------------------------------------------------------------------

interface ObjectiveProblem {
  path: (string | number)[];
  message: string;
}

/** The metrics whose session summary is a percentage, so the objective's words say "%". */
function isPercentMetric(m: MeasurementConfig): boolean {
  return (
    m.type === 'trials' ||
    m.type === 'task_analysis' ||
    (m.type === 'duration' && m.metric === 'percent_of_observed')
  );
}

/** The values a criterion can sensibly name for a measurement, or null when unbounded above. */
function criterionRange(m: MeasurementConfig): { min: number; max: number | null } {
  switch (m.type) {
    case 'trials':
    case 'task_analysis':
      return { min: 0, max: 100 };
    case 'duration':
      return m.metric === 'percent_of_observed' ? { min: 0, max: 100 } : { min: 0, max: null };
    case 'frequency':
      return { min: 0, max: null };
    case 'latency':
      return { min: 0, max: m.maxSeconds };
    case 'rating':
      return { min: m.min, max: m.max };
    case 'prompt_level':
      // Level score as the summary engine scores it: hierarchy.length - 1 - index,
      // so the most independent level scores highest (see progress/summary.ts).
      return { min: 0, max: m.hierarchy.length - 1 };
    case 'pre_post': {
      const span = m.max - m.min;
      return { min: -span, max: span };
    }
    case 'physiological': {
      const r = CHANNEL_RANGES[m.primaryChannel];
      if (m.metric === 'mean') return { min: r.min, max: r.max };
      const span = r.max - r.min;
      return { min: -span, max: span };
    }
  }
}

function numberPattern(n: number): RegExp {
  const s = String(Math.abs(n)).replace('.', '\\.');
  return new RegExp(`(?<![\\d.])${s}(?![\\d]|\\.\\d)`);
}

function windowPattern(c: MasteryCriterion): { pattern: RegExp; words: string } {
  const w = c.window;
  if (w.kind === 'consecutive') {
    return { pattern: new RegExp(`(?<!\\d)${w.sessions} consecutive sessions?\\b`), words: `${w.sessions} consecutive sessions` };
  }
  return {
    pattern: new RegExp(`(?<!\\d)${w.met} of (?:the last )?${w.sessions} sessions?\\b`),
    words: `${w.met} of ${w.sessions} sessions (or "${w.met} of the last ${w.sessions} sessions")`,
  };
}

/**
 * The rules that keep an objective template coherent: the direction agrees with the
 * comparator, the criterion lies on the measurement's scale, the window is covered
 * by the minimum number of sessions, and the written text names the same value and
 * window as the structured criterion.
 */
export function checkObjectiveConsistency(t: {
  text: string;
  measurement: MeasurementConfig;
  criterion: MasteryCriterion;
  direction: (typeof DIRECTIONS)[number];
}): ObjectiveProblem[] {
  const problems: ObjectiveProblem[] = [];
  const { criterion: c, measurement: m } = t;
  const upward = c.comparator === '>=' || c.comparator === '>';
  if ((t.direction === 'increase') !== upward) {
    problems.push({
      path: ['direction'],
      message: `direction "${t.direction}" disagrees with comparator "${c.comparator}" (increase needs >= or >, decrease needs <= or <)`,
    });
  }
  if (c.minSessions < c.window.sessions) {
    problems.push({
      path: ['criterion', 'minSessions'],
      message: `minSessions (${c.minSessions}) must cover the window of ${c.window.sessions} sessions`,
    });
  }
  const range = criterionRange(m);
  if (c.value < range.min || (range.max !== null && c.value > range.max)) {
    problems.push({
      path: ['criterion', 'value'],
      message: `value ${c.value} is off the ${m.type} scale (${range.min} to ${range.max ?? 'no upper limit'})`,
    });
  }
  const isChange = m.type === 'pre_post' || (m.type === 'physiological' && m.metric === 'pre_post_change');
  if (isChange && ((t.direction === 'decrease' && c.value > 0) || (t.direction === 'increase' && c.value < 0))) {
    problems.push({
      path: ['criterion', 'value'],
      message: `a change (post - pre) that should ${t.direction} needs a ${t.direction === 'decrease' ? 'negative' : 'positive'} value`,
    });
  }
  if (!numberPattern(c.value).test(t.text)) {
    problems.push({ path: ['text'], message: `text must state the criterion value ${Math.abs(c.value)}` });
  }
  const w = windowPattern(c);
  if (!w.pattern.test(t.text)) {
    problems.push({ path: ['text'], message: `text must state the mastery window as "${w.words}"` });
  }
  if (isPercentMetric(m) && !t.text.includes('%')) {
    problems.push({ path: ['text'], message: `a ${m.type} criterion is a percentage; the text must say "%"` });
  }
  return problems;
}

export const objectiveTemplateSchema = z
  .object({
    key: contentKeySchema,
    domainKey: contentKeySchema,
    /** The objective written the field's way: condition, behaviour, criterion, window. */
    text: prose,
    /** The behaviour, operationally defined. */
    behaviour: prose,
    /** The condition under which the behaviour is observed. */
    condition: prose,
    measurement: measurementConfigSchema,
    criterion: masteryCriterionSchema,
    direction: z.enum(DIRECTIONS),
    populations: populationsSchema,
  })
  .superRefine((t, ctx) => {
    for (const p of checkObjectiveConsistency(t)) ctx.addIssue({ code: 'custom', message: p.message, path: p.path });
  });
export type ObjectiveTemplate = z.output<typeof objectiveTemplateSchema>;
export type ObjectiveTemplateInput = z.input<typeof objectiveTemplateSchema>;

// ---------------------------------------------------------------------------
// Evidence references
// ---------------------------------------------------------------------------

export const referenceSchema = z
  .object({
    /** As printed, e.g. "Thaut, M. H., McIntosh, G. C., & Rice, R. R." */
    authors: z.string().trim().min(1).max(600),
    year: z.number().int().min(1900).max(2100),
    title: z.string().trim().min(1).max(400),
    /** Journal name with volume/issue/pages where known. */
    journal: z.string().trim().min(1).max(300).optional(),
    /** For a book, report or database: publisher or series. */
    source: z.string().trim().min(1).max(300).optional(),
    /** The DOI, where the published record shows one, e.g. "10.1001/archinte.166.10.1092". */
    doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, 'a DOI such as 10.1000/xyz123').optional(),
  })
  .refine((r) => r.journal !== undefined || r.source !== undefined, {
    message: 'a reference names its journal or its source',
    path: ['journal'],
  });
export type Reference = z.output<typeof referenceSchema>;
export type ReferenceInput = z.input<typeof referenceSchema>;

// ---------------------------------------------------------------------------
// Interventions
// ---------------------------------------------------------------------------

export const musicElementUseSchema = z.object({
  element: musicElementSchema,
  /** How the element is used, clinically, in this intervention. */
  use: prose,
});

export const interventionSchema = z.object({
  key: contentKeySchema,
  name: label,
  technique: techniqueSchema,
  musicElements: z
    .array(musicElementUseSchema)
    .min(1)
    .refine((es) => new Set(es.map((e) => e.element)).size === es.length, 'each music element is listed once'),
  goalDomains: uniqueArray(contentKeySchema, 'goal domains', 1),
  populations: populationsSchema,
  materials: z.array(label),
  procedure: z.array(prose).min(1),
  adaptations: z.object({ easier: z.array(prose), harder: z.array(prose) }),
  precautions: z.array(prose),
  references: z.array(referenceSchema),
});
export type Intervention = z.output<typeof interventionSchema>;
export type InterventionInput = z.input<typeof interventionSchema>;

// ---------------------------------------------------------------------------
// Assessment templates
// ---------------------------------------------------------------------------

/**
 * The IMTAP-style frequency scale for a skill: how consistently the client shows it.
 * Baselines drawn from it take the midpoint of each band.
 */
export const IMTAP_SCALE = [
  { value: 0, label: 'Never' },
  { value: 1, label: 'Rarely (< 50 %)' },
  { value: 2, label: 'Inconsistent (50–79 %)' },
  { value: 3, label: 'Consistent (80–100 %)' },
] as const;
export type ImtapRating = 0 | 1 | 2 | 3;
export const IMTAP_BASELINE_PERCENT: Record<ImtapRating, number> = { 0: 0, 1: 25, 2: 65, 3: 90 };

export const ASSESSMENT_ITEM_KINDS = ['imtap', 'rating', 'number', 'text', 'choice', 'boolean'] as const;
export type AssessmentItemKind = (typeof ASSESSMENT_ITEM_KINDS)[number];

const anchorSchema = z.object({ value: z.number().finite(), label });

export const assessmentItemSchema = z
  .object({
    key: contentKeySchema,
    label: z.string().trim().min(1).max(400),
    kind: z.enum(ASSESSMENT_ITEM_KINDS),
    min: z.number().finite().optional(),
    max: z.number().finite().optional(),
    unit: z.string().trim().min(1).max(40).optional(),
    /** For a rating or number recorded in fixed steps from min, e.g. the PPS level in steps of 10. */
    step: z.number().positive().finite().optional(),
    choices: z.array(label).optional(),
    anchors: z.array(anchorSchema).optional(),
    /** The goal domain a low rating on this item suggests. */
    domainKey: contentKeySchema.optional(),
    /** Guidance for the assessor: what to observe, which published scale, how to score. */
    help: prose.optional(),
  })
  .superRefine((item, ctx) => {
    const add = (path: string, message: string) => ctx.addIssue({ code: 'custom', message, path: [path] });
    if (item.kind === 'imtap') {
      if (item.min !== undefined || item.max !== undefined || item.choices !== undefined || item.anchors !== undefined)
        add('kind', 'an imtap item uses the fixed IMTAP scale 0-3; it sets no min, max, choices or anchors');
      return;
    }
    if (item.kind === 'rating' && (item.min === undefined || item.max === undefined))
      add('max', 'a rating item needs min and max');
    if (item.min !== undefined && item.max !== undefined && item.max <= item.min)
      add('max', 'max must be greater than min');
    if (item.step !== undefined) {
      if (item.kind !== 'rating' && item.kind !== 'number') add('step', 'only rating and number items have a step');
      else if (item.min === undefined || item.max === undefined) add('step', 'a stepped item needs min and max');
      else if (!Number.isInteger((item.max - item.min) / item.step)) add('step', 'the step must divide the range from min to max');
      else if (item.anchors?.some((a) => !Number.isInteger((a.value - item.min!) / item.step!))) add('anchors', 'every anchor must fall on a step');
    }
    if (item.kind === 'choice') {
      const cs = item.choices ?? [];
      if (cs.length < 2) add('choices', 'a choice item needs at least two choices');
      if (new Set(cs).size !== cs.length) add('choices', 'choices must not repeat');
    } else if (item.choices !== undefined) {
      add('choices', 'only a choice item has choices');
    }
    if (item.anchors !== undefined) {
      if (item.kind !== 'rating' && item.kind !== 'number') add('anchors', 'only rating and number items have anchors');
      const lo = item.min ?? -Infinity;
      const hi = item.max ?? Infinity;
      if (item.anchors.some((a) => a.value < lo || a.value > hi)) add('anchors', 'every anchor must lie between min and max');
    }
  });
export type AssessmentItem = z.output<typeof assessmentItemSchema>;
export type AssessmentItemInput = z.input<typeof assessmentItemSchema>;

export const assessmentSectionSchema = z.object({
  key: contentKeySchema,
  title: label,
  items: z.array(assessmentItemSchema).min(1),
});

/** A named range of totals, e.g. GAD-7 10–14 "Moderate"; both ends inclusive. */
export const scoreBandSchema = z.object({ min: z.number().int(), max: z.number().int(), label });

/**
 * How a validated scale turns its item responses into a total: the sum of the listed
 * rating items, on the published range, with the published severity bands where the
 * source gives them (none are invented: a scale whose source gives no cut-offs has none).
 */
export const assessmentScoringSchema = z.object({
  kind: z.literal('sum'),
  /** The rating items that are summed, by key. */
  items: uniqueArray(contentKeySchema, 'scored items', 1),
  /** The published lowest and highest total. */
  range: z.tuple([z.number().int(), z.number().int()]),
  /** Contiguous bands covering the whole range, lowest first. */
  bands: z.array(scoreBandSchema).min(1).optional(),
});
export type AssessmentScoring = z.output<typeof assessmentScoringSchema>;

function checkScoring(
  scoring: AssessmentScoring,
  items: ReadonlyMap<string, AssessmentItem>,
  add: (path: (string | number)[], message: string) => void,
): void {
  let lo = 0;
  let hi = 0;
  scoring.items.forEach((key, i) => {
    const item = items.get(key);
    if (!item) return add(['scoring', 'items', i], `scored item "${key}" is not an item of this template`);
    if (item.kind !== 'rating' || item.min === undefined || item.max === undefined || !Number.isInteger(item.min) || !Number.isInteger(item.max))
      return add(['scoring', 'items', i], `scored item "${key}" must be a rating item with whole-number min and max`);
    lo += item.min;
    hi += item.max;
  });
  const [min, max] = scoring.range;
  if (max <= min) add(['scoring', 'range'], 'the range must run from a lower to a higher total');
  else if (lo !== min || hi !== max)
    add(['scoring', 'range'], `the scored items add up to ${lo}–${hi}, not the stated range ${min}–${max}`);
  const bands = scoring.bands ?? [];
  let next = min;
  bands.forEach((b, i) => {
    if (b.min !== next) add(['scoring', 'bands', i, 'min'], `band "${b.label}" must start at ${next} so the bands cover the range without gaps or overlaps`);
    if (b.max < b.min) add(['scoring', 'bands', i, 'max'], `band "${b.label}" ends before it starts`);
    next = b.max + 1;
  });
  if (bands.length > 0 && next !== max + 1) add(['scoring', 'bands'], `the last band must end at the top of the range (${max})`);
}

export const assessmentTemplateSchema = z
  .object({
    key: contentKeySchema,
    name: label,
    populations: populationsSchema,
    sections: z.array(assessmentSectionSchema).min(1),
    /** The published instruments this template draws on. */
    references: z.array(referenceSchema).default([]),
    /** For a validated scale with a total score: how the total is computed. */
    scoring: assessmentScoringSchema.optional(),
  })
  .superRefine((t, ctx) => {
    const sectionKeys = new Set<string>();
    const itemKeys = new Set<string>();
    t.sections.forEach((s, si) => {
      if (sectionKeys.has(s.key))
        ctx.addIssue({ code: 'custom', message: `section key "${s.key}" repeats`, path: ['sections', si, 'key'] });
      sectionKeys.add(s.key);
      s.items.forEach((item, ii) => {
        if (itemKeys.has(item.key))
          ctx.addIssue({
            code: 'custom',
            message: `item key "${item.key}" repeats; responses are keyed by item, so keys are unique across sections`,
            path: ['sections', si, 'items', ii, 'key'],
          });
        itemKeys.add(item.key);
      });
    });
    if (t.scoring) {
      const items = new Map(t.sections.flatMap((s) => s.items.map((i) => [i.key, i] as const)));
      checkScoring(t.scoring, items, (path, message) => ctx.addIssue({ code: 'custom', message, path }));
    }
  });
export type AssessmentTemplate = z.output<typeof assessmentTemplateSchema>;
export type AssessmentTemplateInput = z.input<typeof assessmentTemplateSchema>;

// ---------------------------------------------------------------------------
// From assessment to suggested goals
// ---------------------------------------------------------------------------

export type AssessmentResponses = Readonly<Record<string, number | string | boolean | null>>;

export interface GoalSuggestion {
  domainKey: string;
  itemKey: string;
  rating: 0 | 1 | 2;
  /** The midpoint of the rating's IMTAP band, as a starting baseline in percent. */
  baselinePercent: number;
}

function isImtapRating(v: unknown): v is ImtapRating {
  return v === 0 || v === 1 || v === 2 || v === 3;
}

/**
 * Suggested goals from an assessment: every IMTAP item tied to a goal domain that the
 * client does not yet show consistently (rated 0, 1 or 2), lowest rating first, with
 * a baseline at the midpoint of the rating's band. Items not answered, or answered off
 * the scale, suggest nothing. Pure.
 */
export function suggestGoalsFromAssessment(
  template: { sections: readonly { items: readonly Pick<AssessmentItem, 'key' | 'kind' | 'domainKey'>[] }[] },
  responses: AssessmentResponses,
): GoalSuggestion[] {
  const suggestions: GoalSuggestion[] = [];
  for (const section of template.sections) {
    for (const item of section.items) {
      if (item.kind !== 'imtap' || item.domainKey === undefined) continue;
      const rating = responses[item.key];
      if (!isImtapRating(rating) || rating === 3) continue;
      suggestions.push({
        domainKey: item.domainKey,
        itemKey: item.key,
        rating,
        baselinePercent: IMTAP_BASELINE_PERCENT[rating],
      });
    }
  }
  // Array.prototype.sort is stable: equal ratings keep the template's order.
  return suggestions.sort((a, b) => a.rating - b.rating);
}
