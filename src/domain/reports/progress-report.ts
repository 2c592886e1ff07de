/** The progress report for a period, in the clinical or the family voice. */
import { describeEffectSize, EFFECT_SIZE_CAVEAT } from '../progress/effect-sizes.js';
import { formatNumber } from '../progress/summary.js';
import { criterionPhrase } from '../progress/mastery.js';
import type { ProgressStatus } from '../progress/status.js';
import { chartSpec, type ChartSpec } from './chart-spec.js';
import { attendanceSummary, objectiveFacts, type AttendanceSummary, type ObjectiveFacts } from './facts.js';
import { identity, signature, type Fact, type Identity, type SignatureBlock } from './identity.js';
import { iepObjectiveCode, type IepCode } from './iep.js';
import type { ReportInput, ReportObjective } from './inputs.js';
import { effectSizePairs, fig, objectiveNarrative, recommendation, say, summaryNarrative, tallyStatuses, type Sentence } from './narrative.js';
import {
  elementLabel, familyCriterionPhrase, formatDate, levelText, listText, percentText, plural, STATUS_WORDS, techniqueLabel, valueText, type Voice,
} from './words.js';
import { unitOf } from '../measurement.js';

export interface ObjectiveSection {
  id: string;
  /** "Objective 1.2" (family: "Step 1.2"). */
  label: string;
  statement: string;
  condition: string;
  criterion: string;
  status: ProgressStatus;
  statusLabel: string;
  masteryDate: string | null;
  facts: Fact[];
  narrative: Sentence[];
  recommendation: Sentence;
  iep: { code: IepCode; label: string };
  chart: ChartSpec;
  /** Session values in the period (clinical voice), the graph's data as a table. */
  table: { date: string; value: string; summary: string }[];
}

export interface GoalSection {
  statement: string;
  domain: string;
  targetDate: string | null;
  objectives: ObjectiveSection[];
}

export interface InterventionLine {
  name: string;
  technique: string;
  elements: string[];
  delivered: string;
  objectives: string;
}

export interface ProgressReport {
  kind: 'progress';
  voice: Voice;
  title: string;
  organization: string;
  identity: Identity;
  summary: Sentence[];
  attendance: AttendanceSummary;
  attendanceFacts: Fact[];
  goals: GoalSection[];
  interventions: InterventionLine[];
  recommendations: Sentence[];
  plan: Sentence[];
  signature: SignatureBlock;
}

function objectiveFactsList(o: ReportObjective, f: ObjectiveFacts, voice: Voice): Fact[] {
  const m = o.measurement;
  const facts: Fact[] = [];
  const mean = voice === 'family' ? 'average' : 'mean';
  const base = f.baseline ? `${levelText(f.baseline.value, m, voice)}${f.baseline.source === 'phase' ? ` (${mean} of ${plural(f.baseline.n, 'session')})` : voice === 'family' ? '' : ' (recorded)'}` : '—';
  const cur = f.current ? `${levelText(f.current.value, m, voice)} (${mean} of the last ${plural(f.current.n, 'session')})` : '—';
  if (voice === 'family') {
    facts.push({ label: 'At the start', value: base }, { label: 'Now', value: cur }, { label: 'Goal', value: familyCriterionPhrase(o.criterion, m) });
    if (f.masteryDate && o.progress.status === 'met') facts.push({ label: 'Reached on', value: formatDate(f.masteryDate) });
    return facts;
  }
  facts.push({ label: 'Baseline', value: base }, { label: 'Current level', value: cur }, { label: 'Criterion', value: criterionPhrase(o.criterion, unitOf(m)) });
  facts.push({ label: 'Mastery', value: f.masteryDate && o.progress.status === 'met' ? `met on ${formatDate(f.masteryDate)}${o.masteryConfirmedAt ? ' (confirmed)' : ''}` : 'not met' });
  const es = o.progress.effectSizes;
  const b = o.progress.baseline;
  const short = b.reason === 'short' ? `; ${b.label}` : '';
  facts.push({ label: 'Effect size', value: es ? `${describeEffectSize(es, effectSizePairs(o))}${short} (${EFFECT_SIZE_CAVEAT})` : (b.label ?? 'no baseline to compare with') });
  if (o.targetDate) facts.push({ label: 'Target date', value: formatDate(o.targetDate) });
  return facts;
}

/** `label` names the objective where the report refers back to it, e.g. "Objective 1.2". */
export function objectiveSection(input: ReportInput, o: ReportObjective, voice: Voice, label: string): ObjectiveSection {
  const f = objectiveFacts(o, input.period);
  const name = identity(input, voice).callName;
  const code = iepObjectiveCode(o, f, input.period.to);
  return {
    id: o.id,
    statement: o.statement,
    condition: o.condition,
    criterion: voice === 'family' ? familyCriterionPhrase(o.criterion, o.measurement) : criterionPhrase(o.criterion, unitOf(o.measurement)),
    status: o.progress.status,
    statusLabel: STATUS_WORDS[voice][o.progress.status],
    masteryDate: o.progress.status === 'met' ? f.masteryDate : null,
    facts: objectiveFactsList(o, f, voice),
    narrative: objectiveNarrative(o, f, voice, name),
    label,
    recommendation: recommendation(o, f, voice, name, label),
    iep: { code, label: input.progressCodes[code].label },
    chart: chartSpec(o, voice, input.period.from),
    table:
      voice === 'clinical'
        ? o.sessions
            .filter((s) => s.date >= input.period.from && s.date <= input.period.to)
            .map((s) => ({ date: formatDate(s.date), value: s.value === null ? 'no data' : valueText(s.value, o.measurement), summary: s.summaryText }))
        : [],
  };
}

/** "Tempo: set for the child's motor control" (the use alone when it already names the element). */
function elementText(e: { element: string; use: string }, voice: Voice): string {
  const label = elementLabel(e.element);
  const use = e.use.trim();
  if (voice === 'family' || !use) return label;
  return use.toLowerCase().startsWith(label.toLowerCase()) ? use : `${label}: ${use}`;
}

function interventionLines(input: ReportInput, voice: Voice): InterventionLine[] {
  return input.interventions.map((iv) => ({
    name: iv.name,
    technique: techniqueLabel(iv.technique),
    elements: iv.musicElements.map((e) => elementText(e, voice)),
    delivered: iv.timesDelivered > 0 ? plural(iv.timesDelivered, 'session') : 'planned',
    objectives: iv.objectiveStatements.join('; '),
  }));
}

function attendanceFacts(a: AttendanceSummary, voice: Voice): Fact[] {
  const facts: Fact[] = [
    { label: voice === 'family' ? 'Planned sessions' : 'Scheduled', value: String(a.scheduled) },
    { label: voice === 'family' ? 'Came to' : 'Attended', value: String(a.attended) },
    { label: voice === 'family' ? 'Missed' : 'Absent', value: String(a.missed) },
    { label: 'Cancelled', value: String(a.cancelled) },
  ];
  if (a.notRecorded) facts.push({ label: 'Not recorded', value: String(a.notRecorded) });
  facts.push({ label: voice === 'family' ? 'Attendance' : 'Attendance rate', value: a.rate === null ? '—' : percentText(a.attended, a.attended + a.missed) });
  facts.push({ label: voice === 'family' ? 'Time in music therapy' : 'Minutes attended', value: voice === 'family' ? `${formatNumber(a.minutesAttended / 60)} hours` : String(a.minutesAttended) });
  return facts;
}

function planSentences(input: ReportInput, goals: GoalSection[], voice: Voice): Sentence[] {
  const out: Sentence[] = [];
  const active = goals.flatMap((g) => g.objectives).filter((o) => o.status !== 'met').length;
  const open = new Set(input.goals.flatMap((g) => g.objectives).filter((o) => o.progress.status !== 'met').map((o) => o.statement));
  const ivs = input.interventions.filter((i) => i.inPlan && i.objectiveStatements.some((s) => open.has(s))).map((i) => i.name);
  if (voice === 'family') {
    out.push(say`We will keep working on ${fig('steps still in progress', plural(active, 'step'))}${ivs.length ? ` with music activities such as ${listText(ivs.slice(0, 3))}` : ''}.`);
    if (input.plan.reviewDate) out.push(say`We will look at the plan together again by ${fig('review date', formatDate(input.plan.reviewDate))}.`);
  } else {
    out.push(say`Continue treatment on ${fig('objectives in progress', plural(active, 'objective'))} not yet met${ivs.length ? `, with ${listText(ivs)}` : ''}.`);
    if (input.plan.reviewDate) out.push(say`Treatment plan review due ${fig('review date', formatDate(input.plan.reviewDate))}.`);
  }
  // The plan's notes are written for the record, in the profession's words: the family version leaves them out.
  if (voice === 'clinical' && input.plan.notes.trim()) out.push({ text: input.plan.notes.trim(), figures: [] });
  return out;
}

export function buildProgressReport(input: ReportInput, voice: Voice): ProgressReport {
  const id = identity(input, voice);
  const goals: GoalSection[] = input.goals.map((g, i) => ({
    statement: g.statement,
    domain: g.domain,
    targetDate: g.targetDate,
    objectives: g.objectives.map((o, j) => objectiveSection(input, o, voice, `${voice === 'family' ? 'Step' : 'Objective'} ${i + 1}.${j + 1}`)),
  }));
  const objectives = goals.flatMap((g) => g.objectives);
  const attendance = attendanceSummary(input.attendance);
  return {
    kind: 'progress',
    voice,
    title: voice === 'family' ? `Music therapy progress: ${id.callName}` : 'Music therapy progress report',
    organization: input.organization,
    identity: id,
    summary: summaryNarrative(attendance, tallyStatuses(objectives.map((o) => o.status)), input.period, voice, id.callName),
    attendance,
    attendanceFacts: attendanceFacts(attendance, voice),
    goals,
    interventions: interventionLines(input, voice),
    recommendations: objectives.map((o) => o.recommendation),
    plan: planSentences(input, goals, voice),
    signature: signature(input),
  };
}
