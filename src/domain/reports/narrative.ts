/**
 * The narrative, drafted from the data by deterministic templates. Every sentence is built with
 * `say`, whose interpolations are figures (a label and the text shown): a sentence carries the
 * numbers and dates it states, so each one can be traced to the data (the tests check that every
 * narrative sentence has at least one figure and shows each figure's text).
 */
import { describeEffectSize, EFFECT_SIZE_CAVEAT } from '../progress/effect-sizes.js';
import { compareValue, criterionPhrase } from '../progress/mastery.js';
import { MIN_PHASE_SESSIONS, PROGRESS_NAP, type ProgressStatus } from '../progress/status.js';
import { formatNumber } from '../progress/summary.js';
import type { AttendanceSummary, ObjectiveFacts } from './facts.js';
import type { Period, ReportClient, ReportObjective } from './inputs.js';
import { prePostLevels, severePre, SEVERE_FROM, type PrePostLevel } from './levels.js';
import { inHospice, objectiveNature, speaksOfSkill, statesProjection } from './population.js';
import {
  changeText, channelName, familyCriterionPhrase, formatDate, isChange, levelText, measureWords, percentText, plural, reportUnit, slopeText, STATUS_WORDS, valueText, type Voice,
  criterionText,
} from './words.js';
import { CHANNEL_WORDS, channelValue, mean } from '../progress/summary.js';
import { PHYSIOLOGICAL_CHANNELS } from '../measurement.js';

/** Whom and which period a sentence is about: the population decides some of the words (population.ts). */
export interface About {
  name: string;
  client: Pick<ReportClient, 'populations' | 'setting'>;
  period: Period;
}

export interface Figure {
  label: string;
  /** Exactly as it appears in the sentence. */
  value: string;
}

export interface Sentence {
  text: string;
  figures: Figure[];
}

export const fig = (label: string, value: string | number): Figure => ({ label, value: typeof value === 'number' ? formatNumber(value) : value });

/** A sentence whose interpolated figures are recorded with it; plain strings are just words. */
export function say(strings: TemplateStringsArray, ...parts: (Figure | string)[]): Sentence {
  const figures: Figure[] = [];
  let text = strings[0] ?? '';
  parts.forEach((part, i) => {
    if (typeof part === 'string') text += part;
    else {
      figures.push(part);
      text += part.value;
    }
    text += strings[i + 1] ?? '';
  });
  return { text, figures };
}

const towards = (o: ReportObjective, slope: number) => (o.direction === 'increase' ? slope > 0 : slope < 0);

/** The trend line is at the criterion value by the last data session: the engine then projects that session's date. */
function trendAtCriterion(o: ReportObjective): boolean {
  const when = o.progress.projectedDate;
  const last = o.sessions.filter((s) => s.value !== null).at(-1)?.date;
  return when !== null && last !== undefined && when <= last;
}

function coverage(o: ReportObjective, f: ObjectiveFacts, voice: Voice): Sentence {
  if (f.dataSessions === 0)
    return voice === 'clinical'
      ? say`${fig('data sessions', 0)} data sessions have been recorded for this objective.`
      : say`This step has not been measured in a session yet (${fig('sessions', 0)} so far).`;
  const n = fig('sessions', plural(f.dataSessions, 'session'));
  const first = fig('first session', formatDate(f.firstDate));
  const last = fig('last session', formatDate(f.lastDate));
  if (voice === 'family') return say`We measured this in ${n} between ${first} and ${last}.`;
  return say`${n} with data from ${first} to ${last}, ${fig('sessions in the period', f.periodSessions)} of them in this period.`;
}

/** "157 → 148.6 bpm (−8.4 bpm)": the levels before and after, and the change between them. */
function prePostText(o: ReportObjective, l: PrePostLevel): string {
  const m = o.measurement;
  const unit = m.type === 'pre_post' ? '' : ` ${reportUnit(m)}`;
  return `${formatNumber(l.pre)} → ${formatNumber(l.post)}${unit} (${changeText(l.post - l.pre, m)})`;
}

/** What a pre/post objective rates: "score on the Numeric Rating Scale for pain (0–10)", "heart rate". */
function prePostWhat(o: ReportObjective): string {
  const m = o.measurement;
  return m.type === 'pre_post' ? `score on the ${m.scaleName}` : m.type === 'physiological' ? channelName(m) : measureWords(m);
}

/** A pre/post objective's levels before and after, at baseline and now: not only the change. */
function prePostSentence(o: ReportObjective, f: ObjectiveFacts, voice: Voice, name: string): Sentence | null {
  const pp = prePostLevels(o);
  if (!pp?.current || !f.current) return null;
  const what = prePostWhat(o);
  const k = fig('sessions in the current level', plural(pp.current.n, 'session'));
  const m = o.measurement;
  const unit = m.type === 'pre_post' ? '' : ` ${reportUnit(m)}`;
  if (voice === 'family') {
    const now = (l: PrePostLevel) => `${formatNumber(l.pre, 0)}${unit} before and ${formatNumber(l.post, 0)}${unit} after`;
    const cur = fig('current levels', now(pp.current));
    if (!pp.baseline) return say`Over the last ${k}, ${name}’s ${what} was about ${cur}.`;
    return say`At the start, ${name}’s ${what} was about ${fig('starting levels', now(pp.baseline))}; over the last ${k}, about ${cur}.`;
  }
  const cur = fig('current levels', prePostText(o, pp.current));
  const through = fig('current level through', formatDate(f.current.through));
  const What = what.charAt(0).toUpperCase() + what.slice(1);
  if (!pp.baseline) return say`${What} before → after the session: ${cur}, mean of the last ${k} (through ${through}).`;
  const base = fig('baseline levels', prePostText(o, pp.baseline));
  const bn = fig('baseline sessions', plural(pp.baseline.n, 'session'));
  return say`${What} before → after the session: ${base} at baseline (mean of ${bn}); ${cur} over the last ${k} (through ${through}).`;
}

/**
 * A physiological reading is within its range, or not: it is not a skill that is performed. The
 * share of the period's sessions whose value meets the criterion's bound (population.ts).
 */
function withinRangeSentence(o: ReportObjective, voice: Voice, about: About): Sentence | null {
  const m = o.measurement;
  if (m.type !== 'physiological' || isChange(m)) return null;
  const inPeriod = o.sessions.filter((s) => s.value !== null && s.date >= about.period.from && s.date <= about.period.to);
  if (inPeriod.length === 0) return null;
  const within = inPeriod.filter((s) => compareValue(s.value!, o.criterion.comparator, o.criterion.value)).length;
  const what = channelName(m);
  const n = fig('sessions within range', `${within} of ${plural(inPeriod.length, 'session')}`);
  if (voice === 'family') {
    const bound = fig('range', familyCriterionPhrase(o.criterion, m).replace(/ in .*$/, ''));
    return say`${about.name}’s ${what} was where we want it (${bound}) in ${n}.`;
  }
  const bound = fig('range', criterionText(o.criterion, m).replace(/ in .*$/, ''));
  return say`${what.charAt(0).toUpperCase() + what.slice(1)} within the criterion range (${bound}) in ${n} in this period (${fig('share within range', percentText(within, inPeriod.length))}).`;
}

/** A severe level before the session on a 0–10 scale, stated even when the change criterion is met (levels.ts). */
function severitySentence(o: ReportObjective, voice: Voice, about: About): Sentence | null {
  const sev = severePre(o, about.period);
  if (!sev || o.measurement.type !== 'pre_post') return null;
  const n = fig('sessions with a severe level before', `${sev.severe} of ${plural(sev.of, 'session')}`);
  const top = fig('highest level before', `${formatNumber(sev.highest)}/10`);
  if (voice === 'family')
    return say`Before our sessions, ${about.name}’s score was ${fig('severe from', `${SEVERE_FROM} or more out of 10`)}, which is severe, in ${n} (at most ${top}).`;
  return say`Severe before the session (${fig('severe from', `≥ ${SEVERE_FROM}/10`)}) in ${n} in this period, up to ${top}.`;
}

const FAMILY_CHANNEL_NAMES: Partial<Record<string, string>> = { spo2: 'oxygen level (SpO₂)', respiratory_rate: 'breathing rate' };

/** Every channel a physiological objective captured, over the current window: not only the one progress follows. */
function channelsSentence(o: ReportObjective, voice: Voice, name: string): Sentence | null {
  const m = o.measurement;
  if (m.type !== 'physiological' || m.channels.length < 2) return null;
  const dates = new Set(o.progress.mastery.currentWindow.map((w) => w.date));
  const rows = o.sessions.filter((s) => dates.has(s.date) && s.details);
  const parts = PHYSIOLOGICAL_CHANNELS.filter((c) => m.channels.includes(c) && c !== m.primaryChannel && (voice === 'clinical' || c !== 'behavioural_state'))
    .map((c) => {
      const v = mean(rows.map((r) => r.details![`${c}_mean`]).filter((x): x is number => typeof x === 'number'));
      const label = voice === 'family' ? FAMILY_CHANNEL_NAMES[c] ?? CHANNEL_WORDS[c].name : CHANNEL_WORDS[c].name;
      return v === null ? null : `${label} ${channelValue(c, v, voice === 'family' ? 0 : 1)}`;
    })
    .filter((x): x is string => x !== null);
  if (parts.length === 0) return null;
  const k = fig('sessions in the current level', plural(rows.length, 'session'));
  const list = fig('other channels', parts.join(', '));
  return voice === 'family'
    ? say`Over the last ${k}, ${name}’s averages were: ${list}.`
    : say`Also recorded, mean of the last ${k}: ${list}.`;
}

function levels(o: ReportObjective, f: ObjectiveFacts, voice: Voice, name: string): Sentence | null {
  const m = o.measurement;
  if (!f.current) return null;
  const pp = prePostSentence(o, f, voice, name);
  if (pp) return pp;
  const cur = fig('current level', levelText(f.current.value, m, voice));
  const k = fig('sessions in the current level', plural(f.current.n, 'session'));
  if (voice === 'family') {
    const what = measureWords(m);
    if (!f.baseline) return say`Over the last ${k}, ${name}’s ${what} averaged ${cur}.`;
    return say`At the start, ${name}’s ${what} was about ${fig('starting level', levelText(f.baseline.value, m, voice))}; over the last ${k} it averaged ${cur}.`;
  }
  const through = fig('current level through', formatDate(f.current.through));
  if (!f.baseline)
    return o.progress.currentPhase?.kind === 'baseline'
      ? say`Current level ${cur} (mean of the last ${k}, through ${through}); the baseline phase is still under way.`
      : say`Current level ${cur} (mean of the last ${k}, through ${through}); no baseline was recorded.`;
  const base = fig('baseline', levelText(f.baseline.value, m, voice));
  const basis = f.baseline.source === 'phase' ? say`mean of ${fig('baseline sessions', plural(f.baseline.n, 'session'))}` : say`recorded baseline`;
  return {
    text: `Performance moved from a baseline of ${base.value} (${basis.text}) to a current level of ${cur.value} (mean of the last ${k.value}, through ${through.value}).`,
    figures: [base, ...basis.figures, cur, k, through],
  };
}

function mastery(o: ReportObjective, f: ObjectiveFacts, voice: Voice, name: string): Sentence {
  const p = o.progress.mastery;
  const phrase = fig('criterion', voice === 'family' ? familyCriterionPhrase(o.criterion, o.measurement) : criterionText(o.criterion, o.measurement));
  const window = p.currentWindow;
  const meeting = fig('sessions meeting it', window.filter((w) => w.meets).length);
  const last = fig('sessions in the window', plural(window.length, 'session'));
  if (p.status === 'met' || (f.masteryDate && o.status === 'met')) {
    const on = fig('criterion first met on', formatDate(f.masteryDate));
    return voice === 'family' ? say`${name} reached the goal of ${phrase} on ${on}.` : say`The criterion (${phrase}) was first met on ${on}.`;
  }
  if (p.status === 'insufficient-data') {
    const have = fig('data sessions', p.dataSessions);
    const need = fig('data sessions needed', p.sessionsNeeded);
    return voice === 'family'
      ? say`The goal is ${phrase}; we need ${need} sessions to judge it and have ${have} so far.`
      : say`${have} of the ${need} data sessions the criterion (${phrase}) needs have been collected.`;
  }
  return voice === 'family'
    ? say`The goal is ${phrase}; ${meeting} of the last ${last} reached it.`
    : say`${meeting} of the last ${last} met the criterion (${phrase}).`;
}

function trendSentence(o: ReportObjective, voice: Voice, about: About): Sentence | null {
  const t = o.progress.trend;
  // A trend over fewer sessions than the engine judges on is noise, and a met objective needs none.
  if (t.slope === null || t.n < MIN_PHASE_SESSIONS || o.progress.status === 'met') return null;
  const n = fig('sessions in the current phase', plural(t.n, 'session'));
  const good = towards(o, t.slope);
  if (t.slope === 0)
    return voice === 'family' ? say`Over the last ${n}, results have stayed about the same.` : say`Trend in the current phase: flat over ${n}.`;
  if (voice === 'family') {
    const step = fig('change per week', valueText(Math.abs(t.slope), o.measurement, 1));
    return good ? say`Over the last ${n}, results have moved the right way, by about ${step} a week.` : say`Over the last ${n}, results have not yet moved the right way.`;
  }
  const slope = fig('trend', slopeText(t.slope, o.measurement));
  const base = say`Trend in the current phase: ${slope} over ${n}, ${good ? 'towards' : 'away from'} the goal`;
  const when = o.progress.projectedDate;
  // Only a progressing objective is projected (the engine gives no date otherwise); hospice care states no dates to reach.
  if (inHospice(about.client)) return { text: `${base.text}.`, figures: base.figures };
  if (!when || !statesProjection(o, about.client)) return { text: `${base.text}; not on track at the current rate.`, figures: base.figures };
  if (trendAtCriterion(o)) return { text: `${base.text}; the trend line has already reached the criterion value.`, figures: base.figures };
  const at = fig('projected date', formatDate(when));
  if (o.progress.track === 'not-on-track' && o.targetDate) {
    const target = fig('target date', formatDate(o.targetDate));
    return { text: `${base.text}; at this rate the criterion value is reached around ${at.value}, after the target date of ${target.value}: not on track.`, figures: [...base.figures, at, target] };
  }
  const by = o.progress.track === 'on-track' && o.targetDate ? fig('target date', formatDate(o.targetDate)) : null;
  if (by) return { text: `${base.text}; at this rate the criterion value is reached around ${at.value}, on track for the target date of ${by.value}.`, figures: [...base.figures, at, by] };
  return { text: `${base.text}; at this rate the criterion value is reached around ${at.value}.`, figures: [...base.figures, at] };
}

/** The baseline phase's and the current phase's data sessions: the pairs an effect size rests on. */
export function effectSizePairs(o: ReportObjective): { baseline: number; treatment: number } {
  const p = o.progress;
  const base = p.phases.find((s) => s.phase.id === p.baselinePhase?.id)?.stats.n ?? 0;
  return { baseline: base, treatment: p.currentPhaseSessions };
}

function effect(o: ReportObjective, voice: Voice): Sentence | null {
  const es = o.progress.effectSizes;
  const b = o.progress.baseline;
  if (!es) {
    // Say why there is none when a baseline phase exists but cannot carry one.
    if (voice === 'family' || b.reason === 'none') return null;
    return say`No effect size: ${fig('baseline', b.label ?? '')} (${fig('baseline sessions', plural(effectSizePairs(o).baseline, 'baseline session'))}).`;
  }
  if (voice === 'family')
    return say`In ${fig('share of comparisons', percentText(es.nap, 1))} of comparisons, a session since the current music approach began went better than a session before it.`;
  const short = b.reason === 'short' ? `; ${b.label}` : '';
  return say`Compared with baseline: ${fig('effect sizes', describeEffectSize(es, effectSizePairs(o)))}${short} (${EFFECT_SIZE_CAVEAT}).`;
}

/** Why the engine gave its status, with the numbers it used (clinical voice). */
export function statusBasis(o: ReportObjective): Sentence {
  const p = o.progress;
  const status = fig('status', STATUS_WORDS.clinical[p.status]);
  switch (p.status) {
    case 'met':
      return say`Status: ${status} on ${fig('criterion first met on', formatDate(p.mastery.firstMetOn))}.`;
    case 'insufficient-data':
      return say`Status: ${status} (${fig('sessions in the current phase', p.currentPhaseSessions)} of the ${fig('sessions needed', MIN_PHASE_SESSIONS)} data sessions the current phase needs).`;
    default: {
      const slope = p.trend.slope;
      const trendFig = fig('trend', slope === null ? 'no trend' : slopeText(slope, o.measurement));
      const es = p.effectSizes;
      if (!es) return say`Status: ${status} (trend ${trendFig}; ${p.baseline.label ?? 'no baseline to compare with'}).`;
      const nap = fig('NAP', `NAP ${es.nap.toFixed(2)}`);
      const rule = fig('NAP needed', PROGRESS_NAP.toFixed(2));
      return say`Status: ${status} (trend ${trendFig}; ${nap} against the ${rule} needed).`;
    }
  }
}

/** The narrative about one objective, in the chosen voice. */
export function objectiveNarrative(o: ReportObjective, f: ObjectiveFacts, voice: Voice, about: About): Sentence[] {
  const name = about.name;
  const out = [coverage(o, f, voice)];
  if (f.dataSessions === 0) return out;
  const all = [levels(o, f, voice, name), withinRangeSentence(o, voice, about), severitySentence(o, voice, about), channelsSentence(o, voice, name), mastery(o, f, voice, name), trendSentence(o, voice, about), effect(o, voice)];
  for (const s of all) if (s) out.push(s);
  if (voice === 'clinical' && o.progress.status !== 'met') out.push(statusBasis(o));
  return out;
}

export interface StatusTally {
  total: number;
  counts: Record<ProgressStatus, number>;
}

export function tallyStatuses(statuses: readonly ProgressStatus[]): StatusTally {
  const counts: Record<ProgressStatus, number> = { met: 0, progressing: 0, 'not-progressing': 0, 'insufficient-data': 0 };
  for (const s of statuses) counts[s]++;
  return { total: statuses.length, counts };
}

/** The opening paragraph: attendance and where the objectives stand. */
export function summaryNarrative(a: AttendanceSummary, tally: StatusTally, period: Period, voice: Voice, name: string): Sentence[] {
  const from = fig('period start', formatDate(period.from));
  const to = fig('period end', formatDate(period.to));
  const attended = fig('sessions attended', a.attended);
  const scheduled = fig('sessions scheduled', plural(a.scheduled, voice === 'family' ? 'planned session' : 'scheduled session'));
  const out: Sentence[] = [];
  if (voice === 'family') out.push(say`Between ${from} and ${to}, ${name} had ${attended} of ${scheduled}.`);
  else {
    const extra: string[] = [];
    if (a.rate !== null) extra.push(`attendance ${percentText(a.attended, a.attended + a.missed)} of sessions held`);
    if (a.cancelled) extra.push(`${a.cancelled} cancelled`);
    if (a.notRecorded) extra.push(`${a.notRecorded} not recorded`);
    const tail = extra.length ? fig('attendance details', extra.join('; ')) : null;
    out.push(tail ? say`Between ${from} and ${to}, ${name} attended ${attended} of ${scheduled} (${tail}).` : say`Between ${from} and ${to}, ${name} attended ${attended} of ${scheduled}.`);
  }
  if (tally.total === 0) return out;
  const c = tally.counts;
  const w = STATUS_WORDS[voice];
  const parts = (['met', 'progressing', 'not-progressing', 'insufficient-data'] as const).map((s) => fig(w[s], `${c[s]} ${w[s]}`));
  const total = fig('objectives', voice === 'family' ? plural(tally.total, 'step') : plural(tally.total, 'objective'));
  const list = `${parts[0]!.value}, ${parts[1]!.value}, ${parts[2]!.value} and ${parts[3]!.value}`;
  out.push({ text: voice === 'family' ? `Of the ${total.value} we are working on: ${list}.` : `Of ${total.value}: ${list}.`, figures: [total, ...parts] });
  return out;
}

/** What to do next for a met objective, in words that fit what it measures and whom it is for (population.ts). */
function metNext(o: ReportObjective, f: ObjectiveFacts, voice: Voice, about: About, stmt: Figure): Sentence {
  const on = fig(voice === 'family' ? 'date reached' : 'criterion first met on', formatDate(f.masteryDate));
  const nature = objectiveNature(o.measurement);
  const name = about.name;
  const hospice = inHospice(about.client);
  if (voice === 'family') {
    if (nature === 'physiological') return say`${stmt}: ${name}’s body settled with the music as we hoped (reached on ${on}); we will keep watching how ${name} responds to it.`;
    if (nature === 'symptom') return say`${stmt}: the music helped as we hoped (reached on ${on}); we will keep using it for ${name}’s comfort.`;
    if (hospice) return say`${stmt}: reached on ${on}; we will carry on as ${name} wishes and is able.`;
    return say`${stmt}: we will check that ${name} keeps this skill and set the next step (reached on ${on}).`;
  }
  if (nature === 'physiological') {
    const what = o.measurement.type === 'physiological' ? channelName(o.measurement) : 'the readings';
    return say`${stmt}: criterion met on ${on}; continue the intervention, monitor ${what} during and after music, and review the objective with the care team.`;
  }
  if (nature === 'symptom') {
    const sev = severePre(o, about.period);
    const scale = o.measurement.type === 'pre_post' ? o.measurement.scaleName : 'the scale';
    return sev
      ? say`${stmt}: criterion met on ${on}; continue the intervention, rated on the ${scale} before and after each session; the level before the session was still severe in ${fig('sessions with a severe level before', `${sev.severe} of ${plural(sev.of, 'session')}`)}: share this with the care team.`
      : say`${stmt}: criterion met on ${on}; continue the intervention, rated on the ${scale} before and after each session.`;
  }
  if (hospice) return say`${stmt}: criterion met on ${on}; continue as the patient’s condition and wishes allow.`;
  return o.masteryConfirmedAt
    ? say`${stmt}: mastered (criterion met on ${on}); probe for maintenance and generalization.`
    : say`${stmt}: confirm mastery (criterion met on ${on}), then write the next objective or a maintenance probe.`;
}

/** What to do next for one objective, from its status; `label` names it (e.g. "Objective 1.2"). */
export function recommendation(o: ReportObjective, f: ObjectiveFacts, voice: Voice, about: About, label: string): Sentence {
  const p = o.progress;
  const stmt = fig('objective', label);
  if (p.status === 'met') return metNext(o, f, voice, about, stmt);
  if (voice === 'family') {
    switch (p.status) {
      case 'progressing':
        return say`${stmt}: we will keep going with the same music activities (${fig('sessions', plural(p.trend.n, 'session'))} moving the right way).`;
      case 'not-progressing':
        return say`${stmt}: we will try a different approach (${fig('sessions', plural(p.currentPhaseSessions, 'session'))} without change).`;
      default:
        return say`${stmt}: we need ${fig('more sessions', plural(Math.max(f.sessionsShort, MIN_PHASE_SESSIONS - p.currentPhaseSessions, 1), 'more session'))} before we can tell how it is going.`;
    }
  }
  switch (p.status) {
    case 'progressing':
      if (trendAtCriterion(o)) return say`${stmt}: continue the current interventions until the criterion is met; the trend line has already reached the criterion value.`;
      // Hospice care states no date to reach (population.ts).
      if (inHospice(about.client)) return say`${stmt}: continue the current interventions (${fig('trend', slopeText(p.trend.slope ?? 0, o.measurement))}).`;
      if (p.track === 'not-on-track')
        return p.projectedDate && o.targetDate
          ? say`${stmt}: not on track: at this rate the criterion value is reached around ${fig('projected date', formatDate(p.projectedDate))}, after the target date of ${fig('target date', formatDate(o.targetDate))}; review the intervention, prompting or target date.`
          : say`${stmt}: not on track at the current rate (${fig('trend', slopeText(p.trend.slope ?? 0, o.measurement))}); review the intervention, prompting or target date.`;
      return statesProjection(o, about.client)
        ? say`${stmt}: continue the current interventions; the criterion value is projected around ${fig('projected date', formatDate(p.projectedDate!))}.`
        : say`${stmt}: continue the current interventions (${fig('trend', slopeText(p.trend.slope ?? 0, o.measurement))}).`;
    case 'not-progressing':
      return say`${stmt}: review the intervention, prompting or criterion after ${fig('sessions in the current phase', plural(p.currentPhaseSessions, 'session'))} without improvement; a change starts a new phase.`;
    default:
      return say`${stmt}: collect at least ${fig('more data sessions', plural(Math.max(f.sessionsShort, MIN_PHASE_SESSIONS - p.currentPhaseSessions, 1), 'more data session'))} before judging progress.`;
  }
}
