/**
 * Family access and home practice: who a family member is to the client, what the clinician shares,
 * the state of an invitation, and adherence to a home practice.
 */
import { z } from 'zod';
import { dateSchema, shortText, uuidSchema } from './schemas/common.js';
import { addDays, daysBetween } from './progress/trend.js';

export const FAMILY_RELATIONSHIPS = ['parent', 'guardian', 'carer', 'self', 'other'] as const;
export type FamilyRelationship = (typeof FAMILY_RELATIONSHIPS)[number];
export const RELATIONSHIP_WORDS: Record<FamilyRelationship, string> = { parent: 'Parent', guardian: 'Guardian', carer: 'Carer', self: 'The client', other: 'Family member' };

/** What a family link may show. Notes, assessments and billing are never shared. */
export const FAMILY_SHARES = ['goals', 'progress', 'sessions', 'home_practice'] as const;
export type FamilyShare = (typeof FAMILY_SHARES)[number];
export const SHARE_WORDS: Record<FamilyShare, string> = {
  goals: 'the goals music therapy is working on',
  progress: 'how each goal is going, in words',
  sessions: 'the dates of upcoming sessions',
  home_practice: 'home-practice plans, and the practice you log',
};

/** An invitation link works for this long unless the clinician says otherwise (at most a month). */
export const INVITATION_DAYS = 7;
export const INVITATION_MAX_DAYS = 30;

export type LinkState = 'invited' | 'expired' | 'active' | 'revoked';

/** A revoked link is revoked whatever else holds; an accepted one is active; an open one expires. */
export function linkState(l: { revokedAt: string | null; acceptedAt: string | null; expiresAt: string }, now: Date): LinkState {
  if (l.revokedAt) return 'revoked';
  if (l.acceptedAt) return 'active';
  return Date.parse(l.expiresAt) <= now.getTime() ? 'expired' : 'invited';
}

export const invitationCreateSchema = z.strictObject({
  id: uuidSchema,
  email: z.email({ message: 'must be an email address' }).max(200),
  name: shortText,
  relationship: z.enum(FAMILY_RELATIONSHIPS),
  shares: z.array(z.enum(FAMILY_SHARES)).min(1, 'share at least one thing').max(FAMILY_SHARES.length),
  expiresInDays: z.number().int().min(1).max(INVITATION_MAX_DAYS).default(INVITATION_DAYS),
});

export const invitationTokenSchema = z.string().min(20, 'is not an invitation token').max(100);

export const invitationAcceptSchema = z.strictObject({
  token: invitationTokenSchema,
  password: z.string().min(1, 'must not be empty').max(256),
  /** The family member confirms what is shared; it must be what the invitation offers. */
  consent: z.literal(true, { message: 'the consent must be given to accept' }),
  shares: z.array(z.enum(FAMILY_SHARES)).min(1).max(FAMILY_SHARES.length),
});

export const revokeSchema = z.strictObject({ reason: z.string().trim().max(200).default('') });

export const PRACTICE_OUTCOMES = ['done', 'not_today'] as const;
export type PracticeOutcome = (typeof PRACTICE_OUTCOMES)[number];

export const homePracticeCreateSchema = z.strictObject({
  id: uuidSchema,
  deliveredInterventionId: uuidSchema,
  objectiveId: uuidSchema,
  /** What to do, in the family's words: "Sing the hello song before breakfast". */
  what: shortText,
  timesPerWeek: z.number().int().min(1, 'at least once a week').max(7, 'at most every day'),
  startsOn: dateSchema,
  endsOn: dateSchema.nullable().default(null),
});

export const practiceLogSchema = z.strictObject({
  practicedOn: dateSchema,
  outcome: z.enum(PRACTICE_OUTCOMES),
  note: z.string().trim().max(500).default(''),
});

/** A family may log today and the days just before it (a forgotten evening), not the future. */
export const LOG_BACK_DAYS = 7;

/** Why a day cannot be logged for a practice, or null when it can. */
export function logDayProblem(day: string, today: string, p: { startsOn: string; endsOn: string | null }): string | null {
  if (day > today) return 'is in the future';
  if (daysBetween(day, today) > LOG_BACK_DAYS) return `is more than ${LOG_BACK_DAYS} days ago`;
  if (day < p.startsOn) return 'is before the practice starts';
  if (p.endsOn && day > p.endsOn) return 'is after the practice ended';
  return null;
}

/** Adherence is counted over the last four weeks, so an old gap does not hide this month's habit. */
export const ADHERENCE_DAYS = 28;

export interface Adherence {
  /** Days in the window logged "done". */
  done: number;
  /** Days planned in the window: times a week × weeks, rounded up, at most one a day. */
  planned: number;
  /** done / planned as a whole percentage, at most 100; null when nothing was planned yet. */
  percent: number | null;
  from: string;
  to: string;
}

/**
 * Adherence of a home practice up to `today`: logged days over planned days in the last 28 days,
 * clipped to the practice's own dates. A practice begun today is planned once; a practice not yet
 * begun plans nothing.
 */
export function adherence(p: { timesPerWeek: number; startsOn: string; endsOn: string | null }, logs: readonly { practicedOn: string; outcome: PracticeOutcome }[], today: string): Adherence {
  const to = p.endsOn && p.endsOn < today ? p.endsOn : today;
  const windowStart = addDays(today, -(ADHERENCE_DAYS - 1));
  const from = p.startsOn > windowStart ? p.startsOn : windowStart;
  const days = from > to ? 0 : daysBetween(from, to) + 1;
  const planned = Math.min(days, Math.ceil((p.timesPerWeek * days) / 7));
  const done = new Set(logs.filter((l) => l.outcome === 'done' && l.practicedOn >= from && l.practicedOn <= to).map((l) => l.practicedOn)).size;
  return { done, planned, percent: planned === 0 ? null : Math.min(100, Math.round((100 * done) / planned)), from, to };
}

/** "5 of 6 planned days in the last 4 weeks" (or since the practice began, when that is later). */
export function adherenceText(a: Adherence, startsOn: string): string {
  if (a.planned === 0) return 'not started yet';
  const since = startsOn >= a.from ? 'since it began' : 'in the last 4 weeks';
  return `${a.done} of ${a.planned} planned days ${since}`;
}
