/** Who uses Crescendo, and what each role may do with client records. */
import { z } from 'zod';

export const ROLES = ['admin', 'supervisor', 'therapist', 'intern'] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES);

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
