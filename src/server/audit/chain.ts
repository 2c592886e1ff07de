/**
 * The audit trail's hash chain (migration 0017): each organization's audit rows are linked at commit,
 * each link a sha256 over the row and the link before it. A row edited, removed or slipped in
 * afterwards breaks the chain from that point; `crescendo verify` and every restore check it here.
 * A chain can be recomputed by whoever can write the database, so its head is kept in every signed
 * backup: `verify --against` finds a trail rewritten since that backup.
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../db/connection.js';

export interface ChainProblem {
  chain: string;
  seq: number | null;
  auditId: number | null;
  problem: string;
}

export interface ChainHead {
  chain: string;
  seq: number;
  hash: string;
  links: number;
}

type Result<T> = { rows: T[] };
const rowsOf = async <T>(tx: Db, query: ReturnType<typeof sql>) => ((await tx.execute(query)) as unknown as Result<T>).rows;

/** Every break in every chain, oldest first; none when the trail is as it was written. */
export async function chainProblems(tx: Db, limit = 100): Promise<ChainProblem[]> {
  const links = await rowsOf<{ chain: string; seq: string; audit_id: string; problem: string }>(tx, sql`
    select chain, seq, audit_id, problem from (
      select c.chain, c.seq, c.audit_id,
        case
          when a.id is null then 'the audit row this link covers is missing'
          when crescendo_audit_chain_of(a.organization_id) <> c.chain then 'the audit row was moved to another organization'
          when c.prev_hash <> lag(c.hash, 1, '') over w then 'the link does not follow the one before it (a row was removed or slipped in)'
          when c.hash <> crescendo_audit_link(c.prev_hash, a) then 'the audit row was changed after it was written'
        end as problem
      from audit_chain c left join audit_log a on a.id = c.audit_id
      window w as (partition by c.chain order by c.seq)
    ) checked where problem is not null order by seq limit ${limit}`);
  const unlinked = await rowsOf<{ chain: string; id: string }>(tx, sql`
    select crescendo_audit_chain_of(a.organization_id) as chain, a.id from audit_log a
    where not exists (select 1 from audit_chain c where c.audit_id = a.id) order by a.id limit ${limit}`);
  return [
    ...links.map((r) => ({ chain: r.chain, seq: Number(r.seq), auditId: Number(r.audit_id), problem: r.problem })),
    ...unlinked.map((r) => ({ chain: r.chain, seq: null, auditId: Number(r.id), problem: 'the audit row has no link (written with the chain switched off)' })),
  ].slice(0, limit);
}

/** The last link of every chain, with how many links it has. */
export async function chainHeads(tx: Db): Promise<ChainHead[]> {
  const rows = await rowsOf<{ chain: string; seq: string; hash: string; links: string }>(tx, sql`
    select distinct on (chain) chain, seq, hash, count(*) over (partition by chain) as links
    from audit_chain order by chain, seq desc`);
  return rows.map((r) => ({ chain: r.chain, seq: Number(r.seq), hash: r.hash, links: Number(r.links) }));
}

/**
 * Where the trail disagrees with an earlier record of its chain heads (a signed backup's): each head
 * must still be in the chain, unchanged. Links after it are what was written since.
 */
export async function headsMissing(tx: Db, heads: Pick<ChainHead, 'chain' | 'seq' | 'hash'>[]): Promise<ChainProblem[]> {
  const problems: ChainProblem[] = [];
  for (const head of heads) {
    const [now] = await rowsOf<{ chain: string; hash: string }>(tx, sql`select chain, hash from audit_chain where seq = ${head.seq}`);
    if (!now || now.chain !== head.chain || now.hash !== head.hash)
      problems.push({ chain: head.chain, seq: head.seq, auditId: null, problem: 'the trail up to this link is not the one the backup recorded: it was rewritten since' });
  }
  return problems;
}

/** Links every audit row that has none, in the order written (a restore of a backup from before the chain). */
export async function linkUnlinked(tx: Db): Promise<number> {
  const [r] = await rowsOf<{ n: string }>(tx, sql`select crescendo_link_unlinked_audit() as n`);
  return Number(r?.n ?? 0);
}

export const describeChainProblems = (found: ChainProblem[]) =>
  found.slice(0, 5).map((p) => `${p.seq !== null ? `link ${p.seq}` : `audit row ${p.auditId}`}: ${p.problem}`).join('; ') +
  (found.length > 5 ? `; and ${found.length - 5} more` : '');
