/**
 * Who authors and signs a client report: ONE rule, used by every client report.
 *
 * The treating therapist writes and signs what is said about their client. In order, the first
 * that applies:
 * - the preparer treats the client (on the care team as its primary clinician, or as a therapist
 *   or intern on it): the preparer is the author;
 * - someone else prepares it (a supervisor or an admin who does not treat the client): the author
 *   is the client's own therapist (the care team's primary clinician, else its first therapist),
 *   and the preparer appears as "Reviewed by";
 * - the care team names no treating therapist: the preparer is the author.
 * An intern author's report needs a supervisor's co-signature (documentsUnderSupervision).
 */
import { documentsUnderSupervision, type Role } from '../roles.js';
import type { ReportPerson } from './inputs.js';

export interface Authorship {
  author: ReportPerson;
  reviewedBy: ReportPerson | null;
  needsCosign: boolean;
}

const same = (a: ReportPerson, b: ReportPerson) => (a.id && b.id ? a.id === b.id : a.name === b.name);
const treatsWith = (roles: readonly Role[] | undefined) => roles === undefined || roles.includes('therapist') || roles.includes('intern');
/** A care-team member who treats the client: its primary clinician, or a therapist or intern on it. */
const treats = (m: ReportPerson) => m.role === 'primary' || treatsWith(m.roles);

export function authorship(preparer: ReportPerson & { isIntern: boolean }, careTeam: readonly ReportPerson[]): Authorship {
  const onTeam = careTeam.find((m) => same(m, preparer));
  if (onTeam && treats(onTeam)) return { author: preparer, reviewedBy: null, needsCosign: preparer.isIntern };
  const own = careTeam.find((m) => m.role === 'primary' && treats(m)) ?? careTeam.find((m) => m.roles?.includes('therapist')) ?? careTeam.find(treats);
  if (!own) return { author: preparer, reviewedBy: null, needsCosign: preparer.isIntern };
  return { author: own, reviewedBy: preparer, needsCosign: own.roles !== undefined && documentsUnderSupervision(own.roles) };
}
