/** Assessments: intake and re-assessment, domain by domain, with observations, ratings and music preferences. */
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { assessmentCreateSchema, assessmentUpdateSchema } from '../../domain/schemas/clients.js';
import { suggestGoalsFromAssessment, type ObjectiveTemplate } from '../../domain/content.js';
import { responseFaults, scoreAssessment } from '../../domain/assessment-score.js';
import { datedBeforeBirth } from '../../domain/nicu.js';
import { loadContent, type Content } from '../../content/index.js';
import { assessments, goalDomains } from '../db/schema.js';
import { defined, updateVersioned } from '../db/versioned.js';
import { conflict, ruleBroken } from '../http/problem.js';
import type { Ctx } from '../access/acting-user.js';
import { AccessDenied, requireClient, requireClinician } from '../access/policy.js';
import { inTransaction } from '../access/run.js';
import { audit } from '../audit/audit.js';

type Responses = Record<string, number | string | boolean | null>;
const templateOf = (key: string | null) => (key ? shippedContent().assessmentTemplates.find((t) => t.key === key) : undefined);

/** With the total by the scale's published rule (domain/assessment-score.ts), for a template that has one. */
const out = (a: typeof assessments.$inferSelect) => {
  const template = templateOf(a.templateKey);
  return {
    id: a.id, clientId: a.clientId, kind: a.kind, templateKey: a.templateKey, templateName: template?.name ?? null, assessedOn: a.assessedOn, assessorId: a.assessorId,
    responses: a.responses as Responses, observations: a.observations, strengths: a.strengths, needs: a.needs, version: a.version,
    score: template ? scoreAssessment(template, a.responses as Responses) : null,
  };
};

/** A template named must be one the practice has; each answer must fit its item. Nothing is stored otherwise. */
function refuseUnfitResponses(templateKey: string | null, responses: Responses | undefined) {
  if (templateKey === null) return;
  const template = templateOf(templateKey);
  if (!template) throw ruleBroken(`there is no assessment template “${templateKey}”`, [{ path: 'body.templateKey', message: 'unknown template' }], 'assessment-template-unknown');
  const faults = responseFaults(template, responses ?? {});
  if (faults.length)
    throw ruleBroken(`${faults.length === 1 ? 'an answer does' : `${faults.length} answers do`} not fit the ${template.name}`, faults.map((f) => ({ path: `body.responses.${f.key}`, message: f.message })), 'assessment-response-invalid');
}

export async function listAssessments(ctx: Ctx, clientId: string) {
  return inTransaction(ctx, async (tx) => {
    await requireClient(tx, ctx, clientId);
    const rows = await tx.select().from(assessments).where(and(eq(assessments.clientId, clientId), isNull(assessments.deletedAt))).orderBy(desc(assessments.assessedOn));
    await audit(tx, ctx, { action: 'read', entityType: 'assessment', clientId });
    return rows.map(out);
  });
}

/** An assessment dated before the client's birth is refused (domain/nicu.ts), naming the field. */
function refuseBeforeBirth(birthDate: string | null, assessedOn: string | undefined) {
  const errors = datedBeforeBirth(birthDate, [{ path: 'body.assessedOn', date: assessedOn }]);
  if (errors.length) throw ruleBroken('an assessment cannot be dated before the client’s birth', errors, 'dated-before-birth');
}

export async function createAssessment(ctx: Ctx, clientId: string, input: z.output<typeof assessmentCreateSchema>) {
  return inTransaction(ctx, async (tx) => {
    const { client } = await requireClient(tx, ctx, clientId);
    refuseBeforeBirth(client.birthDate, input.assessedOn);
    refuseUnfitResponses(input.templateKey, input.responses);
    const [dup] = await tx.select({ id: assessments.id }).from(assessments).where(eq(assessments.id, input.id));
    if (dup) throw conflict('an assessment with this id already exists');
    const [row] = await tx.insert(assessments).values({ ...input, clientId, assessorId: ctx.user.id, organizationId: ctx.user.organizationId }).returning();
    await audit(tx, ctx, { action: 'create', entityType: 'assessment', entityId: input.id, clientId });
    return out(row!);
  });
}

async function assessmentFor(ctx: Ctx, tx: Parameters<Parameters<typeof inTransaction>[1]>[0], id: string) {
  const [row] = await tx.select().from(assessments).where(and(eq(assessments.id, id), eq(assessments.organizationId, ctx.user.organizationId), isNull(assessments.deletedAt)));
  if (!row) throw new AccessDenied(id, 404, 'assessment was not found');
  const { client } = await requireClient(tx, ctx, row.clientId);
  return Object.assign(row, { client });
}

export async function getAssessment(ctx: Ctx, id: string) {
  return inTransaction(ctx, async (tx) => {
    const row = await assessmentFor(ctx, tx, id);
    await audit(tx, ctx, { action: 'read', entityType: 'assessment', entityId: id, clientId: row.clientId });
    return out(row);
  });
}

export async function updateAssessment(ctx: Ctx, id: string, input: z.output<typeof assessmentUpdateSchema>) {
  return inTransaction(ctx, async (tx) => {
    const current = await assessmentFor(ctx, tx, id);
    refuseBeforeBirth(current.client.birthDate, input.assessedOn);
    if (input.responses !== undefined) refuseUnfitResponses(current.templateKey, input.responses);
    const { version, ...changes } = input;
    const row = await updateVersioned(tx, assessments, id, ctx.user.organizationId, version, defined(changes));
    await audit(tx, ctx, { action: 'update', entityType: 'assessment', entityId: id, clientId: current.clientId });
    return out(row);
  });
}

/** Shipped content, not client data: open to clinicians, as the library is. */
export function listTemplates(ctx: Ctx) {
  requireClinician(ctx.user, 'assessment templates');
  return shippedContent().assessmentTemplates.map((t) => ({
    key: t.key, name: t.name, populations: [...t.populations], references: t.references, sections: t.sections,
    scoring: t.scoring ? { range: t.scoring.range, items: t.scoring.items, bands: t.scoring.bands } : null,
  }));
}

let content: Content | undefined;
/** The shipped content, validated once. */
function shippedContent(): Content {
  return (content ??= loadContent());
}

/** Objective templates offered with each suggested goal. */
export const TEMPLATES_PER_SUGGESTION = 3;

/**
 * Objective templates of a domain suited to a client: those sharing at least one of the client's
 * populations, in the content's order. A client with no population recorded gets the domain's templates.
 */
export function templatesFor(all: readonly ObjectiveTemplate[], domainKey: string, populations: readonly string[], limit = TEMPLATES_PER_SUGGESTION): ObjectiveTemplate[] {
  const ofDomain = all.filter((t) => t.domainKey === domainKey);
  const suited = populations.length === 0 ? ofDomain : ofDomain.filter((t) => t.populations.some((p) => populations.includes(p)));
  return suited.slice(0, limit);
}

/**
 * What the assessment yields: for each IMTAP item tied to a goal domain and not yet shown
 * consistently, a suggested goal with its baseline, the domain as this organization's bank holds it,
 * and objective templates of that domain suited to the client's populations. An assessment without a
 * known template yields no suggestions.
 */
export async function getSuggestions(ctx: Ctx, id: string) {
  return inTransaction(ctx, async (tx) => {
    const row = await assessmentFor(ctx, tx, id);
    const content = shippedContent();
    const template = row.templateKey ? content.assessmentTemplates.find((t) => t.key === row.templateKey) : undefined;
    const raw = template ? suggestGoalsFromAssessment(template, row.responses as Record<string, number | string | boolean | null>) : [];
    const labels = new Map(template?.sections.flatMap((s) => s.items.map((i) => [i.key, i.label] as const)) ?? []);
    const keys = [...new Set(raw.map((s) => s.domainKey))];
    const domains = keys.length
      ? await tx
          .select({ id: goalDomains.id, key: goalDomains.key, name: goalDomains.name, category: goalDomains.category })
          .from(goalDomains)
          .where(and(eq(goalDomains.organizationId, ctx.user.organizationId), inArray(goalDomains.key, keys), isNull(goalDomains.deletedAt)))
      : [];
    const byKey = new Map(domains.map((d) => [d.key, d]));
    await audit(tx, ctx, { action: 'read', entityType: 'assessment', entityId: id, clientId: row.clientId, detail: { suggestions: raw.length } });
    return {
      assessmentId: row.id,
      clientId: row.clientId,
      templateKey: row.templateKey,
      templateName: template?.name ?? null,
      suggestions: raw.map((s) => {
        const d = byKey.get(s.domainKey);
        return {
          ...s,
          itemLabel: labels.get(s.itemKey) ?? s.itemKey,
          domain: d ? { id: d.id, key: d.key, name: d.name, category: d.category } : null,
          objectiveTemplates: templatesFor(content.objectiveTemplates, s.domainKey, row.client.populations).map((t) => ({
            key: t.key, text: t.text, behaviour: t.behaviour, condition: t.condition, measurement: t.measurement, criterion: t.criterion,
            direction: t.direction, populations: t.populations,
          })),
        };
      }),
    };
  });
}
