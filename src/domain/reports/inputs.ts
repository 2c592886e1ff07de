/**
 * What a report is built from: the client's record for a period, as plain data. The server loads
 * it; the progress engine's verdict per objective (`progress`) is computed by the engine itself on
 * the objective's data up to the end of the period, so a report and the progress API agree.
 */
import type { Direction, MasteryCriterion } from '../criterion.js';
import type { MeasurementConfig } from '../measurement.js';
import type { Phase, ProgressResult } from '../progress/index.js';
import type { ProgressCodes } from './iep.js';
import type { IepRecord } from '../iep-record.js';
import type { Role } from '../roles.js';

export interface Period {
  from: string;
  to: string;
}

export interface ReportPerson {
  /** The user's id, when known (who is who: authorship.ts). */
  id?: string;
  name: string;
  credentials: string | null;
  /** On a care team: 'primary' (the client's own clinician) or 'member'. */
  role?: string;
  /** The user's roles in the organization (therapist, intern, supervisor, admin). */
  roles?: readonly Role[];
}

export interface ReportClient {
  id: string;
  firstName: string;
  lastName: string;
  preferredName: string | null;
  birthDate: string | null;
  /** NICU: gestational age at birth (absent or null for everyone else). */
  gestationalAgeWeeks?: number | null;
  gestationalAgeDays?: number | null;
  populations: string[];
  diagnoses: { label: string; code: string }[];
  setting: string;
  status: string;
  referral: { source: string; reason: string; referredOn: string | null; decision: string; criteria: string };
  guardians: { name: string; relationship: string }[];
  musicPreferences: { genres: string[]; songs: string[]; artists: string[]; instruments: string[]; dislikes: string[] };
  careTeam: ReportPerson[];
}

export interface ReportSessionValue {
  date: string;
  value: number | null;
  /** formatSummary of the session, e.g. "8/10 trials correct (80 %)". */
  summaryText: string;
  /** The session summary's details (levels before and after, every channel's mean …), when loaded. */
  details?: Record<string, number | string | null>;
}

export interface ReportObjective {
  id: string;
  statement: string;
  condition: string;
  measurement: MeasurementConfig;
  criterion: MasteryCriterion;
  direction: Direction;
  status: string;
  targetDate: string | null;
  baselineValue: number | null;
  masteryMetOn: string | null;
  masteryConfirmedAt: string | null;
  /** Data sessions up to the end of the period, in date order. */
  sessions: ReportSessionValue[];
  phases: Phase[];
  /** The engine's verdict on the data up to the end of the period. */
  progress: ProgressResult;
  /** The RAS cue tempo of the last data recorded with a cue clicking, up to the end of the period (null: none recorded). */
  lastCueTempo?: { bpm: number; date: string } | null;
}

export interface ReportGoal {
  id: string;
  statement: string;
  domain: string;
  status: string;
  targetDate: string | null;
  objectives: ReportObjective[];
}

/** One session the client was scheduled for in the period. */
export interface ReportAttendance {
  date: string;
  minutes: number;
  /** present, late, left_early, absent, cancelled, expected (not recorded). */
  attendance: string;
  /** planned, in_progress, completed, cancelled. */
  sessionStatus: string;
}

export interface ReportIntervention {
  name: string;
  technique: string;
  musicElements: { element: string; use: string }[];
  /** Sessions in the period in which it was delivered for this client's objectives (0: planned only). */
  timesDelivered: number;
  /** Linked to an objective in the current treatment plan (false: delivered, then replaced). */
  inPlan: boolean;
  objectiveStatements: string[];
}

export interface ReportInput {
  organization: string;
  client: ReportClient;
  period: Period;
  /** The clinic's date the report is prepared on. */
  preparedOn: string;
  preparedBy: ReportPerson & { isIntern: boolean };
  goals: ReportGoal[];
  attendance: ReportAttendance[];
  interventions: ReportIntervention[];
  plan: { reviewDate: string | null; notes: string };
  /** The organization's wording of the IEP progress codes (resolveProgressCodes). */
  progressCodes: ProgressCodes;
  /** The student's IEP in force at the period's end (IEP reports only; absent or null: none on file). */
  iep?: IepRecord | null;
}
