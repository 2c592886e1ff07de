/**
 * `crescendo verify`: is the record as it was written? The audit trail's hash chain unbroken, every
 * signed note and addendum still matching its signature, and (given a backup) the trail still holding
 * the chain heads that backup recorded. Read-only, from one snapshot.
 */
import { sql } from 'drizzle-orm';
import type { Database, Db } from '../db/connection.js';
import { checkSignatures, type Finding } from '../backup/validate.js';
import type { Rows } from '../backup/backup.js';
import { chainHeads, chainProblems, headsMissing, type ChainHead, type ChainProblem } from './chain.js';

export interface Verdict {
  links: number;
  chains: number;
  signed: number;
  trail: ChainProblem[];
  signatures: Finding[];
  /** Chain heads of the backup given, checked against the trail. */
  anchored: number;
}

/** The last link of each chain in a backup's audit_chain rows. */
export function headsOf(chainRows: Rows): Pick<ChainHead, 'chain' | 'seq' | 'hash'>[] {
  const last = new Map<string, { chain: string; seq: number; hash: string }>();
  for (const r of chainRows) {
    const link = { chain: String(r.chain), seq: Number(r.seq), hash: String(r.hash) };
    if ((last.get(link.chain)?.seq ?? -1) < link.seq) last.set(link.chain, link);
  }
  return [...last.values()];
}

export async function verifyRecord(database: Database, backupChain: Rows | null = null): Promise<Verdict> {
  let verdict!: Verdict;
  await database.db.transaction(
    async (txRaw) => {
      const tx = txRaw as unknown as Db;
      const heads = await chainHeads(tx);
      const trail = await chainProblems(tx);
      const signatures = await checkSignatures(tx);
      const anchors = backupChain ? headsOf(backupChain) : [];
      trail.push(...(await headsMissing(tx, anchors)));
      const counted = (await tx.execute(sql`select (select count(*) from notes where signed_at is not null) + (select count(*) from addenda) as n`)) as unknown as { rows: { n: string }[] };
      verdict = {
        links: heads.reduce((n, h) => n + h.links, 0),
        chains: heads.length,
        signed: Number(counted.rows[0]?.n ?? 0),
        trail,
        signatures,
        anchored: anchors.length,
      };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  return verdict;
}
