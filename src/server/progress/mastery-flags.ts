/**
 * When the data behind an objective changes, mastery is re-evaluated. An objective that meets its
 * criterion is flagged (mastery_met_on) for the therapist to confirm; it is never closed silently.
 *
 * The flag is the end of the first window of sessions that met the criterion, so a change to one
 * session can only move it through windows holding that session:
 * - a change after the flag leaves it (windows ending on or before it hold only earlier sessions);
 * - with no flag yet, a change to the latest session can only complete the window ending there:
 *   the latest sessions are enough, and a tap in live capture does not read years of history.
 * Anything else (an older session, a changed criterion, attendance) re-reads the whole series.
 */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { evaluateMastery } from '../../domain/progress/index.js';
import { masteryCriterionSchema, type MasteryCriterion } from '../../domain/criterion.js';
import type { Db } from '../db/connection.js';
import { objectives } from '../db/schema.js';
import type { Ctx } from '../access/acting-user.js';
import { audit } from '../audit/audit.js';
import { latestSessionsFor, seriesFor, type ObjectiveRow, type SessionValue } from './series.js';

const isOpen = (o: ObjectiveRow) => !o.deletedAt && !o.masteryConfirmedAt && (o.status === 'active' || o.status === 'baseline');

const firstMetOn = (series: SessionValue[], criterion: MasteryCriterion) => {
  const m = evaluateMastery(series.map((s) => ({ date: s.date, value: s.value })), criterion);
  return m.status === 'met' ? m.firstMetOn : null;
};

async function setFlag(tx: Db, ctx: Ctx, o: ObjectiveRow, metOn: string | null) {
  if (metOn === o.masteryMetOn) return;
  await tx.update(objectives).set({ masteryMetOn: metOn }).where(eq(objectives.id, o.id));
  await audit(tx, ctx, { action: 'update', entityType: 'objective', entityId: o.id, clientId: o.clientId, detail: { masteryMetOn: metOn } });
}

/** Re-derives the flag of each open objective from its whole series. */
export async function reevaluateMastery(tx: Db, ctx: Ctx, objs: ObjectiveRow[]): Promise<void> {
  const open = objs.filter(isOpen);
  if (open.length === 0) return;
  const series = await seriesFor(tx, open);
  for (const o of open) await setFlag(tx, ctx, o, firstMetOn(series.get(o.id) ?? [], masteryCriterionSchema.parse(o.criterion)));
}

/** After a change to sessions of these clients that can change every series (attendance, date, cancellation). */
export async function reevaluateClients(tx: Db, ctx: Ctx, clientIds: string[]): Promise<void> {
  if (clientIds.length === 0) return;
  const objs = await tx.select().from(objectives).where(and(inArray(objectives.clientId, clientIds), isNull(objectives.deletedAt), isNull(objectives.masteryConfirmedAt)));
  await reevaluateMastery(tx, ctx, objs);
}

/** After data of one session was recorded or undone: re-evaluates what that change can move. */
export async function afterDataRecorded(tx: Db, ctx: Ctx, objs: ObjectiveRow[], session: { id: string; localDate: string }): Promise<void> {
  const full: ObjectiveRow[] = [];
  const unflagged: { o: ObjectiveRow; count: number; criterion: MasteryCriterion }[] = [];
  for (const o of objs.filter(isOpen)) {
    if (o.masteryMetOn !== null) {
      if (session.localDate <= o.masteryMetOn) full.push(o);
      continue;
    }
    const criterion = masteryCriterionSchema.parse(o.criterion);
    unflagged.push({ o, criterion, count: Math.max(criterion.minSessions, criterion.window.sessions) });
  }
  const latestOf = await latestSessionsFor(tx, unflagged);
  for (const { o, criterion, count } of unflagged) {
    const latest = latestOf.get(o.id)!;
    const isLatest = latest.at(-1)?.sessionId === session.id;
    // Fewer sessions than needed is the whole series; a session without a value would shorten the window.
    if (isLatest && (latest.length < count || latest.every((s) => s.value !== null))) await setFlag(tx, ctx, o, firstMetOn(latest, criterion));
    else full.push(o);
  }
  await reevaluateMastery(tx, ctx, full);
}
