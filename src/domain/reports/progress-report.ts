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
import { effectSizePairs, fig, objectiveNarrative, recommendation, say, summaryNarrative, tallyStatuses, type About, type Sentence } from './narrative.js';
import { prePostLevels, severePre, SEVERE_FROM, type PrePostLevel } from './levels.js';
import { speaksOfSkill, offersDateToReach } from './population.js';
import { homeProgramme } from './aftercare.js';
import {
  elementLabel, familyCriterionPhrase, formatDate, isChange, levelText, listText, percentText, plural, reportUnit, STATUS_WORDS, techniqueLabel, valueText, type Voice,
  criterionText,
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

/** "7 → 4.2" (a scale) or "156.6 → 148.2 bpm": the levels before and after the session. */
function beforeAfter(l: PrePostLevel, m: ReportObjective['measurement'], voice: Voice): string {
  const unit = m.type === 'pre_post' ? '' : ` ${reportUnit(m)}`;
  const d = voice === 'family' ? 0 : 1;
  return voice === 'family' ? `about ${formatNumber(l.pre, d)}${unit} before, ${formatNumber(l.post, d)}${unit} after` : `${formatNumber(l.pre, d)} → ${formatNumber(l.post, d)}${unit}`;
}

function objectiveFactsList(o: ReportObjective, f: ObjectiveFacts, voice: Voice, about: About): Fact[] {
  const m = o.measurement;
  const facts: Fact[] = [];
  const mean = voice === 'family' ? 'average' : 'mean';
  const pp = prePostLevels(o);
  const sev = severePre(o, about.period);
  const base = f.baseline ? `${levelText(f.baseline.value, m, voice)}${f.baseline.source === 'phase' ? ` (${mean} of ${plural(f.baseline.n, 'session')})` : voice === 'family' ? '' : ' (recorded)'}` : '—';
  const cur = f.current ? `${levelText(f.current.value, m, voice)} (${mean} of the last ${plural(f.current.n, 'session')})` : '—';
  if (voice === 'family') {
    // A family reads the levels before and after, not a signed change.
    const start = pp?.baseline ? `${beforeAfter(pp.baseline, m, voice)} (${mean} of ${plural(pp.baseline.n, 'session')})` : pp ? '—' : base;
    const now = pp?.current ? `${beforeAfter(pp.current, m, voice)} (${mean} of the last ${plural(pp.current.n, 'session')})` : pp ? '—' : cur;
    facts.push({ label: 'At the start', value: start }, { label: 'Now', value: now }, { label: 'Goal', value: familyCriterionPhrase(o.criterion, m) });
    if (sev) facts.push({ label: 'Severe before the session', value: `${sev.severe} of ${plural(sev.of, 'session')} (${SEVERE_FROM} or more out of 10)` });
    if (f.masteryDate && o.progress.status === 'met') facts.push({ label: 'Reached on', value: formatDate(f.masteryDate) });
    return facts;
  }
  const change = isChange(m);
  facts.push({ label: change ? 'Baseline change' : 'Baseline', value: base }, { label: change ? 'Current change' : 'Current level', value: cur });
  if (pp?.baseline) facts.push({ label: 'Before → after, baseline', value: beforeAfter(pp.baseline, m, voice) });
  if (pp?.current) facts.push({ label: 'Before → after, now', value: beforeAfter(pp.current, m, voice) });
  if (sev) facts.push({ label: 'Severe before the session', value: `${sev.severe} of ${plural(sev.of, 'session')} in the period (≥ ${SEVERE_FROM}/10; up to ${formatNumber(sev.highest)}/10)` });
  facts.push({ label: 'Criterion', value: criterionText(o.criterion, m) });
  const met = f.masteryDate && o.progress.status === 'met' ? `met on ${formatDate(f.masteryDate)}${o.masteryConfirmedAt ? ' (confirmed)' : ''}` : 'not met';
  if (speaksOfSkill(m, about.client)) facts.push({ label: 'Mastery', value: met });
  else facts.push({ label: 'Criterion met', value: met === 'not met' ? 'not yet' : met.replace(/^met /, '') });
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
  const about = { name: identity(input, voice).callName, client: input.client, period: input.period };
  const code = iepObjectiveCode(o, f, input.period.to);
  return {
    id: o.id,
    statement: o.statement,
    condition: o.condition,
    criterion: voice === 'family' ? familyCriterionPhrase(o.criterion, o.measurement) : criterionText(o.criterion, o.measurement),
    status: o.progress.status,
    statusLabel: STATUS_WORDS[voice][o.progress.status],
    masteryDate: o.progress.status === 'met' ? f.masteryDate : null,
    facts: objectiveFactsList(o, f, voice, about),
    narrative: objectiveNarrative(o, f, voice, about),
    label,
    recommendation: recommendation(o, f, voice, about, label),
    iep: { code, label: input.progressCodes[code].label },
    chart: chartSpec(o, voice, input.period.from, { aimLine: offersDateToReach(input.client) }),
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
    { label: voice === 'family' ? 'Sessions had' : 'Attended', value: String(a.attended) },
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
  const home = homeProgramme(input, voice);
  if (home) out.push(home);
  // The plan's notes are written for the record, in the profession's words: the family version leaves them out.
  if (voice === 'clinical' && input.plan.notes.trim()) out.push({ text: input.plan.notes.trim(), figures: [] });
  return out;
}

export function buildProgressReport(input: ReportInput, voice: Voice): ProgressReport {
  const id = identity(input, voice);
  const goals: GoalSection[] = input.goals.map((g, i) => ({
    statement: g.statement,
    domain: g.domain,
    // Hospice care offers a family no date to reach (population.ts).
    targetDate: voice === 'family' && !offersDateToReach(input.client) ? null : g.targetDate,
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
