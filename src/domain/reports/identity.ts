/** The parts every client report shares: who the client is, who prepared it, where it signs. */
import { authorship } from './authorship.js';
import { pmaLine } from '../nicu.js';
import type { ReportInput, ReportPerson } from './inputs.js';
import { ageOn, clientStatusLabel, formatDate, populationLabel, settingLabel, type Voice } from './words.js';

export interface Fact {
  label: string;
  value: string;
}

export interface Identity {
  name: string;
  /** The name used in sentences: preferred name, else first name. */
  callName: string;
  facts: Fact[];
  referralReason: string;
}

export interface SignatureBlock {
  /** The treating therapist, who authors and signs (authorship.ts). */
  author: string;
  credentials: string | null;
  /** "Name, credentials" of a supervisor or admin who prepared it for the author; null when the author did. */
  reviewedBy: string | null;
  preparedOn: string;
  /** An intern's report is co-signed by the supervisor. */
  needsCosign: boolean;
  organization: string;
}

export function callName(c: ReportInput['client']): string {
  return c.preferredName || c.firstName;
}

export function identity(input: ReportInput, voice: Voice): Identity {
  const c = input.client;
  const name = `${c.firstName}${c.preferredName && c.preferredName !== c.firstName ? ` “${c.preferredName}”` : ''} ${c.lastName}`;
  const facts: Fact[] = [{ label: 'Name', value: name }];
  if (c.birthDate) facts.push({ label: 'Date of birth', value: `${formatDate(c.birthDate)} (age ${ageOn(c.birthDate, input.preparedOn)})` });
  const pma = pmaLine({ birthDate: c.birthDate, gestationalAgeWeeks: c.gestationalAgeWeeks ?? null, gestationalAgeDays: c.gestationalAgeDays ?? null }, input.preparedOn);
  if (pma) facts.push({ label: 'Gestational age', value: pma });
  if (voice === 'clinical') {
    if (c.populations.length) facts.push({ label: 'Population', value: c.populations.map(populationLabel).join('; ') });
    if (c.diagnoses.length) facts.push({ label: 'Diagnoses', value: c.diagnoses.map((d) => (d.code ? `${d.label} (${d.code})` : d.label)).join('; ') });
    facts.push({ label: 'Setting', value: settingLabel(c.setting) }, { label: 'Status', value: clientStatusLabel(c.status) });
    if (c.referral.source || c.referral.referredOn)
      facts.push({ label: 'Referred', value: [c.referral.source, c.referral.referredOn ? `on ${formatDate(c.referral.referredOn)}` : ''].filter(Boolean).join(' ') });
  } else {
    facts.push({ label: 'Where we meet', value: settingLabel(c.setting) });
  }
  if (c.guardians.length) facts.push({ label: voice === 'family' ? 'Family' : 'Guardians', value: c.guardians.map((g) => (g.relationship ? `${g.name} (${g.relationship})` : g.name)).join('; ') });
  // The family reads the name of the client's own therapist; the record lists the whole care team.
  if (voice === 'family') facts.push({ label: 'Music therapist', value: personText(authorship(input.preparedBy, c.careTeam).author) });
  else if (c.careTeam.length) facts.push({ label: 'Care team', value: c.careTeam.map(personText).join('; ') });
  facts.push({ label: 'Report period', value: `${formatDate(input.period.from)} – ${formatDate(input.period.to)}` });
  return { name, callName: callName(c), facts, referralReason: c.referral.reason.trim() };
}

export function personText(p: ReportPerson): string {
  return p.credentials ? `${p.name}, ${p.credentials}` : p.name;
}

export function signature(input: ReportInput): SignatureBlock {
  const a = authorship(input.preparedBy, input.client.careTeam);
  return {
    author: a.author.name,
    credentials: a.author.credentials,
    reviewedBy: a.reviewedBy ? personText(a.reviewedBy) : null,
    preparedOn: formatDate(input.preparedOn),
    needsCosign: a.needsCosign,
    organization: input.organization,
  };
}

/** The running footer of a printed report: "Prepared 3 Mar 2026 by …; reviewed by …". */
export function signatureLine(s: SignatureBlock): string {
  return `Prepared ${s.preparedOn} by ${s.author}${s.credentials ? `, ${s.credentials}` : ''}${s.reviewedBy ? `; reviewed by ${s.reviewedBy}` : ''}`;
}
