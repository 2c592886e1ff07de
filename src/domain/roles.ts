/** Who uses Crescendo, and what each role may do with client records. */
import { z } from 'zod';

/**
 * The practice's staff roles, and `family`: a parent, guardian, carer or the adult client, who sees
 * only the family pages of the clients they are linked to (domain/family.ts). The family role comes
 * only with an accepted invitation, never with staff roles.
 */
export const STAFF_ROLES = ['admin', 'supervisor', 'therapist', 'intern'] as const;
export const ROLES = [...STAFF_ROLES, 'family'] as const;
export type Role = (typeof ROLES)[number];
export type StaffRole = (typeof STAFF_ROLES)[number];
export const roleSchema = z.enum(ROLES);
export const staffRoleSchema = z.enum(STAFF_ROLES);

/** A family account: it reaches only the routes made for families. */
export const isFamily = (roles: readonly Role[]): boolean => roles.includes('family');

export const CLINICAL_ROLES: readonly Role[] = ['supervisor', 'therapist', 'intern'];

export function isClinician(roles: readonly Role[]): boolean {
  return roles.some((r) => CLINICAL_ROLES.includes(r));
}

/** An intern (who is not also a therapist or supervisor) documents under supervision: what they sign needs a co-signature. */
export function documentsUnderSupervision(roles: readonly Role[]): boolean {
  return roles.includes('intern') && !roles.some((r) => r === 'therapist' || r === 'supervisor');
}

/** Passwords: at least 12 characters and not a commonly used password. */
export const PASSWORD_MIN_LENGTH = 12;
