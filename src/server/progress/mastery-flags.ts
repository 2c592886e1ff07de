/**
 * When data is added or undone, mastery is re-evaluated. An objective that meets its criterion is
 * flagged (mastery_met_on) for the therapist to confirm; it is never closed silently.
 */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { evaluateMastery } from '../../domain/progress/index.js';
import { masteryCriterionSchema } from '../../domain/criterion.js';
import type { Db } from '../db/connection.js';
import { objectives } from '../db/schema.js';
import type { Ctx } from '../access/acting-user.js';
import { audit } from '../audit/audit.js';
import { seriesFor } from './series.js';

export async function afterDataRecorded(tx: Db, ctx: Ctx, objectiveIds: string[]): Promise<void> {
  if (objectiveIds.length === 0) return;
  const objs = await tx
    .select()
    .from(objectives)
    .where(and(inArray(objectives.id, objectiveIds), isNull(objectives.masteryConfirmedAt), isNull(objectives.deletedAt)));
  const open = objs.filter((o) => o.status === 'active' || o.status === 'baseline');
  if (open.length === 0) return;
  const series = await seriesFor(tx, open);
  for (const o of open) {
    const m = evaluateMastery((series.get(o.id) ?? []).map((s) => ({ date: s.date, value: s.value })), masteryCriterionSchema.parse(o.criterion));
    const metOn = m.status === 'met' ? m.firstMetOn : null;
    if (metOn === o.masteryMetOn) continue;
    await tx.update(objectives).set({ masteryMetOn: metOn }).where(eq(objectives.id, o.id));
    await audit(tx, ctx, { action: 'update', entityType: 'objective', entityId: o.id, clientId: o.clientId, detail: { masteryMetOn: metOn } });
  }
}
