/** A supervisor's view of the team's work: sessions, units and billable minutes per therapist per week. */
import { and, eq, gte, inArray, isNull, lte, ne, sql } from 'drizzle-orm';
import { weekOf } from '../../domain/billing.js';
import { attended } from '../../domain/session-facts.js';
import { serviceLines, sessionParticipants, sessions, users } from '../db/schema.js';
import type { Ctx } from '../access/acting-user.js';
import { requireRole, teamOf } from '../access/policy.js';
import { inRead } from '../access/run.js';
import { audit } from '../audit/audit.js';
import { checkPeriod } from '../reports/deliver.js';
import type { Period } from './scope.js';
import { countedLines } from './units.js';

export async function productivity(ctx: Ctx, q: Period) {
  requireRole(ctx.user, 'supervisor');
  checkPeriod(q);
  return inRead(ctx, async (db) => {
    const team = await db.select({ id: users.id, name: users.name }).from(users).where(and(eq(users.organizationId, ctx.user.organizationId), sql`${users.id} in ${teamOf(ctx.user.id)}`));
    const ids = team.map((t) => t.id);
    const inPeriod = and(q.from ? gte(sessions.localDate, q.from) : undefined, q.to ? lte(sessions.localDate, q.to) : undefined);
    // Sessions led that took place: not cancelled, with someone attending.
    const led = await db.select({ id: sessions.id, lead: sessions.leadTherapistId, date: sessions.localDate, attendance: sessionParticipants.attendance }).from(sessions)
      .innerJoin(sessionParticipants, eq(sessionParticipants.sessionId, sessions.id))
      .where(and(eq(sessions.organizationId, ctx.user.organizationId), isNull(sessions.deletedAt), ne(sessions.status, 'cancelled'), inArray(sessions.leadTherapistId, ids), inPeriod));
    const rendered = await db.selectDistinct({ clientId: serviceLines.clientId }).from(serviceLines).innerJoin(sessions, eq(sessions.id, serviceLines.sessionId))
      .where(and(eq(serviceLines.organizationId, ctx.user.organizationId), isNull(serviceLines.deletedAt), inArray(serviceLines.renderingProviderId, ids), inPeriod));
    const lines = (await countedLines(db, ctx, { clientIds: rendered.map((r) => r.clientId), ...q })).filter((l) => ids.includes(l.line.renderingProviderId) && l.code.billable);
    const rows = new Map<string, { therapistId: string; name: string; week: string; sessions: Set<string>; units: number; billableMinutes: number }>();
    const row = (therapistId: string, date: string) => {
      const key = `${therapistId}|${weekOf(date)}`;
      if (!rows.has(key)) rows.set(key, { therapistId, name: team.find((t) => t.id === therapistId)?.name ?? '', week: weekOf(date), sessions: new Set(), units: 0, billableMinutes: 0 });
      return rows.get(key)!;
    };
    for (const s of led) if (attended(s.attendance)) row(s.lead, s.date).sessions.add(s.id);
    for (const l of lines) {
      const r = row(l.line.renderingProviderId, l.session.localDate);
      r.units += l.units;
      if (l.units > 0) r.billableMinutes += l.minutes;
    }
    await audit(db, ctx, { action: 'read', entityType: 'productivity', entityId: null, detail: { from: q.from ?? null, to: q.to ?? null } });
    return {
      items: [...rows.values()]
        .map((r) => ({ therapistId: r.therapistId, name: r.name, week: r.week, sessions: r.sessions.size, units: r.units, billableMinutes: r.billableMinutes }))
        .sort((a, b) => a.name.localeCompare(b.name) || a.week.localeCompare(b.week)),
    };
  });
}
