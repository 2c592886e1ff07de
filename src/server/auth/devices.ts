/**
 * Known devices: after a successful sign-in the browser keeps a random token in a cookie scoped to
 * /api/v1/auth (httpOnly, SameSite=Strict); the database keeps its SHA-256 with the user. A sign-in
 * that presents a known device of the account is throttled under the device's own key.
 */
import { randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/connection.js';
import { signinDevices } from '../db/schema.js';
import { hashToken } from './sessions.js';

export const DEVICE_COOKIE = 'crescendo_device';
export const DEVICE_COOKIE_PATH = '/api/v1/auth';
export const DEVICE_DAYS = 180;

/** The hash of `token` when it is a known device of `userId`, else null. */
export async function knownDevice(db: Db, userId: string, token: string | undefined): Promise<string | null> {
  if (!token || token.length > 100) return null;
  const tokenHash = hashToken(token);
  const [row] = await db
    .select({ tokenHash: signinDevices.tokenHash })
    .from(signinDevices)
    .where(and(eq(signinDevices.tokenHash, tokenHash), eq(signinDevices.userId, userId), sql`${signinDevices.lastUsedAt} > now() - make_interval(days => ${DEVICE_DAYS}::int)`));
  return row ? row.tokenHash : null;
}

/** Marks a known device as used again, or makes a new one; returns the token for the cookie (null: keep the cookie). */
export async function rememberDevice(db: Db, userId: string, knownHash: string | null): Promise<string | null> {
  if (knownHash) {
    await db.update(signinDevices).set({ lastUsedAt: sql`now()` }).where(eq(signinDevices.tokenHash, knownHash));
    return null;
  }
  const token = randomBytes(32).toString('base64url');
  await db.insert(signinDevices).values({ tokenHash: hashToken(token), userId });
  await db.execute(sql`delete from "signin_devices" where "user_id" = ${userId}::uuid and "last_used_at" < now() - make_interval(days => ${DEVICE_DAYS}::int)`);
  return token;
}
