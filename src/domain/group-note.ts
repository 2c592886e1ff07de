/**
 * The group note: one shared part for a group session (the group's purpose, the process, membership
 * and attendance) and each attending member's own data section (drafted as an individual note's
 * objective part: notes.ts). Each member's chart keeps its own note with a copy of the shared part in
 * which the other members appear as the practice decides: by default as a count, never by name, so a
 * member's record holds no other client's identity (HIPAA minimum necessary, 45 CFR 164.502(b)).
 */
import { ABSENCE_REASON_WORDS, attended, minutesTaken, type AbsenceReason, type AttendanceRecord } from './session-facts.js';
import { sentence } from './notes.js';

/** How a member's chart copy names the other members: 'count' ("3 other group members"), or their first names. */
export const OTHERS_IN_CHART = ['count', 'first_names'] as const;
export type OthersInChart = (typeof OTHERS_IN_CHART)[number];

export interface GroupMember extends AttendanceRecord {
  clientId: string;
  /** The name the record uses (preferred, else first name). */
  name: string;
}

/** The shared part as the therapist signs it. */
export interface GroupSections {
  purpose: string;
  process: string;
  membership: string;
}

/** The shared part's sections in the order every document shows them, with their headings. */
export const GROUP_SECTIONS = ['purpose', 'process', 'membership'] as const;
export const GROUP_SECTION_LABELS: Record<keyof GroupSections, string> = { purpose: 'Group purpose', process: 'Process', membership: 'Membership and attendance' };

/** One member's attendance line: minutes taken part, or the absence and its reason. */
export function memberAttendanceLine(m: GroupMember, lengthMinutes: number): string {
  switch (m.attendance) {
    case 'present':
      return `${m.name}: attended, ${minutesTaken(lengthMinutes, m)} minutes.`;
    case 'late':
      return `${m.name}: arrived ${m.lateMinutes ? `${m.lateMinutes} minutes ` : ''}late, ${minutesTaken(lengthMinutes, m)} minutes.`;
    case 'left_early':
      return `${m.name}: left ${m.leftEarlyMinutes ? `${m.leftEarlyMinutes} minutes ` : ''}early, ${minutesTaken(lengthMinutes, m)} minutes.`;
    case 'absent':
      return `${m.name}: absent${m.absenceReason ? ` (${ABSENCE_REASON_WORDS[m.absenceReason as AbsenceReason] ?? m.absenceReason})` : ''}.`;
    case 'cancelled':
      return `${m.name}: session cancelled for this member.`;
    default:
      return `${m.name}: attendance not recorded.`;
  }
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The group note's membership: how many members, then every member's attendance line, by name. */
export function groupMembership(members: readonly GroupMember[], lengthMinutes: number): string {
  const came = members.filter((m) => attended(m.attendance)).length;
  return [`${plural(members.length, 'member', 'members')}, ${came} attended:`, ...members.map((m) => `• ${memberAttendanceLine(m, lengthMinutes)}`)].join('\n');
}

/**
 * The membership as one member's chart shows it: that member's own line in full, and the others as
 * the practice decides. With 'count' they are a number only; with 'first_names' their first names and
 * whether they attended. Never another member's absence reason or minutes: those are their health record.
 */
export function membershipInChart(members: readonly GroupMember[], forClientId: string, lengthMinutes: number, policy: OthersInChart = 'count'): string {
  const self = members.find((m) => m.clientId === forClientId);
  const others = members.filter((m) => m.clientId !== forClientId);
  const lines = self ? [memberAttendanceLine(self, lengthMinutes)] : [];
  if (others.length === 0) return [...lines, 'No other group members.'].join('\n');
  const came = others.filter((m) => attended(m.attendance));
  if (policy === 'first_names') {
    const away = others.filter((m) => !attended(m.attendance));
    const parts = [came.length ? `attended: ${came.map((m) => m.name).join(', ')}` : '', away.length ? `did not attend: ${away.map((m) => m.name).join(', ')}` : ''].filter(Boolean);
    lines.push(sentence(`Other group members ${parts.join('; ')}`));
  } else {
    const absent = others.length - came.length;
    lines.push(`${plural(others.length, 'other group member', 'other group members')}: ${came.length} attended${absent ? `, ${absent} did not` : ''}.`);
  }
  return lines.join('\n');
}

/** A member's chart copy of the shared part: the purpose and the process as written, the membership by the rule above. */
export function chartCopy(shared: Pick<GroupSections, 'purpose' | 'process'>, members: readonly GroupMember[], forClientId: string, lengthMinutes: number, policy: OthersInChart = 'count'): GroupSections {
  return { purpose: shared.purpose, process: shared.process, membership: membershipInChart(members, forClientId, lengthMinutes, policy) };
}

/** The group's purpose, drafted from the goal domains its delivered interventions served (the therapist rewrites it). */
export function draftGroupPurpose(groupName: string | null, domains: readonly string[]): string {
  const unique = [...new Set(domains)];
  if (unique.length === 0) return '';
  return sentence(`${groupName ? `${groupName}: ` : ''}a group working on ${unique.map((d) => d.toLowerCase()).join('; ')}`);
}

/**
 * The process: each delivered intervention with the music used for the whole group (music recorded for
 * one member stays in that member's own section). No objective and no member is named here.
 */
export function draftGroupProcess(interventions: readonly { name: string; technique: string; music: string[]; delivered: boolean }[]): string {
  const done = interventions.filter((iv) => iv.delivered);
  const lines = done.map((iv) => sentence(`• ${iv.name} (${iv.technique.replace(/_/g, ' ')})${iv.music.length ? ` — ${iv.music.join('; ')}` : ''}`));
  const planned = interventions.filter((iv) => !iv.delivered);
  if (planned.length) lines.push(sentence(`Planned and not delivered: ${planned.map((iv) => iv.name).join('; ')}`));
  return [done.length ? 'Interventions delivered to the group:' : 'No intervention was delivered to the group.', ...lines].join('\n');
}
