/**
 * The live plan frozen as a document's snapshot (domain/plan-document.ts), and its content hash: the
 * hash a version is signed over, recomputed on restore to check that the signed words are unchanged.
 */
import { createHash } from 'node:crypto';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { canonical } from '../../domain/canonical.js';
import { measurementConfigSchema } from '../../domain/measurement.js';
import { objectiveLabel } from '../../domain/objective-label.js';
import { baselineLine, criterionLine, measurementLine, type PlanSnapshot } from '../../domain/plan-document.js';
import type { Db } from '../db/connection.js';
import { clients, goalDomains, goals, interventions, objectives, planLinks, treatmentPlans } from '../db/schema.js';

export const planContentHash = (snapshot: PlanSnapshot) => createHash('sha256').update(canonical(snapshot)).digest('hex');

type ClientRow = typeof clients.$inferSelect;

export async function liveSnapshot(tx: Db, client: ClientRow): Promise<PlanSnapshot> {
  const [plan] = await tx.select().from(treatmentPlans).where(eq(treatmentPlans.clientId, client.id));
  const goalRows = await tx.select().from(goals).where(and(eq(goals.clientId, client.id), isNull(goals.deletedAt))).orderBy(asc(goals.createdAt), asc(goals.id));
  const objRows = await tx.select().from(objectives).where(and(eq(objectives.clientId, client.id), isNull(objectives.deletedAt))).orderBy(asc(objectives.createdAt), asc(objectives.id));
  const links = await tx.select().from(planLinks).where(and(eq(planLinks.clientId, client.id), isNull(planLinks.deletedAt))).orderBy(asc(planLinks.createdAt), asc(planLinks.id));
  const ivIds = [...new Set(links.map((l) => l.interventionId))];
  const ivs = ivIds.length ? await tx.select().from(interventions).where(inArray(interventions.id, ivIds)) : [];
  const domainIds = [...new Set(goalRows.map((g) => g.domainId))];
  const domains = domainIds.length ? await tx.select({ id: goalDomains.id, name: goalDomains.name }).from(goalDomains).where(inArray(goalDomains.id, domainIds)) : [];
  const ivById = new Map(ivs.map((i) => [i.id, i]));
  const domainName = new Map(domains.map((d) => [d.id, d.name]));
  return {
    v: 1,
    client: {
      name: `${client.firstName} ${client.lastName}`,
      birthDate: client.birthDate,
      populations: client.populations,
      setting: client.setting,
      diagnoses: (client.diagnoses as { label: string; code?: string }[]).map((d) => ({ label: d.label, code: d.code ?? '' })),
    },
    reviewDate: plan?.reviewDate ?? null,
    frequency: plan?.frequency ?? '',
    sessionMinutes: plan?.sessionMinutes ?? null,
    precautions: (plan?.precautions as string[] | undefined) ?? [],
    notes: plan?.notes ?? '',
    goals: goalRows.map((g) => ({
      id: g.id,
      domain: domainName.get(g.domainId) ?? '',
      statement: g.statement,
      status: g.status,
      targetDate: g.targetDate,
      objectives: objRows
        .filter((o) => o.goalId === g.id)
        .map((o) => {
          const m = measurementConfigSchema.parse(o.measurement);
          return {
            id: o.id,
            label: objectiveLabel(o),
            statement: o.statement,
            condition: o.condition,
            measurement: measurementLine(m),
            criterion: criterionLine(o.criterion as never, m),
            direction: o.direction as 'increase' | 'decrease',
            baseline: baselineLine(o.baselineValue ?? null, o.baselineNote, m),
            status: o.status,
            targetDate: o.targetDate,
            interventions: links
              .filter((l) => l.objectiveId === o.id)
              .map((l) => ivById.get(l.interventionId))
              .filter((i) => i !== undefined)
              .map((i) => ({ id: i.id, name: i.name, technique: i.technique })),
          };
        }),
    })),
  };
}
