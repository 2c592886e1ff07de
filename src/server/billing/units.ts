/**
 * Service lines with their units. Units are never stored: they follow from the line's minutes (at
 * most the client's minutes of service in the session, from the attendance record) under the code's
 * rule, and for 15-minute timed codes from the client's whole day for the payer (domain/billing.ts).
 */
import { and, eq, gte, inArray, isNull, lte } from 'drizzle-orm';
import { belowMinimum, chargeCents, unitsOfDay, type HourRounding, type UnitRule } from '../../domain/billing.js';
import { serviceMinutes } from '../../domain/session-facts.js';
import type { Db } from '../db/connection.js';
import { notes, serviceCodes, serviceLines, sessionParticipants, sessions } from '../db/schema.js';
import type { Ctx } from '../access/acting-user.js';

export type ServiceLineRow = typeof serviceLines.$inferSelect;
export type CodeRow = typeof serviceCodes.$inferSelect;
export type LineSession = Pick<typeof sessions.$inferSelect, 'id' | 'localDate' | 'type' | 'setting' | 'location' | 'startsAt' | 'durationMinutes' | 'actualStartAt' | 'actualEndAt' | 'status' | 'leadTherapistId'>;

export interface CountedLine {
  line: ServiceLineRow;
  code: CodeRow;
  session: LineSession;
  attendance: string;
  /** The client's note for the session is signed (and co-signed when it needs it): the service is documented. */
  documented: boolean;
  /** The minutes the units count: the line's, never more than the client's minutes of service. */
  minutes: number;
  units: number;
  chargeCents: number;
}

export interface LineQuery {
  clientIds: string[];
  from?: string;
  to?: string;
}

/** The live lines of these clients in the period (whole days), each with its units. */
export async function countedLines(tx: Db, ctx: Ctx, q: LineQuery): Promise<CountedLine[]> {
  if (q.clientIds.length === 0) return [];
  const rows = await tx
    .select({
      line: serviceLines,
      code: serviceCodes,
      session: {
        id: sessions.id, localDate: sessions.localDate, type: sessions.type, setting: sessions.setting, location: sessions.location, startsAt: sessions.startsAt,
        durationMinutes: sessions.durationMinutes, actualStartAt: sessions.actualStartAt, actualEndAt: sessions.actualEndAt, status: sessions.status, leadTherapistId: sessions.leadTherapistId,
      },
      p: { attendance: sessionParticipants.attendance, lateMinutes: sessionParticipants.lateMinutes, leftEarlyMinutes: sessionParticipants.leftEarlyMinutes },
      noteStatus: notes.status,
    })
    .from(serviceLines)
    .innerJoin(sessions, and(eq(sessions.id, serviceLines.sessionId), isNull(sessions.deletedAt)))
    .innerJoin(serviceCodes, eq(serviceCodes.id, serviceLines.serviceCodeId))
    .innerJoin(sessionParticipants, and(eq(sessionParticipants.sessionId, serviceLines.sessionId), eq(sessionParticipants.clientId, serviceLines.clientId)))
    .leftJoin(notes, and(eq(notes.sessionId, serviceLines.sessionId), eq(notes.clientId, serviceLines.clientId), isNull(notes.deletedAt)))
    .where(
      and(
        eq(serviceLines.organizationId, ctx.user.organizationId),
        isNull(serviceLines.deletedAt),
        inArray(serviceLines.clientId, q.clientIds),
        q.from ? gte(sessions.localDate, q.from) : undefined,
        q.to ? lte(sessions.localDate, q.to) : undefined,
      ),
    )
    .orderBy(sessions.localDate, sessions.startsAt, serviceLines.createdAt, serviceLines.id);
  const withMinutes = rows.map((r) => ({ ...r, minutes: Math.min(r.line.minutes, serviceMinutes(r.session, r.p)) }));
  // One client's day for one payer, billable and non-billable apart: a service not claimed, or claimed
  // from another payer, does not move a unit of this payer's claim.
  const days = new Map<string, typeof withMinutes>();
  for (const r of withMinutes) {
    const key = `${r.line.clientId}|${r.session.localDate}|${r.code.billable}|${r.line.payer.toLowerCase()}`;
    days.set(key, [...(days.get(key) ?? []), r]);
  }
  const units = new Map<string, number>();
  for (const day of days.values())
    for (const [id, u] of unitsOfDay(day.map((r) => ({ key: r.line.id, rule: r.code.unitRule as UnitRule, minutes: r.minutes, hourRounding: r.code.hourRounding as HourRounding }))))
      units.set(id, u);
  return withMinutes.map((r) => {
    const u = units.get(r.line.id) ?? 0;
    return { line: r.line, code: r.code, session: r.session, attendance: r.p.attendance, documented: r.noteStatus === 'signed', minutes: r.minutes, units: u, chargeCents: r.code.billable ? chargeCents(u, r.code.rateCents) : 0 };
  });
}

export const countedOut = (c: CountedLine) => ({
  id: c.line.id, sessionId: c.line.sessionId, clientId: c.line.clientId, date: c.session.localDate, serviceCodeId: c.code.id, code: c.code.code,
  modifiers: c.code.modifiers, description: c.code.description, unitRule: c.code.unitRule as UnitRule, billable: c.code.billable,
  recordedMinutes: c.line.minutes, minutes: c.minutes, units: c.units, rateCents: c.code.rateCents, chargeCents: c.chargeCents,
  placeOfService: c.line.placeOfService, diagnosisCodes: c.line.diagnosisCodes, renderingProviderId: c.line.renderingProviderId,
  supervisingProviderId: c.line.supervisingProviderId, payer: c.line.payer, documented: c.documented, version: c.line.version,
  minimumMinutes: c.code.minimumMinutes, belowMinimum: belowMinimum(c.minutes, c.code.minimumMinutes),
});
export type CountedOut = ReturnType<typeof countedOut>;
