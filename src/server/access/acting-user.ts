/** The person a service acts for: every service method takes one and checks access first. */
import type { Role } from '../../domain/roles.js';
import type { Db } from '../db/connection.js';

export interface ActingUser {
  id: string;
  organizationId: string;
  roles: Role[];
  name: string;
  email: string;
}

/** Everything a service needs about the request: who, which database, which request (for the audit). */
export interface Ctx {
  db: Db;
  user: ActingUser;
  requestId: string;
  ip?: string;
  /** The current instant; the system clock unless fixed (a report "as of" a day). */
  now?: () => Date;
}
