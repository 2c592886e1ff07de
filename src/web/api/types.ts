/**
 * Shapes the web app reads from the API. Type-only imports from the schemas that validate the
 * responses: nothing of the server reaches the bundle, and a schema change breaks the type check.
 */
import type { paths } from './openapi.js';
import type { z } from 'zod';
import type {
  dataPointOutSchema, deliveredOutSchema, domainOutSchema, goalOutSchema, interventionOutSchema, noteOutSchema,
  musicOutSchema, objectiveOutSchema, phaseOutSchema, progressOutSchema, sessionOutSchema,
} from '../../server/http/schemas.js';
import type { clientSchema, clientSummarySchema } from '../../domain/schemas/clients.js';
import type { ProgressResult } from '../../domain/progress/status.js';

export interface Me {
  id: string;
  organizationId: string;
  name: string;
  email: string;
  roles: string[];
}

export type ClientSummary = z.output<typeof clientSummarySchema>;
export type Client = z.output<typeof clientSchema>;
export type Goal = z.output<typeof goalOutSchema>;
export type Objective = z.output<typeof objectiveOutSchema>;
export type Intervention = z.output<typeof interventionOutSchema>;
export type GoalDomain = z.output<typeof domainOutSchema>;
export type Phase = z.output<typeof phaseOutSchema>;
export type Session = z.output<typeof sessionOutSchema>;
export type Delivered = z.output<typeof deliveredOutSchema>;
export type DataPoint = z.output<typeof dataPointOutSchema>;
export type Note = z.output<typeof noteOutSchema>;
export type MusicUse = z.output<typeof musicOutSchema>;

export interface PlanObjective extends Objective {
  links: { id: string; intervention: Intervention }[];
}
export interface PlanGoal extends Goal {
  objectives: PlanObjective[];
}
export interface Plan {
  clientId: string;
  reviewDate: string | null;
  notes: string;
  version: number;
  /** What the plan states about the service (absent in a bundle saved before). */
  frequency?: string;
  sessionMinutes?: number | null;
  precautions?: string[];
  goals: PlanGoal[];
  /** A NICU infant's facts for the PMA eligibility rule; null for everyone else (absent in a bundle saved before). */
  nicu?: { birthDate: string | null; gestationalAgeWeeks: number; gestationalAgeDays: number | null; liveMusicMinPmaWeeks: number | null } | null;
}

export interface SessionListItem extends Session {
  participants: { clientId: string; attendance: string }[];
}
export interface SessionDetail extends Session {
  participants: { clientId: string; attendance: string; absenceReason?: string | null; lateMinutes?: number | null; leftEarlyMinutes?: number | null; name: string; lastName: string; note?: { id: string; status: 'draft' | 'awaiting_cosign' | 'signed' } | null }[];
  delivered: (Delivered & { intervention?: { id: string; name: string; technique: string } })[];
}

/** GET /objectives/:id/progress: the engine's result as the server computed it (the schema is loose). */
export type ObjectiveProgress = z.output<typeof progressOutSchema> &
  Pick<ProgressResult, 'mastery' | 'trend' | 'effectSizes' | 'aimLine' | 'projectedDate' | 'currentPhase' | 'baselinePhase' | 'currentPhaseSessions'> & {
    phaseSummaries: ProgressResult['phases'];
  };

export interface CosignItem extends Note {
  clientName: string;
}

/** The JSON a GET answers with, as the server's OpenAPI document describes it (openapi.d.ts, generated). */
export type Answer<P extends keyof paths> = paths[P] extends { get: { responses: { 200: { content: { 'application/json': infer B } } } } } ? B : never;

/** GET /clients/:id/plan/versions: the plan's versions as a signed document. */
export type PlanVersions = Answer<'/api/v1/clients/{id}/plan/versions'>;
export type PlanVersion = PlanVersions['items'][number];

/** GET /todo: what the record still owes. */
export type ToDo = Answer<'/api/v1/todo'>;
export type OwedItem = ToDo['owed'][number];

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** A session recording, as the server describes it. */
export type Recording = Answer<'/api/v1/sessions/{id}/recordings'>['items'][number];
export type FamilyClients = Answer<'/api/v1/family/clients'>;
export type FamilyView = Answer<'/api/v1/family/clients/{id}'>;
export type HomePractice = FamilyView['homePractices'][number];
