/**
 * Sign-in throttling. Every attempt is counted before its password is checked, in one statement
 * (INSERT … ON CONFLICT DO UPDATE … WHERE not blocked … RETURNING), so a burst of concurrent guesses
 * cannot all read "not yet blocked" and get through: the row lock serializes them, and an attempt
 * that finds the key blocked changes nothing and gets no row back. A successful sign-in clears its key.
 *
 * - Per account (`account:<lowercased email>`, existing or not, so the answer says nothing about
 *   which emails exist): 5 free tries, then 30 s between tries, doubling up to 15 min; failures are
 *   forgotten after 24 h without an attempt.
 * - Per known device of the account (`device:<token hash>`): the same rule on its own key, so
 *   guesses made elsewhere never delay the real user on their own browser.
 * - Per address (`address:<ip>`), only for emails that are not accounts: 100 failures in 15 min,
 *   then 15 min refused. Known accounts are never refused for their address.
 */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/connection.js';
import { signinThrottle } from '../db/schema.js';

export interface ThrottleRule {
  /** Attempts allowed before the key is blocked. */
  free: number;
  /** The first block, in seconds; each later one doubles it. */
  baseSeconds: number;
  capSeconds: number;
  /** Failures are forgotten after this long without an attempt. */
  forgetSeconds: number;
  /** Start counting afresh once a block has run out (a window), instead of growing the next delay. */
  resetAfterBlock: boolean;
}

export const ACCOUNT_RULE: ThrottleRule = { free: 5, baseSeconds: 30, capSeconds: 15 * 60, forgetSeconds: 24 * 3600, resetAfterBlock: false };
export const ADDRESS_RULE: ThrottleRule = { free: 100, baseSeconds: 15 * 60, capSeconds: 15 * 60, forgetSeconds: 15 * 60, resetAfterBlock: true };

export const accountKey = (email: string) => `account:${email.toLowerCase()}`;
export const deviceKey = (tokenHash: string) => `device:${tokenHash}`;
export const addressKey = (ip: string) => `address:${ip}`;

export type Attempt = { allowed: true; failures: number } | { allowed: false; retryAfterSeconds: number };

/** Counts one attempt under `key`, unless the key is blocked now. */
export async function countAttempt(db: Db, key: string, rule: ThrottleRule): Promise<Attempt> {
  const t = sql.raw('"signin_throttle"');
  const fresh = rule.resetAfterBlock
    ? sql`(${t}."last_attempt_at" < now() - make_interval(secs => ${rule.forgetSeconds}::int) or ${t}."blocked_until" is not null)`
    : sql`(${t}."last_attempt_at" < now() - make_interval(secs => ${rule.forgetSeconds}::int))`;
  const next = sql`(case when ${fresh} then 1 else ${t}."failures" + 1 end)`;
  const blockFor = (n: ReturnType<typeof sql> | number) =>
    sql`(case when ${n} >= ${rule.free}::int
          then now() + make_interval(secs => least(${rule.capSeconds}::int, ${rule.baseSeconds}::int * power(2, least(${n} - ${rule.free}::int, 20))))
          else null end)`;
  const result = (await db.execute(sql`
    insert into "signin_throttle" ("key", "failures", "last_attempt_at", "blocked_until")
    values (${key}, 1, now(), ${blockFor(sql`1`)})
    on conflict ("key") do update set
      "failures" = ${next},
      "last_attempt_at" = now(),
      "blocked_until" = ${blockFor(next)}
    where ${t}."blocked_until" is null or ${t}."blocked_until" <= now()
    returning "failures"`)) as unknown as { rows: { failures: number }[] };
  const [row] = result.rows;
  if (row) return { allowed: true, failures: Number(row.failures) };
  return { allowed: false, retryAfterSeconds: await secondsBlocked(db, key) };
}

/** Seconds until `key` may try again (0 when it may now), without counting an attempt. */
export async function secondsBlocked(db: Db, key: string): Promise<number> {
  const result = (await db.execute(
    sql`select ceil(extract(epoch from ("blocked_until" - now())))::int as s from "signin_throttle" where "key" = ${key}`,
  )) as unknown as { rows: { s: number | null }[] };
  const s = Number(result.rows[0]?.s ?? 0);
  return s > 0 ? s : 0;
}

/** After a successful sign-in: the key's failures are forgotten, and so are rows nobody has used for a day. */
export async function clearAttempts(db: Db, key: string): Promise<void> {
  await db.delete(signinThrottle).where(eq(signinThrottle.key, key));
  await db.execute(sql`delete from "signin_throttle" where "last_attempt_at" < now() - interval '24 hours' and ("blocked_until" is null or "blocked_until" < now())`);
}

