/**
 * A family member's access: the clients they are linked to by an accepted link that is not revoked,
 * and, for each, what the clinician shares. Another client, or a thing not shared, is not found (404).
 */
import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import type { FamilyShare } from '../../domain/family.js';
import { isFamily } from '../../domain/roles.js';
import type { Ctx } from '../access/acting-user.js';
import { AccessDenied } from '../access/policy.js';
import type { Db } from '../db/connection.js';
import { clients, familyLinks } from '../db/schema.js';
import { forbidden } from '../http/problem.js';

export type LinkRow = typeof familyLinks.$inferSelect;

/** The family member's live links with their clients (not deleted), oldest first. */
export async function liveLinks(tx: Db, ctx: Ctx) {
  return tx
    .select({ link: familyLinks, client: clients })
    .from(familyLinks)
    .innerJoin(clients, eq(clients.id, familyLinks.clientId))
    .where(and(eq(familyLinks.userId, ctx.user.id), eq(familyLinks.organizationId, ctx.user.organizationId), isNotNull(familyLinks.acceptedAt), isNull(familyLinks.revokedAt), isNull(clients.deletedAt)))
    .orderBy(familyLinks.acceptedAt);
}

/** The first line of every family service: the link to this client, or 404. */
export async function requireFamilyClient(tx: Db, ctx: Ctx, clientId: string) {
  if (!isFamily(ctx.user.roles)) throw forbidden('these pages are for family members');
  const found = (await liveLinks(tx, ctx)).find((l) => l.client.id === clientId);
  if (!found) throw new AccessDenied(clientId, 404, 'client was not found');
  return { ...found, shares: new Set((found.link.consentShares ?? []) as FamilyShare[]) };
}
