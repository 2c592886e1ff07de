/** The organization settings a service applies: from the request's context, else read. */
import { eq } from 'drizzle-orm';
import type { Db } from '../db/connection.js';
import { organizations } from '../db/schema.js';
import type { Ctx, OrganizationSettings } from './acting-user.js';
import { LATE_ENTRY_HOURS } from '../../domain/session-facts.js';

export async function organizationSettings(tx: Db, ctx: Ctx): Promise<OrganizationSettings> {
  if (ctx.organization) return ctx.organization;
  const [org] = await tx.select({ timeZone: organizations.timeZone, noteFormat: organizations.noteFormat, lateEntryHours: organizations.lateEntryHours }).from(organizations).where(eq(organizations.id, ctx.user.organizationId));
  return { timeZone: org?.timeZone ?? 'UTC', noteFormat: (org?.noteFormat ?? 'SOAP') as OrganizationSettings['noteFormat'], lateEntryHours: org?.lateEntryHours ?? LATE_ENTRY_HOURS };
}
