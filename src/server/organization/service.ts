/** The practice's settings: every member reads them (the rules they apply); only an admin changes them, audited with before and after. */
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { settingsFaults } from '../../domain/organization.js';
import type { organizationSettingsUpdateSchema, OrganizationSettingsOut } from '../../domain/schemas/organization.js';
import type { OthersInChart } from '../../domain/group-note.js';
import type { NoteFormatName } from '../../domain/session-facts.js';
import type { ProgressCodeSettings } from '../../domain/reports/iep.js';
import type { Ctx } from '../access/acting-user.js';
import { inRead, inTransaction } from '../access/run.js';
import { requireRole } from '../access/policy.js';
import { audit } from '../audit/audit.js';
import type { Db } from '../db/connection.js';
import { defined, staleVersion } from '../db/versioned.js';
import { organizations } from '../db/schema.js';
import { notFound, ruleBroken } from '../http/problem.js';

type Row = typeof organizations.$inferSelect;
const out = (o: Row): OrganizationSettingsOut => ({
  id: o.id, version: o.version, name: o.name, timeZone: o.timeZone, noteFormat: o.noteFormat as NoteFormatName,
  requiredNoteSections: o.requiredNoteSections as OrganizationSettingsOut['requiredNoteSections'], lateEntryHours: o.lateEntryHours,
  progressCodes: (o.progressCodes ?? {}) as ProgressCodeSettings, nicuLiveMusicMinPmaWeeks: o.nicuLiveMusicMinPmaWeeks,
  groupNoteOthers: o.groupNoteOthers as OthersInChart,
});

async function own(tx: Db, ctx: Ctx): Promise<Row> {
  const [row] = await tx.select().from(organizations).where(eq(organizations.id, ctx.user.organizationId));
  if (!row) throw notFound('the organization');
  return row;
}

/** Any member of the practice: the settings are the rules its documents follow, not client data. */
export async function getSettings(ctx: Ctx) {
  return inRead(ctx, async (tx) => out(await own(tx, ctx)));
}

export async function updateSettings(ctx: Ctx, input: z.output<typeof organizationSettingsUpdateSchema>) {
  return inTransaction(ctx, async (tx) => {
    requireRole(ctx.user, 'admin');
    const { version, ...changes } = input;
    const set = defined(changes);
    if (Object.keys(set).length === 0) throw ruleBroken('say what changes', [{ path: 'body', message: 'no setting given' }]);
    const before = await own(tx, ctx);
    const next = { ...out(before), ...set };
    const faults = settingsFaults(next);
    if (faults.length) throw ruleBroken('a required note section must be one the therapist writes in the practice’s note format', faults, 'note-section-unknown');
    const [row] = await tx
      .update(organizations)
      .set({ ...set, version: sql`${organizations.version} + 1` })
      .where(and(eq(organizations.id, before.id), eq(organizations.version, version)))
      .returning();
    if (!row) throw staleVersion(version, before.version, 'the settings were');
    const was = out(before);
    const changed = Object.fromEntries(Object.keys(set).map((k) => [k, { from: was[k as keyof typeof was], to: out(row)[k as keyof typeof was] }]));
    await audit(tx, ctx, { action: 'update', entityType: 'organization', entityId: row.id, detail: { changed } });
    return out(row);
  });
}
