/** Sign-in, first-run setup, and user administration. */
import { and, count, eq, sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { isClinician, type Role, type StaffRole } from '../../domain/roles.js';
import type { Db } from '../db/connection.js';
import { organizations, supervision, users } from '../db/schema.js';
import { Problem, conflict, notFound } from '../http/problem.js';
import type { ActingUser, Ctx } from '../access/acting-user.js';
import { colleaguesOf, requireRole } from '../access/policy.js';
import { audit } from '../audit/audit.js';
import { seedOrganizationLibrary } from '../library/seed.js';
import { checkStoredPassword, dummyHash, hashPassword, passwordProblems, verifyPassword } from './passwords.js';
import { createSession, endAllSessions } from './sessions.js';
import { knownDevice, rememberDevice } from './devices.js';
import { ACCOUNT_RULE, ADDRESS_RULE, accountKey, addressKey, clearAttempts, countAttempt, deviceKey, secondsBlocked } from './throttle.js';

export function checkPassword(password: string, context: string[]): void {
  const problem = passwordProblems(password, context);
  if (problem) throw new Problem(422, `the password ${problem}`, [{ path: 'password', message: problem }]);
}

export async function setupNeeded(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return (row?.n ?? 0) === 0;
}

export interface SetupInput {
  organizationName: string;
  timeZone: string;
  noteFormat: 'SOAP' | 'DAP';
  name: string;
  email: string;
  password: string;
}

/** First run: the organization and its first user (therapist with admin rights); closed once any user exists. */
export async function setupPractice(db: Db, input: SetupInput): Promise<{ user: ActingUser; token: string }> {
  checkPassword(input.password, [input.email.split('@')[0] ?? '', ...input.name.split(/\s+/)]);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    // Serialize concurrent setups: only the first one may create the practice.
    await tx.execute(sql`select pg_advisory_xact_lock(7310001)`);
    if (!(await setupNeeded(tx))) throw new Problem(409, 'this Crescendo is already set up; sign in instead');
    const organizationId = uuidv7();
    await tx.insert(organizations).values({ id: organizationId, name: input.organizationName, timeZone: input.timeZone, noteFormat: input.noteFormat });
    const user: ActingUser = { id: uuidv7(), organizationId, roles: ['admin', 'therapist'], name: input.name, email: input.email.toLowerCase() };
    await tx.insert(users).values({ ...user, passwordHash });
    await seedOrganizationLibrary(tx, organizationId);
    await audit(tx, { user, requestId: 'setup' }, { action: 'create', entityType: 'organization', entityId: organizationId });
    const token = await createSession(tx, user);
    return { user, token };
  });
}

const throttled = (retryAfterSeconds: number) => {
  const seconds = Math.max(1, retryAfterSeconds);
  const wait = seconds < 120 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
  return new Problem(429, `too many sign-in attempts; try again in ${wait}`, undefined, { retryAfterSeconds: seconds });
};

export interface LoginRequest {
  email: string;
  password: string;
  ip: string;
  requestId: string;
  /** The device cookie the browser sent, if any. */
  deviceToken?: string | undefined;
}

/**
 * Sign-in, throttled (throttle.ts): the attempt is counted before the password is checked. `deviceToken`
 * in the answer is a new device cookie to set (null: the browser's one stays).
 */
export async function login(db: Db, req: LoginRequest) {
  const email = req.email.toLowerCase();
  const [row] = await db.select().from(users).where(sql`lower(${users.email}) = ${email}`);
  const device = row ? await knownDevice(db, row.id, req.deviceToken) : null;
  const key = device ? deviceKey(device) : accountKey(email);
  const attempt = await countAttempt(db, key, ACCOUNT_RULE);
  if (!attempt.allowed) throw throttled(attempt.retryAfterSeconds);
  // The address limit counts only emails that are not accounts, and refuses no account's right password.
  let addressWait = 0;
  if (!row) {
    const byAddress = await countAttempt(db, addressKey(req.ip), ADDRESS_RULE);
    if (!byAddress.allowed) addressWait = byAddress.retryAfterSeconds;
  } else addressWait = await secondsBlocked(db, addressKey(req.ip));
  const { ok, rehash } = await checkStoredPassword(req.password, row?.passwordHash ?? (await dummyHash()));
  if (!row || !ok || !row.active) {
    if (row) await audit(db, { user: toActing(row), requestId: req.requestId }, { action: 'login-failed', entityType: 'user', entityId: row.id, outcome: 'failed' });
    // While the address is refused, a wrong password for an account is answered alike, so the answer never tells accounts apart.
    if (addressWait > 0) throw throttled(addressWait);
    throw new Problem(401, 'the email or password is not right', [{ path: 'body.password', message: 'email or password is not right' }]);
  }
  await clearAttempts(db, key);
  // Renew a hash of a lower cost than today's, or one made before passwords were normalized.
  if (rehash)
    await db.update(users).set({ passwordHash: await hashPassword(req.password) }).where(and(eq(users.id, row.id), eq(users.passwordHash, row.passwordHash)));
  const user = toActing(row);
  const token = await createSession(db, user);
  const deviceToken = await rememberDevice(db, row.id, device);
  await audit(db, { user, requestId: req.requestId }, { action: 'login', entityType: 'user', entityId: user.id });
  return { user, token, deviceToken };
}

export function toActing(row: typeof users.$inferSelect): ActingUser {
  return { id: row.id, organizationId: row.organizationId, roles: row.roles as Role[], name: row.name, email: row.email };
}

export async function changePassword(ctx: Ctx, current: string, next: string): Promise<void> {
  const [row] = await ctx.db.select().from(users).where(eq(users.id, ctx.user.id));
  if (!row || !(await verifyPassword(current, row.passwordHash)))
    throw new Problem(422, 'the current password is not right', [{ path: 'body.currentPassword', message: 'is not right' }]);
  checkPassword(next, [ctx.user.email.split('@')[0] ?? '', ...ctx.user.name.split(/\s+/)]);
  const passwordHash = await hashPassword(next);
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, ctx.user.id));
    await endAllSessions(tx as unknown as Db, ctx.user.id);
    await audit(tx as unknown as Db, ctx, { action: 'update', entityType: 'user', entityId: ctx.user.id, detail: { field: 'password' } });
  });
}

export interface UserAddInput {
  email: string;
  name: string;
  roles: StaffRole[];
  password: string;
  credentials?: string | null;
  supervisorId?: string | null;
}

/** Adds a user to the organization (admin only, or the CLI acting as the organization's admin). */
export async function addUser(ctx: Ctx, input: UserAddInput): Promise<ActingUser> {
  requireRole(ctx.user, 'admin');
  checkPassword(input.password, [input.email.split('@')[0] ?? '', ...input.name.split(/\s+/)]);
  const passwordHash = await hashPassword(input.password);
  const user: ActingUser = { id: uuidv7(), organizationId: ctx.user.organizationId, roles: input.roles, name: input.name, email: input.email.toLowerCase() };
  await ctx.db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    const [exists] = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${user.email}`);
    if (exists) throw conflict('a user with this email already exists');
    await tx.insert(users).values({ ...user, passwordHash, credentials: input.credentials ?? null });
    if (input.supervisorId) await linkSupervision(tx, ctx, input.supervisorId, user.id);
    await audit(tx, ctx, { action: 'create', entityType: 'user', entityId: user.id, detail: { roles: input.roles } });
  });
  return user;
}

export async function linkSupervision(tx: Db, ctx: Ctx, supervisorId: string, superviseeId: string): Promise<void> {
  requireRole(ctx.user, 'admin');
  const found = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.organizationId, ctx.user.organizationId), sql`${users.id} in (${supervisorId}::uuid, ${superviseeId}::uuid)`));
  if (found.length !== 2 || supervisorId === superviseeId) throw notFound('supervisor or supervisee');
  await tx.insert(supervision).values({ organizationId: ctx.user.organizationId, supervisorId, superviseeId }).onConflictDoNothing();
}

/** The practice's users as the acting user may see them (colleaguesOf): emails for admins and oneself only. */
export async function listUsers(ctx: Ctx) {
  const seen = await colleaguesOf(ctx.db, ctx.user);
  const rows = await ctx.db.select().from(users).where(eq(users.organizationId, ctx.user.organizationId)).orderBy(users.name);
  const visible = seen.all ? rows : rows.filter((u) => seen.ids.has(u.id) || (seen.activeClinicians && u.active && isClinician(u.roles as Role[])));
  const listed = new Set(visible.map((u) => u.id));
  const sup = await ctx.db.select().from(supervision).where(eq(supervision.organizationId, ctx.user.organizationId));
  return visible.map((u) => ({
    id: u.id,
    email: seen.all || u.id === ctx.user.id ? u.email : null,
    name: u.name,
    roles: u.roles as Role[],
    credentials: u.credentials,
    active: u.active,
    supervisorIds: sup.filter((s) => s.superviseeId === u.id && listed.has(s.supervisorId)).map((s) => s.supervisorId),
  }));
}

export async function deactivateUser(ctx: Ctx, userId: string): Promise<void> {
  requireRole(ctx.user, 'admin');
  await ctx.db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Db;
    const updated = await tx
      .update(users)
      .set({ active: false, deactivatedAt: new Date().toISOString() })
      .where(and(eq(users.id, userId), eq(users.organizationId, ctx.user.organizationId)))
      .returning({ id: users.id });
    if (updated.length === 0) throw notFound('user');
    await endAllSessions(tx, userId);
    await audit(tx, ctx, { action: 'update', entityType: 'user', entityId: userId, detail: { active: false } });
  });
}
