/**
 * The treatment plan as a document: what a version freezes (the snapshot), what changed from the
 * version it supersedes, and how a client or guardian acknowledges a signed version. The snapshot
 * keeps the words the document printed (measurement, criterion, baseline), so a signed version reads
 * the same however the wording of later releases changes.
 */
import type { MasteryCriterionInput } from './progress/mastery.js';
import type { MeasurementConfig } from './measurement.js';
import { criterionText, formatDate, listText, measureWords, valueText } from './reports/words.js';

/**
 * How a client or guardian acknowledged the plan. An acknowledgement records that the plan was
 * reviewed with them; it is not the clinician's signature and does not replace it.
 */
export const ACK_METHODS = ['in_person', 'electronic', 'verbal'] as const;
export type AckMethod = (typeof ACK_METHODS)[number];
export const ACK_METHOD_WORDS: Record<AckMethod, string> = {
  in_person: 'in person',
  electronic: 'electronically',
  verbal: 'verbally (recorded by the clinician)',
};

export interface SnapshotIntervention { id: string; name: string; technique: string }
export interface SnapshotObjective {
  id: string;
  label: string;
  statement: string;
  condition: string;
  measurement: string;
  criterion: string;
  direction: 'increase' | 'decrease';
  baseline: string;
  status: string;
  targetDate: string | null;
  interventions: SnapshotIntervention[];
}
export interface SnapshotGoal { id: string; domain: string; statement: string; status: string; targetDate: string | null; objectives: SnapshotObjective[] }
export interface PlanSnapshot {
  v: 1;
  client: { name: string; birthDate: string | null; populations: string[]; setting: string; diagnoses: { label: string; code: string }[] };
  reviewDate: string | null;
  frequency: string;
  sessionMinutes: number | null;
  precautions: string[];
  notes: string;
  goals: SnapshotGoal[];
}

/** The measurement as the clinical record states it: "Trials: % of trials correct". */
export function measurementLine(m: MeasurementConfig): string {
  switch (m.type) {
    case 'trials':
      return `Trials: % of trials ${m.metric === 'percent_independent' ? 'independent' : 'correct'}`;
    case 'frequency':
      return `Frequency: ${m.metric === 'rate_per_minute' ? 'rate per minute' : 'count per session'}`;
    case 'duration':
      if (m.metric === 'test_seconds') return `Timed test${m.test ? ` (${m.test.name})` : ''}: seconds${m.test?.distanceMetres ? ` over ${m.test.distanceMetres} m (speed in m/s)` : ''}`;
      return `Duration: ${m.metric === 'percent_of_observed' ? '% of observed time' : 'total seconds per session'}`;
    case 'latency':
      return `Latency: ${m.metric === 'median' ? 'median' : 'mean'} seconds from cue to response`;
    case 'rating':
      return `Rating: ${m.min}–${m.max}`;
    case 'prompt_level':
      return `Prompt level: ${m.metric === 'most_independent' ? 'most independent level' : 'mean level score'}`;
    case 'task_analysis':
      return `Task analysis: % of ${m.steps.length} steps independent`;
    case 'physiological':
      return `Physiological: ${measureWords(m)}`;
    case 'pre_post':
      return `Pre/post scale: ${m.scaleName} ${m.min}–${m.max}, change after − before`;
  }
}

/** The baseline as the plan states it: the value with its unit and the clinician's note, or that none is recorded yet. */
export function baselineLine(value: number | null, note: string, m: MeasurementConfig): string {
  const parts = [value === null ? '' : valueText(value, m), note.trim()].filter(Boolean);
  return parts.length ? parts.join('; ') : 'not yet established';
}

/** The criterion as the plan states it. */
export const criterionLine = (c: MasteryCriterionInput, m: MeasurementConfig) => criterionText(c, m);

const dateOr = (d: string | null) => (d ? formatDate(d) : 'none');
const minutesOr = (n: number | null) => (n === null ? 'not stated' : `${n} minutes`);

function was(what: string, a: string, b: string): string[] {
  return a === b ? [] : [`${what}: ${a || 'none'} → ${b || 'none'}`];
}

function added<T>(prev: readonly T[], next: readonly T[], key: (t: T) => string): { added: T[]; removed: T[]; kept: [T, T][] } {
  const before = new Map(prev.map((t) => [key(t), t]));
  const after = new Map(next.map((t) => [key(t), t]));
  return {
    added: next.filter((t) => !before.has(key(t))),
    removed: prev.filter((t) => !after.has(key(t))),
    kept: next.filter((t) => before.has(key(t))).map((t) => [before.get(key(t))!, t]),
  };
}

function objectiveChanges(a: SnapshotObjective, b: SnapshotObjective): string[] {
  const of = `Objective “${b.label}”`;
  const ivs = added(a.interventions, b.interventions, (i) => i.id);
  return [
    ...was(`${of}, statement`, a.statement, b.statement),
    ...was(`${of}, condition`, a.condition, b.condition),
    ...was(`${of}, measurement`, a.measurement, b.measurement),
    ...was(`${of}, mastery criterion`, a.criterion, b.criterion),
    ...was(`${of}, direction`, a.direction, b.direction),
    ...was(`${of}, baseline`, a.baseline, b.baseline),
    ...was(`${of}, status`, a.status, b.status),
    ...was(`${of}, target date`, dateOr(a.targetDate), dateOr(b.targetDate)),
    ...ivs.added.map((i) => `${of}: intervention added, ${i.name}`),
    ...ivs.removed.map((i) => `${of}: intervention removed, ${i.name}`),
  ];
}

/** What changed from the superseded version to this one, line by line; [] for a first version. */
export function planChanges(prev: PlanSnapshot | null, next: PlanSnapshot): string[] {
  if (!prev) return [];
  const out = [
    ...was('Review date', dateOr(prev.reviewDate), dateOr(next.reviewDate)),
    ...was('Frequency', prev.frequency, next.frequency),
    ...was('Session length', minutesOr(prev.sessionMinutes), minutesOr(next.sessionMinutes)),
  ];
  const pre = added(prev.precautions, next.precautions, (p) => p);
  out.push(...pre.added.map((p) => `Precaution added: ${p}`), ...pre.removed.map((p) => `Precaution removed: ${p}`));
  const dx = added(prev.client.diagnoses, next.client.diagnoses, (d) => `${d.label}|${d.code}`);
  out.push(...dx.added.map((d) => `Diagnosis on the chart added: ${d.label}`), ...dx.removed.map((d) => `Diagnosis on the chart removed: ${d.label}`));
  const goals = added(prev.goals, next.goals, (g) => g.id);
  out.push(...goals.added.map((g) => `Goal added: ${g.statement}${g.objectives.length ? ` (objectives: ${listText(g.objectives.map((o) => o.label))})` : ''}`));
  out.push(...goals.removed.map((g) => `Goal removed: ${g.statement}`));
  for (const [a, b] of goals.kept) {
    out.push(...was('Goal', a.statement, b.statement), ...was(`Goal “${b.statement}”, status`, a.status, b.status), ...was(`Goal “${b.statement}”, target date`, dateOr(a.targetDate), dateOr(b.targetDate)));
    const objs = added(a.objectives, b.objectives, (o) => o.id);
    out.push(...objs.added.map((o) => `Objective added: “${o.label}”`), ...objs.removed.map((o) => `Objective removed: “${o.label}”`));
    for (const [x, y] of objs.kept) out.push(...objectiveChanges(x, y));
  }
  if (prev.notes.trim() !== next.notes.trim()) out.push('Plan notes revised');
  return out;
}
