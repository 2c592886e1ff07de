/**
 * NICU intervention eligibility by post-menstrual age, as planning and delivering apply it: the rule
 * is domain/nicu.ts interventionEligibility; this reads the facts it needs (the infant's birth and
 * gestational age, the intervention, the practice's live-music minimum) and refuses with 422
 * `intervention-not-eligible`, unless the request gives a reason to override, which is audited.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { formatWeeksDays, interventionEligibility, pmaOf, type Eligibility } from '../../domain/nicu.js';
import type { Db } from '../db/connection.js';
import { auditLog, clients, interventions, organizations } from '../db/schema.js';
import { Problem } from '../http/problem.js';
import type { Ctx } from '../access/acting-user.js';
import { auditMany } from '../audit/audit.js';

export interface EligibilityCheck {
  interventionId: string;
  clientIds: string[];
  /** The clinic's date the intervention is planned on or delivered on. */
  onDate: string;
  overrideReason?: string | undefined;
  /** The audited record: what was planned or delivered. */
  entityType: 'plan_link' | 'delivered_intervention';
  entityId: string;
}

type Refusal = Extract<Eligibility, { eligible: false }> & { clientId: string };

/** The PMA verdict for each infant the intervention is for; the refusals only. */
async function refusals(tx: Db, ctx: Ctx, check: EligibilityCheck): Promise<{ name: string; refused: Refusal[] }> {
  const [iv] = await tx
    .select({ name: interventions.name, technique: interventions.technique, populations: interventions.populations, materials: interventions.materials })
    .from(interventions)
    .where(and(eq(interventions.id, check.interventionId), eq(interventions.organizationId, ctx.user.organizationId)));
  if (!iv || check.clientIds.length === 0) return { name: iv?.name ?? '', refused: [] };
  const [org] = await tx.select({ liveMin: organizations.nicuLiveMusicMinPmaWeeks }).from(organizations).where(eq(organizations.id, ctx.user.organizationId));
  const infants = await tx
    .select({ id: clients.id, birthDate: clients.birthDate, gestationalAgeWeeks: clients.gestationalAgeWeeks, gestationalAgeDays: clients.gestationalAgeDays })
    .from(clients)
    .where(and(inArray(clients.id, [...new Set(check.clientIds)]), eq(clients.organizationId, ctx.user.organizationId)));
  const intervention = { technique: iv.technique, populations: iv.populations, materials: (iv.materials as string[]) ?? [] };
  const refused = infants.flatMap((c) => {
    const v = interventionEligibility({ intervention, pma: pmaOf(c, check.onDate), liveMusicMinPmaWeeks: org?.liveMin ?? null });
    return v.eligible ? [] : [{ ...v, clientId: c.id }];
  });
  return { name: iv.name, refused };
}

/**
 * Refuses an intervention an infant is not eligible for at their PMA on the date, naming the PMA and
 * the threshold; with an override reason it goes ahead, and the override is audited per infant.
 */
export async function refuseIfNotEligible(tx: Db, ctx: Ctx, check: EligibilityCheck): Promise<void> {
  const { name, refused } = await refusals(tx, ctx, check);
  if (refused.length === 0) return;
  const reason = check.overrideReason?.trim();
  if (!reason) {
    const first = refused[0]!;
    throw new Problem(
      422,
      `“${name}” is not eligible on ${check.onDate}: ${first.reason}; give an override reason to go ahead`,
      [{ path: 'body.overrideReason', message: `${formatWeeksDays(first.pma)} PMA is below ${first.thresholdWeeks} weeks PMA` }],
      { pma: formatWeeksDays(first.pma), thresholdWeeks: first.thresholdWeeks, rule: first.rule },
      'intervention-not-eligible',
    );
  }
  await auditMany(tx, ctx, refused.map((r) => ({
    action: 'override', entityType: check.entityType, entityId: check.entityId, clientId: r.clientId,
    detail: { rule: 'intervention-not-eligible', kind: r.rule, pma: formatWeeksDays(r.pma), thresholdWeeks: r.thresholdWeeks, onDate: check.onDate, reason },
  })));
}

/**
 * Marking a planned intervention delivered is delivering it: the same check on the session's date,
 * unless an override was already given for this delivery (when it was planned), which stands.
 */
export async function refuseDeliveryIfNotEligible(tx: Db, ctx: Ctx, d: { id: string; interventionId: string; clientIds: string[]; onDate: string; overrideReason?: string | undefined }): Promise<void> {
  const [given] = await tx
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(and(eq(auditLog.organizationId, ctx.user.organizationId), eq(auditLog.action, 'override'), eq(auditLog.entityType, 'delivered_intervention'), eq(auditLog.entityId, d.id)))
    .limit(1);
  if (given) return;
  await refuseIfNotEligible(tx, ctx, { interventionId: d.interventionId, clientIds: d.clientIds, onDate: d.onDate, overrideReason: d.overrideReason, entityType: 'delivered_intervention', entityId: d.id });
}
