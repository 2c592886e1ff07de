/** `demo`: loads the demo practice through the services the app uses. Re-running it changes nothing. */
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { measurementConfigSchema } from '../../domain/measurement.js';
import type { Role } from '../../domain/roles.js';
import type { Database } from '../../server/db/connection.js';
import { organizations, supervision, users } from '../../server/db/schema.js';
import { hashPassword } from '../../server/auth/passwords.js';
import { seedOrganizationLibrary } from '../../server/library/seed.js';
import type { ActingUser, Ctx } from '../../server/access/acting-user.js';
import { addCareTeamMember, createClient } from '../../server/clients/service.js';
import { createGoal, createObjective, createPhase, deletePhase, listPhases, updateObjective } from '../../server/plans/service.js';
import { listGoalDomains, listInterventions } from '../../server/library/service.js';
import { createSession, deliverIntervention } from '../../server/sessions/service.js';
import { recordBatch } from '../../server/sessions/data-points.js';
import { createNote, signNote } from '../../server/notes/service.js';
import { flag, type Parsed } from '../args.js';
import { randomPassword } from '../users.js';
import { DEMO_CLIENTS, DEMO_ORG, DEMO_STAFF, type DemoClient, type StaffKey } from './practice.js';
import { BASELINE_SESSIONS, eventsFor, seeded, storyValue } from './stories.js';

const DAY = 86_400_000;

async function createStaff(database: Database, password: string): Promise<Record<string, ActingUser>> {
  const organizationId = randomUUID();
  const hash = await hashPassword(password);
  const staff: Record<string, ActingUser> = {};
  await database.db.transaction(async (tx) => {
    await tx.insert(organizations).values({ id: organizationId, ...DEMO_ORG });
    for (const s of DEMO_STAFF) {
      const u: ActingUser = { id: randomUUID(), organizationId, roles: s.roles as Role[], name: s.name, email: s.email };
      await tx.insert(users).values({ ...u, passwordHash: hash, credentials: s.credentials || null });
      staff[s.key] = u;
    }
    for (const k of ['therapist1', 'therapist2', 'intern'])
      await tx.insert(supervision).values({ organizationId, supervisorId: staff.supervisor!.id, superviseeId: staff[k]!.id });
    await seedOrganizationLibrary(tx as never, organizationId);
  });
  return staff;
}

/** Session start times: weekly, ending last week, at 10:00 clinic time (16:00 UTC). */
function sessionStarts(weeks: number, offsetDays: number): string[] {
  const end = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate()) - 7 * DAY;
  return Array.from({ length: weeks }, (_, i) => new Date(end - (weeks - 1 - i) * 7 * DAY + offsetDays * DAY + 16 * 3600_000).toISOString());
}

async function loadClient(database: Database, staff: Record<string, ActingUser>, spec: DemoClient, index: number) {
  const therapist = staff[spec.therapist as StaffKey]!;
  const ctx: Ctx = { db: database.db, user: therapist, requestId: 'demo' };
  const rnd = seeded(1000 + index);
  const client = await createClient(ctx, {
    id: randomUUID(), firstName: spec.firstName, lastName: spec.lastName, preferredName: null, birthDate: spec.birthDate,
    gestationalAgeWeeks: spec.gestationalAgeWeeks ?? null, gestationalAgeDays: null, populations: spec.populations, diagnoses: [],
    setting: spec.setting, status: 'active', guardians: (spec.guardians ?? []).map((g) => ({ ...g, email: '', isLegalGuardian: true })),
    referral: { source: 'Care team', reason: spec.referralReason, referredOn: null, decision: 'accepted', criteria: 'Meets service criteria' },
    musicPreferences: { ...spec.musicPreferences, notes: '' },
  });
  if (spec.intern) await addCareTeamMember(ctx, client.id, staff.intern!.id, 'member');
  const domains = await listGoalDomains(ctx);
  const domain = domains.find((d) => d.key === spec.goal.domainKey) ?? domains[0]!;
  const starts = sessionStarts(spec.weeks, index % 5);
  const goal = await createGoal(ctx, client.id, { id: randomUUID(), domainId: domain.id, statement: spec.goal.statement, status: 'active', targetDate: new Date(Date.now() + 120 * DAY).toISOString().slice(0, 10) });
  const library = await listInterventions(ctx, {});
  const objectives = [];
  for (const o of spec.objectives) {
    const measurement = measurementConfigSchema.parse(o.measurement);
    const created = await createObjective(ctx, goal.id, {
      id: randomUUID(), statement: o.statement, behaviour: o.statement, condition: '', measurement, criterion: o.criterion, direction: o.direction,
      baselineValue: null, baselineNote: '', status: 'baseline', targetDate: new Date(Date.now() + 90 * DAY).toISOString().slice(0, 10),
    });
    for (const p of await listPhases(ctx, created.id)) await deletePhase(ctx, p.id, 'replaced by the historical phases');
    const day = (i: number) => starts[i]!.slice(0, 10);
    await createPhase(ctx, created.id, { id: randomUUID(), kind: 'baseline', label: 'Baseline', startDate: day(0), note: '' });
    await createPhase(ctx, created.id, { id: randomUUID(), kind: 'intervention', label: 'Intervention', startDate: day(BASELINE_SESSIONS), note: '' });
    if (o.story === 'phase-change')
      await createPhase(ctx, created.id, { id: randomUUID(), kind: 'intervention', label: 'New song set', startDate: day(Math.floor(spec.weeks * 0.6)), note: 'Switched to client-preferred big-band repertoire' });
    const activated = await updateObjective(ctx, created.id, { version: created.version, status: 'active' });
    const intervention = library.find((iv) => iv.key === o.interventionKey) ?? library.find((iv) => iv.goalDomainKeys.includes(domain.key)) ?? library[0]!;
    objectives.push({ spec: o, row: activated, measurement, intervention });
  }
  for (let i = 0; i < starts.length; i++) {
    const session = await createSession(ctx, { id: randomUUID(), type: 'individual', startsAt: starts[i]!, durationMinutes: 45, setting: spec.setting, location: '', groupName: null, participants: [{ clientId: client.id, attendance: 'present' }] });
    const byIntervention = new Map<string, string[]>();
    for (const o of objectives) byIntervention.set(o.intervention.id, [...(byIntervention.get(o.intervention.id) ?? []), o.row.id]);
    const delivered = new Map<string, string>();
    for (const [interventionId, objectiveIds] of byIntervention) {
      const d = await deliverIntervention(ctx, session.id, { id: randomUUID(), interventionId, objectiveIds, notes: '', startedAt: null, endedAt: null });
      delivered.set(interventionId, d.id);
    }
    const at = Date.parse(starts[i]!);
    const points = objectives.flatMap((o) =>
      eventsFor(o.measurement, storyValue(o.spec, i, starts.length), rnd).map((event, k) => ({
        id: randomUUID(), clientId: client.id, objectiveId: o.row.id, deliveredInterventionId: delivered.get(o.intervention.id) ?? null,
        recordedAt: new Date(at + (k + 1) * 20_000).toISOString(), event,
      })),
    );
    if (points.length) await recordBatch(ctx, session.id, points);
    const last = i === starts.length - 1;
    if (spec.intern && last) {
      const internCtx: Ctx = { db: database.db, user: staff.intern!, requestId: 'demo' };
      const note = await createNote(internCtx, session.id, { id: randomUUID(), clientId: client.id });
      await signNote(internCtx, note.id, note.version);
    } else if (!last) {
      const note = await createNote(ctx, session.id, { id: randomUUID(), clientId: client.id });
      await signNote(ctx, note.id, note.version);
    }
  }
  return starts.length;
}

export async function loadDemo(database: Database, args: Parsed): Promise<string> {
  const [existing] = await database.db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${DEMO_STAFF[0]!.email}`);
  if (existing) return 'The demo practice is already loaded here; nothing was changed.';
  const given = flag(args, 'password');
  const password = given ?? randomPassword();
  const started = Date.now();
  const staff = await createStaff(database, password);
  let sessions = 0;
  for (const [i, spec] of DEMO_CLIENTS.entries()) sessions += await loadClient(database, staff, spec, i);
  const [org] = await database.db.select().from(organizations).where(eq(organizations.id, staff.admin!.organizationId));
  return [
    `Loaded the demo practice "${org!.name}": ${DEMO_CLIENTS.length} clients, ${sessions} sessions (${((Date.now() - started) / 1000).toFixed(1)} s).`,
    'Sign in at http://localhost:3000 with any of:',
    ...DEMO_STAFF.map((s) => `  ${s.email.padEnd(34)} ${s.roles.join(', ')}`),
    `Password: ${password}`,
  ].join('\n');
}
