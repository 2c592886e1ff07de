/**
 * `demo`: loads the demo practice through the services the app uses. Re-running it changes nothing.
 *
 * Everything is deterministic: ids come from a seeded UUID generator (ids.ts), values from seeded
 * random sources (stories.ts), and session dates are weekly, ending in the week before the demo's
 * today: the day of loading, or a fixed day (`today`) for reproducible reports. Two loads with the
 * same today give the same records apart from the moments they were written (created-at, signed-at
 * and the hashes that include them) and the password hashes.
 *
 * The services choose a random id in three places (the first phase of a new objective, the treatment
 * plan row, the shipped library); the loader replaces those ids with seeded ones right after the
 * service call, so the demo stays reproducible without changing the services.
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import { loadContent, type Content } from '../../content/index.js';
import { IMTAP_SCALE, suggestGoalsFromAssessment, type ObjectiveTemplate } from '../../domain/content.js';
import type { MeasurementConfig } from '../../domain/measurement.js';
import { formatDate } from '../../domain/reports/index.js';
import type { Role } from '../../domain/roles.js';
import { dateSchema, localDateOf } from '../../domain/schemas/common.js';
import type { Database } from '../../server/db/connection.js';
import { clients, goalDomains, interventions, objectives, organizations, phases, planVersions, supervision, treatmentPlans, users } from '../../server/db/schema.js';
import { hashPassword, passwordProblems } from '../../server/auth/passwords.js';
import { seedOrganizationLibrary } from '../../server/library/seed.js';
import type { ActingUser, Ctx } from '../../server/access/acting-user.js';
import { addCareTeamMember, createClient, updateClient } from '../../server/clients/service.js';
import { createAssessment } from '../../server/assessments/service.js';
import { createIep } from '../../server/ieps/service.js';
import { acknowledgePlanVersion, createPlanDraft, signPlanVersion } from '../../server/plans/versions.js';
import { confirmMastery, createGoal, createObjective, createPhase, createPlanLink, deletePlanLink, updateObjective, updatePlan } from '../../server/plans/service.js';
import { createSession, deliverIntervention, setAttendance, updateSession } from '../../server/sessions/service.js';
import { recordMusic } from '../../server/sessions/music.js';
import { musicUseCreateSchema } from '../../domain/music.js';
import { demoSongFor } from './music.js';
import type { AbsenceReason } from '../../domain/session-facts.js';
import { recordBatch } from '../../server/sessions/data-points.js';
import { cosignNote, createNote, signNote, updateNote } from '../../server/notes/service.js';
import { Problem } from '../../server/http/problem.js';
import { answersFor, documentGroupSession } from './group-note.js';
import { flag, UsageError, type Parsed } from '../args.js';
import { randomPassword } from '../users.js';
import { idStream, seededUuid } from './ids.js';
import { DEMO_CLIENTS, DEMO_GROUPS, DEMO_ORG, DEMO_STAFF, DEMO_SUPERVISION, type DemoClient, type DemoObjective, type Schedule, type StaffKey } from './practice.js';
import { BASELINE_SESSIONS, eventsFor, seededFor, storyValue } from './stories.js';
import { seedDemoAuthorizations, seedDemoBillingIdentity, seedDemoServiceCodes, seedSessionLines } from './billing.js';

const DAY = 86_400_000;
/** The intern documents this many of the last sessions of a client on whose care team they are. */
const INTERN_SESSIONS = 5;
/** Notes are signed this many hours after the session ends, and an intern's co-signed this many: within the 48-hour late-entry window. */
const SIGNED_AFTER_HOURS = 3;
const COSIGNED_AFTER_HOURS = 20;

type Staff = Record<StaffKey | 'admin', ActingUser>;

export interface DemoOptions {
  /** The clinic's today the sessions are dated back from (YYYY-MM-DD, in the past); default: the real one. */
  today?: string;
}

export interface DemoCounts {
  clients: number;
  sessions: number;
  dataPoints: number;
  notes: number;
  ms: number;
}

// ---------------------------------------------------------------------------
// Dates

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** The instant of a local date and time in a time zone. */
export function zonedInstant(date: string, time: string, timeZone: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  const format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
  const offset = (at: number) => {
    const parts = Object.fromEntries(format.formatToParts(new Date(at)).map((p) => [p.type, p.value]));
    return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute)) - at;
  };
  let at = wall - offset(wall);
  at = wall - offset(at);
  return new Date(at).toISOString();
}

/** Weekly session dates on the schedule's weekday, the last one before today (clinic time). */
export function sessionDates(schedule: Schedule, today: string): string[] {
  const jsDay = (schedule.weekday + 1) % 7;
  let last = addDays(today, -1);
  while (new Date(`${last}T00:00:00Z`).getUTCDay() !== jsDay) last = addDays(last, -1);
  return Array.from({ length: schedule.weeks }, (_, i) => addDays(last, -7 * (schedule.weeks - 1 - i)));
}

// ---------------------------------------------------------------------------
// Staff and library

async function createStaff(database: Database, password: string): Promise<Staff> {
  const organizationId = seededUuid('organization');
  const hash = await hashPassword(password);
  const staff = {} as Staff;
  await database.db.transaction(async (tx) => {
    await tx.insert(organizations).values({ id: organizationId, ...DEMO_ORG });
    for (const s of DEMO_STAFF) {
      const u: ActingUser = { id: seededUuid(`user/${s.key}`), organizationId, roles: s.roles as Role[], name: s.name, email: s.email };
      await tx.insert(users).values({ ...u, passwordHash: hash, credentials: s.credentials || null });
      staff[s.key] = u;
    }
    for (const [sup, supervisee] of DEMO_SUPERVISION)
      await tx.insert(supervision).values({ organizationId, supervisorId: staff[sup].id, superviseeId: staff[supervisee].id });
    await seedOrganizationLibrary(tx as never, organizationId);
    // The library seed picks fresh ids; the demo's are seeded, named by each item's key.
    for (const d of await tx.select({ id: goalDomains.id, key: goalDomains.key }).from(goalDomains).where(eq(goalDomains.organizationId, organizationId)))
      await tx.update(goalDomains).set({ id: seededUuid(`goal-domain/${d.key}`) }).where(eq(goalDomains.id, d.id));
    for (const i of await tx.select({ id: interventions.id, key: interventions.key }).from(interventions).where(eq(interventions.organizationId, organizationId)))
      await tx.update(interventions).set({ id: seededUuid(`intervention/${i.key}`) }).where(eq(interventions.id, i.id));
  });
  return staff;
}

// ---------------------------------------------------------------------------
// Clients, assessments and plans

interface ObjectiveState {
  spec: DemoObjective;
  template: ObjectiveTemplate;
  id: string;
  version: number;
  status: string;
  measurement: MeasurementConfig;
  /** The schedule index of the objective's first session, and how many sessions it has. */
  first: number;
  count: number;
  changeAt: number | null;
  interventionKey: string;
  linkId: string;
  rnd: () => number;
}

interface ClientState {
  spec: DemoClient;
  id: string;
  name: string;
  ctx: Ctx;
  objectives: ObjectiveState[];
}

/** The template's placeholder ("Client", "Infant", "Infant's") as the client's name; "Infant-directed" stays a term. */
const withName = (text: string, name: string) => text.replace(/\b(Client|Infant)(?='s\b|\b(?!-))/g, name);

function requireKey<T extends { key: string }>(items: readonly T[], key: string, what: string): T {
  const found = items.find((x) => x.key === key);
  if (!found) throw new Error(`demo practice: no ${what} has the key ${key}`);
  return found;
}

async function setupClient(database: Database, staff: Staff, content: Content, spec: DemoClient, schedule: Schedule, dates: string[], ivIds: Map<string, string>, domainIds: Map<string, string>): Promise<ClientState> {
  const ctx: Ctx = { db: database.db, user: staff[spec.therapist], requestId: 'demo' };
  const nextId = idStream(`client/${spec.key}`);
  const first = dates[0]!;
  const last = dates.at(-1)!;
  const name = spec.preferredName ?? spec.firstName;
  const client = await createClient(ctx, {
    id: seededUuid(`client/${spec.key}`), firstName: spec.firstName, lastName: spec.lastName, preferredName: spec.preferredName ?? null,
    birthDate: spec.birthDate ?? (spec.bornDaysBeforeStart !== undefined ? addDays(first, -spec.bornDaysBeforeStart) : null),
    gestationalAgeWeeks: spec.gestationalAge?.weeks ?? null, gestationalAgeDays: spec.gestationalAge?.days ?? null,
    populations: spec.populations, diagnoses: spec.diagnoses, setting: spec.setting, status: 'active',
    guardians: (spec.guardians ?? []).map((g) => ({ name: g.name, relationship: g.relationship, phone: g.phone, email: g.email ?? '', isLegalGuardian: true })),
    // Referred three weeks before the first session; a NICU infant a week before, after birth (the server refuses a referral before birth).
    referral: { source: spec.referral.source, reason: spec.referral.reason, referredOn: addDays(first, spec.bornDaysBeforeStart !== undefined ? -7 : -21), decision: 'accepted', criteria: 'Needs in the referral are within music therapy scope; client engages with music.' },
    musicPreferences: { genres: spec.musicPreferences.genres, songs: spec.musicPreferences.songs, artists: spec.musicPreferences.artists, instruments: spec.musicPreferences.instruments, dislikes: spec.musicPreferences.dislikes, notes: spec.musicPreferences.notes ?? '' },
    precautions: spec.chartPrecautions ?? [],
  });
  if (spec.intern) await addCareTeamMember(ctx, client.id, staff.intern.id, 'member');

  // Intake: the shipped template, answered so that it suggests the goals the plan takes up.
  const template = requireKey(content.assessmentTemplates, spec.assessment.template, 'assessment template');
  const assessedOn = addDays(first, spec.bornDaysBeforeStart !== undefined ? -3 : -7);
  await createAssessment(ctx, client.id, {
    id: nextId(), kind: 'intake', templateKey: template.key, assessedOn, responses: spec.assessment.responses,
    observations: spec.assessment.observations, strengths: spec.assessment.strengths, needs: spec.assessment.needs,
  });
  const suggestions = suggestGoalsFromAssessment(template, spec.assessment.responses);
  const labels = new Map(template.sections.flatMap((s) => s.items.map((i) => [i.key, i.label] as const)));

  const objectiveStates: ObjectiveState[] = [];
  for (const g of spec.goals) {
    const domainId = domainIds.get(g.domain);
    if (!domainId) throw new Error(`demo practice: no goal domain has the key ${g.domain}`);
    const goal = await createGoal(ctx, client.id, { id: nextId(), domainId, statement: g.statement, status: 'active', targetDate: addDays(last, 84) });
    for (const o of g.objectives) {
      const t = requireKey(content.objectiveTemplates, o.template, 'objective template');
      const from = o.startsLast ? dates.length - o.startsLast : 0;
      const count = dates.length - from;
      const suggested = suggestions.find((s) => s.domainKey === t.domainKey);
      const cited = o.intakeItem ?? suggested?.itemKey;
      const rating = o.intakeItem ? spec.assessment.responses[o.intakeItem] : suggested?.rating;
      const scale = typeof rating === 'number' ? IMTAP_SCALE[rating] : undefined;
      if (o.intakeItem && (!scale || !labels.has(o.intakeItem))) throw new Error(`demo practice: ${spec.key}'s intake does not rate ${o.intakeItem}`);
      const created = await createObjective(ctx, goal.id, {
        id: nextId(), statement: withName(t.text, name), behaviour: t.behaviour, shortLabel: o.short, condition: withName(t.condition, name), measurement: t.measurement, criterion: t.criterion, direction: t.direction,
        baselineValue: null,
        baselineNote: cited !== undefined && scale ? `Intake assessment ${formatDate(assessedOn)}: “${labels.get(cited)}” rated ${scale.value} (${scale.label}).` : '',
        status: 'baseline', targetDate: addDays(last, 56),
      });
      // The service dates the baseline phase today and picks its id; the history starts at the objective's first session.
      await database.db.update(phases).set({ id: nextId(), startDate: dates[from]! }).where(and(eq(phases.objectiveId, created.id), isNull(phases.deletedAt)));
      let row = created;
      if (count > BASELINE_SESSIONS) {
        await createPhase(ctx, created.id, { id: nextId(), kind: 'intervention', label: `Intervention: ${requireKey(content.interventions, o.intervention, 'intervention').name}`, startDate: dates[from + BASELINE_SESSIONS]!, note: '' });
        row = await updateObjective(ctx, created.id, { version: created.version, status: 'active' });
      }
      const linkId = nextId();
      await createPlanLink(ctx, client.id, { id: linkId, objectiveId: created.id, interventionId: ivIds.get(o.intervention)! });
      objectiveStates.push({
        spec: o, template: t, id: created.id, version: row.version, status: row.status, measurement: t.measurement, first: from, count,
        changeAt: o.change ? Math.floor(count * o.change.at) : null, interventionKey: o.intervention, linkId, rnd: seededFor(`objective/${spec.key}/${o.template}`),
      });
    }
  }
  await updatePlan(ctx, client.id, {
    version: 1, reviewDate: addDays(last, 28), frequency: '1 session a week', sessionMinutes: schedule.minutes, precautions: spec.precautions ?? [],
    notes: `Plan from the intake assessment of ${formatDate(assessedOn)}; reviewed every 12 weeks with the care team.`,
  });
  await database.db.update(treatmentPlans).set({ id: seededUuid(`plan/${spec.key}`) }).where(eq(treatmentPlans.clientId, client.id));
  if (spec.iep) {
    // The IEP began two weeks before music therapy did; progress reports are due each quarter.
    const startsOn = addDays(first, -14);
    const endsOn = addDays(startsOn, 364);
    await createIep(ctx, client.id, {
      id: seededUuid(`iep/${spec.key}`), ...spec.iep, startsOn, endsOn, annualReviewOn: addDays(endsOn, -14), reevaluationOn: addDays(startsOn, 2 * 365),
      progressReportDates: [91, 182, 273].map((d) => addDays(startsOn, d)),
    });
  }
  return { spec, id: client.id, name, ctx, objectives: objectiveStates };
}

/**
 * The plan as it stands after the last session, drafted and signed by the client's therapist that
 * evening, and acknowledged by the guardian the same day.
 */
async function signDemoPlan(database: Database, c: ClientState, lastDate: string) {
  const signed = c.spec.signedPlan!;
  const evening: Ctx = { ...c.ctx, now: () => new Date(zonedInstant(lastDate, '17:00', DEMO_ORG.timeZone)) };
  const draft = await createPlanDraft(evening, c.id);
  // A draft may still change: it takes the seeded id, as the plan row does, before it is signed.
  const versionId = seededUuid(`plan-version/${c.spec.key}/1`);
  await database.db.update(planVersions).set({ id: versionId }).where(eq(planVersions.id, draft.version.id));
  await signPlanVersion(evening, versionId, draft.version.contentHash);
  await acknowledgePlanVersion(evening, versionId, {
    id: seededUuid(`plan-acknowledgement/${c.spec.key}/1`), name: signed.acknowledgedBy.name, relationship: signed.acknowledgedBy.relationship,
    acknowledgedOn: lastDate, method: signed.method, note: signed.note,
  });
}

// ---------------------------------------------------------------------------
// Sessions, data and notes

interface Series {
  key: string;
  type: 'individual' | 'group';
  groupName: string | null;
  setting: string;
  therapist: StaffKey;
  schedule: Schedule;
  dates: string[];
  members: ClientState[];
  absences: Record<string, Record<number, string>>;
  draftLast: Set<string>;
  /** A group's purpose, written on its group notes. */
  purpose?: string;
}

const GROUP_SUBJECTIVE = [
  'Teacher reports a calm morning in class.',
  'Arrived with the group after recess; excited to see the instruments.',
  'Teacher reports the class practised the hello song on Monday.',
  'Classroom aide reports a hard transition from lunch.',
];

/** The demo signs as a careful therapist does: what the record raises about safety is answered before the note is signed. */
async function signAnsweringSafety(author: Ctx, noteId: string, version: number, sections: { plan: string }) {
  try {
    return await signNote(author, noteId, version);
  } catch (e) {
    if (!(e instanceof Problem) || e.slug !== 'safety-concern-unanswered') throw e;
    const answered = await updateNote(author, noteId, { version, sections: { plan: [sections.plan, ...answersFor(e.detail)].join(' ') } });
    return signNote(author, noteId, answered.version, false, 'team_notified');
  }
}

/** The observation window: as the objective says, else the whole session (its real length) for a count, else 10 minutes. */
const observedMinutes = (o: ObjectiveState, sessionMinutes: number) => o.spec.observeMinutes ?? (o.measurement.type === 'frequency' ? sessionMinutes : 10);

/** Whether session i of the schedule is in the objective's intervention phase (its baseline phase is its first BASELINE_SESSIONS sessions). */
const inInterventionPhase = (o: ObjectiveState, i: number) => i - o.first >= BASELINE_SESSIONS;

function phrase(o: ObjectiveState, k: number, content: Content): string {
  const short = o.spec.short;
  const Short = short[0]!.toUpperCase() + short.slice(1);
  if (k < BASELINE_SESSIONS) return `Baseline for ${short}; no change to the approach yet.`;
  switch (o.spec.story) {
    case 'mastered':
      return k >= BASELINE_SESSIONS + (o.count - BASELINE_SESSIONS) * 0.66 ? `${Short} at the criterion level.` : `Steady gains in ${short}.`;
    case 'progressing':
      return `Gradual gains in ${short}.`;
    case 'flat':
      return `${Short}: still near baseline.`;
    case 'improving-decrease':
      return `${Short}: decreasing, as intended.`;
    case 'phase-change':
      return o.changeAt !== null && k >= o.changeAt
        ? `Gains in ${short} since ${requireKey(content.interventions, o.spec.change!.intervention, 'intervention').name} was introduced.`
        : `${Short}: no change with the current approach.`;
  }
}

function nextPlan(o: ObjectiveState[], k: (o: ObjectiveState) => number, content: Content): string {
  const lines: string[] = [];
  for (const x of o) {
    if (x.changeAt !== null && k(x) + 1 === x.changeAt)
      lines.push(`Introduce ${requireKey(content.interventions, x.spec.change!.intervention, 'intervention').name} for ${x.spec.short} next session.`);
    if (x.spec.story === 'flat' && k(x) >= 8) lines.push(`Review the approach for ${x.spec.short} at the plan review.`);
  }
  return lines.length ? lines.join(' ') : 'Continue the current plan.';
}

const storyOf = (o: ObjectiveState, i: number) => storyValue({ story: o.spec.story, from: o.spec.from, to: o.spec.to, changeAt: o.changeAt ?? undefined }, i - o.first, o.count);

/** The RAS cue tempo of an objective's entries in session i (practice.ts, `cue`), or null when it is not walked to a cue. */
function cueTempoOf(c: ClientState, o: ObjectiveState, i: number): number | null {
  if (!o.spec.cue) return null;
  const uncued = c.objectives.find((x) => x.spec.template === o.spec.cue!.of);
  if (!uncued) throw new Error(`demo practice: ${o.spec.template} takes its cue from ${o.spec.cue.of}, which ${c.spec.key} does not have`);
  const percent = inInterventionPhase(o, i) ? o.spec.cue.percent : 0;
  return Math.round(storyOf(uncued, i) * (1 + percent / 100) * 10) / 10;
}

/** The demo's absence notes, as the reason a practice counts. */
function absenceReasonOf(text: string): AbsenceReason {
  if (/hospital/i.test(text)) return 'hospitalised';
  if (/illness|sick/i.test(text)) return 'illness';
  if (/no-show/i.test(text)) return 'no_show';
  if (/fatigued|asleep|declined/i.test(text)) return 'asleep_or_declined';
  return 'client_cancelled';
}

async function runSeries(database: Database, staff: Staff, content: Content, ivIds: Map<string, string>, series: Series, counts: DemoCounts) {
  const ctx: Ctx = { db: database.db, user: staff[series.therapist], requestId: 'demo' };
  const internCtx: Ctx = { db: database.db, user: staff.intern, requestId: 'demo' };
  const supervisorCtx: Ctx = { db: database.db, user: staff.supervisor, requestId: 'demo' };
  const nextId = idStream(`series/${series.key}`);
  const n = series.dates.length;
  const timeZone = DEMO_ORG.timeZone;
  for (let i = 0; i < n; i++) {
    const startsAt = zonedInstant(series.dates[i]!, series.schedule.time, timeZone);
    const absent = (c: ClientState) => series.absences[c.spec.key]?.[i];
    const session = await createSession(ctx, {
      id: nextId(), type: series.type, startsAt, durationMinutes: series.schedule.minutes, setting: series.setting, location: series.schedule.location, groupName: series.groupName,
      makeUpFor: null, participants: series.members.map((c) => ({ clientId: c.id, attendance: absent(c) ? 'absent' : 'present' })),
    });
    for (const c of series.members) {
      const why = absent(c);
      if (why) await setAttendance(ctx, session.id, c.id, { attendance: 'absent', absenceReason: absenceReasonOf(why) });
    }
    counts.sessions++;
    const present = series.members.filter((c) => !absent(c));
    const working = present.flatMap((c) => c.objectives.filter((o) => i >= o.first && (o.status === 'active' || o.status === 'baseline')).map((o) => ({ c, o })));
    // A true baseline: an objective's intervention is delivered only from its intervention phase on, never in its baseline sessions.
    const treated = working.filter(({ o }) => inInterventionPhase(o, i));

    // A phase change: the plan swaps the intervention, and the graph gets its phase line.
    for (const { c, o } of working) {
      if (o.changeAt === null || i - o.first !== o.changeAt) continue;
      const change = o.spec.change!;
      await deletePlanLink(c.ctx, o.linkId);
      o.linkId = nextId();
      await createPlanLink(c.ctx, c.id, { id: o.linkId, objectiveId: o.id, interventionId: ivIds.get(change.intervention)! });
      await createPhase(c.ctx, o.id, { id: nextId(), kind: 'intervention', label: change.label, startDate: series.dates[i]!, note: change.note });
      o.interventionKey = change.intervention;
    }

    // Each intervention is delivered once, for every objective it serves this session.
    const byIntervention = new Map<string, ObjectiveState[]>();
    for (const { o } of treated) byIntervention.set(o.interventionKey, [...(byIntervention.get(o.interventionKey) ?? []), o]);
    const delivered = new Map<string, string>();
    let minute = 2;
    for (const [key, objs] of byIntervention) {
      const startedAt = new Date(Date.parse(startsAt) + minute * 60_000).toISOString();
      minute += Math.max(5, Math.floor((series.schedule.minutes - 4) / byIntervention.size));
      const d = await deliverIntervention(ctx, session.id, { id: nextId(), interventionId: ivIds.get(key)!, objectiveIds: objs.map((o) => o.id), notes: '', delivered: true, startedAt, endedAt: new Date(Date.parse(startsAt) + minute * 60_000).toISOString() });
      delivered.set(key, d.id);
    }

    // The music of each delivered intervention, through the app's own path (a song used marks it delivered).
    const cue = treated.map(({ c, o }) => cueTempoOf(c, o, i)).find((x) => x !== null) ?? null;
    for (const [key, deliveredId] of delivered) {
      const song = demoSongFor(key, i);
      if (!song) continue;
      const tempoBpm = song.tempoBpm === 'cue' ? cue : song.tempoBpm;
      await recordMusic(ctx, session.id, musicUseCreateSchema.parse({ ...song, tempoBpm, id: nextId(), deliveredInterventionId: deliveredId }));
    }

    // The real times: a minute or two after the planned start, ending close to the planned length.
    const actualStartAt = new Date(Date.parse(startsAt) + (i % 3) * 60_000).toISOString();
    const actualEndAt = new Date(Date.parse(startsAt) + (series.schedule.minutes - (i % 2)) * 60_000).toISOString();
    const realMinutes = (Date.parse(actualEndAt) - Date.parse(actualStartAt)) / 60_000;

    // The session's data, every participant's, in one batch.
    let second = 150;
    const points = working.flatMap(({ c, o }) =>
      eventsFor(o.measurement, storyOf(o, i), o.rnd, { observedSeconds: observedMinutes(o, realMinutes) * 60 }).map((event) => ({
        id: nextId(), clientId: c.id, objectiveId: o.id, deliveredInterventionId: inInterventionPhase(o, i) ? (delivered.get(o.interventionKey) ?? null) : null,
        recordedAt: new Date(Date.parse(startsAt) + (second += 7) * 1000).toISOString(), event, cueTempoBpm: cueTempoOf(c, o, i),
      })),
    );
    if (points.length) await recordBatch(ctx, session.id, points);
    counts.dataPoints += points.length;
    await updateSession(ctx, session.id, { version: session.version, status: 'completed', actualStartAt, actualEndAt });

    await seedSessionLines(ctx, session.id, present.map((c) => ({ key: c.spec.key, id: c.id, diagnoses: c.spec.diagnoses })));

    // One note per participant: drafted from the data, completed, signed the same evening (an intern's co-signed the next day):
    // no demo note is a late entry.
    const last = i === n - 1;
    const ended = Date.parse(actualEndAt);
    const evening = { now: () => new Date(ended + SIGNED_AFTER_HOURS * 3_600_000) };
    const cosigner = { ...supervisorCtx, now: () => new Date(ended + COSIGNED_AFTER_HOURS * 3_600_000) };
    const k = (o: ObjectiveState) => i - o.first;
    const sectionsOf = (c: ClientState) => {
      const reason = absent(c);
      const mine = working.filter((w) => w.c === c).map((w) => w.o);
      const lines = c.spec.subjective.length ? c.spec.subjective : GROUP_SUBJECTIVE;
      return reason
        ? { subjective: reason, assessment: 'No session: the client did not attend.', plan: 'Resume at the next scheduled session.' }
        : { subjective: lines[i % lines.length]!, assessment: mine.map((o) => phrase(o, k(o), content)).join(' '), plan: nextPlan(mine, k, content) };
    };
    if (series.type === 'group') {
      const members = series.members.map((c) => ({ clientId: c.id, absent: !!absent(c), sections: sectionsOf(c) }));
      counts.notes += await documentGroupSession({ ...ctx, ...evening }, session.id, nextId, { purpose: series.purpose ?? '', members }, !(last && series.draftLast.size > 0));
    } else
      for (const c of series.members) {
        const byIntern = !!c.spec.intern && i >= n - INTERN_SESSIONS;
        const author = { ...(byIntern ? internCtx : ctx), ...evening };
        const note = await createNote(author, session.id, { id: nextId(), clientId: c.id });
        counts.notes++;
        const sections = sectionsOf(c);
        const edited = await updateNote(author, note.id, { version: note.version, sections });
        if (last && series.draftLast.has(c.spec.key)) continue;
        const signed = await signAnsweringSafety(author, note.id, edited.version, sections);
        if (byIntern && !last && signed.status === 'awaiting_cosign') await cosignNote(cosigner, note.id);
      }

    // The therapist confirms mastery once the data meet the criterion; the objective is then closed.
    for (const { c, o } of working) {
      if (o.spec.story !== 'mastered') continue;
      const [row] = await database.db.select({ metOn: objectives.masteryMetOn, version: objectives.version }).from(objectives).where(eq(objectives.id, o.id));
      if (!row?.metOn) continue;
      const confirmed = await confirmMastery(c.ctx, o.id, row.version);
      o.status = confirmed.status;
      o.version = confirmed.version;
    }
  }
  // Next week's session, planned.
  const next = addDays(series.dates.at(-1)!, 7);
  await createSession(ctx, {
    id: nextId(), type: series.type, startsAt: zonedInstant(next, series.schedule.time, timeZone), durationMinutes: series.schedule.minutes, setting: series.setting,
    location: series.schedule.location, groupName: series.groupName, makeUpFor: null, participants: series.members.map((c) => ({ clientId: c.id, attendance: 'expected' })),
  });
  counts.sessions++;
}

// ---------------------------------------------------------------------------

/** Is the demo practice already in this database? */
async function alreadyLoaded(database: Database): Promise<boolean> {
  const [byEmail] = await database.db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${DEMO_STAFF[0]!.email}`);
  const [byId] = await database.db.select({ id: organizations.id }).from(organizations).where(eq(organizations.id, seededUuid('organization')));
  return !!byEmail || !!byId;
}

/** Loads the demo practice; null when it is already there (nothing is changed then). */
export async function loadDemoPractice(database: Database, password: string, options: DemoOptions = {}): Promise<DemoCounts | null> {
  const today = options.today !== undefined ? dateSchema.parse(options.today) : localDateOf(new Date().toISOString(), DEMO_ORG.timeZone);
  if (await alreadyLoaded(database)) return null;
  const started = Date.now();
  const content = loadContent();
  const staff = await createStaff(database, password);
  await seedDemoServiceCodes({ db: database.db, user: staff.admin, requestId: 'demo' });
  const ctx: Ctx = { db: database.db, user: staff.therapist1, requestId: 'demo' };
  const ivIds = new Map((await database.db.select({ id: interventions.id, key: interventions.key }).from(interventions).where(eq(interventions.organizationId, ctx.user.organizationId))).map((r) => [r.key, r.id]));
  const domainIds = new Map((await database.db.select({ id: goalDomains.id, key: goalDomains.key }).from(goalDomains).where(eq(goalDomains.organizationId, ctx.user.organizationId))).map((r) => [r.key, r.id]));
  for (const c of DEMO_CLIENTS) for (const g of c.goals) for (const o of g.objectives) for (const key of [o.intervention, o.change?.intervention]) if (key) requireKey(content.interventions, key, 'intervention');

  const counts: DemoCounts = { clients: 0, sessions: 0, dataPoints: 0, notes: 0, ms: 0 };
  const states = new Map<string, ClientState>();
  const series: Series[] = [];
  for (const spec of DEMO_CLIENTS) {
    const group = DEMO_GROUPS.find((g) => g.members.includes(spec.key));
    const schedule = spec.schedule ?? group?.schedule;
    if (!schedule) throw new Error(`demo practice: ${spec.key} has no schedule and is in no group`);
    const dates = sessionDates(schedule, today);
    const state = await setupClient(database, staff, content, spec, schedule, dates, ivIds, domainIds);
    states.set(spec.key, state);
    counts.clients++;
    if (spec.schedule)
      series.push({
        key: spec.key, type: 'individual', groupName: null, setting: spec.setting, therapist: spec.therapist, schedule, dates, members: [state],
        absences: { [spec.key]: spec.absences ?? {} }, draftLast: new Set(spec.draftLast ? [spec.key] : []),
      });
  }
  for (const g of DEMO_GROUPS)
    series.push({
      key: g.key, type: 'group', groupName: g.name, setting: g.setting, therapist: g.therapist, schedule: g.schedule, dates: sessionDates(g.schedule, today),
      members: g.members.map((k) => states.get(k)!), absences: g.absences, draftLast: new Set(g.draftLast ? g.members : []), purpose: g.purpose,
    });
  for (const s of series) await runSeries(database, staff, content, ivIds, s, counts);
  // A client whose care has ended is recorded as discharged, after the sessions and notes of the record.
  for (const state of states.values())
    if (state.spec.discharged) {
      const [row] = await database.db.select({ version: clients.version }).from(clients).where(eq(clients.id, state.id));
      await updateClient(state.ctx, state.id, { version: row!.version, status: 'discharged' });
    }
  const maya = series.find((s) => s.key === 'maya');
  const clinicians = (['supervisor', 'therapist1', 'therapist2'] as const).map((k) => staff[k].id);
  await seedDemoBillingIdentity({ db: database.db, user: staff.admin, requestId: 'demo' }, clinicians, [...states.entries()].map(([key, st]) => ({ key, id: st.id, ctx: st.ctx })));
  if (maya) await seedDemoAuthorizations(maya.members[0]!.ctx, maya.members[0]!.id, maya.dates[0]!, addDays(maya.dates.at(-1)!, 90));
  for (const s of series) for (const m of s.members) if (m.spec.signedPlan && s.type === 'individual') await signDemoPlan(database, m, s.dates.at(-1)!);
  counts.ms = Date.now() - started;
  return counts;
}

const ALREADY = 'The demo practice is already loaded here; nothing was changed.';

export async function loadDemo(database: Database, args: Parsed, options: DemoOptions = {}): Promise<string> {
  if (await alreadyLoaded(database)) return ALREADY;
  const given = flag(args, 'password');
  if (given !== undefined) {
    const problem = passwordProblems(given);
    if (problem) throw new UsageError(`--password: ${problem}`);
  }
  const password = given ?? randomPassword();
  const counts = await loadDemoPractice(database, password, options);
  if (!counts) return ALREADY;
  const [org] = await database.db.select().from(organizations).where(eq(organizations.id, seededUuid('organization')));
  return [
    `Loaded the demo practice "${org!.name}": ${counts.clients} clients, ${counts.sessions} sessions, ${counts.dataPoints} data points, ${counts.notes} notes (${(counts.ms / 1000).toFixed(1)} s).`,
    'Sign in at http://localhost:3000 with any of:',
    ...DEMO_STAFF.map((s) => `  ${s.email.padEnd(34)} ${s.roles.join(', ')}`),
    `Password: ${password}`,
  ].join('\n');
}
