/** The signed-in user, for every screen. */
import { createContext, useContext } from 'react';
import type { Me } from '../api/types.js';
import { documentsUnderSupervision, type Role } from '../../domain/roles.js';

export const MeContext = createContext<Me | null>(null);

export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe outside the signed-in app');
  return me;
}

export const canPlan = (me: Me) => me.roles.some((r) => r === 'therapist' || r === 'supervisor');
export const isSupervisor = (me: Me) => me.roles.includes('supervisor');
/** The caseload outcome report is open to clinicians (their own caseload and those they supervise). */
export const canSeeOutcomes = (me: Me) => me.roles.some((r) => r === 'therapist' || r === 'supervisor' || r === 'intern');
export const canChangeCareTeam = (me: Me) => me.roles.some((r) => r === 'therapist' || r === 'supervisor' || r === 'admin');
/** Clinical records of a client on one's care team (or a supervisee's) are read and written by clinicians alike; an admin sees demographics only. */
export const canWriteClinical = (me: Me) => me.roles.some((r) => r === 'therapist' || r === 'supervisor' || r === 'intern');
/** An intern documents under supervision: what they sign (a note, a plan version) waits for the supervisor's co-signature. */
export const signsUnderSupervision = (me: Me) => documentsUnderSupervision(me.roles as Role[]);
/** A plan version is drafted and signed by a planner, or by an intern whose signature then waits for the co-signature. */
export const canSignPlan = (me: Me) => canPlan(me) || signsUnderSupervision(me);
