/** The audit trail: every read and write of client data, written in the same transaction as the change. */
import { auditLog } from '../db/schema.js';
import type { Db } from '../db/connection.js';
import type { Ctx } from '../access/acting-user.js';

export const AUDIT_ACTIONS = [
  'read', 'create', 'update', 'delete', 'restore', 'sign', 'cosign', 'export', 'login', 'login-failed', 'logout', 'access-denied',
  // Privileged: clinical access given by someone without it (an admin adding a clinician to a care team).
  'grant-access',
  // A clinical rule gone past with a stated reason (an intervention planned or delivered below its PMA threshold).
  'override',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  action: AuditAction;
  entityType: string;
  entityId?: string | null;
  clientId?: string | null;
  outcome?: 'ok' | 'denied' | 'failed';
  detail?: Record<string, unknown> | null;
}

export async function audit(tx: Db, ctx: Pick<Ctx, 'user' | 'requestId'>, entry: AuditEntry): Promise<void> {
  await auditMany(tx, ctx, [entry]);
}

/** Several audit rows in one statement (one per client a request touched). */
export async function auditMany(tx: Db, ctx: Pick<Ctx, 'user' | 'requestId'>, entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.insert(auditLog).values(
    entries.map((entry) => ({
      organizationId: ctx.user.organizationId,
      actorId: ctx.user.id,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      clientId: entry.clientId ?? null,
      requestId: ctx.requestId,
      outcome: entry.outcome ?? 'ok',
      detail: entry.detail ?? null,
    })),
  );
}

/** Reads of many clients (lists) record which clients were returned, one row per client. */
export async function auditReadMany(tx: Db, ctx: Ctx, entityType: string, clientIds: string[]): Promise<void> {
  await auditMany(tx, ctx, [...new Set(clientIds)].map((clientId) => ({ action: 'read' as const, entityType, entityId: clientId, clientId })));
}
