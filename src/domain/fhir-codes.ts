/**
 * The vocabularies of the FHIR export: HL7 code systems where one fits, LOINC only for codes we are
 * sure of, and Crescendo's own CodeSystem URIs for the clinical model's concepts that have no
 * standard code (measurement types, summary metrics, goal domains, interventions, techniques).
 */
import type { CodeableConcept, Coding, Quantity } from '@medplum/fhirtypes';
import { GOAL_CATEGORY_LABELS, SETTING_LABELS, TECHNIQUE_LABELS, type GoalCategory, type Setting, type Technique } from './content.js';
import type { MeasurementConfig, MeasurementType } from './measurement.js';
import type { ProgressStatus } from './progress/index.js';

const OWN = 'https://crescendo.example/fhir';
export const CRESCENDO_CODE_SYSTEM = {
  measurementType: `${OWN}/CodeSystem/measurement-type`,
  summaryMetric: `${OWN}/CodeSystem/summary-metric`,
  summaryDetail: `${OWN}/CodeSystem/summary-detail`,
  goalDomain: `${OWN}/CodeSystem/goal-domain`,
  goalCategory: `${OWN}/CodeSystem/goal-category`,
  intervention: `${OWN}/CodeSystem/intervention`,
  technique: `${OWN}/CodeSystem/technique`,
  sessionType: `${OWN}/CodeSystem/session-type`,
  setting: `${OWN}/CodeSystem/setting`,
} as const;
export const CRESCENDO_IDENTIFIER_SYSTEM = {
  client: `${OWN}/NamingSystem/client-id`,
  /** The SHA-256 that sealed a note when it was signed (hex). */
  noteContentHash: `${OWN}/NamingSystem/note-content-sha256`,
} as const;

export const SYSTEM = {
  ucum: 'http://unitsofmeasure.org',
  loinc: 'http://loinc.org',
  actCode: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
  participationType: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  goalAchievement: 'http://terminology.hl7.org/CodeSystem/goal-achievement',
  goalRelationshipType: 'http://terminology.hl7.org/CodeSystem/goal-relationship-type',
  dataAbsentReason: 'http://terminology.hl7.org/CodeSystem/data-absent-reason',
} as const;

export const EXTENSION = {
  /** Core extension: the resource is related to the measurement, achievement or progress of a goal. */
  pertainsToGoal: 'http://hl7.org/fhir/StructureDefinition/resource-pertainsToGoal',
  /** Core extension on Goal: a long-term goal's objectives are its milestones. */
  goalRelationship: 'http://hl7.org/fhir/StructureDefinition/goal-relationship',
} as const;

export const MEASUREMENT_TYPE_LABELS: Record<MeasurementType, string> = {
  trials: 'Trials', frequency: 'Frequency', duration: 'Duration', latency: 'Latency', rating: 'Rating', prompt_level: 'Prompt level',
  task_analysis: 'Task analysis', physiological: 'Physiological measure', pre_post: 'Pre/post scale',
};

const METRIC_LABELS: Record<string, string> = {
  percent_success: 'Percent of trials successful', percent_independent: 'Percent independent', count: 'Count per session',
  rate_per_minute: 'Rate per minute', total_seconds: 'Total seconds', percent_of_observed: 'Percent of observed time', mean: 'Mean',
  median: 'Median', mean_level_score: 'Mean prompt-level score', most_independent: 'Most independent prompt level (score)',
  pre_post_change: 'Change post − pre', post_minus_pre: 'Change post − pre',
};

const SESSION_TYPE_LABELS: Record<string, string> = { individual: 'Individual session', group: 'Group session', family: 'Family session', co_treatment: 'Co-treatment session' };

/** LOINC codes for the vital-sign channels (the codes of the FHIR vital-signs profile). */
const CHANNEL_LOINC: Partial<Record<string, Coding>> = {
  heart_rate: { system: SYSTEM.loinc, code: '8867-4', display: 'Heart rate' },
  respiratory_rate: { system: SYSTEM.loinc, code: '9279-1', display: 'Respiratory rate' },
  spo2: { system: SYSTEM.loinc, code: '59408-5', display: 'Oxygen saturation in Arterial blood by Pulse oximetry' },
};

/** LOINC "Progress note". */
export const PROGRESS_NOTE_TYPE: CodeableConcept = { coding: [{ system: SYSTEM.loinc, code: '11506-3', display: 'Progress note' }], text: 'Music therapy progress note' };

export const label = (key: string) => key.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());

export function metricOf(config: MeasurementConfig): string {
  switch (config.type) {
    case 'rating':
      return 'mean';
    case 'task_analysis':
      return 'percent_independent';
    case 'pre_post':
      return 'post_minus_pre';
    default:
      return config.metric;
  }
}

/** What an objective's session summary measures: the measurement type, with LOINC for a vital-sign mean. */
export function measureCode(config: MeasurementConfig, text: string): CodeableConcept {
  const coding: Coding[] = [{ system: CRESCENDO_CODE_SYSTEM.measurementType, code: config.type, display: MEASUREMENT_TYPE_LABELS[config.type] }];
  const loinc = config.type === 'physiological' && config.metric === 'mean' ? CHANNEL_LOINC[config.primaryChannel] : undefined;
  if (loinc) coding.push(loinc);
  return { coding, text };
}

export function metricCode(config: MeasurementConfig): CodeableConcept {
  const metric = metricOf(config);
  return { coding: [{ system: CRESCENDO_CODE_SYSTEM.summaryMetric, code: metric, display: METRIC_LABELS[metric] ?? label(metric) }] };
}

/** The summary's unit as UCUM where it is a UCUM unit; counts and scores as UCUM annotations. */
const UCUM: Record<string, { unit: string; code: string }> = {
  '%': { unit: '%', code: '%' },
  '/min': { unit: '/min', code: '/min' },
  s: { unit: 's', code: 's' },
  occurrences: { unit: 'occurrences', code: '{occurrences}' },
  rating: { unit: 'score', code: '{score}' },
  'level score': { unit: 'level score', code: '{score}' },
  points: { unit: 'points', code: '{score}' },
  '{state}': { unit: 'state', code: '{state}' },
};

export function quantity(value: number, unit: string, comparator?: Quantity['comparator']): Quantity {
  const u = UCUM[unit];
  return { value, ...(comparator ? { comparator } : {}), ...(u ? { unit: u.unit, system: SYSTEM.ucum, code: u.code } : { unit }) };
}

export const detailCode = (key: string): CodeableConcept => ({ coding: [{ system: CRESCENDO_CODE_SYSTEM.summaryDetail, code: key, display: METRIC_LABELS[key] ?? label(key) }] });

export const dataAbsent = (code: 'unknown' | 'not-performed'): CodeableConcept => ({ coding: [{ system: SYSTEM.dataAbsentReason, code }] });

export const THERAPY_CATEGORY: CodeableConcept = { coding: [{ system: SYSTEM.observationCategory, code: 'therapy', display: 'Therapy' }] };

export function goalCategoryCodes(domain: { key: string; name: string; category: string }): CodeableConcept[] {
  const category = GOAL_CATEGORY_LABELS[domain.category as GoalCategory] ?? label(domain.category);
  return [
    { coding: [{ system: CRESCENDO_CODE_SYSTEM.goalCategory, code: domain.category, display: category }], text: category },
    { coding: [{ system: CRESCENDO_CODE_SYSTEM.goalDomain, code: domain.key, display: domain.name }], text: domain.name },
  ];
}

export const interventionCode = (iv: { key: string; name: string }): CodeableConcept => ({
  coding: [{ system: CRESCENDO_CODE_SYSTEM.intervention, code: iv.key, display: iv.name }],
  text: iv.name,
});

export function techniqueCode(technique: string): CodeableConcept {
  const display = TECHNIQUE_LABELS[technique as Technique] ?? label(technique);
  return { coding: [{ system: CRESCENDO_CODE_SYSTEM.technique, code: technique, display }], text: display };
}

export const sessionTypeCode = (type: string): CodeableConcept => ({
  coding: [{ system: CRESCENDO_CODE_SYSTEM.sessionType, code: type, display: SESSION_TYPE_LABELS[type] ?? label(type) }],
  text: `Music therapy: ${(SESSION_TYPE_LABELS[type] ?? label(type)).toLowerCase()}`,
});

export function settingCode(setting: string): CodeableConcept {
  const display = SETTING_LABELS[setting as Setting] ?? label(setting);
  return { coding: [{ system: CRESCENDO_CODE_SYSTEM.setting, code: setting, display }], text: display };
}

/** Encounter.class (v3 ActCode) from the session's setting. */
export function encounterClass(setting: string): Coding {
  if (setting === 'nicu' || setting === 'inpatient') return { system: SYSTEM.actCode, code: 'IMP', display: 'inpatient encounter' };
  if (setting === 'hospice_home') return { system: SYSTEM.actCode, code: 'HH', display: 'home health' };
  if (setting === 'school' || setting === 'community') return { system: SYSTEM.actCode, code: 'FLD', display: 'field' };
  return { system: SYSTEM.actCode, code: 'AMB', display: 'ambulatory' };
}

export const PRIMARY_PERFORMER: CodeableConcept = { coding: [{ system: SYSTEM.participationType, code: 'PPRF', display: 'primary performer' }] };

/**
 * Goal.achievementStatus from the progress engine: met → achieved, progressing → improving,
 * not-progressing → worsening when the trend points away from the goal, else no-progress,
 * insufficient-data → in-progress.
 */
export function achievementStatus(status: ProgressStatus, slope: number | null, direction: string): CodeableConcept {
  const worse = slope !== null && (direction === 'decrease' ? slope > 0 : slope < 0);
  const [code, display] =
    status === 'met' ? ['achieved', 'Achieved']
    : status === 'progressing' ? ['improving', 'Improving']
    : status === 'not-progressing' ? (worse ? ['worsening', 'Worsening'] : ['no-progress', 'No Progress'])
    : ['in-progress', 'In Progress'];
  return { coding: [{ system: SYSTEM.goalAchievement, code, display }], text: status };
}
