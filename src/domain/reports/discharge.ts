/**
 * The discharge summary: the course of treatment, the outcome per goal, the reason for discharge
 * and recommendations for after music therapy.
 *
 * The reason, the first that applies: the reason given by the therapist; "all objectives met"
 * when every objective met its criterion; the client's recorded status (discharged, or a summary
 * prepared while the client is still in treatment).
 */
import { criterionPhrase } from '../progress/mastery.js';
import type { ProgressStatus } from '../progress/status.js';
import { attendanceSummary, objectiveFacts, type AttendanceSummary } from './facts.js';
import { identity, signature, type Fact, type Identity, type SignatureBlock } from './identity.js';
import type { ReportInput, ReportObjective } from './inputs.js';
import { fig, say, summaryNarrative, tallyStatuses, type Figure, type Sentence } from './narrative.js';
import { aftercarePrompts, DISCHARGE_REASON_LABELS, homeProgramme, legacyWorkDelivered, type DischargeReason } from './aftercare.js';
import { inHospice, inNicu, objectiveNature, speaksOfSkill } from './population.js';
import { prePostLevels, secondaryChannelLevels, severePre, SEVERE_FROM, type PrePostLevel } from './levels.js';
import { CHANNEL_WORDS, channelValue, formatNumber } from '../progress/summary.js';
import {
  clientStatusLabel, formatDate, isChange, levelText, listText, percentText, plural, reportUnit, slopeText, STATUS_WORDS, techniqueLabel,
  criterionText,
} from './words.js';
import { unitOf } from '../measurement.js';

export interface DischargeObjective {
  /** "Objective 1.2". */
  label: string;
  statement: string;
  status: ProgressStatus;
  criterion: string;
  outcome: string;
  initial: string;
  final: string;
  masteryDate: string | null;
  /** A pre/post objective's levels before → after at baseline and at the end, and a severe level before (levels.ts). */
  levels: Fact[];
  /** The values are changes from before to after the session ("Baseline change", "Final change"). */
  isChange: boolean;
  sentence: Sentence;
}

export interface DischargeGoal {
  statement: string;
  domain: string;
  outcome: string;
  objectives: DischargeObjective[];
}

export interface DischargeSummary {
  kind: 'discharge';
  title: string;
  organization: string;
  identity: Identity;
  course: Fact[];
  courseNarrative: Sentence[];
  attendance: AttendanceSummary;
  reason: string;
  goals: DischargeGoal[];
  recommendations: Sentence[];
  /** Lines the therapist completes before signing (aftercare.ts): bereavement, legacy work, home plans, referrals. */
  prompts: Sentence[];
  signature: SignatureBlock;
}

export function dischargeReason(input: ReportInput, given: string | null | undefined, code: DischargeReason | null = null): string {
  if (code && code !== 'other') return `${DISCHARGE_REASON_LABELS[code]}${given && given.trim() ? `: ${given.trim()}` : '.'}`;
  if (given && given.trim()) return given.trim();
  const objectives = input.goals.flatMap((g) => g.objectives);
  if (objectives.length > 0 && objectives.every((o) => o.progress.status === 'met' || o.status === 'met'))
    return `Treatment goals met: all ${plural(objectives.length, 'objective')} met their mastery criteria.`;
  if (input.client.status === 'discharged') return 'Discharged (client status recorded as discharged; no further reason was recorded).';
  return `Not yet discharged: the client’s status is “${clientStatusLabel(input.client.status).toLowerCase()}”. This summary covers treatment to date.`;
}

function levelFacts(o: ReportObjective, input: ReportInput): Fact[] {
  const pp = prePostLevels(o);
  const out: Fact[] = [];
  const m = o.measurement;
  const unit = m.type === 'pre_post' ? '' : ` ${reportUnit(m)}`;
  const text = (l: PrePostLevel) => `${formatNumber(l.pre)} → ${formatNumber(l.post)}${unit}`;
  if (pp?.baseline) out.push({ label: 'Before → after, baseline', value: text(pp.baseline) });
  if (pp?.current) out.push({ label: 'Before → after, final', value: text(pp.current) });
  // Every other channel recorded (SpO₂, respiratory rate, state), not only the one progress follows.
  for (const l of secondaryChannelLevels(o)) {
    const w = CHANNEL_WORDS[l.channel];
    const v = (x: number | null) => (x === null ? '—' : channelValue(l.channel, x));
    out.push({ label: `${w.name[0]!.toUpperCase()}${w.name.slice(1)}, baseline → final`, value: `${v(l.baseline)} → ${v(l.current)}` });
  }
  const sev = severePre(o, input.period);
  if (sev) out.push({ label: 'Severe before the session', value: `${sev.severe} of ${plural(sev.of, 'session')} (≥ ${SEVERE_FROM}/10; up to ${formatNumber(sev.highest)}/10)` });
  return out;
}

function objectiveOutcome(o: ReportObjective, input: ReportInput, name: string, label: string): DischargeObjective {
  const f = objectiveFacts(o, input.period);
  const m = o.measurement;
  const met = o.progress.status === 'met';
  const initial = f.baseline ? levelText(f.baseline.value, m, 'clinical') : '—';
  const final = f.current ? levelText(f.current.value, m, 'clinical') : '—';
  const phrase = fig('criterion', criterionText(o.criterion, m));
  let sentence: Sentence;
  if (met) sentence = say`${name} met the criterion (${phrase}) on ${fig('criterion met on', formatDate(f.masteryDate))}.`;
  else if (!f.current) sentence = say`${fig('data sessions', 0)} data sessions were recorded; the outcome cannot be judged.`;
  else if (f.baseline) sentence = say`From ${fig('baseline', initial)} at baseline to ${fig('final level', final)} over the last ${fig('sessions', plural(f.current.n, 'session'))}; criterion ${phrase} not met.`;
  else sentence = say`Final level ${fig('final level', final)} over the last ${fig('sessions', plural(f.current.n, 'session'))}; criterion ${phrase} not met.`;
  return {
    label,
    statement: o.statement,
    status: o.progress.status,
    criterion: phrase.value,
    outcome: STATUS_WORDS.clinical[o.progress.status],
    initial,
    final,
    masteryDate: met ? formatDate(f.masteryDate) : null,
    levels: levelFacts(o, input),
    isChange: isChange(m),
    sentence,
  };
}

function goalOutcome(objectives: DischargeObjective[], raw: ReportObjective[], hospice = false): string {
  if (raw.length === 0) return 'no objectives';
  const met = raw.filter((o) => o.progress.status === 'met').length;
  if (met === raw.length) return 'achieved';
  if (met > 0) return `partly achieved (${met} of ${raw.length} objectives met)`;
  // Hospice care ends; it is not a discharge from treatment that could have gone on.
  return raw.some((o) => o.progress.status === 'progressing') ? `not achieved; progressing at ${hospice ? 'the end of care' : 'discharge'}` : 'not achieved';
}

/** "Name (technique)", without repeating a technique the name already states. */
function approachText(name: string, technique: string): string {
  const plain = technique.replace(/\s*\(.*\)$/, '').toLowerCase();
  return name.toLowerCase().includes(plain) ? name : `${name} (${technique})`;
}

/** What follows one objective after discharge, in words that fit what it measures and whom it is for (population.ts). */
function objectiveNext(o: ReportObjective, stmt: Figure, client: ReportInput['client']): Sentence {
  const p = o.progress;
  const nature = objectiveNature(o.measurement);
  const hospice = inHospice(client);
  const trend = () => fig('trend', slopeText(p.trend.slope ?? 0, o.measurement));
  if (p.status === 'met') {
    const on = fig('criterion met on', formatDate(p.mastery.firstMetOn));
    if (speaksOfSkill(o.measurement, client)) return say`${stmt}: mastered on ${on}; keep the skill in use at home, school or in the community.`;
    if (nature === 'physiological') return say`${stmt}: criterion met on ${on}; share the music that helped, and how it was given, with the parents and the care team.`;
    if (nature === 'symptom') return say`${stmt}: criterion met on ${on}; share the music that eased it with the team that continues care.`;
    return say`${stmt}: criterion met on ${on}.`;
  }
  if (p.status === 'progressing') {
    if (hospice) return say`${stmt}: still improving at the end of care (${trend()}).`;
    if (inNicu(client)) return say`${stmt}: still improving at discharge (${trend()}); share what helped with the parents and the follow-up team.`;
    if (speaksOfSkill(o.measurement, client)) return say`${stmt}: still improving at discharge (${trend()}); continue practice, e.g. in a community music programme.`;
    return say`${stmt}: still improving at discharge (${trend()}); share the music that helped with the team that continues care.`;
  }
  if (p.mastery.dataSessions === 0) return say`${stmt}: not addressed in treatment (${fig('data sessions', 0)} data sessions)${hospice ? '' : '; carry it into any future plan'}.`;
  return hospice
    ? say`${stmt}: not met after ${fig('data sessions', plural(p.mastery.dataSessions, 'data session'))}.`
    : say`${stmt}: not met after ${fig('data sessions', plural(p.mastery.dataSessions, 'data session'))}; re-assess if services resume or refer on.`;
}

function recommendations(input: ReportInput, name: string, reason: DischargeReason | null): Sentence[] {
  const out: Sentence[] = [];
  // After a death, what follows is the family's care (aftercare.ts), not the objectives'.
  const died = reason === 'death';
  if (!died)
    for (const [i, o] of input.goals.flatMap((g, gi) => g.objectives.map((ob, oi) => [`Objective ${gi + 1}.${oi + 1}`, ob] as const))) out.push(objectiveNext(o, fig('objective', i), input.client));
  const home = homeProgramme(input, 'clinical');
  if (home && !died) out.push(home);
  const prefs = input.client.musicPreferences;
  const liked = [...prefs.songs.map((song) => `“${song}”`), ...prefs.instruments, ...prefs.genres].slice(0, 5);
  if (liked.length && !died) out.push({ text: `Music ${name} responds to, for carry-over: ${listText(liked)}${prefs.dislikes.length ? `; avoid ${listText(prefs.dislikes)}` : ''}.`, figures: [] });
  const used = input.interventions.filter((i) => i.timesDelivered > 0).map((i) => approachText(i.name, techniqueLabel(i.technique)));
  if (used.length) out.push({ text: `Approaches used in treatment: ${listText(used)}.`, figures: [] });
  return out;
}

export function buildDischargeSummary(input: ReportInput, reasonGiven?: string | null, reasonCode: DischargeReason | null = null): DischargeSummary {
  const id = identity(input, 'clinical');
  const attendance = attendanceSummary(input.attendance);
  const goals = input.goals.map((g, gi) => {
    const objectives = g.objectives.map((o, oi) => objectiveOutcome(o, input, id.callName, `Objective ${gi + 1}.${oi + 1}`));
    return { statement: g.statement, domain: g.domain, outcome: goalOutcome(objectives, g.objectives, inHospice(input.client)), objectives };
  });
  const course: Fact[] = [
    { label: 'Referral', value: [input.client.referral.source, input.client.referral.referredOn ? formatDate(input.client.referral.referredOn) : ''].filter(Boolean).join(', ') || '—' },
    { label: 'First session attended', value: formatDate(attendance.firstAttended) },
    { label: 'Last session attended', value: formatDate(attendance.lastAttended) },
    { label: 'Sessions attended', value: `${attendance.attended} of ${attendance.scheduled} scheduled` },
    { label: 'Attendance rate', value: attendance.rate === null ? '—' : percentText(attendance.attended, attendance.attended + attendance.missed) },
    { label: 'Time in treatment', value: `${formatHours(attendance.minutesAttended)}` },
  ];
  if (inHospice(input.client)) course.push({ label: 'Legacy work delivered', value: listText(legacyWorkDelivered(input)) || 'none recorded' });
  const all = input.goals.flatMap((g) => g.objectives);
  return {
    kind: 'discharge',
    title: 'Music therapy discharge summary',
    organization: input.organization,
    identity: id,
    course,
    courseNarrative: summaryNarrative(attendance, tallyStatuses(all.map((o) => o.progress.status)), input.period, 'clinical', id.callName),
    attendance,
    reason: dischargeReason(input, reasonGiven, reasonCode),
    goals,
    recommendations: recommendations(input, id.callName, reasonCode),
    prompts: aftercarePrompts(input, reasonCode),
    signature: signature(input),
  };
}

function formatHours(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${m} min`;
}
