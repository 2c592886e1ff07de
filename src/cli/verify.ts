/** `verify [--against F] [--unsigned]`: the audit chain, the signatures, and (given a backup) the trail since it. */
import { readFileSync } from 'node:fs';
import type { Database } from '../server/db/connection.js';
import { backupKey } from '../server/config.js';
import { parseBackup } from '../server/backup/backup.js';
import { describeFindings } from '../server/backup/validate.js';
import { describeChainProblems } from '../server/audit/chain.js';
import { verifyRecord } from '../server/audit/verify.js';
import type { Parsed } from './args.js';

export async function verifyCommand(database: Database, args: Parsed): Promise<string> {
  const against = typeof args.flags.against === 'string' ? args.flags.against : null;
  let chain = null;
  if (against) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(against);
    } catch {
      throw new Error(`cannot read ${against}`);
    }
    const backup = parseBackup(bytes, { key: backupKey(), allowUnsigned: args.flags.unsigned === true });
    chain = backup.tables.audit_chain ?? [];
  }
  const v = await verifyRecord(database, chain);
  const problems = [
    ...(v.trail.length ? [`the audit trail was changed: ${describeChainProblems(v.trail)}`] : []),
    ...(v.signatures.length ? [`signed records changed: ${describeFindings(v.signatures)}`] : []),
  ];
  if (problems.length) throw new Error(`NOT VERIFIED: ${problems.join('. ')}`);
  const since = against ? `; the trail still holds the ${v.anchored} chain head${v.anchored === 1 ? '' : 's'} recorded in ${against}` : '';
  return `verified: ${v.links} audit rows in ${v.chains} chain${v.chains === 1 ? '' : 's'} unbroken, ${v.signed} signed notes and addenda match their signatures${since}`;
}
