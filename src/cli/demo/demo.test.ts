import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { engines, testDatabase } from '../../server/testing/harness.js';
import type { Database } from '../../server/db/connection.js';
import * as schema from '../../server/db/schema.js';
import type { ActingUser, Ctx } from '../../server/access/acting-user.js';
import type { Role } from '../../domain/roles.js';
import { MEASUREMENT_TYPES } from '../../domain/measurement.js';
import { objectiveProgress, outcomes } from '../../server/progress/service.js';
import { measureWords } from '../../domain/reports/words.js';
import { interventionEligibility, pmaOf } from '../../domain/nicu.js';
import { measurementConfigSchema } from '../../domain/measurement.js';
import { cosignQueue } from '../../server/notes/service.js';
import { listPlanVersions, planVersionDocument } from '../../server/plans/versions.js';
import { PdfRenderer } from '../../server/reports/pdf.js';
import { getSuggestions } from '../../server/assessments/service.js';
import { loadDemo, loadDemoPractice, sessionDates, zonedInstant, type DemoCounts } from './load.js';
import { DEMO_CLIENTS, DEMO_POPULATIONS, DEMO_STAFF } from './practice.js';
import { seededUuid } from './ids.js';
import { isNpi } from '../../domain/npi.js';
import { claimsCsv } from '../../server/billing/outputs.js';
import { parseCsv } from '../../server/export/csv.js';

const PASSWORD = 'a long clinic passphrase 42';
const {
  assessments, auditLog, careTeam, clients, dataPoints, deliveredInterventions, goalDomains, goals, groupNotes, interventions, notes, objectives, organizations,
  musicUses, phases, planAcknowledgements, planLinks, planVersions, sessionParticipants, sessions, supervision, treatmentPlans, users,
} = schema;

/** Every table the demo writes, with the order that makes a dump comparable. */
const TABLES = {
  organizations: [organizations, organizations.id], users: [users, users.id], supervision: [supervision, supervision.superviseeId],
  goalDomains: [goalDomains, goalDomains.id], interventions: [interventions, interventions.id], clients: [clients, clients.id],
  careTeam: [careTeam, sql`${careTeam.clientId}, ${careTeam.userId}`], assessments: [assessments, assessments.id], goals: [goals, goals.id],
  objectives: [objectives, objectives.id], phases: [phases, phases.id], planLinks: [planLinks, planLinks.id], treatmentPlans: [treatmentPlans, treatmentPlans.id],
  sessions: [sessions, sessions.id], sessionParticipants: [sessionParticipants, sql`${sessionParticipants.sessionId}, ${sessionParticipants.clientId}`],
  deliveredInterventions: [deliveredInterventions, deliveredInterventions.id], dataPoints: [dataPoints, dataPoints.id], notes: [notes, notes.id],
  groupNotes: [groupNotes, groupNotes.id],
  musicUses: [musicUses, musicUses.id],
  planVersions: [planVersions, planVersions.id], planAcknowledgements: [planAcknowledgements, planAcknowledgements.id],
} as const;

/** The moments records were written, and what is derived from them, differ between two loads; nothing else may. */
const WRITTEN = new Set(['createdAt', 'updatedAt', 'signedAt', 'cosignedAt', 'masteryConfirmedAt', 'deletedAt', 'contentHash', 'passwordHash']);

async function dump(database: Database) {
  const out: Record<string, unknown[]> = {};
  for (const [name, [table, order]] of Object.entries(TABLES)) {
    const rows = (await database.db.select().from(table as never).orderBy(order as never)) as Record<string, unknown>[];
    out[name] = rows.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !WRITTEN.has(k))));
  }
  return out;
}

async function rowCounts(database: Database) {
  const out: Record<string, number> = {};
  for (const [name, [table]] of Object.entries({ ...TABLES, auditLog: [auditLog, auditLog.id] as const })) {
    const rows: { n: number }[] = await database.db.select({ n: sql<number>`count(*)::int` }).from(table as never);
    out[name] = rows[0]!.n;
  }
  return out;
}

async function actingAs(database: Database, email: string): Promise<Ctx> {
  const [u] = await database.db.select().from(users).where(eq(users.email, email));
  const user: ActingUser = { id: u!.id, organizationId: u!.organizationId, roles: u!.roles as Role[], name: u!.name, email: u!.email };
  return { db: database.db, user, requestId: 'test' };
}

describe('demo dates', () => {
  it('puts weekly sessions on the weekday, the last one before today', () => {
    const dates = sessionDates({ weeks: 3, weekday: 0, time: '10:00', minutes: 30, location: '' }, '2026-03-11');
    expect(dates).toEqual(['2026-02-23', '2026-03-02', '2026-03-09']);
    expect(sessionDates({ weeks: 1, weekday: 2, time: '10:00', minutes: 30, location: '' }, '2026-03-11')).toEqual(['2026-03-04']);
  });
  it('reads a local time in the clinic time zone, across daylight saving', () => {
    expect(zonedInstant('2026-01-15', '10:00', 'America/Chicago')).toBe('2026-01-15T16:00:00.000Z');
    expect(zonedInstant('2026-07-15', '10:00', 'America/Chicago')).toBe('2026-07-15T15:00:00.000Z');
  });
});

describe.each(engines())('demo practice on %s', (engine) => {
  let database: Database;
  let message: string;
  let supervisor: Ctx;
  beforeAll(async () => {
    database = await testDatabase(engine);
    message = await loadDemo(database, { words: ['demo'], flags: { password: PASSWORD } });
    supervisor = await actingAs(database, 'supervisor@demo.crescendo.test');
  }, 600_000);
  afterAll(() => database?.close());

  it('loads, with the five staff and the supervision links', async () => {
    expect(message).toMatch(/^Loaded the demo practice "Crescendo Demo Practice": \d+ clients, \d+ sessions, \d+ data points, \d+ notes/);
    const staff = await database.db.select().from(users).orderBy(asc(users.email));
    expect(staff.map((u) => u.email).sort()).toEqual(DEMO_STAFF.map((s) => s.email).sort());
    const links = await database.db.select().from(supervision);
    expect(links.map((l) => l.supervisorId).every((id) => id === supervisor.user.id)).toBe(true);
    expect(links).toHaveLength(3);
  });

  it('gives the school client an IEP on file whose reporting periods hold the sessions', async () => {
    const rows = await database.db.select().from(schema.ieps);
    expect(rows.map((r) => r.clientId)).toEqual([seededUuid('client/eli')]);
    const eli = rows[0]!;
    expect(eli).toMatchObject({ eligibility: 'intellectual-disability', serviceMinutes: 30, servicePer: 'week' });
    expect(eli.progressReportDates).toHaveLength(3);
    const [first] = await database.db
      .select({ d: sql<string>`min(${schema.sessions.localDate})` })
      .from(schema.sessionParticipants)
      .innerJoin(schema.sessions, eq(schema.sessions.id, schema.sessionParticipants.sessionId))
      .where(eq(schema.sessionParticipants.clientId, eli.clientId));
    expect(eli.startsOn < first!.d && first!.d <= eli.endsOn).toBe(true);
  });

  it('records the end of care: Grace (hospice) and Leo (NICU) are discharged, the others not', async () => {
    const rows = await database.db.select({ id: clients.id, status: clients.status }).from(clients).where(eq(clients.status, 'discharged'));
    expect(rows.map((r) => r.id).sort()).toEqual([seededUuid('client/grace'), seededUuid('client/leo')].sort());
  });

  it('has at least 12 clients covering every population', async () => {
    const rows = await database.db.select().from(clients);
    expect(rows.length).toBeGreaterThanOrEqual(12);
    const present = new Set(rows.flatMap((c) => c.populations));
    for (const p of DEMO_POPULATIONS) expect(present, p).toContain(p);
    const nicu = rows.find((c) => c.populations.includes('nicu'))!;
    expect(nicu.gestationalAgeWeeks).toBeGreaterThan(20);
  });

  it('uses all nine measurement types, each with data', async () => {
    const rows = await database.db
      .selectDistinct({ type: sql<string>`${objectives.measurement}->>'type'` })
      .from(objectives)
      .innerJoin(dataPoints, eq(dataPoints.objectiveId, objectives.id));
    expect(rows.map((r) => r.type).sort()).toEqual([...MEASUREMENT_TYPES].sort());
  });

  it('gives every client an intake assessment that yields suggestions, and a plan of 2–4 objectives with linked interventions', async () => {
    const therapist1 = await actingAs(database, 'therapist1@demo.crescendo.test');
    const therapist2 = await actingAs(database, 'therapist2@demo.crescendo.test');
    for (const c of await database.db.select().from(clients)) {
      const [a] = await database.db.select().from(assessments).where(eq(assessments.clientId, c.id));
      expect(a?.kind).toBe('intake');
      const ctx = DEMO_CLIENTS.find((d) => d.firstName === c.firstName)!.therapist === 'therapist1' ? therapist1 : therapist2;
      const s = await getSuggestions(ctx, a!.id);
      expect(s.suggestions.length, c.firstName).toBeGreaterThan(0);
      expect(s.suggestions.some((x) => x.objectiveTemplates.length > 0), c.firstName).toBe(true);
      const objs = await database.db.select().from(objectives).where(eq(objectives.clientId, c.id));
      expect(objs.length, c.firstName).toBeGreaterThanOrEqual(2);
      expect(objs.length, c.firstName).toBeLessThanOrEqual(4);
      // Each objective its own measurement type, but for a RAS-cued cadence beside the uncued cadence it takes its cue from.
      const cued = DEMO_CLIENTS.find((d) => d.firstName === c.firstName)!.goals.flatMap((g) => g.objectives).filter((o) => o.cue).length;
      expect(new Set(objs.map((o) => (o.measurement as { type: string }).type)).size, `${c.firstName}: different measurement types`).toBe(objs.length - cued);
      for (const o of objs) {
        const links = await database.db.select().from(planLinks).where(and(eq(planLinks.objectiveId, o.id), isNull(planLinks.deletedAt)));
        expect(links.length, o.statement).toBeGreaterThan(0);
        // An objective still in its baseline has its intervention planned, not yet delivered.
        const [treating] = await database.db.select({ id: phases.id }).from(phases).where(and(eq(phases.objectiveId, o.id), eq(phases.kind, 'intervention')));
        if (!treating) continue;
        const served = await database.db.select({ id: deliveredInterventions.id }).from(deliveredInterventions).where(and(eq(deliveredInterventions.interventionId, links[0]!.interventionId), sql`${o.id}::uuid = any(${deliveredInterventions.objectiveIds})`));
        expect(served.length, `${o.statement}: its linked intervention was delivered`).toBeGreaterThan(0);
      }
    }
  });

  it('has 3 to 6 months of weekly sessions with some absences, and a phase change', async () => {
    for (const c of await database.db.select().from(clients)) {
      const rows = await database.db
        .select({ date: sessions.localDate, status: sessions.status, attendance: sessionParticipants.attendance })
        .from(sessionParticipants)
        .innerJoin(sessions, eq(sessions.id, sessionParticipants.sessionId))
        .where(and(eq(sessionParticipants.clientId, c.id), eq(sessions.status, 'completed')))
        .orderBy(asc(sessions.startsAt));
      expect(rows.length, c.firstName).toBeGreaterThanOrEqual(13);
      expect(rows.length, c.firstName).toBeLessThanOrEqual(26);
    }
    const [absent] = await database.db.select({ n: sql<number>`count(*)::int` }).from(sessionParticipants).where(eq(sessionParticipants.attendance, 'absent'));
    expect(absent!.n).toBeGreaterThanOrEqual(3);
    const changes = await database.db.select().from(phases).where(and(eq(phases.kind, 'intervention'), sql`${phases.note} <> ''`));
    expect(changes.length).toBeGreaterThanOrEqual(1);
  });

  it('has a recurring weekly group session with at least 3 participants, each with data', async () => {
    const groups = await database.db.select().from(sessions).where(and(eq(sessions.type, 'group'), eq(sessions.status, 'completed'))).orderBy(asc(sessions.startsAt));
    expect(groups.length).toBeGreaterThanOrEqual(12);
    const week = 7 * 86_400_000;
    for (let i = 1; i < groups.length; i++) expect(Date.parse(groups[i]!.startsAt) - Date.parse(groups[i - 1]!.startsAt)).toBeCloseTo(week, -7);
    const last = groups.at(-1)!;
    const participants = await database.db.select().from(sessionParticipants).where(eq(sessionParticipants.sessionId, last.id));
    expect(participants.length).toBeGreaterThanOrEqual(3);
    const withData = await database.db.selectDistinct({ clientId: dataPoints.clientId }).from(dataPoints).where(eq(dataPoints.sessionId, last.id));
    expect(withData.length).toBe(participants.filter((p) => p.attendance === 'present').length);
    expect(withData.length).toBeGreaterThanOrEqual(3);
  });

  it('has signed notes for past sessions, drafts for some last sessions, and exactly one intern note awaiting co-sign, in the supervisor’s queue', async () => {
    const byStatus = await database.db.select({ status: notes.status, n: sql<number>`count(*)::int` }).from(notes).groupBy(notes.status);
    const count = Object.fromEntries(byStatus.map((r) => [r.status, r.n]));
    expect(count.awaiting_cosign).toBe(1);
    expect(count.draft).toBeGreaterThanOrEqual(2);
    expect(count.signed).toBeGreaterThan(100);
    const [intern] = await database.db.select().from(users).where(eq(users.email, 'intern@demo.crescendo.test'));
    const [waiting] = await database.db.select().from(notes).where(eq(notes.status, 'awaiting_cosign'));
    expect(waiting!.authorId).toBe(intern!.id);
    const queue = await cosignQueue(supervisor);
    expect(queue.map((q) => q.id)).toEqual([waiting!.id]);
    // The intern's earlier notes were co-signed.
    const cosigned = await database.db.select().from(notes).where(and(eq(notes.authorId, intern!.id), eq(notes.status, 'signed')));
    expect(cosigned.length).toBeGreaterThan(0);
    expect(cosigned.every((n) => n.cosignedBy === supervisor.user.id)).toBe(true);
  });

  it('writes every drafted and signed note without punctuation artefacts and without the objectives’ full statements', async () => {
    const all = await database.db.select({ sections: notes.sections, groupPart: notes.groupPart }).from(notes);
    const groups = await database.db.select({ sections: groupNotes.sections }).from(groupNotes);
    expect(groups.length).toBeGreaterThan(0);
    const texts = [...all.flatMap((n) => [...Object.values(n.sections as Record<string, string>), ...Object.values((n.groupPart ?? {}) as Record<string, string>)]), ...groups.flatMap((g) => Object.values(g.sections as Record<string, string>))];
    const artefacts = texts.flatMap((t) => t.split('\n')).filter((line) => /\.\.(?!\.)|\.:|:\.|\s[.,;:]|,,|;;|\(\s*\)/.test(line));
    expect(artefacts.slice(0, 5)).toEqual([]);
    const statements = (await database.db.select({ statement: objectives.statement }).from(objectives)).map((o) => o.statement);
    const pasted = texts.filter((t) => statements.some((st) => t.includes(st)));
    expect(pasted.length, pasted[0]?.slice(0, 200)).toBe(0);
  });

  it('documents each group session in one group note signed with its members’ notes; the last one is drafted, and no member’s chart names another', async () => {
    const rows = await database.db.select({ g: groupNotes, date: sessions.localDate }).from(groupNotes).innerJoin(sessions, eq(sessions.id, groupNotes.sessionId)).orderBy(asc(sessions.localDate));
    const groupSessions = await database.db.select({ id: sessions.id }).from(sessions).where(and(eq(sessions.type, 'group'), sql`${sessions.status} = 'completed'`));
    expect(rows).toHaveLength(groupSessions.length);
    expect(rows.slice(0, -1).every((r) => r.g.status === 'signed')).toBe(true);
    expect(rows.at(-1)!.g.status).toBe('draft');
    const members = await database.db.select({ n: notes, first: clients.firstName, preferred: clients.preferredName }).from(notes).innerJoin(clients, eq(clients.id, notes.clientId)).where(sql`${notes.groupNoteId} is not null`);
    const names = new Set(members.map((m) => m.preferred ?? m.first));
    for (const { n, first, preferred } of members) {
      const text = [...Object.values(n.sections as Record<string, string>), ...Object.values(n.groupPart as Record<string, string>)].join('\n');
      for (const other of names) if (other !== (preferred ?? first)) expect(text, `${first}'s note names ${other}`).not.toContain(other);
      expect((n.groupPart as { membership: string }).membership).toMatch(/other group members?: \d+ attended/);
      if (rows.find((r) => r.g.id === n.groupNoteId)!.g.status === 'signed') expect(n.status).toBe('signed');
    }
  });

  it('tells different stories: the progress engine finds met, progressing and not-progressing objectives', async () => {
    const o = await outcomes(supervisor, {});
    const [all] = await database.db.select({ n: sql<number>`count(*)::int` }).from(objectives);
    expect(o.objectives).toBe(all!.n);
    expect(o.overall.met).toBeGreaterThan(0);
    expect(o.overall.progressing).toBeGreaterThan(0);
    expect(o.overall['not-progressing']).toBeGreaterThan(0);
    for (const p of DEMO_POPULATIONS) expect(o.byPopulation[p], p).toBeDefined();
    // Mastery is confirmed by the therapist for the objectives that met their criterion.
    const confirmed = await database.db.select().from(objectives).where(eq(objectives.status, 'met'));
    expect(confirmed.length).toBeGreaterThan(0);
  });

  it('keeps true baselines: no linked intervention is delivered in a baseline session, and every objective past its baseline has effect sizes', async () => {
    let withIntervention = 0;
    for (const o of await database.db.select().from(objectives)) {
      const ps = await database.db.select().from(phases).where(and(eq(phases.objectiveId, o.id), isNull(phases.deletedAt)));
      if (!ps.some((x) => x.kind === 'baseline') || !ps.some((x) => x.kind === 'intervention')) continue;
      withIntervention++;
      const p = await objectiveProgress(supervisor, o.id);
      expect(p.baseline, `${o.statement}: ${p.baseline.label}`).toMatchObject({ usable: true });
      expect(p.effectSizes, o.statement).not.toBeNull();
    }
    expect(withIntervention).toBeGreaterThanOrEqual(20);
  });

  it('signs every note within 48 hours of its session, so none is a late entry', async () => {
    const rows = await database.db
      .select({ signedAt: notes.signedAt, cosignedAt: notes.cosignedAt, lateEntry: notes.lateEntry, endedAt: sessions.actualEndAt })
      .from(notes)
      .innerJoin(sessions, eq(sessions.id, notes.sessionId))
      .where(sql`${notes.signedAt} is not null`);
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.filter((r) => r.lateEntry)).toEqual([]);
    for (const r of rows) {
      const after = Date.parse(r.signedAt!) - Date.parse(r.endedAt!);
      expect(after).toBeGreaterThanOrEqual(0);
      expect(after).toBeLessThanOrEqual(48 * 3_600_000);
      if (r.cosignedAt) expect(Date.parse(r.cosignedAt) - Date.parse(r.endedAt!)).toBeLessThanOrEqual(48 * 3_600_000);
    }
  });

  it('dates nothing before a birth: referrals, assessments and sessions come after it', async () => {
    for (const c of await database.db.select().from(clients)) {
      const referredOn = (c.referral as { referredOn: string | null }).referredOn;
      expect(referredOn, c.firstName).not.toBeNull();
      expect(referredOn! >= c.birthDate!, `${c.firstName}: referred ${referredOn}, born ${c.birthDate}`).toBe(true);
      for (const a of await database.db.select().from(assessments).where(eq(assessments.clientId, c.id))) expect(a.assessedOn >= c.birthDate!, c.firstName).toBe(true);
      const [first] = await database.db.select({ date: sessions.localDate }).from(sessions).innerJoin(sessionParticipants, eq(sessionParticipants.sessionId, sessions.id)).where(eq(sessionParticipants.clientId, c.id)).orderBy(asc(sessions.localDate)).limit(1);
      expect(first!.date > referredOn!, c.firstName).toBe(true);
    }
  });

  it('delivers NICU interventions only at an eligible PMA, with no override', async () => {
    const [org] = await database.db.select().from(organizations);
    const nicu = (await database.db.select().from(clients)).filter((c) => c.populations.includes('nicu'));
    let checked = 0;
    for (const c of nicu) {
      const rows = await database.db
        .select({ date: sessions.localDate, technique: interventions.technique, populations: interventions.populations, materials: interventions.materials, key: interventions.key })
        .from(deliveredInterventions)
        .innerJoin(sessions, eq(sessions.id, deliveredInterventions.sessionId))
        .innerJoin(sessionParticipants, and(eq(sessionParticipants.sessionId, sessions.id), eq(sessionParticipants.clientId, c.id)))
        .innerJoin(interventions, eq(interventions.id, deliveredInterventions.interventionId));
      for (const r of rows) {
        const v = interventionEligibility({ intervention: { technique: r.technique, populations: r.populations, materials: r.materials as string[] }, pma: pmaOf(c, r.date), liveMusicMinPmaWeeks: org!.nicuLiveMusicMinPmaWeeks });
        expect(v.eligible, `${r.key} on ${r.date}`).toBe(true);
        checked++;
      }
      expect(rows.some((r) => r.key === 'pacifier_activated_lullaby'), 'PAL is delivered once eligible').toBe(true);
    }
    expect(checked).toBeGreaterThan(10);
    const [overrides] = await database.db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(eq(auditLog.action, 'override'));
    expect(overrides!.n).toBe(0);
  });

  it('codes the NICU infant’s prematurity by the completed weeks of gestation (ICD-10-CM P07.31 = 28 completed weeks … P07.39 = 36)', async () => {
    for (const c of (await database.db.select().from(clients)).filter((x) => x.populations.includes('nicu'))) {
      const codes = (c.diagnoses as { code: string }[]).map((d) => d.code).filter((code) => code.startsWith('P07.3'));
      expect(codes).toEqual([`P07.3${c.gestationalAgeWeeks! - 27}`]);
    }
  });

  it('frames hospice objectives as comfort and meaning, never as steps done without help', async () => {
    const hospice = (await database.db.select().from(clients)).filter((c) => c.populations.includes('hospice'));
    expect(hospice.length).toBeGreaterThan(0);
    for (const c of hospice)
      for (const o of await database.db.select().from(objectives).where(eq(objectives.clientId, c.id))) {
        const m = measurementConfigSchema.parse(o.measurement);
        expect(m.type, o.statement).not.toBe('task_analysis');
        expect(measureWords(m), o.statement).not.toMatch(/without help/);
      }
  });

  it('fills the claims’ items 1, 1a, 24J and 33a: NPIs that pass the check digit yet begin with 9 (never issued), a coverage for each billed client', async () => {
    const [org] = await database.db.select({ npi: organizations.npi }).from(organizations);
    const clinicians = (await database.db.select({ npi: users.npi, roles: users.roles }).from(users)).filter((u) => !u.roles.includes('admin') && !u.roles.includes('intern'));
    for (const npi of [org!.npi, ...clinicians.map((u) => u.npi)]) {
      expect(isNpi(npi ?? '')).toBe(true);
      expect(npi!.startsWith('9')).toBe(true);
    }
    const claims = parseCsv(await claimsCsv(await actingAs(database, 'therapist1@demo.crescendo.test'), {}));
    const head = claims[0]!;
    const rows = claims.slice(1).map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      const medicaid = r.payer!.startsWith('State Medicaid');
      expect(r).toMatchObject({ insurance_type: medicaid ? 'Medicaid' : 'Group Health Plan', billing_provider_npi: org!.npi });
      expect(r.insured_id).toMatch(medicaid ? /^MCD-DEMO-\d{4}$/ : /^EHP-DEMO-\d{4}$/);
      expect(isNpi(r.rendering_provider_npi!)).toBe(true);
      expect(Number(r.claim_line)).toBeLessThanOrEqual(6);
    }
    // Maya's weekly sessions: four or five a month, one claim a month.
    expect(new Set(rows.map((r) => r.claim_number)).size).toBeLessThan(rows.length);
  });

  it('records the music of delivered interventions (public-domain or traditional titles, key, tempo, instruments, who led, response), and the drafted notes say it', async () => {
    const uses = await database.db.select({ m: musicUses, delivered: deliveredInterventions.delivered }).from(musicUses).innerJoin(deliveredInterventions, eq(deliveredInterventions.id, musicUses.deliveredInterventionId));
    expect(uses.length).toBeGreaterThan(100);
    expect(uses.every((u) => u.delivered)).toBe(true);
    expect(new Set(uses.map((u) => u.m.title)).size).toBeGreaterThanOrEqual(20);
    expect(uses.some((u) => u.m.key && u.m.tempoBpm && u.m.instruments.length && u.m.ledBy.length && u.m.response)).toBe(true);
    expect(new Set(uses.map((u) => u.m.source))).toEqual(new Set(['live', 'recorded']));
    // The clinic's own preference lists name copyrighted songs; the demo's sessions use none of them.
    const preferred = new Set(DEMO_CLIENTS.flatMap((c) => c.musicPreferences.songs));
    expect(uses.filter((u) => preferred.has(u.m.title) && !['Amazing Grace', 'Arirang', 'Twinkle, Twinkle, Little Star'].includes(u.m.title)).map((u) => u.m.title)).toEqual([]);
    // Every note of a client present in a session with music quotes that music.
    const noted = await database.db
      .select({ sections: notes.sections, title: musicUses.title, attendance: sessionParticipants.attendance })
      .from(notes)
      .innerJoin(musicUses, eq(musicUses.sessionId, notes.sessionId))
      .innerJoin(deliveredInterventions, eq(deliveredInterventions.id, musicUses.deliveredInterventionId))
      .innerJoin(objectives, and(eq(objectives.clientId, notes.clientId), sql`${objectives.id} = any(${deliveredInterventions.objectiveIds})`))
      .innerJoin(sessionParticipants, and(eq(sessionParticipants.sessionId, notes.sessionId), eq(sessionParticipants.clientId, notes.clientId)));
    expect(noted.length).toBeGreaterThan(100);
    const missing = noted.filter((n) => n.attendance !== 'absent' && !JSON.stringify(n.sections).includes(n.title));
    expect(missing.slice(0, 3)).toEqual([]);
  });

  it('walks Harold’s RAS sessions to a cue: every cued-cadence entry carries its cue tempo, at his uncued cadence in baseline and 5 % above it after', async () => {
    const harold = seededUuid('client/harold');
    const objs = await database.db.select().from(objectives).where(eq(objectives.clientId, harold));
    const cued = objs.find((o) => o.behaviour.includes('RAS cue'))!;
    const uncued = objs.find((o) => o.statement.includes('without cueing'))!;
    const points = await database.db.select({ cue: dataPoints.cueTempoBpm, sessionId: dataPoints.sessionId }).from(dataPoints).where(eq(dataPoints.objectiveId, cued.id));
    expect(points.length).toBeGreaterThan(100);
    expect(points.every((x) => x.cue !== null && x.cue >= 80 && x.cue <= 105)).toBe(true);
    expect((await database.db.select().from(dataPoints).where(and(eq(dataPoints.objectiveId, uncued.id), sql`${dataPoints.cueTempoBpm} is not null`))).length).toBe(0);
    const progress = await objectiveProgress(supervisor, cued.id);
    const cues = progress.sessions.map((x) => x.cueTempoBpm);
    expect(cues.every((x) => x !== null)).toBe(true);
    expect(cues.at(-1)!).toBeGreaterThan(cues[0]! * 1.1);
    // The RAS music is played at the session's cue tempo, and the note says so.
    const last = progress.sessions.at(-1)!;
    const [song] = await database.db.select().from(musicUses).where(eq(musicUses.sessionId, last.sessionId));
    expect(song!.tempoBpm).toBe(last.cueTempoBpm);
    const [note] = await database.db.select().from(notes).where(and(eq(notes.sessionId, last.sessionId), eq(notes.clientId, harold)));
    const objective = (note!.sections as Record<string, string>).objective!;
    expect(objective).toContain(`${song!.title} by John Philip Sousa`);
    expect(objective).toContain(`${Math.round(song!.tempoBpm!)} bpm`);
  });

  it('carries Maya’s plan as a signed document: version 1, signed by her therapist after the last session, in force, acknowledged by her mother', async () => {
    const maya = seededUuid('client/maya');
    const versions = await database.db.select().from(planVersions).where(eq(planVersions.clientId, maya));
    expect(versions).toHaveLength(1);
    const [v] = versions;
    const [therapist] = await database.db.select().from(users).where(eq(users.email, 'therapist1@demo.crescendo.test'));
    expect(v).toMatchObject({ id: seededUuid('plan-version/maya/1'), number: 1, supersedesNumber: null, signedBy: therapist!.id, requiresCosign: false, cosignedAt: null });
    const acks = await database.db.select().from(planAcknowledgements).where(eq(planAcknowledgements.planVersionId, v!.id));
    expect(acks).toMatchObject([{ name: 'Ana Lopez', relationship: 'mother', method: 'in_person' }]);
    const [last] = await database.db.select({ d: sql<string>`max(${sessions.localDate})` }).from(sessions).innerJoin(sessionParticipants, eq(sessionParticipants.sessionId, sessions.id))
      .where(and(eq(sessionParticipants.clientId, maya), eq(sessions.status, 'completed')));
    expect(acks[0]!.acknowledgedOn).toBe(last!.d);
    // The live plan still reads as the signed version: nothing to sign again.
    const jordan = await actingAs(database, 'therapist1@demo.crescendo.test');
    const list = await listPlanVersions(jordan, maya);
    expect(list.liveMatchesLatest).toBe(true);
    const doc = await planVersionDocument(jordan, new PdfRenderer(), v!.id, { format: 'html' });
    const text = String(doc.body);
    for (const s of ['Maya Lopez', '1 session a week', '45 minutes', 'tell her before the cymbal', 'Electronically signed by', 'Ana Lopez', 'mother', 'signed on the clinic tablet']) expect(text).toContain(s);
    expect(text).not.toContain('DRAFT');
  });

  it('refuses a fixed today that is not a date', async () => {
    await expect(loadDemoPractice(database, PASSWORD, { today: '31/12/2025' })).rejects.toThrow(/YYYY-MM-DD/);
  });

  it('loading twice changes nothing', async () => {
    const before = await rowCounts(database);
    const again = await loadDemo(database, { words: ['demo'], flags: {} });
    expect(again).toBe('The demo practice is already loaded here; nothing was changed.');
    expect(await rowCounts(database)).toEqual(before);
  });

  it(
    'is deterministic: a second database gets the same records and ids',
    async () => {
      const other = await testDatabase(engine);
      try {
        const counts = (await loadDemoPractice(other, PASSWORD)) as DemoCounts;
        expect(counts.clients).toBeGreaterThanOrEqual(12);
        const [a, b] = [await dump(database), await dump(other)];
        for (const name of Object.keys(TABLES)) expect(b[name], name).toEqual(a[name]);
        expect((a.organizations![0] as { id: string }).id).toBe(seededUuid('organization'));
      } finally {
        await other.close();
      }
    },
    600_000,
  );
});
