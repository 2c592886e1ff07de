/**
 * Synthetic practice generator for the benchmarks: deterministic (seeded), loaded through the same
 * services the app uses (a Ctx per acting therapist, as src/cli/demo/load.ts does), data written in
 * batches (recordBatch), with a progress bar on stderr.
 *
 * A practice of N clients and K months of weekly sessions:
 * - therapists with at most 40 clients each (the first, the "dashboard therapist", has exactly 40
 *   when the practice is large enough; the others 4–14, as part-time staff have), supervisors over
 *   teams (the first supervisor over ≥ 200 clients when there are that many), and a clinical
 *   director over the supervisors (so the director's caseload is the whole practice);
 * - each client: a population, 2–4 objectives of mixed measurement types from the shipped goal
 *   bank (goals by domain, a plan link to an intervention serving the domain, a baseline phase and
 *   an intervention phase), weekly sessions from an intake week to last week, ~8 % absences;
 * - about 45 % of the clients of populations often seen in groups (children with autism, developmental
 *   delay or Down syndrome; adults in mental health; older adults with dementia) take part in a weekly
 *   group of 3–8 clients of the same therapist instead of individual sessions, each from their intake on;
 * - every session: one delivered intervention serving the objectives worked, the data of every
 *   present participant in one batch, the session completed, a note per present participant drafted
 *   from the data and signed, except the last session of each series (its notes are left to write:
 *   the benchmark drafts them);
 * - one long-stay client seen every weekday for 1,000 sessions, whose first objective has 10 trials
 *   a session (the "1,000 sessions" objective of the progress benchmark).
 *
 * Same seed and same day → the same records (ids, values, dates), apart from the moments they were
 * written. Generation of independent therapists' caseloads runs `concurrency` at a time.
 */
import { LATE_ENTRY_HOURS } from '../src/domain/session-facts.js';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { loadContent, type Content } from '../src/content/index.js';
import type { ObjectiveTemplate } from '../src/domain/content.js';
import { CHANNEL_RANGES, type DataEvent, type MeasurementConfig, type PhysiologicalChannel } from '../src/domain/measurement.js';
import type { Role } from '../src/domain/roles.js';
import { localDateOf } from '../src/domain/schemas/common.js';
import { clientCreateSchema } from '../src/domain/schemas/clients.js';
import { goalCreateSchema, objectiveCreateSchema, phaseCreateSchema, planLinkCreateSchema } from '../src/domain/schemas/plan.js';
import { dataPointCreateSchema, deliveredCreateSchema, sessionCreateSchema } from '../src/domain/schemas/sessions.js';
import type { Database } from '../src/server/db/connection.js';
import { goalDomains, interventions, organizations, phases, supervision, users } from '../src/server/db/schema.js';
import { hashPassword } from '../src/server/auth/passwords.js';
import { seedOrganizationLibrary } from '../src/server/library/seed.js';
import type { ActingUser, Ctx } from '../src/server/access/acting-user.js';
import { createClient } from '../src/server/clients/service.js';
import { createGoal, createObjective, createPhase, createPlanLink, updateObjective } from '../src/server/plans/service.js';
import { createSession, deliverIntervention, updateSession } from '../src/server/sessions/service.js';
import { recordBatch } from '../src/server/sessions/data-points.js';
import { createNote, signNote } from '../src/server/notes/service.js';
import { idStream, seededUuid } from '../src/cli/demo/ids.js';
import { seededFor, storyValue, type Story } from '../src/cli/demo/stories.js';
import { zonedInstant } from '../src/cli/demo/load.js';

export type SizeName = 'small' | 'medium' | 'large';
export const SIZES: Record<SizeName, { clients: number; months: number }> = {
  small: { clients: 20, months: 6 },
  medium: { clients: 500, months: 24 },
  // The bench makes the large practice from the medium one and its copies (bench/replicate.ts).
  large: { clients: 5000, months: 24 },
};

export const BENCH_SEED = 'crescendo-bench/1';
/** Bump when a change here changes the generated records: the cached practices (bench/practice.ts) are then generated again. */
export const GENERATOR_VERSION = 4;
export const BENCH_PASSWORD = 'bench practice passphrase 2718';
export const TIME_ZONE = 'America/Chicago';
const DAY = 86_400_000;
const DASHBOARD_CASELOAD = 40;
const BIG_TEAM = 200;
const LONG_SESSIONS = Number(process.env.BENCH_LONG_SESSIONS ?? 1000);
/** Sessions of baseline before the intervention phase (as the demo). */
const BASELINE = 3;

export interface StaffMember extends ActingUser { key: string }

export interface GeneratedPractice {
  size: SizeName;
  organizationId: string;
  password: string;
  admin: StaffMember;
  director: StaffMember;
  supervisors: StaffMember[];
  therapists: StaffMember[];
  /** Therapist id → their clients' ids. */
  caseloads: Record<string, string[]>;
  dashboard: { therapist: StaffMember; clients: number };
  bigTeam: { supervisor: StaffMember; clients: number };
  /** A typical client of the dashboard therapist (individual sessions, whole period). */
  chartClientId: string;
  long: { clientId: string; objectiveId: string; therapist: StaffMember; sessions: number };
  /** Each client's objectives (the load test records data for them). */
  objectives: Record<string, { id: string; measurement: MeasurementConfig }[]>;
  /** The last session of each series: no notes yet (the benchmark drafts them), therapist and clients present. */
  unwritten: { sessionId: string; clientId: string; therapist: StaffMember }[];
  counts: { clients: number; objectives: number; sessions: number; groupSessions: number; dataPoints: number; notes: number; ms: number };
  /** Where generation time went: per service call, count, mean and total. */
  steps: Record<string, { n: number; meanMs: number; totalS: number }>;
}

export interface GenerateOptions {
  size: SizeName;
  database: Database;
  /** Therapists' caseloads generated at once (1 for PGlite, which runs one query at a time). */
  concurrency?: number;
  progress?: boolean;
  seed?: string;
  /** Clinic date of "today" (YYYY-MM-DD); sessions end in the week before. */
  today?: string;
  /**
   * Generate only part `index` (0-based) of `of`: every part writes the same organization, staff and
   * library (seeded ids) and a share of the therapists' caseloads, balanced by sessions. Parts run in
   * separate processes (PGlite runs one statement at a time) and bench/merge.ts joins their backups.
   */
  part?: { index: number; of: number };
}

// ---------------------------------------------------------------------------
// Seeded choices

type Rnd = () => number;
const pick = <T>(rnd: Rnd, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const between = (rnd: Rnd, lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
function weighted<T>(rnd: Rnd, xs: readonly (readonly [T, number])[]): T {
  const total = xs.reduce((s, [, w]) => s + w, 0);
  let r = rnd() * total;
  for (const [x, w] of xs) if ((r -= w) < 0) return x;
  return xs.at(-1)![0];
}
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const weekdayOf = (date: string) => (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7; // 0 = Monday

const FIRST = ['Maya', 'Liam', 'Ava', 'Noah', 'Zoe', 'Eli', 'Ruth', 'Omar', 'Iris', 'Jude', 'Lena', 'Theo', 'Nia', 'Sami', 'Greta', 'Hugo', 'Ines', 'Kai', 'Mabel', 'Rafael', 'Willa', 'Arthur', 'Dolores', 'Frank', 'June', 'Walter', 'Edith', 'Marcus', 'Priya', 'Tomas'];
const LAST = ['Lopez', 'Nguyen', 'Okafor', 'Schmidt', 'Haddad', 'Kowalski', 'Rossi', 'Tanaka', 'Baptiste', 'Moreau', 'Fischer', 'Andersen', 'Silva', 'Kim', 'Cohen', 'Mensah', 'Novak', 'Byrne', 'Patel', 'Ivanova', 'Garcia', 'Dubois', 'Sato', 'Larsen', 'Brennan'];

interface PopulationProfile {
  key: string;
  weight: number;
  settings: readonly string[];
  /** Age range at the start, in years (NICU: days). */
  ages: readonly [number, number];
  /** Clients of the same kind can share a weekly group; null: seen individually. */
  groupKind: 'children' | 'adults' | 'elders' | null;
}
const GROUP_SHARE = 0.45;
const GROUP_NAMES = { children: 'Social music group', adults: 'Songwriting group', elders: 'Reminiscence singing group' } as const;
const PROFILES: readonly PopulationProfile[] = [
  { key: 'autism', weight: 20, settings: ['school', 'outpatient', 'private_practice'], ages: [4, 17], groupKind: 'children' },
  { key: 'developmental_delay', weight: 10, settings: ['school', 'outpatient'], ages: [3, 12], groupKind: 'children' },
  { key: 'down_syndrome', weight: 6, settings: ['school', 'community'], ages: [5, 17], groupKind: 'children' },
  { key: 'mental_health', weight: 14, settings: ['inpatient', 'outpatient', 'community'], ages: [16, 60], groupKind: 'adults' },
  { key: 'tbi', weight: 8, settings: ['rehabilitation', 'inpatient'], ages: [18, 70], groupKind: null },
  { key: 'physical_rehab', weight: 6, settings: ['rehabilitation', 'outpatient'], ages: [30, 85], groupKind: null },
  { key: 'pediatric_rehab', weight: 5, settings: ['rehabilitation', 'outpatient'], ages: [3, 14], groupKind: null },
  { key: 'dementia', weight: 14, settings: ['community', 'inpatient'], ages: [68, 94], groupKind: 'elders' },
  { key: 'hospice', weight: 9, settings: ['hospice_home'], ages: [55, 98], groupKind: null },
  { key: 'nicu', weight: 4, settings: ['nicu'], ages: [1, 20], groupKind: null },
  { key: 'general', weight: 4, settings: ['private_practice', 'community'], ages: [20, 70], groupKind: null },
];
const SESSION_TIMES = ['08:30', '09:15', '10:00', '10:45', '11:30', '13:00', '13:45', '14:30', '15:15', '16:00'];

// ---------------------------------------------------------------------------
// Events: a compact version of the demo's (src/cli/demo/stories.ts), with fewer events per session
// so that the medium practice lands near 300k data points.

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
const RESTING: Record<PhysiologicalChannel, number> = { heart_rate: 150, spo2: 95, respiratory_rate: 45, behavioural_state: 4 };

/** Raw events whose session summary lands near the target value (in the summary's unit). */
export function benchEvents(config: MeasurementConfig, target: number, rnd: Rnd, trials = 8): DataEvent[] {
  const jitter = (spread: number) => (rnd() - 0.5) * 2 * spread;
  switch (config.type) {
    case 'trials': {
      const successes = clamp(Math.round((target / 100) * trials + jitter(0.8)), 0, trials);
      const levels = config.promptLevels;
      return Array.from({ length: trials }, (_, k): DataEvent => {
        const outcome = k < successes ? 'success' : 'failure';
        return levels ? { kind: 'trial', outcome, promptLevel: k < successes - 1 ? levels[0]! : levels[1]! } : { kind: 'trial', outcome };
      });
    }
    case 'frequency':
      if (config.metric === 'rate_per_minute') {
        const count = Math.max(0, Math.round(target / 2 + jitter(1)));
        return [{ kind: 'observation', seconds: 30 }, ...Array.from({ length: count }, () => ({ kind: 'occurrence' as const }))];
      }
      return Array.from({ length: clamp(Math.round(target + jitter(1)), 0, 12) }, () => ({ kind: 'occurrence' as const }));
    case 'duration':
      if (config.metric === 'percent_of_observed') {
        const observed = 600;
        return [{ kind: 'observation', seconds: observed }, { kind: 'duration', seconds: clamp(Math.round(((target + jitter(5)) / 100) * observed), 0, observed) }];
      }
      {
        // Two bouts of the behaviour.
        const total = Math.max(0, Math.round(target + jitter(Math.max(1, target * 0.1))));
        return [{ kind: 'duration', seconds: Math.round(total * 0.6) }, { kind: 'duration', seconds: total - Math.round(total * 0.6) }];
      }
    case 'latency':
      return [0, 1, 2].map(() => ({ kind: 'latency' as const, seconds: clamp(Math.round((target + jitter(Math.max(1, target * 0.15))) * 10) / 10, 0, config.maxSeconds) }));
    case 'rating':
      // Rated at the start and the end of the session.
      return [0, 1].map(() => ({ kind: 'rating' as const, value: clamp(Math.round(target + jitter(0.7)), config.min, config.max) }));
    case 'prompt_level': {
      const top = config.hierarchy.length - 1;
      return [0, 1, 2].map(() => ({ kind: 'prompt' as const, level: config.hierarchy[top - clamp(Math.round(target + jitter(0.8)), 0, top)]! }));
    }
    case 'task_analysis': {
      const steps = config.steps.length;
      const independent = clamp(Math.round((target / 100) * steps + jitter(0.6)), 0, steps);
      return config.steps.map((_, step) => ({ kind: 'step' as const, step, result: step < independent ? ('independent' as const) : rnd() < 0.7 ? ('prompted' as const) : ('not_done' as const) }));
    }
    case 'physiological': {
      const primary = config.primaryChannel;
      const r = CHANNEL_RANGES[primary];
      const reading = (value: number, when: 'pre' | 'post' | 'during'): DataEvent => ({ kind: 'reading', channel: primary, value: clamp(Math.round(value), r.min, r.max), when });
      if (config.metric === 'pre_post_change') {
        const pre = RESTING[primary] + jitter(3);
        return [reading(pre, 'pre'), reading(pre + target + jitter(1.5), 'post')];
      }
      const spread = primary === 'behavioural_state' ? 0.7 : Math.max(1, (r.max - r.min) * 0.01);
      return [reading(target + jitter(spread), 'pre'), reading(target + jitter(spread), 'post')];
    }
    case 'pre_post': {
      const span = config.max - config.min;
      const pre = clamp(Math.round(config.min + span * (target < 0 ? 0.7 : 0.35) + jitter(1)), config.min, config.max);
      return [{ kind: 'scale', when: 'pre', value: pre }, { kind: 'scale', when: 'post', value: clamp(Math.round(pre + target + jitter(0.8)), config.min, config.max) }];
    }
  }
}

/** Where an objective's data starts and where its story heads, from its criterion (in the summary's unit). */
function storyRange(t: ObjectiveTemplate, story: Story): { from: number; to: number } {
  const v = t.criterion.value;
  const up = t.criterion.comparator === '>=' || t.criterion.comparator === '>';
  const m = t.measurement;
  const changeScale = m.type === 'pre_post' || (m.type === 'physiological' && m.metric === 'pre_post_change');
  let from: number;
  let to: number;
  if (changeScale) {
    from = 0;
    to = v * 1.3;
  } else if (m.type === 'physiological') {
    from = up ? v * 0.95 : v * 1.3;
    to = up ? v * 1.01 : v * 0.9;
  } else {
    from = up ? v * 0.4 : v * 2 + 1;
    to = up ? v * 1.12 : v * 0.8;
  }
  if (m.type === 'trials' || m.type === 'task_analysis' || (m.type === 'duration' && m.metric === 'percent_of_observed')) to = Math.min(100, to);
  if (m.type === 'rating') [from, to] = [clamp(from, m.min, m.max), clamp(to, m.min, m.max)];
  if (story === 'flat') to = from;
  if (story === 'progressing') to = from + (to - from) * 0.6;
  return { from, to };
}

// ---------------------------------------------------------------------------
// The practice's shape

interface ObjectivePlan {
  template: ObjectiveTemplate;
  story: Story;
  from: number;
  to: number;
  /** Index (in the client's sessions) of the objective's first session. */
  start: number;
  id: string;
  interventionKey: string;
  rnd: Rnd;
  trials: number;
}

interface ClientPlan {
  key: string;
  index: number;
  profile: PopulationProfile;
  firstName: string;
  lastName: string;
  setting: string;
  birthDate: string;
  weekday: number;
  time: string;
  /** First week (0 = the first week of the period) of the client's sessions. */
  startWeek: number;
  objectives: ObjectivePlan[];
  group: number | null;
  long: boolean;
}

interface SeriesPlan {
  key: string;
  therapist: StaffMember;
  type: 'individual' | 'group';
  groupName: string | null;
  setting: string;
  minutes: number;
  dates: string[];
  /** The week of the period of the first date (members join from their own intake week). */
  startWeek: number;
  time: string;
  members: ClientPlan[];
  /** Notes are written for the last `notesFor` sessions only (the long-stay client's earlier sessions have none). */
  notesFor: number;
}

function staffPlan(n: number, rnd: Rnd): { caseloads: number[]; teams: number[][] } {
  const caseloads = [Math.min(DASHBOARD_CASELOAD, Math.max(1, n - 4))];
  let left = n - caseloads[0]!;
  while (left > 0) {
    const c = Math.min(left, between(rnd, 4, 14));
    caseloads.push(c);
    left -= c;
  }
  const teams: number[][] = [[]];
  let big = 0;
  let t = 0;
  while (t < caseloads.length && big < BIG_TEAM) {
    teams[0]!.push(t);
    big += caseloads[t++]!;
  }
  while (t < caseloads.length) {
    const team: number[] = [];
    for (let k = 0; k < 8 && t < caseloads.length; k++) team.push(t++);
    teams.push(team);
  }
  return { caseloads, teams };
}

function chooseObjectives(content: Content, profile: PopulationProfile, rnd: Rnd, count: number): ObjectiveTemplate[] {
  const fitting = content.objectiveTemplates.filter((t) => t.populations.includes(profile.key as never));
  const pool = fitting.length >= count ? fitting : content.objectiveTemplates;
  const chosen: ObjectiveTemplate[] = [];
  // Mixed measurement types: prefer a type not taken yet.
  for (let tries = 0; chosen.length < count && tries < 200; tries++) {
    const t = pick(rnd, pool);
    if (chosen.some((c) => c.key === t.key)) continue;
    if (tries < 100 && chosen.some((c) => c.measurement.type === t.measurement.type)) continue;
    chosen.push(t);
  }
  return chosen;
}

// ---------------------------------------------------------------------------
// Progress bar

class Progress {
  private last = 0;
  private decile = -1;
  private readonly started = Date.now();
  constructor(private readonly label: string, private readonly total: number, private readonly on: boolean) {}
  done = 0;
  points = 0;
  tick(force = false) {
    if (!this.on) return;
    const now = Date.now();
    const f = this.total ? this.done / this.total : 1;
    const tty = process.stderr.isTTY;
    if (!force && (tty ? now - this.last < 250 : Math.floor(f * 10) === this.decile)) return;
    this.last = now;
    this.decile = Math.floor(f * 10);
    const width = 30;
    const bar = '#'.repeat(Math.round(f * width)).padEnd(width, '.');
    const s = (now - this.started) / 1000;
    const eta = f > 0.02 ? ` eta ${Math.round((s / f) * (1 - f))} s` : '';
    const line = `${this.label} [${bar}] ${(f * 100).toFixed(0).padStart(3)}% ${this.done}/${this.total} sessions, ${this.points.toLocaleString('en')} points, ${s.toFixed(0)} s${eta}`;
    process.stderr.write(tty ? `\r${line.padEnd(110)}` : `${line}\n`);
  }
  end() {
    if (process.stderr.isTTY || this.decile < 10) this.tick(true);
    if (this.on && process.stderr.isTTY) process.stderr.write('\n');
  }
}

// ---------------------------------------------------------------------------

async function createStaff(database: Database, seed: string, n: number, rnd: Rnd) {
  const organizationId = seededUuid('organization', seed);
  const hash = await hashPassword(BENCH_PASSWORD);
  const { caseloads, teams } = staffPlan(n, rnd);
  const mk = (key: string, name: string, roles: Role[]): StaffMember => ({ key, id: seededUuid(`user/${key}`, seed), organizationId, roles, name, email: `${key}@bench.crescendo.test` });
  const admin = mk('admin', 'Bench Admin', ['admin']);
  const director = mk('director', 'Dana Director', ['supervisor']);
  const therapists = caseloads.map((_, i) => mk(`therapist${i + 1}`, `${pick(rnd, FIRST)} ${pick(rnd, LAST)}`, ['therapist']));
  const supervisors = teams.map((_, i) => mk(`supervisor${i + 1}`, `${pick(rnd, FIRST)} ${pick(rnd, LAST)}`, ['supervisor']));
  await database.db.transaction(async (tx) => {
    await tx.insert(organizations).values({ id: organizationId, name: `Bench practice (${n} clients)`, timeZone: TIME_ZONE, noteFormat: 'SOAP' });
    const all = [admin, director, ...supervisors, ...therapists];
    for (let i = 0; i < all.length; i += 200)
      await tx.insert(users).values(all.slice(i, i + 200).map(({ key: _key, ...u }) => ({ ...u, passwordHash: hash, credentials: u.roles.includes('admin') ? null : 'MT-BC' })));
    const links: { organizationId: string; supervisorId: string; superviseeId: string }[] = [];
    for (const s of supervisors) links.push({ organizationId, supervisorId: director.id, superviseeId: s.id });
    teams.forEach((team, i) => team.forEach((t) => links.push({ organizationId, supervisorId: supervisors[i]!.id, superviseeId: therapists[t]!.id })));
    for (let i = 0; i < links.length; i += 500) await tx.insert(supervision).values(links.slice(i, i + 500));
    await seedOrganizationLibrary(tx as never, organizationId, (key) => seededUuid(`library/${key}`, seed));
  });
  return { organizationId, admin, director, therapists, supervisors, caseloads, teams };
}

function planClients(content: Content, seed: string, n: number, weeks: number): ClientPlan[] {
  const plans: ClientPlan[] = [];
  for (let i = 0; i < n; i++) {
    const rnd = seededFor(`${seed}/client/${i}`);
    const long = i === n - 1;
    const profile = long ? PROFILES.find((p) => p.key === 'dementia')! : weighted(rnd, PROFILES.map((p) => [p, p.weight] as const));
    const count = long ? 2 : between(rnd, 2, 4);
    const templates = long ? [content.objectiveTemplates.find((t) => t.measurement.type === 'trials' && t.populations.includes('dementia' as never)) ?? content.objectiveTemplates.find((t) => t.measurement.type === 'trials')!, ...chooseObjectives(content, profile, rnd, 1).filter((t) => t.measurement.type !== 'trials')] : chooseObjectives(content, profile, rnd, count);
    const [a0, a1] = profile.ages;
    plans.push({
      key: `c${i}`, index: i, profile, long,
      firstName: pick(rnd, FIRST), lastName: `${pick(rnd, LAST)}-${i}`,
      setting: pick(rnd, profile.settings),
      birthDate: profile.key === 'nicu' ? '' : `${2025 - between(rnd, a0, a1)}-${String(between(rnd, 1, 12)).padStart(2, '0')}-${String(between(rnd, 1, 28)).padStart(2, '0')}`,
      weekday: between(rnd, 0, 4),
      time: pick(rnd, SESSION_TIMES),
      // A growing practice: intakes spread over the period (at least 8 weeks before its end); everyone is on the books at the end.
      startWeek: long ? 0 : Math.floor(rnd() * Math.max(1, weeks - 8)),
      group: null,
      objectives: templates.map((t, k) => {
        const story = long && k === 0 ? 'progressing' : weighted<Story>(rnd, [['mastered', 3], ['progressing', 4], ['flat', 2]]);
        const { from, to } = storyRange(t, story);
        const iv = content.interventions.filter((x) => x.goalDomains.includes(t.domainKey));
        return {
          template: t, story, from, to, id: '',
          start: k < 2 ? 0 : Math.floor(rnd() * weeks * 0.4),
          interventionKey: (iv.length ? pick(rnd, iv) : pick(rnd, content.interventions)).key,
          rnd: seededFor(`${seed}/objective/${i}/${k}`),
          trials: long && k === 0 ? 10 : 8,
        };
      }),
    });
  }
  return plans;
}

/** Weekly dates on a weekday from a week of the period to the last full week before today. */
function weeklyDates(today: string, weeks: number, startWeek: number, weekday: number): string[] {
  let monday = addDays(today, -7);
  while (weekdayOf(monday) !== 0) monday = addDays(monday, -1);
  const first = addDays(monday, -7 * (weeks - 1));
  const out: string[] = [];
  for (let w = startWeek; w < weeks; w++) out.push(addDays(first, 7 * w + weekday));
  return out;
}

/** The long-stay client: every weekday, `count` sessions ending last week. */
function weekdayDates(today: string, count: number): string[] {
  const out: string[] = [];
  let d = addDays(today, -7);
  while (weekdayOf(d) !== 4) d = addDays(d, -1);
  while (out.length < count) {
    if (weekdayOf(d) < 5) out.push(d);
    d = addDays(d, -1);
  }
  return out.reverse();
}

/** The therapists of one part: longest processing time first onto the lightest part (the same split in every part). */
function partOf(therapists: StaffMember[], series: SeriesPlan[], part: { index: number; of: number }): StaffMember[] {
  // A session's cost grows with the notes written for its members.
  const work = new Map(therapists.map((t) => [t, 0]));
  for (const s of series) work.set(s.therapist, work.get(s.therapist)! + s.dates.length * (1 + 0.5 * s.members.length));
  const loads = Array.from({ length: part.of }, () => 0);
  const mine: StaffMember[] = [];
  for (const t of [...therapists].sort((a, b) => work.get(b)! - work.get(a)! || a.key.localeCompare(b.key))) {
    const lightest = loads.indexOf(Math.min(...loads));
    loads[lightest]! += work.get(t)!;
    if (lightest === part.index) mine.push(t);
  }
  return mine;
}

/** The default "today": the first of the current month (clinic time), so a cached practice stays valid for the month. */
export function anchorDate(now = new Date()): string {
  return `${localDateOf(now.toISOString(), TIME_ZONE).slice(0, 7)}-01`;
}

export async function generatePractice(opts: GenerateOptions): Promise<GeneratedPractice> {
  const started = Date.now();
  const seed = `${opts.seed ?? BENCH_SEED}/${opts.size}`;
  const { database } = opts;
  const { clients: n, months } = SIZES[opts.size];
  const weeks = Math.round((months * 52) / 12);
  const today = opts.today ?? anchorDate();
  const content = loadContent();
  const rnd = seededFor(`${seed}/staff`);
  const staff = await createStaff(database, seed, n, rnd);
  const org = staff.organizationId;
  const ivIds = new Map((await database.db.select({ id: interventions.id, key: interventions.key }).from(interventions).where(eq(interventions.organizationId, org))).map((r) => [r.key, r.id]));
  const domainIds = new Map((await database.db.select({ id: goalDomains.id, key: goalDomains.key }).from(goalDomains).where(eq(goalDomains.organizationId, org))).map((r) => [r.key, r.id]));

  // Clients to therapists, in order; the last client (the long-stay one) is on the last caseload.
  const plans = planClients(content, seed, n, weeks);
  const caseloads = new Map<string, ClientPlan[]>();
  let next = 0;
  staff.caseloads.forEach((c, t) => caseloads.set(staff.therapists[t]!.id, plans.slice(next, (next += c))));

  // Series: groups (per therapist, of clients of the same kind), then individuals.
  const series: SeriesPlan[] = [];
  for (const therapist of staff.therapists) {
    const mine = caseloads.get(therapist.id)!;
    const grouped = new Map<string, ClientPlan[]>();
    for (const c of mine) {
      const kind = c.profile.groupKind;
      if (c.long || !kind || seededFor(`${seed}/group/${c.index}`)() >= GROUP_SHARE) continue;
      grouped.set(kind, [...(grouped.get(kind) ?? []), c]);
    }
    for (const [kind, members] of grouped) {
      for (let i = 0; i + 3 <= members.length; i += 6) {
        const group = members.slice(i, members.length - (i + 6) < 3 ? members.length : i + 6);
        const lead = group.reduce((a, b) => (b.startWeek < a.startWeek ? b : a));
        for (const g of group) {
          g.group = series.length;
          g.weekday = lead.weekday;
          g.time = lead.time;
          g.setting = lead.setting;
        }
        series.push({
          key: `group/${therapist.key}/${kind}/${i}`, therapist, type: 'group', groupName: `${GROUP_NAMES[kind as keyof typeof GROUP_NAMES]} (${therapist.name.split(' ')[0]})`, setting: lead.setting, minutes: 45,
          dates: weeklyDates(today, weeks, lead.startWeek, lead.weekday), startWeek: lead.startWeek, time: lead.time, members: group, notesFor: Number.MAX_SAFE_INTEGER,
        });
        if (group.length > 6) break;
      }
    }
    for (const c of mine) {
      if (c.group !== null) continue;
      const dates = c.long ? weekdayDates(today, LONG_SESSIONS) : weeklyDates(today, weeks, c.startWeek, c.weekday);
      series.push({
        key: `client/${c.key}`, therapist, type: 'individual', groupName: null, setting: c.setting, minutes: c.profile.key === 'nicu' ? 20 : c.long ? 30 : 45,
        dates, startWeek: c.startWeek, time: c.time, members: [c], notesFor: c.long ? 20 : Number.MAX_SAFE_INTEGER,
      });
    }
  }
  const seriesOf = new Map<ClientPlan, SeriesPlan>();
  for (const s of series) for (const m of s.members) seriesOf.set(m, s);

  const counts = { clients: 0, objectives: 0, sessions: 0, groupSessions: 0, dataPoints: 0, notes: 0, ms: 0 };
  const queue = opts.part ? partOf(staff.therapists, series, opts.part) : [...staff.therapists];
  const queued = new Set(queue);
  const label = `generating ${opts.size} on ${database.engine}${opts.part ? ` (part ${opts.part.index + 1} of ${opts.part.of})` : ''}`;
  const progress = new Progress(label, series.filter((x) => queued.has(x.therapist)).reduce((s, x) => s + x.dates.length, 0), opts.progress ?? true);
  const unwritten: GeneratedPractice['unwritten'] = [];

  // As a request carries them: the organization's settings, read with the sign-in session.
  const ctxOf = (user: ActingUser): Ctx => ({ db: database.db, user, requestId: 'bench-generate', organization: { timeZone: TIME_ZONE, noteFormat: 'SOAP', lateEntryHours: LATE_ENTRY_HOURS } });
  const steps = new Map<string, { n: number; ms: number }>();
  async function timed<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const t = performance.now();
    try {
      return await fn();
    } finally {
      const s = steps.get(name) ?? { n: 0, ms: 0 };
      s.n++;
      s.ms += performance.now() - t;
      steps.set(name, s);
    }
  }

  async function setupClient(therapist: StaffMember, c: ClientPlan) {
    const ctx = ctxOf(therapist);
    const ids = idStream(`${seed}/client/${c.key}`);
    const s = seriesOf.get(c)!;
    const dates = s.dates.slice(c.startWeek - s.startWeek);
    const first = dates[0]!;
    const clientId = seededUuid(`${seed}/client/${c.key}`);
    await createClient(ctx, clientCreateSchema.parse({
      id: clientId, firstName: c.firstName, lastName: c.lastName, birthDate: c.birthDate || addDays(first, -3),
      gestationalAgeWeeks: c.profile.key === 'nicu' ? 34 + (c.index % 3) : null, gestationalAgeDays: c.profile.key === 'nicu' ? c.index % 7 : null,
      populations: [c.profile.key], setting: c.setting, status: 'active',
      referral: { source: 'Care team', reason: `Referred for music therapy (${c.profile.key.replace('_', ' ')}).`, referredOn: c.profile.key === 'nicu' ? addDays(first, -2) : addDays(first, -21), decision: 'accepted' },
      guardians: c.profile.key === 'dementia' || c.index % 3 === 0 ? [{ name: `${pick(c.objectives[0]!.rnd, FIRST)} ${c.lastName}`, relationship: 'family', phone: '555-0100' }] : [],
      musicPreferences: { genres: ['folk', 'pop'].slice(0, 1 + (c.index % 2)), songs: ['You Are My Sunshine'], instruments: ['drum'], dislikes: [] },
    }));
    const byDomain = new Map<string, ObjectivePlan[]>();
    for (const o of c.objectives) byDomain.set(o.template.domainKey, [...(byDomain.get(o.template.domainKey) ?? []), o]);
    for (const [domain, objs] of byDomain) {
      const goal = await createGoal(ctx, clientId, goalCreateSchema.parse({ id: ids(), domainId: domainIds.get(domain)!, statement: `${c.firstName} will make progress in ${domain.replace(/_/g, ' ')}.`, targetDate: addDays(today, 180) }));
      for (const o of objs) {
        const t = o.template;
        const start = Math.min(o.start, dates.length - 1);
        o.start = start;
        const created = await createObjective(ctx, goal.id, objectiveCreateSchema.parse({
          id: ids(), statement: t.text.replace(/\bClient\b/g, c.firstName), behaviour: t.behaviour, condition: t.condition,
          measurement: t.measurement, criterion: t.criterion, direction: t.direction, status: 'baseline', targetDate: addDays(today, 120),
        }));
        o.id = created.id;
        // As the demo does: the service dates the baseline phase today; the history starts at the objective's first session.
        await database.db.update(phases).set({ startDate: dates[start]! }).where(and(eq(phases.objectiveId, created.id), isNull(phases.deletedAt)));
        if (start + BASELINE < dates.length) {
          await createPhase(ctx, created.id, phaseCreateSchema.parse({ id: ids(), kind: 'intervention', label: 'Intervention', startDate: dates[start + BASELINE]! }));
          await updateObjective(ctx, created.id, { version: created.version, status: 'active' });
        }
        await createPlanLink(ctx, clientId, planLinkCreateSchema.parse({ id: ids(), objectiveId: created.id, interventionId: ivIds.get(o.interventionKey)! }));
        counts.objectives++;
      }
    }
    counts.clients++;
    return clientId;
  }

  async function runSeries(s: SeriesPlan, clientIds: Map<ClientPlan, string>) {
    const ctx = ctxOf(s.therapist);
    const ids = idStream(`${seed}/${s.key}`);
    const rnd = seededFor(`${seed}/${s.key}/attendance`);
    const total = s.dates.length;
    for (let i = 0; i < total; i++) {
      const date = s.dates[i]!;
      const startsAt = zonedInstant(date, s.time, TIME_ZONE);
      // A group member takes part from their own intake week on; k(m) is the member's own session index.
      const offset = (m: ClientPlan) => m.startWeek - s.startWeek;
      const joined = s.members.filter((m) => i >= offset(m));
      const absent = new Set(joined.filter(() => rnd() < 0.08));
      const last = i === total - 1;
      if (last) absent.clear();
      const sessionId = ids();
      await timed('createSession', () => createSession(ctx, sessionCreateSchema.parse({
        id: sessionId, type: s.type, startsAt, durationMinutes: s.minutes, setting: s.setting, groupName: s.groupName, location: s.type === 'group' ? 'Group room' : 'Music room',
        participants: joined.map((m) => ({ clientId: clientIds.get(m)!, attendance: absent.has(m) ? 'absent' : 'present' })),
      })));
      counts.sessions++;
      if (s.type === 'group') counts.groupSessions++;
      const present = joined.filter((m) => !absent.has(m));
      const working = present.flatMap((m) => m.objectives.filter((o) => o.id && i - offset(m) >= o.start).map((o) => ({ m, o })));
      let deliveredId: string | null = null;
      if (working.length) {
        const iv = working[0]!.o.interventionKey;
        const d = await timed('deliverIntervention', () => deliverIntervention(ctx, sessionId, deliveredCreateSchema.parse({
          id: ids(), interventionId: ivIds.get(iv)!, objectiveIds: working.map((w) => w.o.id),
          startedAt: new Date(Date.parse(startsAt) + 120_000).toISOString(), endedAt: new Date(Date.parse(startsAt) + (s.minutes - 5) * 60_000).toISOString(),
        })));
        deliveredId = d.id;
      }
      let second = 150;
      const points = working.flatMap(({ m, o }) => {
        const k = i - offset(m) - o.start;
        const n = total - offset(m) - o.start;
        const target = storyValue({ story: o.story, from: o.from, to: o.to }, k, n);
        return benchEvents(o.template.measurement as MeasurementConfig, target, o.rnd, o.trials).map((event) =>
          dataPointCreateSchema.parse({ id: ids(), clientId: clientIds.get(m)!, objectiveId: o.id, deliveredInterventionId: deliveredId, recordedAt: new Date(Date.parse(startsAt) + (second += 9) * 1000).toISOString(), event }),
        );
      });
      for (let k = 0; k < points.length; k += 500) await timed('recordBatch', () => recordBatch(ctx, sessionId, points.slice(k, k + 500)));
      counts.dataPoints += points.length;
      progress.points += points.length;
      await timed('updateSession', () => updateSession(ctx, sessionId, { version: 1, status: 'completed' }));
      if (last) {
        for (const m of present) unwritten.push({ sessionId, clientId: clientIds.get(m)!, therapist: s.therapist });
      } else if (total - i <= s.notesFor) {
        for (const m of present) {
          const note = await timed('createNote', () => createNote(ctx, sessionId, { id: ids(), clientId: clientIds.get(m)! }));
          await timed('signNote', () => signNote(ctx, note.id, note.version, true, 'team_notified'));
          counts.notes++;
        }
      }
      progress.done++;
      progress.tick();
    }
  }

  let therapistsDone = 0;
  async function runTherapist(therapist: StaffMember) {
    const clientIds = new Map<ClientPlan, string>();
    for (const c of caseloads.get(therapist.id)!) clientIds.set(c, await setupClient(therapist, c));
    for (const s of series.filter((x) => x.therapist === therapist)) await runSeries(s, clientIds);
    // As the app does hourly on PGlite (and autovacuum on PostgreSQL): statistics follow the growth.
    if (++therapistsDone % 4 === 1) await database.db.execute(sql`analyze`);
  }

  // The long-stay client's series is the longest: start it first so it does not finish alone.
  queue.sort((a, b) => Number(caseloads.get(b.id)!.some((c) => c.long)) - Number(caseloads.get(a.id)!.some((c) => c.long)));
  const workers = Array.from({ length: Math.max(1, opts.concurrency ?? 1) }, async () => {
    for (let t = queue.shift(); t; t = queue.shift()) await runTherapist(t);
  });
  await Promise.all(workers);
  progress.end();

  const dashboardTherapist = staff.therapists[0]!;
  const bigSupervisor = staff.supervisors[0]!;
  const bigClients = staff.teams[0]!.reduce((s, t) => s + staff.caseloads[t]!, 0);
  const longPlan = plans[n - 1]!;
  const longTherapist = staff.therapists.find((t) => caseloads.get(t.id)!.includes(longPlan))!;
  const chart = caseloads.get(dashboardTherapist.id)!.filter((c) => c.group === null && !c.long).sort((a, b) => a.startWeek - b.startWeek)[0] ?? caseloads.get(dashboardTherapist.id)![0]!;
  counts.ms = Date.now() - started;
  return {
    steps: Object.fromEntries([...steps].map(([k, v]) => [k, { n: v.n, meanMs: v.ms / v.n, totalS: v.ms / 1000 }])),
    size: opts.size, organizationId: org, password: BENCH_PASSWORD,
    admin: staff.admin, director: staff.director, supervisors: staff.supervisors, therapists: staff.therapists,
    caseloads: Object.fromEntries([...caseloads].map(([t, cs]) => [t, cs.map((c) => seededUuid(`${seed}/client/${c.key}`))])),
    dashboard: { therapist: dashboardTherapist, clients: staff.caseloads[0]! },
    bigTeam: { supervisor: bigSupervisor, clients: bigClients },
    chartClientId: seededUuid(`${seed}/client/${chart.key}`),
    long: { clientId: seededUuid(`${seed}/client/${longPlan.key}`), objectiveId: longPlan.objectives[0]!.id, therapist: longTherapist, sessions: LONG_SESSIONS },
    unwritten,
    objectives: Object.fromEntries(plans.map((c) => [seededUuid(`${seed}/client/${c.key}`), c.objectives.filter((o) => o.id).map((o) => ({ id: o.id, measurement: o.template.measurement as MeasurementConfig }))])),
    counts,
  };
}
