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

/** The acting user's organization's settings that services apply (the clinic's time zone, its note format, its late-entry window). */
export interface OrganizationSettings {
  timeZone: string;
  noteFormat: 'SOAP' | 'DAP';
  /** Hours after a session's end beyond which a signed note is a late entry. */
  lateEntryHours: number;
}

/** Everything a service needs about the request: who, which database, which request (for the audit). */
export interface Ctx {
  db: Db;
  user: ActingUser;
  /** Read with the sign-in session on every request; services read it themselves when absent (organizationSettings). */
  organization?: OrganizationSettings;
  requestId: string;
  ip?: string;
  /** The current instant; the system clock unless fixed (a report "as of" a day). */
  now?: () => Date;
}

/** The current instant of a request, in milliseconds: its fixed clock, or the system's. */
export const nowOf = (ctx: Pick<Ctx, 'now'>): number => (ctx.now?.() ?? new Date()).getTime();
