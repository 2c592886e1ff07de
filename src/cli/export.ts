/**
 * `export fhir --out F [--client ID]` and `export csv --out DIR`: the whole organization (or one
 * client), read as the organization's admin. Whoever runs the CLI holds the data directory or the
 * database URL, and so every record; the export is still written to the audit trail.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../server/db/connection.js';
import { organizations, users } from '../server/db/schema.js';
import type { Ctx } from '../server/access/acting-user.js';
import { toActing } from '../server/auth/service.js';
import { countByType, exportFhir } from '../server/export/fhir.js';
import { exportCsv } from '../server/export/tables.js';
import { flag, type Parsed } from './args.js';

/** The organization's admin, acting for the CLI. */
export async function organizationAdminCtx(database: Database): Promise<Ctx> {
  const db = database.db;
  const orgs = await db.select().from(organizations);
  if (orgs.length === 0) throw new Error('there is no practice yet: open the web app to create one, or run `demo`');
  if (orgs.length > 1) throw new Error('this database holds several organizations; export from the web app');
  const [admin] = await db
    .select()
    .from(users)
    .where(and(eq(users.organizationId, orgs[0]!.id), sql`'admin' = any(${users.roles})`, eq(users.active, true)))
    .orderBy(asc(users.createdAt));
  if (!admin) throw new Error('the organization has no active admin');
  return { db, user: toActing(admin), requestId: 'cli' };
}

function writeAtomically(file: string, content: string): void {
  const tmp = `${file}.partial`;
  writeFileSync(tmp, content, { mode: 0o600 });
  renameSync(tmp, file);
}

export async function exportFhirCommand(database: Database, args: Parsed): Promise<string> {
  const out = flag(args, 'out', true);
  const clientId = flag(args, 'client');
  const ctx = await organizationAdminCtx(database);
  const bundle = await exportFhir(ctx, { kind: 'organization', ...(clientId ? { clientId } : {}) });
  writeAtomically(out, `${JSON.stringify(bundle, null, 2)}\n`);
  const counts = Object.entries(countByType(bundle)).map(([type, n]) => `${type} ${n}`).join(', ');
  return `wrote ${out}: FHIR R4 Bundle of ${bundle.entry?.length ?? 0} resources (${counts || 'none'})`;
}

export async function exportCsvCommand(database: Database, args: Parsed): Promise<string> {
  const dir = flag(args, 'out', true);
  const ctx = await organizationAdminCtx(database);
  const { files, rows } = await exportCsv(ctx, { kind: 'organization' });
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeAtomically(path.join(dir, name), content);
  return `wrote ${Object.keys(files).length} files to ${dir}: ${Object.entries(rows).map(([name, n]) => `${name} ${n} rows`).join(', ')}`;
}
