/**
 * The family's pages: the clients a family member is linked to, and for one of them, in the family
 * voice of the progress report, what the clinician shares: upcoming sessions, the goals, how each is
 * going, and the home-practice plans with their adherence. Every read is audited.
 */
import { and, asc, eq, gte, inArray, isNull, ne } from 'drizzle-orm';
import { FAMILY_SHARES, type FamilyRelationship, type FamilyShare } from '../../domain/family.js';
import { objectiveLabel } from '../../domain/objective-label.js';
import { buildProgressReport } from '../../domain/reports/index.js';
import { nowOf, type Ctx } from '../access/acting-user.js';
import { inRead } from '../access/run.js';
import { audit, auditReadMany } from '../audit/audit.js';
import type { Db } from '../db/connection.js';
import { objectives, sessionParticipants, sessions, users } from '../db/schema.js';
import { forbidden } from '../http/problem.js';
import { isFamily } from '../../domain/roles.js';
import { loadReportInput, organizationOf } from '../reports/load.js';
import { liveLinks, requireFamilyClient } from './access.js';
import { practicesOf } from './practice.js';

const callName = (c: { firstName: string; preferredName: string | null }) => c.preferredName || c.firstName;

export async function familyClients(ctx: Ctx) {
  return inRead(ctx, async (db) => {
    if (!isFamily(ctx.user.roles)) throw forbidden('these pages are for family members');
    const links = await liveLinks(db, ctx);
    await auditReadMany(db, ctx, 'family_view', links.map((l) => l.client.id));
    return { items: links.map(({ link, client }) => ({ clientId: client.id, name: callName(client), relationship: link.relationship as FamilyRelationship, linkId: link.id, shares: (link.consentShares ?? []) as FamilyShare[], consentedAt: link.consentedAt! })) };
  });
}

/** Sessions still to come (not cancelled), soonest first, with the lead therapist's name. */
async function upcoming(db: Db, clientId: string, nowIso: string) {
  return db
    .select({ startsAt: sessions.startsAt, durationMinutes: sessions.durationMinutes, timeZone: sessions.timeZone, location: sessions.location, therapist: users.name })
    .from(sessionParticipants)
    .innerJoin(sessions, eq(sessions.id, sessionParticipants.sessionId))
    .innerJoin(users, eq(users.id, sessions.leadTherapistId))
    .where(and(eq(sessionParticipants.clientId, clientId), isNull(sessions.deletedAt), ne(sessions.status, 'cancelled'), gte(sessions.startsAt, nowIso)))
    .orderBy(asc(sessions.startsAt))
    .limit(5);
}

/** The goals in the family's words: the goal area, each objective's short label, and the family report's sentences on it. */
async function goalsInWords(db: Db, ctx: Ctx, client: Parameters<typeof loadReportInput>[2], withProgress: boolean) {
  const org = await organizationOf(db, ctx);
  const input = await loadReportInput(db, ctx, client, org, {});
  const report = buildProgressReport(input, 'family');
  const ids = report.goals.flatMap((g) => g.objectives.map((o) => o.id));
  const labels = ids.length ? await db.select({ id: objectives.id, shortLabel: objectives.shortLabel, behaviour: objectives.behaviour, statement: objectives.statement }).from(objectives).where(inArray(objectives.id, ids)) : [];
  return report.goals.map((g) => ({
    area: g.domain,
    objectives: g.objectives.map((o) => {
      const l = labels.find((x) => x.id === o.id);
      return {
        id: o.id,
        label: l ? objectiveLabel(l) : o.label,
        ...(withProgress ? { status: o.status, statusLabel: o.statusLabel, sentences: o.narrative.map((s) => s.text) } : { status: null, statusLabel: null, sentences: [] }),
      };
    }),
  }));
}

export async function familyView(ctx: Ctx, clientId: string) {
  return inRead(ctx, async (db) => {
    const { client, link, shares } = await requireFamilyClient(db, ctx, clientId);
    const now = new Date(nowOf(ctx)).toISOString();
    const org = await organizationOf(db, ctx);
    const view = {
      clientId,
      name: callName(client),
      organization: org.name,
      /** The clinic's today: the day a tap logs. */
      today: org.today,
      shares: FAMILY_SHARES.filter((s) => shares.has(s)),
      linkId: link.id,
      consentedAt: link.consentedAt!,
      upcomingSessions: shares.has('sessions') ? await upcoming(db, clientId, now) : [],
      goals: shares.has('goals') ? await goalsInWords(db, ctx, client, shares.has('progress')) : [],
      homePractices: shares.has('home_practice') ? (await practicesOf(db, ctx, clientId, org.today)).map(({ recentLogs, ...p }) => ({ ...p, recentLogs: recentLogs.slice(0, 7) })) : [],
    };
    await audit(db, ctx, { action: 'read', entityType: 'family_view', entityId: clientId, clientId, detail: { shares: view.shares } });
    return view;
  });
}
