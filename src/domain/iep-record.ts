/**
 * A student's IEP as the music therapist needs it on file: its dates, the eligibility category, and
 * music therapy as a related service (minutes per week or month, setting), with the case manager.
 *
 * Eligibility: the 13 disability categories of IDEA, 34 CFR §300.8(c)(1)–(13) ("child with a
 * disability"), and developmental delay, which §300.8(b) lets a State and its LEAs use for a child
 * aged 3 through 9 instead of a category. Music therapy as a related service: 34 CFR §300.34(a).
 * The IEP states the frequency, location and duration of related services (34 CFR §300.320(a)(7))
 * and when periodic progress reports will be given (§300.320(a)(3)(ii)); it is reviewed at least
 * annually (§300.324(b)(1)(i)) and the child re-evaluated at least every three years (§300.303(b)(2)).
 */
import type { Period } from './reports/inputs.js';

export const ELIGIBILITY_CATEGORIES = [
  'autism', 'deaf-blindness', 'deafness', 'emotional-disturbance', 'hearing-impairment', 'intellectual-disability', 'multiple-disabilities',
  'orthopedic-impairment', 'other-health-impairment', 'specific-learning-disability', 'speech-or-language-impairment', 'traumatic-brain-injury',
  'visual-impairment', 'developmental-delay',
] as const;
export type EligibilityCategory = (typeof ELIGIBILITY_CATEGORIES)[number];

/** The regulation's own names, with the paragraph. */
export const ELIGIBILITY_LABELS: Record<EligibilityCategory, string> = {
  autism: 'Autism (34 CFR §300.8(c)(1))',
  'deaf-blindness': 'Deaf-blindness (§300.8(c)(2))',
  deafness: 'Deafness (§300.8(c)(3))',
  'emotional-disturbance': 'Emotional disturbance (§300.8(c)(4))',
  'hearing-impairment': 'Hearing impairment (§300.8(c)(5))',
  'intellectual-disability': 'Intellectual disability (§300.8(c)(6))',
  'multiple-disabilities': 'Multiple disabilities (§300.8(c)(7))',
  'orthopedic-impairment': 'Orthopedic impairment (§300.8(c)(8))',
  'other-health-impairment': 'Other health impairment (§300.8(c)(9))',
  'specific-learning-disability': 'Specific learning disability (§300.8(c)(10))',
  'speech-or-language-impairment': 'Speech or language impairment (§300.8(c)(11))',
  'traumatic-brain-injury': 'Traumatic brain injury (§300.8(c)(12))',
  'visual-impairment': 'Visual impairment including blindness (§300.8(c)(13))',
  'developmental-delay': 'Developmental delay, ages 3–9 (§300.8(b))',
};

export const SERVICE_PER = ['week', 'month'] as const;
export type ServicePer = (typeof SERVICE_PER)[number];

/** The cross-field rules, with the field each one names. */
export function iepProblems(i: { startsOn: string; endsOn: string; annualReviewOn: string; progressReportDates: readonly string[] }): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  if (i.endsOn < i.startsOn) out.push({ path: 'endsOn', message: 'must not be before the start date' });
  if (i.annualReviewOn < i.startsOn) out.push({ path: 'annualReviewOn', message: 'must not be before the start date' });
  i.progressReportDates.forEach((d, k) => {
    if (d < i.startsOn || d > i.endsOn) out.push({ path: `progressReportDates.${k}`, message: 'must fall within the IEP’s start and end dates' });
  });
  return out;
}

export interface IepRecord {
  startsOn: string;
  endsOn: string;
  annualReviewOn: string;
  reevaluationOn: string | null;
  eligibility: EligibilityCategory;
  serviceMinutes: number;
  servicePer: ServicePer;
  serviceSetting: string;
  caseManager: string;
  progressReportDates: string[];
}

const DAY = 86_400_000;
const addDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
/** Calendar days from `from` to `to`, both counted. */
export const daysIn = (p: Period) => Math.round((Date.parse(`${p.to}T00:00:00Z`) - Date.parse(`${p.from}T00:00:00Z`)) / DAY) + 1;

/** The IEP in force on a day: the one whose dates hold it, else the latest that began before it. */
export function iepOn<T extends Pick<IepRecord, 'startsOn' | 'endsOn'>>(ieps: readonly T[], day: string): T | null {
  const sorted = [...ieps].sort((a, b) => b.startsOn.localeCompare(a.startsOn));
  return sorted.find((i) => i.startsOn <= day && day <= i.endsOn) ?? sorted.find((i) => i.startsOn <= day) ?? null;
}

/**
 * The reporting periods of an IEP: from its start to the first progress report date, from the day
 * after to the next, …, and from the day after the last to the IEP's end (no dates: the whole IEP).
 */
export function reportingPeriods(i: Pick<IepRecord, 'startsOn' | 'endsOn' | 'progressReportDates'>): Period[] {
  const dates = [...new Set(i.progressReportDates)].filter((d) => d >= i.startsOn && d < i.endsOn).sort();
  const out: Period[] = [];
  let from = i.startsOn;
  for (const d of dates) {
    out.push({ from, to: d });
    from = addDays(d, 1);
  }
  out.push({ from, to: i.endsOn });
  return out;
}

/**
 * The reporting period a report on `today` covers by default: the period holding today, up to
 * today; after the IEP's end, its last period; before its start, none.
 */
export function defaultIepPeriod(i: Pick<IepRecord, 'startsOn' | 'endsOn' | 'progressReportDates'>, today: string): Period | null {
  if (today < i.startsOn) return null;
  const periods = reportingPeriods(i);
  const current = periods.find((p) => p.from <= today && today <= p.to);
  return current ? { from: current.from, to: today } : periods.at(-1)!;
}

/**
 * The minutes the IEP gives for a period: the part of the period within the IEP's dates, pro rata by
 * calendar days (a week is 7 days, a month 365.25/12 days), rounded to the minute. School holidays
 * are not recorded here, so they are not taken off; the report says so.
 */
export function iepMinutesFor(i: Pick<IepRecord, 'startsOn' | 'endsOn' | 'serviceMinutes' | 'servicePer'>, p: Period): { minutes: number; days: number } {
  const from = p.from > i.startsOn ? p.from : i.startsOn;
  const to = p.to < i.endsOn ? p.to : i.endsOn;
  if (to < from) return { minutes: 0, days: 0 };
  const days = daysIn({ from, to });
  const perDay = i.servicePer === 'week' ? i.serviceMinutes / 7 : (i.serviceMinutes * 12) / 365.25;
  return { minutes: Math.round(perDay * days), days };
}
