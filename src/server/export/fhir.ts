/** FHIR R4 export: loads the records of a scope, maps them (domain/fhir.ts) and audits the export. */
import { createHash, randomUUID } from 'node:crypto';
import { v5 as uuidv5 } from 'uuid';
import type { Bundle } from '@medplum/fhirtypes';
import { toFhirBundle, type ExportRecords } from '../../domain/fhir.js';
import type { Ctx } from '../access/acting-user.js';
import { inTransaction } from '../access/run.js';
import { loadRecords } from './load.js';
import { auditExport, checkScope, clientsOf, type ExportScope } from './scope.js';

/** The namespace of the name-based UUIDs of resources that have no row of their own (RFC 9562 v5). */
export const DERIVED_ID_NAMESPACE = '0d6c3f52-8a4e-4c53-9b8e-5f1d2f6a7c31';

export function bundleOf(records: ExportRecords, timestamp = new Date().toISOString()): Bundle {
  return toFhirBundle(records, {
    bundleId: randomUUID(),
    timestamp,
    derivedId: (name) => uuidv5(name, DERIVED_ID_NAMESPACE),
    sha1Base64: (bytes) => createHash('sha1').update(bytes).digest('base64'),
  });
}

export function countByType(bundle: Bundle): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const e of bundle.entry ?? []) if (e.resource) counts[e.resource.resourceType] = (counts[e.resource.resourceType] ?? 0) + 1;
  return counts;
}

/** The Bundle of one scope; the export is audited in the same transaction as the reads. */
export async function exportFhir(ctx: Ctx, scope: ExportScope): Promise<Bundle> {
  checkScope(ctx, scope);
  return inTransaction(ctx, async (tx) => {
    const clientIds = await clientsOf(tx, ctx, scope);
    const bundle = bundleOf(await loadRecords(tx, ctx.user.organizationId, clientIds));
    await auditExport(tx, ctx, scope, clientIds, { format: 'fhir-r4', bundleId: bundle.id, resources: bundle.entry?.length ?? 0 });
    return bundle;
  });
}

export const clientFhir = (ctx: Ctx, clientId: string) => exportFhir(ctx, { kind: 'client', clientId });
export const caseloadFhir = (ctx: Ctx) => exportFhir(ctx, { kind: 'caseload' });
