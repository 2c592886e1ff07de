/** IEP progress statements for one reporting period: a code, the data behind it and a sentence per objective. */
import { criterionPhrase } from '../progress/mastery.js';
import { MIN_PHASE_SESSIONS } from '../progress/status.js';
import { objectiveFacts, type ObjectiveFacts } from './facts.js';
import { identity, signature, type Fact, type Identity, type SignatureBlock } from './identity.js';
import { iepGoalCode, iepObjectiveCode, IEP_CODES, type IepCode } from './iep.js';
import type { ReportInput, ReportObjective } from './inputs.js';
import { fig, say, type Sentence } from './narrative.js';
import { criterionText, formatDate, levelText, plural, slopeText } from './words.js';
import { unitOf } from '../measurement.js';
import { ELIGIBILITY_LABELS, iepMinutesFor, type IepRecord } from '../iep-record.js';
import { attendanceSummary } from './facts.js';

export interface IepObjectiveStatement {
  statement: string;
  criterion: string;
  code: IepCode;
  label: string;
  data: Fact[];
  sentence: Sentence;
}

export interface IepGoalStatement {
  statement: string;
  domain: string;
  code: IepCode;
  label: string;
  objectives: IepObjectiveStatement[];
}

export interface IepReport {
  kind: 'iep';
  title: string;
  organization: string;
  identity: Identity;
  /** What the IEP on file says, and the service minutes and sessions of the period against it; null: no IEP on file. */
  iep: { facts: Fact[]; note: string } | null;
  goals: IepGoalStatement[];
  legend: { code: IepCode; label: string; meaning: string }[];
  signature: SignatureBlock;
}

function data(o: ReportObjective, f: ObjectiveFacts, inPeriod: number): Fact[] {
  const m = o.measurement;
  const out: Fact[] = [
    { label: 'Baseline', value: f.baseline ? levelText(f.baseline.value, m, 'clinical') : '—' },
    { label: 'Current level', value: f.current ? `${levelText(f.current.value, m, 'clinical')} (last ${plural(f.current.n, 'session')})` : '—' },
    { label: 'Sessions with data this period', value: String(inPeriod) },
    { label: 'Trend', value: o.progress.trend.slope === null || o.progress.trend.n < MIN_PHASE_SESSIONS ? '—' : slopeText(o.progress.trend.slope, m) },
  ];
  if (o.progress.status === 'met' && f.masteryDate) out.push({ label: 'Criterion met on', value: formatDate(f.masteryDate) });
  return out;
}

/** Why an introduced objective is not on track, with the figures behind it. */
export function notOnTrack(o: ReportObjective): Sentence {
  const p = o.progress;
  const slope = p.trend.slope === null || p.trend.n < MIN_PHASE_SESSIONS ? null : fig('trend', slopeText(p.trend.slope, o.measurement));
  if (p.status !== 'progressing') return slope ? say`the data are flat or moving away from the goal (${slope})` : say`the data do not show improvement (${fig('sessions in the current phase', plural(p.currentPhaseSessions, 'session'))})`;
  if (p.projectedDate === null || o.targetDate === null) return say`at the current rate (${slope ?? fig('trend', 'no trend')}) the criterion value is not reached`;
  return say`at the current rate (${slope ?? fig('trend', 'no trend')}) the criterion value is reached around ${fig('projected date', formatDate(p.projectedDate))}, after the target date of ${fig('target date', formatDate(o.targetDate))}`;
}

function sentence(o: ReportObjective, f: ObjectiveFacts, code: IepCode, name: string, periodEnd: string): Sentence {
  const m = o.measurement;
  const phrase = fig('criterion', criterionText(o.criterion, m));
  const cur = f.current ? fig('current level', levelText(f.current.value, m, 'clinical')) : null;
  const k = f.current ? fig('sessions in the current level', plural(f.current.n, 'session')) : null;
  const n = fig('sessions with data this period', plural(f.periodSessions, 'session'));
  switch (code) {
    case 'achieved': {
      const on = fig('criterion met on', formatDate(f.masteryDate));
      return cur && k ? say`${name} met the criterion (${phrase}) on ${on}; the last ${k} averaged ${cur}.` : say`${name} met the criterion (${phrase}) on ${on}.`;
    }
    case 'not-yet-introduced': {
      const end = fig('period end', formatDate(periodEnd));
      return f.dataSessions > 0
        ? say`Instruction had not begun by ${end}; ${fig('baseline sessions', plural(f.dataSessions, 'baseline session'))} recorded.`
        : say`Instruction had not begun by ${end}; ${fig('data sessions', 0)} data sessions recorded.`;
    }
    case 'progressing': {
      const slope = fig('trend', slopeText(o.progress.trend.slope ?? 0, m));
      if (f.baseline && cur && k) return say`Performance moved from ${fig('baseline', levelText(f.baseline.value, m, 'clinical'))} at baseline to ${cur} over the last ${k} (${slope}), with ${n} this period; criterion ${phrase}.`;
      return cur && k ? say`Current level ${cur} over the last ${k} (${slope}), with ${n} this period; criterion ${phrase}.` : say`${slope}, with ${n} this period; criterion ${phrase}.`;
    }
    case 'emerging':
      return cur && k
        ? say`Instruction has begun: ${n} this period, current level ${cur} over the last ${k} against the criterion ${phrase}; more sessions are needed to judge progress.`
        : say`Instruction has begun: ${n} this period against the criterion ${phrase}; more sessions are needed to judge progress.`;
    case 'insufficient-progress': {
      const where = cur && k ? say`${n} this period, current level ${cur} over the last ${k} against the criterion ${phrase}` : say`${n} this period against the criterion ${phrase}`;
      const why = notOnTrack(o);
      return { text: `${where.text[0]!.toUpperCase()}${where.text.slice(1)}; ${why.text}; the team should review the intervention.`, figures: [...where.figures, ...why.figures] };
    }
  }
}

/**
 * The IEP's facts and the period's service against them. Sessions made up are not recorded apart
 * from other sessions in Crescendo, so the report gives sessions missed and cancelled, not made up.
 */
export function iepFacts(iep: IepRecord, input: Pick<ReportInput, 'attendance' | 'period'>): { facts: Fact[]; note: string } {
  const a = attendanceSummary(input.attendance);
  const owed = iepMinutesFor(iep, input.period);
  const delivered = owed.minutes > 0 ? `${a.minutesAttended} of ${owed.minutes} min (${Math.round((100 * a.minutesAttended) / owed.minutes)} %)` : `${a.minutesAttended} min`;
  const facts: Fact[] = [
    { label: 'IEP dates', value: `${formatDate(iep.startsOn)} – ${formatDate(iep.endsOn)}` },
    { label: 'Annual review', value: formatDate(iep.annualReviewOn) },
  ];
  if (iep.reevaluationOn) facts.push({ label: 'Re-evaluation due', value: formatDate(iep.reevaluationOn) });
  facts.push(
    { label: 'Eligibility category', value: ELIGIBILITY_LABELS[iep.eligibility] },
    { label: 'Music therapy (related service)', value: `${iep.serviceMinutes} min per ${iep.servicePer}; ${iep.serviceSetting}` },
    { label: 'Case manager', value: iep.caseManager },
    { label: 'Minutes delivered this period', value: delivered },
    { label: 'Sessions this period', value: `${a.attended} attended, ${a.missed} missed (absent), ${a.cancelled} cancelled${a.notRecorded ? `, ${a.notRecorded} not recorded` : ''}` },
  );
  const note = owed.days > 0
    ? `The IEP’s minutes for the period are ${iep.serviceMinutes} min per ${iep.servicePer} pro rata over ${plural(owed.days, 'calendar day')} within the IEP’s dates; school holidays are not taken off. Minutes delivered are the real session time less any minutes the student missed.`
    : 'The period falls outside the IEP’s dates, so the IEP gives no minutes for it.';
  return { facts, note };
}

export function buildIepReport(input: ReportInput): IepReport {
  const full = identity(input, 'clinical');
  // The IEP team reads the eligibility category, not medical diagnosis codes.
  const id = { ...full, facts: full.facts.filter((f) => f.label !== 'Diagnoses') };
  const goals = input.goals.map((g) => {
    const objectives = g.objectives.map((o) => {
      const f = objectiveFacts(o, input.period);
      const code = iepObjectiveCode(o, f, input.period.to);
      return {
        statement: o.statement,
        criterion: criterionText(o.criterion, o.measurement),
        code,
        label: input.progressCodes[code].label,
        data: data(o, f, f.periodSessions),
        sentence: sentence(o, f, code, id.callName, input.period.to),
      };
    });
    const code = iepGoalCode(objectives.map((o) => o.code));
    return { statement: g.statement, domain: g.domain, code, label: input.progressCodes[code].label, objectives };
  });
  return {
    kind: 'iep',
    title: 'IEP progress report: music therapy',
    organization: input.organization,
    identity: id,
    iep: input.iep ? iepFacts(input.iep, input) : null,
    goals,
    legend: IEP_CODES.map((code) => ({ code, ...input.progressCodes[code] })),
    signature: signature(input),
  };
}
