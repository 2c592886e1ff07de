/** `user add`: adds a user to the (single) organization on this database, acting as its admin. */
import { randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { STAFF_ROLES, type StaffRole } from '../domain/roles.js';
import type { Database } from '../server/db/connection.js';
import { organizations, users } from '../server/db/schema.js';
import { addUser, toActing } from '../server/auth/service.js';
import { flag, UsageError, type Parsed } from './args.js';

export const randomPassword = () => randomBytes(12).toString('base64url');

export async function userAdd(database: Database, args: Parsed): Promise<string> {
  const email = flag(args, 'email', true);
  const name = flag(args, 'name', true);
  const roles = flag(args, 'role', true).split(',').map((r) => r.trim()) as StaffRole[];
  // A family account comes only from an accepted invitation.
  const bad = roles.filter((r) => !(STAFF_ROLES as readonly string[]).includes(r));
  if (bad.length) throw new UsageError(`unknown role: ${bad.join(', ')} (roles: ${STAFF_ROLES.join(', ')})`);
  const given = flag(args, 'password');
  const password = given ?? randomPassword();
  const db = database.db;
  const orgs = await db.select().from(organizations);
  if (orgs.length === 0) throw new Error('there is no practice yet: open the web app to create one, or run `demo`');
  if (orgs.length > 1) throw new Error('this database holds several organizations; add users in the web app');
  const [admin] = await db.select().from(users).where(and(eq(users.organizationId, orgs[0]!.id), sql`'admin' = any(${users.roles})`, eq(users.active, true)));
  if (!admin) throw new Error('the organization has no active admin');
  let supervisorId: string | null = null;
  const supervisorEmail = flag(args, 'supervisor');
  if (supervisorEmail) {
    const [s] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${supervisorEmail.toLowerCase()}`);
    if (!s) throw new Error(`no user with the email ${supervisorEmail}`);
    supervisorId = s.id;
  }
  const user = await addUser({ db, user: toActing(admin), requestId: 'cli' }, { email, name, roles, password, supervisorId });
  return `added ${user.email} (${roles.join(', ')})${given ? '' : ` with password ${password}`}`;
}
