/**
 * Versions of the treatment plan as a signed document: a draft frozen from the live plan, signed by
 * the clinician (then locked, here and by the database, migration 0018), superseded by the next
 * version once the live plan changes, and acknowledged by the client or guardian. An intern's
 * signature puts a version in force only once the intern's supervisor co-signs it (migration 0026).
 */
import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { planChanges, type PlanSnapshot } from '../../domain/plan-document.js';
import { cosignDecision, overtakenBy, planVersionStatus, signatureNeedsCosign } from '../../domain/plan-cosign.js';
import { isClinician } from '../../domain/roles.js';
import type { planAcknowledgementSchema } from '../../domain/schemas/plan.js';
import { localDateOf } from '../../domain/schemas/common.js';
import type { Db } from '../db/connection.js';
import { clients, planAcknowledgements, planVersions, supervision } from '../db/schema.js';
import { conflict, forbidden, ruleBroken } from '../http/problem.js';
import { nowOf, type Ctx } from '../access/acting-user.js';
import { AccessDenied, requireClient, supervises } from '../access/policy.js';
import { inTransaction } from '../access/run.js';
import { audit } from '../audit/audit.js';
import { organizationOf, preparer } from '../reports/load.js';
import { requirePlanner } from './service.js';
import { liveSnapshot, planContentHash } from './snapshot.js';
import { planDocumentHtml, signatureLine, versionStanding } from './document.js';
import { ascii, defaultPaper, deliver, type RenderedReport } from '../reports/deliver.js';
import type { Paper, PdfRenderer } from '../reports/pdf.js';

type VersionRow = typeof planVersions.$inferSelect;
type AckRow = typeof planAcknowledgements.$inferSelect;

export const ackOut = (a: AckRow) => ({
  id: a.id, name: a.name, relationship: a.relationship, acknowledgedOn: a.acknowledgedOn, method: a.method as 'in_person' | 'electronic' | 'verbal',
  note: a.note, recordedBy: a.recordedBy, createdAt: a.createdAt,
});

function versionOut(v: VersionRow, superseded: VersionRow | undefined, acks: AckRow[], all: readonly VersionRow[]) {
  return {
    id: v.id, clientId: v.clientId, number: v.number, supersedesNumber: v.supersedesNumber, status: planVersionStatus(v),
    overtakenBy: overtakenBy({ number: v.number, status: planVersionStatus(v) }, all.map((x) => ({ number: x.number, status: planVersionStatus(x) }))),
    contentHash: v.contentHash, createdBy: v.createdBy, createdAt: v.createdAt,
    signedBy: v.signedBy, signedAt: v.signedAt, signerName: v.signerName, signerCredentials: v.signerCredentials,
    requiresCosign: v.requiresCosign, cosignerId: v.cosignerId, cosignedBy: v.cosignedBy, cosignedAt: v.cosignedAt, cosignerName: v.cosignerName, cosignerCredentials: v.cosignerCredentials,
    changes: planChanges((superseded?.snapshot as PlanSnapshot | undefined) ?? null, v.snapshot as PlanSnapshot),
    acknowledgements: acks.filter((a) => a.planVersionId === v.id).map(ackOut),
  };
}

/** In force: signed, and co-signed when an intern signed it. */
const inForce = or(and(isNotNull(planVersions.signedAt), eq(planVersions.requiresCosign, false)), isNotNull(planVersions.cosignedAt));

/** The client's version in force now (the latest one in force), if any. */
async function lastInForce(tx: Db, clientId: string) {
  const [v] = await tx.select({ number: planVersions.number }).from(planVersions).where(and(eq(planVersions.clientId, clientId), inForce)).orderBy(desc(planVersions.number)).limit(1);
  return v?.number ?? null;
}

/**
 * Plan versions are drafted and signed by a therapist or supervisor, or by an intern whose signature
 * then waits for the supervisor's co-signature; plan changes themselves stay with planners (service.ts).
 */
function requireSigner(ctx: Ctx) {
  if (signatureNeedsCosign(ctx.user.roles)) return;
  requirePlanner(ctx);
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
  return { rows, acks, out: (v: VersionRow) => versionOut(v, v.supersedesNumber === null ? undefined : byNumber.get(v.supersedesNumber), acks, rows) };
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
    requireSigner(ctx);
    // One writer of a client's versions at a time: two drafts never take the same number.
    await tx.execute(sql`select 1 from ${clients} where ${clients.id} = ${clientId}::uuid for update`);
    const snapshot = await liveSnapshot(tx, client);
    const contentHash = planContentHash(snapshot);
    const [latest] = await tx.select().from(planVersions).where(eq(planVersions.clientId, clientId)).orderBy(desc(planVersions.number)).limit(1);
    const [lastSigned] = await tx.select().from(planVersions)
      .where(and(eq(planVersions.clientId, clientId), isNotNull(planVersions.signedAt))).orderBy(desc(planVersions.number)).limit(1);
    // A version awaiting co-signature does not replace the one in force: the next version supersedes the one in force.
    const supersedesNumber = await lastInForce(tx, clientId);
    let row: VersionRow;
    let created = false;
    if (latest && !latest.signedAt) {
      [row] = (await tx.update(planVersions).set({ snapshot, contentHash, supersedesNumber, createdBy: ctx.user.id, updatedAt: new Date().toISOString() }).where(eq(planVersions.id, latest.id)).returning()) as [VersionRow];
    } else {
      if (lastSigned && lastSigned.contentHash === contentHash)
        throw conflict(planVersionStatus(lastSigned) === 'awaiting_cosign'
          ? `the plan has not changed since version ${lastSigned.number} was signed; that version awaits the supervisor’s co-signature`
          : `the plan has not changed since version ${lastSigned.number} was signed; change the plan first, then draft the next version`, { signedNumber: lastSigned.number });
      created = true;
      [row] = (await tx.insert(planVersions).values({
        id: crypto.randomUUID(), organizationId: ctx.user.organizationId, clientId, number: (latest?.number ?? 0) + 1,
        supersedesNumber, snapshot, contentHash, createdBy: ctx.user.id,
      }).returning()) as [VersionRow];
    }
    await audit(tx, ctx, { action: created ? 'create' : 'update', entityType: 'plan_version', entityId: row.id, clientId, detail: { number: row.number, contentHash } });
    const { out } = await versionsOf(tx, clientId);
    return { created, version: out(row) };
  });
}

/**
 * The clinician signs the draft she read (its content hash), while it still is the live plan; then it
 * is locked. An intern's signature names the supervisor who co-signs it, and the version waits for it.
 */
export async function signPlanVersion(ctx: Ctx, id: string, contentHash: string) {
  return inTransaction(ctx, async (tx) => {
    const { row, client } = await versionFor(tx, ctx, id);
    requireSigner(ctx);
    if (row.signedAt) throw conflict(`version ${row.number} is already signed and can no longer change; edit the plan and sign a new version`, { number: row.number });
    if (row.contentHash !== contentHash)
      throw conflict('this draft is not the one you read (its content hash differs); read it again before signing', { contentHash: row.contentHash });
    if (planContentHash(await liveSnapshot(tx, client)) !== row.contentHash)
      throw conflict('the plan changed after this draft was made; refresh the draft (POST /api/v1/clients/{id}/plan/versions) and read it again before signing', { number: row.number });
    const requiresCosign = signatureNeedsCosign(ctx.user.roles);
    let cosignerId: string | null = null;
    if (requiresCosign) {
      const [sup] = await tx.select({ id: supervision.supervisorId }).from(supervision).where(eq(supervision.superviseeId, ctx.user.id)).orderBy(asc(supervision.createdAt));
      if (!sup) throw ruleBroken('an intern’s plan version needs a co-signing supervisor; ask an admin to assign one', [{ path: 'id', message: 'no supervisor' }]);
      cosignerId = sup.id;
    }
    const me = await preparer(tx, ctx);
    const [signed] = (await tx.update(planVersions)
      .set({
        signedBy: ctx.user.id, signedAt: new Date(nowOf(ctx)).toISOString(), signerName: me.name, signerCredentials: me.credentials,
        requiresCosign, cosignerId, supersedesNumber: await lastInForce(tx, row.clientId), updatedAt: new Date().toISOString(),
      })
      .where(eq(planVersions.id, id)).returning()) as [VersionRow];
    await audit(tx, ctx, { action: 'sign', entityType: 'plan_version', entityId: id, clientId: row.clientId, detail: { number: row.number, contentHash, cosignerId } });
    const { out } = await versionsOf(tx, row.clientId);
    return out(signed);
  });
}

/**
 * The intern's supervisor co-signs the version the intern signed, naming its content hash as read; the
 * version is then in force. Only the co-signature columns change (the database allows no other change).
 */
export async function cosignPlanVersion(ctx: Ctx, id: string, contentHash: string) {
  return inTransaction(ctx, async (tx) => {
    const { row } = await versionFor(tx, ctx, id);
    if (!isClinician(ctx.user.roles)) throw forbidden('a plan version is co-signed by the intern’s supervisor');
    await tx.execute(sql`select 1 from ${clients} where ${clients.id} = ${row.clientId}::uuid for update`);
    const [later] = await tx.select({ number: planVersions.number }).from(planVersions)
      .where(and(eq(planVersions.clientId, row.clientId), gt(planVersions.number, row.number), inForce)).limit(1);
    const decision = cosignDecision({
      status: planVersionStatus(row),
      isSigner: row.signedBy === ctx.user.id,
      supervisesSigner: row.signedBy !== null && (await supervises(tx, ctx.user.id, row.signedBy)),
      hashMatches: row.contentHash === contentHash,
      laterInForce: !!later,
    });
    if (!decision.ok) throw decision.refuse === 'forbidden' ? forbidden(decision.reason) : conflict(`version ${row.number}: ${decision.reason}`, { number: row.number, contentHash: row.contentHash });
    const me = await preparer(tx, ctx);
    const now = new Date(nowOf(ctx)).toISOString();
    const [cosigned] = (await tx.update(planVersions)
      .set({ cosignedBy: ctx.user.id, cosignedAt: now, cosignerName: me.name, cosignerCredentials: me.credentials, updatedAt: new Date().toISOString() })
      .where(and(eq(planVersions.id, id), isNull(planVersions.cosignedAt))).returning()) as [VersionRow?];
    // Read before the lock: a co-signature that landed meanwhile is the one on file.
    if (!cosigned) throw conflict(`version ${row.number}: this version is already in force; there is nothing to co-sign`, { number: row.number, contentHash: row.contentHash });
    await audit(tx, ctx, { action: 'cosign', entityType: 'plan_version', entityId: id, clientId: row.clientId, detail: { number: row.number, contentHash, signedBy: row.signedBy } });
    const { out } = await versionsOf(tx, row.clientId);
    return out(cosigned);
  });
}

/** The client or guardian acknowledged a signed version: recorded once, never changed (migration 0018). */
export async function acknowledgePlanVersion(ctx: Ctx, id: string, input: z.output<typeof planAcknowledgementSchema>) {
  return inTransaction(ctx, async (tx) => {
    const { row } = await versionFor(tx, ctx, id);
    requirePlanner(ctx);
    if (!row.signedAt) throw conflict(`version ${row.number} is a draft; the client or guardian acknowledges a version once the music therapist has signed it`, { number: row.number });
    if (planVersionStatus(row) === 'awaiting_cosign') throw conflict(`version ${row.number} awaits the supervisor’s co-signature; the client or guardian acknowledges it once it is in force`, { number: row.number });
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
    filename: `treatment-plan-${ascii(client.lastName)}-${ascii(client.firstName)}-v${version.number}${versionStanding(version, true) ? `-${ascii(versionStanding(version, true))}` : ''}`,
    header: `${organization.name} · Treatment plan · ${name} · version ${version.number}${versionStanding(version, true) ? ` (${versionStanding(version, true)})` : ''}`,
    footer: signatureLine(version),
    paper: defaultPaper(organization.timeZone),
    kind: 'plan',
    clientId: version.clientId,
    noun: 'treatment plan',
  });
}
