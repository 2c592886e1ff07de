/**
 * What happened in a session, as the record states it: who attended and for how long, when the
 * session really started and ended, and whether its time has come for data and for a signed note.
 * Every note, report, export and bill reads these rules from here.
 */
import { z } from 'zod';

/** `expected` is "not recorded yet"; `cancelled` is kept for records made before absence reasons. */
export const ATTENDANCE = ['expected', 'present', 'late', 'left_early', 'absent', 'cancelled'] as const;
export type Attendance = (typeof ATTENDANCE)[number];

/** Why a client missed a session, as practices count it (hospice and NICU: asleep or declined). */
export const ABSENCE_REASONS = ['client_cancelled', 'therapist_cancelled', 'illness', 'hospitalised', 'asleep_or_declined', 'no_show'] as const;
export type AbsenceReason = (typeof ABSENCE_REASONS)[number];

export const ABSENCE_REASON_WORDS: Record<AbsenceReason, string> = {
  client_cancelled: 'client cancelled',
  therapist_cancelled: 'therapist cancelled',
  illness: 'illness',
  hospitalised: 'hospitalized',
  asleep_or_declined: 'asleep or declined',
  no_show: 'no-show',
};

const ATTENDED: ReadonlySet<string> = new Set(['present', 'late', 'left_early']);
const MISSED: ReadonlySet<string> = new Set(['absent', 'cancelled']);

/** Attended: present, late or left early. The one definition every summary, note and report uses. */
export const attended = (attendance: string): boolean => ATTENDED.has(attendance);
/** Missed: absent (with a reason) or cancelled for this client; their data does not count. */
export const missed = (attendance: string): boolean => MISSED.has(attendance);

export const attendanceFields = {
  attendance: z.enum(ATTENDANCE),
  absenceReason: z.enum(ABSENCE_REASONS).nullable().optional(),
  lateMinutes: z.number().int().min(1).max(480).nullable().optional(),
  leftEarlyMinutes: z.number().int().min(1).max(480).nullable().optional(),
};

export interface AttendanceRecord {
  attendance: string;
  absenceReason?: string | null;
  lateMinutes?: number | null;
  leftEarlyMinutes?: number | null;
}

export interface FieldProblem {
  path: string;
  message: string;
}

/** An attendance record says only what fits it: a reason for an absence, minutes for late or leaving early. */
export function checkAttendance(a: AttendanceRecord, at = 'body'): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (a.absenceReason && a.attendance !== 'absent') out.push({ path: `${at}.absenceReason`, message: 'a reason is given only for an absence' });
  if (a.lateMinutes && a.attendance !== 'late') out.push({ path: `${at}.lateMinutes`, message: 'minutes late are given only when the client arrived late' });
  if (a.leftEarlyMinutes && a.attendance !== 'left_early') out.push({ path: `${at}.leftEarlyMinutes`, message: 'minutes missed at the end are given only when the client left early' });
  return out;
}

export interface SessionTimes {
  startsAt: string;
  durationMinutes: number;
  actualStartAt?: string | null;
  actualEndAt?: string | null;
  status: string;
}

/** The session's length: from the recorded start and end when both are known, else the planned length. */
export function sessionLength(s: SessionTimes): { minutes: number; source: 'recorded' | 'planned' } {
  if (s.actualStartAt && s.actualEndAt) {
    const ms = Date.parse(s.actualEndAt) - Date.parse(s.actualStartAt);
    // Recorded is recorded: a session under a minute is a 1-minute session, never "not recorded".
    if (ms > 0) return { minutes: Math.max(1, Math.round(ms / 60_000)), source: 'recorded' };
  }
  return { minutes: s.durationMinutes, source: 'planned' };
}

/** Minutes of service a client received in a session: 0 unless attended, less the minutes late or missed at the end. */
export function serviceMinutes(s: SessionTimes, a: AttendanceRecord): number {
  return s.status === 'cancelled' ? 0 : minutesTaken(sessionLength(s).minutes, a);
}

/** Of a session of this length, the minutes the client took part in. */
export function minutesTaken(lengthMinutes: number, a: AttendanceRecord): number {
  if (!attended(a.attendance)) return 0;
  const less = (a.attendance === 'late' ? a.lateMinutes ?? 0 : 0) + (a.attendance === 'left_early' ? a.leftEarlyMinutes ?? 0 : 0);
  return Math.max(0, lengthMinutes - less);
}

/** When the session ended: its recorded end, else its planned end. */
export const sessionEndedAt = (s: SessionTimes): number => (s.actualEndAt ? Date.parse(s.actualEndAt) : Date.parse(s.startsAt) + s.durationMinutes * 60_000);

/**
 * A note signed more than `hours` after the session ended is a late entry: it stays valid, and the
 * note and every report that lists it say so. Documentation standards ask that an entry made after
 * the fact be identified as such; the window is the organization's policy (48 h by default).
 */
export const LATE_ENTRY_HOURS = 48;
export const isLateEntry = (s: SessionTimes, signedAt: number, hours: number = LATE_ENTRY_HOURS): boolean =>
  signedAt - sessionEndedAt(s) > hours * 3_600_000;

/** Data and a draft are taken from a little before the planned start: the therapist sets up in the room. */
export const EARLY_START_TOLERANCE_MINUTES = 10;

export const sessionStarted = (s: SessionTimes, now: number): boolean =>
  !!s.actualStartAt || now >= Date.parse(s.startsAt) - EARLY_START_TOLERANCE_MINUTES * 60_000;

export const sessionEnded = (s: SessionTimes, now: number): boolean =>
  !!s.actualEndAt || s.status === 'completed' || now >= Date.parse(s.startsAt) + s.durationMinutes * 60_000;

/** Why data cannot be recorded in this session now, or null when it can. */
export function captureRefusal(s: SessionTimes, now: number): string | null {
  if (s.status === 'cancelled') return 'the session was cancelled; no data is taken in it';
  if (!sessionStarted(s, now)) return `data is taken from the session’s start (up to ${EARLY_START_TOLERANCE_MINUTES} minutes early), not before`;
  return null;
}

/** Why a note cannot be drafted or signed for this session now, or null when it can. */
export function noteRefusal(s: SessionTimes, now: number, act: 'draft' | 'sign'): string | null {
  if (!sessionStarted(s, now)) return 'a note is written for a session that has happened; this one has not started';
  if (act === 'sign' && !sessionEnded(s, now)) return 'a note is signed once the session has ended; end the session first';
  return null;
}

/** Participants whose attendance is still not recorded; a session does not end while any remain. */
export const unrecordedAttendance = <T extends { attendance: string }>(participants: readonly T[]): T[] =>
  participants.filter((p) => p.attendance === 'expected');

/** Recording data for a client whose attendance is not recorded marks them present; anything recorded stays. */
export const attendanceAfterData = (attendance: string): string => (attendance === 'expected' ? 'present' : attendance);

export type NoteFormatName = 'SOAP' | 'DAP';
/** The sections a clinician writes herself (the objective/data part is drafted from the session). */
export const WRITTEN_SECTIONS: Record<NoteFormatName, readonly string[]> = {
  SOAP: ['subjective', 'assessment', 'plan'],
  DAP: ['assessment', 'plan'],
};

/**
 * Before signing: the written sections that are empty, split into those the organization requires
 * (signing is refused) and the others (signing asks for confirmation).
 */
export function emptySections(format: NoteFormatName, sections: Record<string, string | undefined>, required: readonly string[]) {
  const empty = WRITTEN_SECTIONS[format].filter((k) => !(sections[k] ?? '').trim());
  return { required: empty.filter((k) => required.includes(k)), optional: empty.filter((k) => !required.includes(k)) };
}

/**
 * What the record still owes for a client of a session, or null when nothing: a session that has
 * ended (and was not cancelled) owes each attending client a signed note, and each client whose
 * attendance was never recorded that first. Absences owe no session note.
 */
export type DocumentationOwed = { owed: 'attendance' | 'note'; sinceMs: number; late: boolean };
export function documentationOwed(
  s: SessionTimes,
  attendance: string,
  noteStatus: 'draft' | 'awaiting_cosign' | 'signed' | null,
  now: number,
  lateHours: number = LATE_ENTRY_HOURS,
): DocumentationOwed | null {
  if (s.status === 'cancelled' || !sessionEnded(s, now) || noteStatus === 'signed') return null;
  if (attendance !== 'expected' && !attended(attendance)) return null;
  const sinceMs = Math.max(0, now - sessionEndedAt(s));
  return { owed: attendance === 'expected' ? 'attendance' : 'note', sinceMs, late: sinceMs > lateHours * 3_600_000 };
}
