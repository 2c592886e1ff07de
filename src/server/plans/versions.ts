/**
 * Versions of the treatment plan as a signed document: a draft frozen from the live plan, signed by
 * the clinician (then locked, here and by the database, migration 0018), superseded by the next
 * version once the live plan changes, and acknowledged by the client or guardian.
 */
import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { planChanges, type PlanSnapshot } from '../../domain/plan-document.js';
import type { planAcknowledgementSchema } from '../../domain/schemas/plan.js';
import { localDateOf } from '../../domain/schemas/common.js';
import type { Db } from '../db/connection.js';
import { clients, planAcknowledgements, planVersions } from '../db/schema.js';
import { conflict, ruleBroken } from '../http/problem.js';
import { nowOf, type Ctx } from '../access/acting-user.js';
import { AccessDenied, requireClient } from '../access/policy.js';
import { inTransaction } from '../access/run.js';
import { audit } from '../audit/audit.js';
import { organizationOf, preparer } from '../reports/load.js';
import { requirePlanner } from './service.js';
import { liveSnapshot, planContentHash } from './snapshot.js';
import { planDocumentHtml } from './document.js';
import { ascii, defaultPaper, deliver, type RenderedReport } from '../reports/deliver.js';
import type { Paper, PdfRenderer } from '../reports/pdf.js';

type VersionRow = typeof planVersions.$inferSelect;
type AckRow = typeof planAcknowledgements.$inferSelect;

export const ackOut = (a: AckRow) => ({
  id: a.id, name: a.name, relationship: a.relationship, acknowledgedOn: a.acknowledgedOn, method: a.method as 'in_person' | 'electronic' | 'verbal',
  note: a.note, recordedBy: a.recordedBy, createdAt: a.createdAt,
});

function versionOut(v: VersionRow, superseded: VersionRow | undefined, acks: AckRow[]) {
  return {
    id: v.id, clientId: v.clientId, number: v.number, supersedesNumber: v.supersedesNumber, status: (v.signedAt ? 'signed' : 'draft') as 'signed' | 'draft',
    contentHash: v.contentHash, createdBy: v.createdBy, createdAt: v.createdAt,
    signedBy: v.signedBy, signedAt: v.signedAt, signerName: v.signerName, signerCredentials: v.signerCredentials,
    changes: planChanges((superseded?.snapshot as PlanSnapshot | undefined) ?? null, v.snapshot as PlanSnapshot),
    acknowledgements: acks.filter((a) => a.planVersionId === v.id).map(ackOut),
  };
}

/** A plan version by id, in the acting user's organization, then the client access check. */
export async function versionFor(tx: Db, ctx: Ctx, id: string) {
  const [row] = await tx.select().from(planVersions).where(and(eq(planVersions.id, id), eq(planVersions.organizationId, ctx.user.organizationId)));
  if (!row) throw new AccessDenied(id, 404, 'plan version was not found');
  const { client } = await requireClient(tx, ctx, row.clientId);
  return { row, client };
}

async function versionsOf(tx: Db, clientId: string) {
  const rows = await tx.select().from(planVersions).where(eq(planVersions.clientId, clientId)).orderBy(asc(planVersions.number));
  const acks = rows.length
    ? await tx.select().from(planAcknowledgements).where(inArray(planAcknowledgements.planVersionId, rows.map((r) => r.id))).orderBy(asc(planAcknowledgements.acknowledgedOn), asc(planAcknowledgements.createdAt))
    : [];
  const byNumber = new Map(rows.map((r) => [r.number, r]));
  return { rows, acks, out: (v: VersionRow) => versionOut(v, v.supersedesNumber === null ? undefined : byNumber.get(v.supersedesNumber), acks) };
}

/** Every version of the client's plan, and whether the live plan still reads as the latest one. */
export async function listPlanVersions(ctx: Ctx, clientId: string) {
  return inTransaction(ctx, async (tx) => {
    const { client } = await requireClient(tx, ctx, clientId);
    const { rows, out } = await versionsOf(tx, clientId);
    const liveHash = planContentHash(await liveSnapshot(tx, client));
    await audit(tx, ctx, { action: 'read', entityType: 'plan_version', entityId: clientId, clientId });
    const latest = rows.at(-1);
    return { items: rows.map(out), liveContentHash: liveHash, liveMatchesLatest: latest ? latest.contentHash === liveHash : false };
  });
}

/**
 * A draft of the next version, frozen from the live plan now. An open draft is refreshed rather than
 * a second one made; with no draft and no change since the last signed version, there is nothing to sign.
 */
export async function createPlanDraft(ctx: Ctx, clientId: string) {
  return inTransaction(ctx, async (tx) => {
    const { client } = await requireClient(tx, ctx, clientId);
    requirePlanner(ctx);
    // One writer of a client's versions at a time: two drafts never take the same number.
    await tx.execute(sql`select 1 from ${clients} where ${clients.id} = ${clientId}::uuid for update`);
    const snapshot = await liveSnapshot(tx, client);
    const contentHash = planContentHash(snapshot);
    const [latest] = await tx.select().from(planVersions).where(eq(planVersions.clientId, clientId)).orderBy(desc(planVersions.number)).limit(1);
    const [lastSigned] = await tx.select({ number: planVersions.number, contentHash: planVersions.contentHash }).from(planVersions)
      .where(and(eq(planVersions.clientId, clientId), isNotNull(planVersions.signedAt))).orderBy(desc(planVersions.number)).limit(1);
    let row: VersionRow;
    let created = false;
    if (latest && !latest.signedAt) {
      [row] = (await tx.update(planVersions).set({ snapshot, contentHash, supersedesNumber: lastSigned?.number ?? null, createdBy: ctx.user.id, updatedAt: new Date().toISOString() }).where(eq(planVersions.id, latest.id)).returning()) as [VersionRow];
    } else {
      if (lastSigned && lastSigned.contentHash === contentHash)
        throw conflict(`the plan has not changed since version ${lastSigned.number} was signed; change the plan first, then draft the next version`, { signedNumber: lastSigned.number });
      created = true;
      [row] = (await tx.insert(planVersions).values({
        id: crypto.randomUUID(), organizationId: ctx.user.organizationId, clientId, number: (latest?.number ?? 0) + 1,
        supersedesNumber: lastSigned?.number ?? null, snapshot, contentHash, createdBy: ctx.user.id,
      }).returning()) as [VersionRow];
    }
    await audit(tx, ctx, { action: created ? 'create' : 'update', entityType: 'plan_version', entityId: row.id, clientId, detail: { number: row.number, contentHash } });
    const { out } = await versionsOf(tx, clientId);
    return { created, version: out(row) };
  });
}

/** The clinician signs the draft she read (its content hash), while it still is the live plan; then it is locked. */
export async function signPlanVersion(ctx: Ctx, id: string, contentHash: string) {
  return inTransaction(ctx, async (tx) => {
    const { row, client } = await versionFor(tx, ctx, id);
    requirePlanner(ctx);
    if (row.signedAt) throw conflict(`version ${row.number} is already signed and can no longer change; edit the plan and sign a new version`, { number: row.number });
    if (row.contentHash !== contentHash)
      throw conflict('this draft is not the one you read (its content hash differs); read it again before signing', { contentHash: row.contentHash });
    if (planContentHash(await liveSnapshot(tx, client)) !== row.contentHash)
      throw conflict('the plan changed after this draft was made; refresh the draft (POST /api/v1/clients/{id}/plan/versions) and read it again before signing', { number: row.number });
    const me = await preparer(tx, ctx);
    const [signed] = (await tx.update(planVersions)
      .set({ signedBy: ctx.user.id, signedAt: new Date(nowOf(ctx)).toISOString(), signerName: me.name, signerCredentials: me.credentials, updatedAt: new Date().toISOString() })
      .where(eq(planVersions.id, id)).returning()) as [VersionRow];
    await audit(tx, ctx, { action: 'sign', entityType: 'plan_version', entityId: id, clientId: row.clientId, detail: { number: row.number, contentHash } });
    const { out } = await versionsOf(tx, row.clientId);
    return out(signed);
  });
}

/** The client or guardian acknowledged a signed version: recorded once, never changed (migration 0018). */
export async function acknowledgePlanVersion(ctx: Ctx, id: string, input: z.output<typeof planAcknowledgementSchema>) {
  return inTransaction(ctx, async (tx) => {
    const { row } = await versionFor(tx, ctx, id);
    requirePlanner(ctx);
    if (!row.signedAt) throw conflict(`version ${row.number} is a draft; the client or guardian acknowledges a version once the music therapist has signed it`, { number: row.number });
    const org = await organizationOf(tx, ctx);
    if (input.acknowledgedOn > org.today) throw ruleBroken('an acknowledgement is recorded once it has happened', [{ path: 'body.acknowledgedOn', message: 'is after today at the clinic' }]);
    const signedOn = localDateOf(new Date(row.signedAt).toISOString(), org.timeZone);
    if (input.acknowledgedOn < signedOn) throw ruleBroken(`version ${row.number} was signed on ${signedOn}; it cannot have been acknowledged before`, [{ path: 'body.acknowledgedOn', message: 'is before the version was signed' }]);
    const [ack] = await tx.insert(planAcknowledgements).values({ ...input, planVersionId: id, clientId: row.clientId, organizationId: ctx.user.organizationId, recordedBy: ctx.user.id }).onConflictDoNothing().returning();
    if (!ack) throw conflict('an acknowledgement with this id already exists');
    await audit(tx, ctx, { action: 'create', entityType: 'plan_acknowledgement', entityId: input.id, clientId: row.clientId, detail: { planVersionId: id, number: row.number, method: input.method, relationship: input.relationship } });
    return ackOut(ack);
  });
}

/** One version with what the document prints beside it: the superseded version, the acknowledgements. */
export async function versionRecord(ctx: Ctx, id: string, format: 'html' | 'pdf') {
  return inTransaction(ctx, async (tx) => {
    const { row, client } = await versionFor(tx, ctx, id);
    const { out } = await versionsOf(tx, row.clientId);
    const org = await organizationOf(tx, ctx);
    await audit(tx, ctx, { action: format === 'pdf' ? 'export' : 'read', entityType: 'report', entityId: row.clientId, clientId: row.clientId, detail: { report: 'plan', format, number: row.number } });
    return { version: out(row), snapshot: row.snapshot as PlanSnapshot, organization: org, client: { firstName: client.firstName, lastName: client.lastName } };
  });
}

/** The version as HTML or PDF, delivered like every printed document (reports/deliver.ts). */
export async function planVersionDocument(ctx: Ctx, renderer: PdfRenderer, id: string, q: { format: 'html' | 'pdf'; paper?: Paper; links?: { label: string; href: string }[] }): Promise<RenderedReport> {
  const { version, snapshot, organization, client } = await versionRecord(ctx, id, q.format);
  const name = snapshot.client.name;
  return deliver(ctx, renderer, q, {
    html: planDocumentHtml(snapshot, version, { organization: organization.name, timeZone: organization.timeZone, links: q.links }),
    filename: `treatment-plan-${ascii(client.lastName)}-${ascii(client.firstName)}-v${version.number}${version.status === 'draft' ? '-draft' : ''}`,
    header: `${organization.name} · Treatment plan · ${name} · version ${version.number}${version.status === 'draft' ? ' (draft)' : ''}`,
    footer: version.status === 'signed' ? `Version ${version.number}, signed by ${version.signerName}${version.signerCredentials ? `, ${version.signerCredentials}` : ''}` : `Version ${version.number}: draft, not signed`,
    paper: defaultPaper(organization.timeZone),
    kind: 'plan',
    clientId: version.clientId,
    noun: 'treatment plan',
  });
}
