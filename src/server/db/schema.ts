/**
 * The database schema: the single source of truth for the clinical model's tables.
 * Every clinical table carries organization_id (the tenant key) and every query filters by it.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });
const created = () => ts('created_at').notNull().defaultNow();
const updated = () => ts('updated_at').notNull().defaultNow();
const org = () => uuid('organization_id').notNull().references(() => organizations.id);
/** Soft delete: clinical records are hidden, never removed, and recoverable by an admin. */
const softDelete = {
  deletedAt: ts('deleted_at'),
  deletedBy: uuid('deleted_by'),
  deleteReason: text('delete_reason'),
};
/** Optimistic concurrency: an update must send the version it read. */
const version = () => integer('version').notNull().default(1);

export const organizations = pgTable('organizations', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  timeZone: text('time_zone').notNull().default('UTC'),
  noteFormat: text('note_format').notNull().default('SOAP'),
  /** Written note sections a note cannot be signed without (others ask for confirmation when empty). */
  requiredNoteSections: text('required_note_sections').array().notNull().default(sql`'{}'::text[]`),
  /** Hours after a session's end beyond which a signed note is a late entry. */
  lateEntryHours: integer('late_entry_hours').notNull().default(48),
  /** The organization's wording of the IEP progress codes, by code (domain progressCodeSettingsSchema); {} = the defaults. */
  progressCodes: jsonb('progress_codes').notNull().default({}),
  /** NICU: live music from this post-menstrual age in weeks, voice only before it (domain/nicu.ts); null = no rule. */
  nicuLiveMusicMinPmaWeeks: integer('nicu_live_music_min_pma_weeks'),
  version: version(),
  /** The practice's NPI: CMS-1500 item 33a (billing provider); domain/npi.ts. */
  npi: text('npi'),
  /** How a member's chart copy of a group note names the other members (domain OTHERS_IN_CHART); 'count' by default. */
  groupNoteOthers: text('group_note_others').notNull().default('count'),
  createdAt: created(),
});

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey(),
    organizationId: org(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    credentials: text('credentials'),
    /** A clinician's NPI: CMS-1500 item 24J (rendering provider); domain/npi.ts. */
    npi: text('npi'),
    passwordHash: text('password_hash').notNull(),
    roles: text('roles').array().notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: created(),
    deactivatedAt: ts('deactivated_at'),
  },
  (t) => [uniqueIndex('users_email_key').on(sql`lower(${t.email})`)],
);

/** Supervision: a supervisor (or a therapist supervising an intern) and the person supervised. */
export const supervision = pgTable(
  'supervision',
  {
    organizationId: org(),
    supervisorId: uuid('supervisor_id').notNull().references(() => users.id),
    superviseeId: uuid('supervisee_id').notNull().references(() => users.id),
    createdAt: created(),
  },
  (t) => [primaryKey({ columns: [t.supervisorId, t.superviseeId] }), index('supervision_supervisee_idx').on(t.superviseeId)],
);

export const authSessions = pgTable(
  'auth_sessions',
  {
    /** SHA-256 of the cookie token; the token itself is never stored. */
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id').notNull().references(() => users.id),
    organizationId: org(),
    createdAt: created(),
    lastSeenAt: ts('last_seen_at').notNull().defaultNow(),
    expiresAt: ts('expires_at').notNull(),
  },
  (t) => [index('auth_sessions_user_idx').on(t.userId)],
);

/**
 * Sign-in throttling, one row per key: `account:<email>` (lowercased, whether or not the account
 * exists), `device:<token hash>` (a known device of the account), `address:<ip>` (unknown emails only).
 * Counted in one statement before the password is checked (auth/throttle.ts); not clinical data.
 */
export const signinThrottle = pgTable('signin_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  lastAttemptAt: ts('last_attempt_at').notNull(),
  blockedUntil: ts('blocked_until'),
});

/** Browsers an account has signed in from: the SHA-256 of the device cookie's token, never the token. */
export const signinDevices = pgTable(
  'signin_devices',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: created(),
    lastUsedAt: ts('last_used_at').notNull().defaultNow(),
  },
  (t) => [index('signin_devices_user_idx').on(t.userId)],
);

export const clients = pgTable(
  'clients',
  {
    id: uuid('id').primaryKey(),
    organizationId: org(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    preferredName: text('preferred_name'),
    birthDate: date('birth_date', { mode: 'string' }),
    /** NICU: gestational age at birth, in completed weeks and days. */
    gestationalAgeWeeks: integer('gestational_age_weeks'),
    gestationalAgeDays: integer('gestational_age_days'),
    populations: text('populations').array().notNull().default(sql`'{}'::text[]`),
    diagnoses: jsonb('diagnoses').notNull().default([]),
    setting: text('setting').notNull(),
    referral: jsonb('referral').notNull().default({}),
    status: text('status').notNull().default('referred'),
    guardians: jsonb('guardians').notNull().default([]),
    musicPreferences: jsonb('music_preferences').notNull().default({}),
    /** Precautions and contraindications for music therapy (domain/precautions.ts, migration 0027). */
    precautions: jsonb('precautions').notNull().default([]),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
    ...softDelete,
  },
  (t) => [index('clients_org_status_idx').on(t.organizationId, t.status)],
);

export const careTeam = pgTable(
  'care_team',
  {
    organizationId: org(),
    clientId: uuid('client_id').notNull().references(() => clients.id),
    userId: uuid('user_id').notNull().references(() => users.id),
    role: text('role').notNull().default('member'),
    createdAt: created(),
  },
  (t) => [primaryKey({ columns: [t.clientId, t.userId] }), index('care_team_user_idx').on(t.userId)],
);

export const assessments = pgTable(
  'assessments',
  {
    id: uuid('id').primaryKey(),
    organizationId: org(),
    clientId: uuid('client_id').notNull().references(() => clients.id),
    kind: text('kind').notNull(),
    templateKey: text('template_key'),
    assessedOn: date('assessed_on', { mode: 'string' }).notNull(),
    assessorId: uuid('assessor_id').notNull().references(() => users.id),
    responses: jsonb('responses').notNull().default({}),
    observations: text('observations').notNull().default(''),
    strengths: text('strengths').notNull().default(''),
    needs: text('needs').notNull().default(''),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
    ...softDelete,
  },
  (t) => [index('assessments_client_idx').on(t.clientId)],
);

export const goalDomains = pgTable(
  'goal_domains',
  {
    id: uuid('id').primaryKey(),
    organizationId: org(),
    key: text('key').notNull(),
    name: text('name').notNull(),
    category: text('category').notNull(),
    definition: text('definition').notNull().default(''),
    subSkills: text('sub_skills').array().notNull().default(sql`'{}'::text[]`),
    populations: text('populations').array().notNull().default(sql`'{}'::text[]`),
    builtIn: boolean('built_in').notNull().default(false),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
    ...softDelete,
  },
  (t) => [uniqueIndex('goal_domains_org_key').on(t.organizationId, t.key)],
);

export const goals = pgTable(
  'goals',
  {
    id: uuid('id').primaryKey(),
    organizationId: org(),
    clientId: uuid('client_id').notNull().references(() => clients.id),
    domainId: uuid('domain_id').notNull().references(() => goalDomains.id),
    statement: text('statement').notNull(),
    status: text('status').notNull().default('active'),
    targetDate: date('target_date', { mode: 'string' }),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
    ...softDelete,
  },
  (t) => [index('goals_client_idx').on(t.clientId)],
);

export const objectives = pgTable(
  'objectives',
  {
    id: uuid('id').primaryKey(),
    organizationId: org(),
    clientId: uuid('client_id').notNull().references(() => clients.id),
    goalId: uuid('goal_id').notNull().references(() => goals.id),
    statement: text('statement').notNull(),
    behaviour: text('behaviour').notNull(),
    /** What a note or graph calls the objective ("turn taking", "10MWT"); empty: derived (domain/objective-label.ts). */
    shortLabel: text('short_label').notNull().default(''),
    condition: text('condition').notNull().default(''),
    measurement: jsonb('measurement').notNull(),
    criterion: jsonb('criterion').notNull(),
    direction: text('direction').notNull(),
    baselineValue: jsonb('baseline_value').$type<number | null>(),
    baselineNote: text('baseline_note').notNull().default(''),
    status: text('status').notNull().default('baseline'),
    targetDate: date('target_date', { mode: 'string' }),
    /** Set when data first meets the criterion; the therapist confirms before it is closed. */
    masteryMetOn: date('mastery_met_on', { mode: 'string' }),
    masteryConfirmedAt: ts('mastery_confirmed_at'),
    /** Capture's prompt level after a trial: 'stay' where the therapist put it, or 'reset' to the most independent (domain/capture.ts). */
    promptAfterTrial: text('prompt_after_trial').notNull().default('stay'),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
    ...softDelete,
  },
  (t) => [index('objectives_client_idx').on(t.clientId), index('objectives_goal_idx').on(t.goalId)],
);

export const phases = pgTable(
  'phases',
  {
    id: uuid('id').primaryKey(),
    organizationId: org(),
    objectiveId: uuid('objective_id').notNull().references(() => objectives.id),
    kind: text('kind').notNull(),
    label: text('label').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    note: text('note').notNull().default(''),
    createdAt: created(),
    ...softDelete,
  },
  (t) => [index('phases_objective_idx').on(t.objectiveId)],
);

export const interventions = pgTable(
  'interventions',
  {
    id: uuid('id').primaryKey(),
    organizationId: org(),
    key: text('key').notNull(),
    name: text('name').notNull(),
    technique: text('technique').notNull(),
    musicElements: jsonb('music_elements').notNull(),
    goalDomainKeys: text('goal_domain_keys').array().notNull(),
    populations: text('populations').array().notNull().default(sql`'{}'::text[]`),
    materials: jsonb('materials').notNull().default([]),
    procedure: jsonb('procedure').notNull().default([]),
    adaptations: jsonb('adaptations').notNull().default({}),
    precautions: jsonb('precautions').notNull().default([]),
    references: jsonb('references').notNull().default([]),
    builtIn: boolean('built_in').notNull().default(false),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
    ...softDelete,
  },
  (t) => [uniqueIndex('interventions_org_key').on(t.organizationId, t.key)],
);

export const treatmentPlans = pgTable(
  'treatment_plans',
  {
    id: uuid('id').primaryKey(),
    organizationId: org(),
    clientId: uuid('client_id').notNull().references(() => clients.id),
    reviewDate: date('review_date', { mode: 'string' }),
    notes: text('notes').notNull().default(''),
    /** How often the client is seen, as the plan states it ("1 session a week"). */
    frequency: text('frequency').notNull().default(''),
    /** Length of each session in minutes. */
    sessionMinutes: integer('session_minutes'),
    /** Precautions and contraindications the clinician records for this client's music therapy. */
    precautions: jsonb('precautions').notNull().default([]),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [uniqueIndex('treatment_plans_client_key').on(t.clientId)],
);

/** A version of the plan as a document: a frozen snapshot with its hash; signed means locked (migration 0018). */
export const planVersions = pgTable(
  'plan_versions',
  {
    id: uuid('id').primaryKey(),
    organizationId: org(),
    clientId: uuid('client_id').notNull().references(() => clients.id),
    number: integer('number').notNull(),
    /** The signed version this one replaces, by number; null for the first. */
    supersedesNumber: integer('supersedes_number'),
    snapshot: jsonb('snapshot').notNull(),
    contentHash: text('content_hash').notNull(),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    createdAt: created(),
    updatedAt: updated(),
    signedBy: uuid('signed_by').references(() => users.id),
    signedAt: ts('signed_at'),
    /** Name and credentials as they were when the version was signed. */
    signerName: text('signer_name'),
    signerCredentials: text('signer_credentials'),
    /** Signed by an intern: not in force until the supervisor co-signs (migration 0026). */
    requiresCosign: boolean('requires_cosign').notNull().default(false),
    cosignerId: uuid('cosigner_id').references(() => users.id),
    cosignedBy: uuid('cosigned_by').references(() => users.id),
    cosignedAt: ts('cosigned_at'),
    cosignerName: text('cosigner_name'),
    cosignerCredentials: text('cosigner_credentials'),
  },
  (t) => [uniqueIndex('plan_versions_client_number_key').on(t.clientId, t.number)],
);

/** The client's or guardian's acknowledgement of a signed plan version; append-only. */
export const planAcknowledgements = pgTable(
  'plan_acknowledgements',
  {
    id: uuid('id').primaryKey(),
    organizationId: org(),
    planVersionId: uuid('plan_version_id').notNull().references(() => planVersions.id),
    clientId: uuid('client_id').notNull().references(() => clients.id),
    name: text('name').notNull(),
    relationship: text('relationship').notNull(),
    acknowledgedOn: date('acknowledged_on', { mode: 'string' }).notNull(),
    method: text('method').notNull(),
    note: text('note').notNull().default(''),
    recordedBy: uuid('recorded_by').notNull().references(() => users.id),
    createdAt: created(),
  },
  (t) => [index('plan_acknowledgements_version_idx').on(t.planVersionId)],
);

/** The treatment plan's mapping: which intervention addresses which objective. */
export const planLinks = pgTable(
  'plan_links',
  {
    id: uuid('id').primaryKey(),
    organizationId: org(),
    clientId: uuid('client_id').notNull().references(() => clients.id),
    objectiveId: uuid('objective_id').notNull().references(() => objectives.id),
    interventionId: uuid('intervention_id').notNull().references(() => interventions.id),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    createdAt: created(),
    ...softDelete,
  },
  (t) => [
    uniqueIndex('plan_links_live_key').on(t.objectiveId, t.interventionId).where(sql`${t.deletedAt} is null`),
    index('plan_links_client_idx').on(t.clientId),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey(),
    organizationId: org(),
    type: text('type').notNull(),
    startsAt: ts('starts_at').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    timeZone: text('time_zone').notNull(),
    /** The clinic's calendar date of the session, in its time zone. */
    localDate: date('local_date', { mode: 'string' }).notNull(),
    setting: text('setting').notNull(),
    location: text('location').notNull().default(''),
    status: text('status').notNull().default('planned'),
    /** When the session really started and ended (capture start/end, editable until the note is signed). */
    actualStartAt: ts('actual_start_at'),
    actualEndAt: ts('actual_end_at'),
    /** A make-up session names the session it replaces. */
    makeUpFor: uuid('make_up_for'),
    cancelReason: text('cancel_reason'),
    groupName: text('group_name'),
    leadTherapistId: uuid('lead_therapist_id').notNull().references(() => users.id),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
    ...softDelete,
  },
  (t) => [index('sessions_org_date_idx').on(t.organizationId, t.localDate), index('sessions_lead_idx').on(t.leadTherapistId, t.localDate)],
);

export const sessionParticipants = pgTable(
  'session_participants',
  {
    organizationId: org(),
    sessionId: uuid('session_id').notNull().references(() => sessions.id),
    clientId: uuid('client_id').notNull().references(() => clients.id),
    attendance: text('attendance').notNull().default('expected'),
    absenceReason: text('absence_reason'),
    lateMinutes: integer('late_minutes'),
    leftEarlyMinutes: integer('left_early_minutes'),
    createdAt: created(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.clientId] }), index('session_participants_client_idx').on(t.clientId)],
);

export const deliveredInterventions = pgTable(
  'delivered_interventions',
  {
    id: uuid('id').primaryKey(),
    organizationId: org(),
    sessionId: uuid('session_id').notNull().references(() => sessions.id),
    interventionId: uuid('intervention_id').notNull().references(() => interventions.id),
    position: integer('position').notNull(),
    /** The objectives this delivery serves; each must be an active objective of a participant. */
    objectiveIds: uuid('objective_ids').array().notNull(),
    notes: text('notes').notNull().default(''),
    /** Planned until delivered: marked active in capture, data tagged to it, or ticked at the end. */
    delivered: boolean('delivered').notNull().default(false),
    startedAt: ts('started_at'),
    endedAt: ts('ended_at'),
    createdAt: created(),
    ...softDelete,
  },
  (t) => [index('delivered_interventions_session_idx').on(t.sessionId)],
);

/** A song or piece used in a delivered intervention, with how it was used and the client's response. */
export const musicUses = pgTable(
  'music_uses',
  {
    id: uuid('id').primaryKey(),
    organizationId: org(),
    sessionId: uuid('session_id').notNull().references(() => sessions.id),
    deliveredInterventionId: uuid('delivered_intervention_id').notNull().references(() => deliveredInterventions.id),
    /** The client the response is about; null: the whole session (a group song). */
    clientId: uuid('client_id').references(() => clients.id),
    title: text('title').notNull(),
    artist: text('artist').notNull().default(''),
    version: text('version').notNull().default('original'),
    key: text('key'),
    tempoBpm: doublePrecision('tempo_bpm'),
    meter: text('meter'),
    instruments: text('instruments').array().notNull().default(sql`'{}'::text[]`),
    ledBy: text('led_by').array().notNull().default(sql`'{}'::text[]`),
    source: text('source').notNull().default('live'),
    response: text('response').notNull().default(''),
    recordedBy: uuid('recorded_by').notNull().references(() => users.id),
    createdAt: created(),
    ...softDelete,
  },
  (t) => [index('music_uses_session_idx').on(t.sessionId), index('music_uses_client_idx').on(t.clientId)],
);

/** One raw event of session data; the id is generated by the recording device, so a retry stores once. */
export const dataPoints = pgTable(
  'data_points',
  {
    id: uuid('id').primaryKey(),
    organizationId: org(),
    sessionId: uuid('session_id').notNull().references(() => sessions.id),
    clientId: uuid('client_id').notNull().references(() => clients.id),
    objectiveId: uuid('objective_id').notNull().references(() => objectives.id),
    deliveredInterventionId: uuid('delivered_intervention_id').references(() => deliveredInterventions.id),
    event: jsonb('event').notNull(),
    /** The RAS cue tempo (bpm) playing when the point was taken; null: no metronome ran. */
    cueTempoBpm: doublePrecision('cue_tempo_bpm'),
    recordedAt: ts('recorded_at').notNull(),
    recordedBy: uuid('recorded_by').notNull().references(() => users.id),
    createdAt: created(),
    ...softDelete,
  },
  (t) => [
    index('data_points_objective_idx').on(t.objectiveId, t.sessionId),
    index('data_points_session_idx').on(t.sessionId, t.clientId),
  ],
);

/** A group session's note: the shared part, signed together with every member's note (which links to it). */
export const groupNotes = pgTable(
  'group_notes',
  {
    id: uuid('id').primaryKey(),
    organizationId: org(),
    sessionId: uuid('session_id').notNull().references(() => sessions.id),
    /** purpose, process (written), membership (the attendance of every member, set from the facts). */
    sections: jsonb('sections').notNull(),
    status: text('status').notNull().default('draft'),
    authorId: uuid('author_id').notNull().references(() => users.id),
    signedBy: uuid('signed_by').references(() => users.id),
    signedAt: ts('signed_at'),
    contentHash: text('content_hash'),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
    ...softDelete,
  },
  (t) => [uniqueIndex('group_notes_session_key').on(t.sessionId).where(sql`${t.deletedAt} is null`)],
);

export const notes = pgTable(
  'notes',
  {
    id: uuid('id').primaryKey(),
    organizationId: org(),
    sessionId: uuid('session_id').notNull().references(() => sessions.id),
    clientId: uuid('client_id').notNull().references(() => clients.id),
    format: text('format').notNull(),
    sections: jsonb('sections').notNull(),
    status: text('status').notNull().default('draft'),
    authorId: uuid('author_id').notNull().references(() => users.id),
    signedBy: uuid('signed_by').references(() => users.id),
    signedAt: ts('signed_at'),
    contentHash: text('content_hash'),
    dataHash: text('data_hash'),
    /** Signed after the organization's late-entry window: set when signed, never changed. */
    lateEntry: boolean('late_entry').notNull().default(false),
    /** A group member's note: the group note it is signed with, and this member's chart copy of its shared part. */
    groupNoteId: uuid('group_note_id').references(() => groupNotes.id),
    groupPart: jsonb('group_part'),
    requiresCosign: boolean('requires_cosign').notNull().default(false),
    cosignerId: uuid('cosigner_id').references(() => users.id),
    cosignedBy: uuid('cosigned_by').references(() => users.id),
    cosignedAt: ts('cosigned_at'),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
    ...softDelete,
  },
  (t) => [
    uniqueIndex('notes_session_client_key').on(t.sessionId, t.clientId).where(sql`${t.deletedAt} is null`),
    index('notes_client_idx').on(t.clientId),
    index('notes_cosigner_idx').on(t.cosignerId, t.status),
    index('notes_group_note_idx').on(t.groupNoteId),
  ],
);

export const addenda = pgTable(
  'addenda',
  {
    id: uuid('id').primaryKey(),
    organizationId: org(),
    noteId: uuid('note_id').notNull().references(() => notes.id),
    authorId: uuid('author_id').notNull().references(() => users.id),
    text: text('text').notNull(),
    reason: text('reason').notNull(),
    signedAt: ts('signed_at').notNull(),
    contentHash: text('content_hash').notNull(),
    /** An intern's addendum names the supervisor who co-signs it; null when none is needed. */
    cosignerId: uuid('cosigner_id').references(() => users.id),
    cosignedBy: uuid('cosigned_by').references(() => users.id),
    cosignedAt: ts('cosigned_at'),
    createdAt: created(),
  },
  (t) => [index('addenda_note_idx').on(t.noteId)],
);

/** An intern's plan change, waiting for a supervisor to accept (which applies it) or reject it. */
export const planProposals = pgTable(
  'plan_proposals',
  {
    id: uuid('id').primaryKey(),
    organizationId: org(),
    clientId: uuid('client_id').notNull().references(() => clients.id),
    authorId: uuid('author_id').notNull().references(() => users.id),
    kind: text('kind').notNull(),
    targetId: uuid('target_id'),
    payload: jsonb('payload').notNull(),
    reason: text('reason').notNull().default(''),
    status: text('status').notNull().default('pending'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: ts('decided_at'),
    decisionNote: text('decision_note').notNull().default(''),
    createdAt: created(),
  },
  (t) => [index('plan_proposals_client_idx').on(t.clientId, t.status), index('plan_proposals_author_idx').on(t.authorId, t.status)],
);

/** Append-only: the database refuses UPDATE and DELETE on it. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    organizationId: uuid('organization_id'),
    actorId: uuid('actor_id'),
    at: ts('at').notNull().defaultNow(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    clientId: uuid('client_id'),
    requestId: text('request_id'),
    outcome: text('outcome').notNull().default('ok'),
    detail: jsonb('detail'),
  },
  (t) => [
    index('audit_log_org_at_idx').on(t.organizationId, t.at),
    index('audit_log_client_idx').on(t.clientId, t.at),
  ],
);

/**
 * The audit trail's hash chain (migration 0017): one link per audit row, made at commit in commit
 * order per organization; `hash` covers the row and the previous link (`crescendo verify`).
 */
export const auditChain = pgTable(
  'audit_chain',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    auditId: bigint('audit_id', { mode: 'number' }).notNull().unique(),
    chain: uuid('chain').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('audit_chain_chain_seq_idx').on(t.chain, t.seq)],
);

/** The organization's service codes (CPT/HCPCS): how units are counted, the rate, where they apply, billable or not. */
export const serviceCodes = pgTable(
  'service_codes',
  {
    id: uuid('id').primaryKey(),
    organizationId: org(),
    code: text('code').notNull(),
    description: text('description').notNull(),
    /** domain/billing.ts UNIT_RULES */
    unitRule: text('unit_rule').notNull(),
    /** Per-hour codes: how the practice counts a partial hour (down, nearest, up). */
    hourRounding: text('hour_rounding').notNull().default('down'),
    rateCents: integer('rate_cents').notNull(),
    modifiers: text('modifiers').array().notNull().default(sql`'{}'::text[]`),
    /** Session kinds and settings it applies to; empty: any. */
    sessionTypes: text('session_types').array().notNull().default(sql`'{}'::text[]`),
    settings: text('settings').array().notNull().default(sql`'{}'::text[]`),
    /** Non-billable services (hospice, some community settings) are recorded the same way and never claimed. */
    billable: boolean('billable').notNull().default(true),
    active: boolean('active').notNull().default(true),
    /** Fewer minutes than this on a line is warned about (G0176: "per session (45 minutes or more)"); null: no minimum. */
    minimumMinutes: integer('minimum_minutes'),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
    ...softDelete,
  },
  (t) => [index('service_codes_org_idx').on(t.organizationId, t.code)],
);

/** One attended client's service of one code in one session; locked with the client's signed note (migration 0015). */
export const serviceLines = pgTable(
  'service_lines',
  {
    id: uuid('id').primaryKey(),
    organizationId: org(),
    sessionId: uuid('session_id').notNull().references(() => sessions.id),
    clientId: uuid('client_id').notNull().references(() => clients.id),
    serviceCodeId: uuid('service_code_id').notNull().references(() => serviceCodes.id),
    minutes: integer('minutes').notNull(),
    placeOfService: text('place_of_service').notNull(),
    /** ICD-10 codes from the client's diagnoses, in pointer order. */
    diagnosisCodes: text('diagnosis_codes').array().notNull().default(sql`'{}'::text[]`),
    renderingProviderId: uuid('rendering_provider_id').notNull().references(() => users.id),
    supervisingProviderId: uuid('supervising_provider_id').references(() => users.id),
    payer: text('payer').notNull(),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
    ...softDelete,
  },
  (t) => [
    uniqueIndex('service_lines_live_key').on(t.sessionId, t.clientId, t.serviceCodeId).where(sql`${t.deletedAt} is null`),
    index('service_lines_client_idx').on(t.clientId, t.sessionId),
    index('service_lines_provider_idx').on(t.renderingProviderId),
  ],
);

/** Units or visits a payer authorized for a client over a period (one code, or every code billed to the payer). */
/** A client's coverage with a payer: CMS-1500 item 1 (insurance type) and 1a (member ID), matched to service lines by payer. */
export const clientCoverages = pgTable(
  'client_coverages',
  {
    id: uuid('id').primaryKey(),
    organizationId: org(),
    clientId: uuid('client_id').notNull().references(() => clients.id),
    payer: text('payer').notNull(),
    /** domain/claims.ts INSURANCE_TYPES */
    insuranceType: text('insurance_type').notNull(),
    memberId: text('member_id').notNull(),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
    ...softDelete,
  },
  (t) => [uniqueIndex('client_coverages_live_key').on(t.clientId, sql`lower(btrim(${t.payer}))`).where(sql`${t.deletedAt} IS NULL`)],
);

export const authorizations = pgTable(
  'authorizations',
  {
    id: uuid('id').primaryKey(),
    organizationId: org(),
    clientId: uuid('client_id').notNull().references(() => clients.id),
    payer: text('payer').notNull(),
    serviceCodeId: uuid('service_code_id').references(() => serviceCodes.id),
    kind: text('kind').notNull(),
    amount: integer('amount').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    reference: text('reference').notNull().default(''),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
    ...softDelete,
  },
  (t) => [index('authorizations_client_idx').on(t.clientId, t.payer)],
);

/** A student's IEP on file (migration 0022): its dates, eligibility category and music therapy minutes. */
export const ieps = pgTable(
  'ieps',
  {
    id: uuid('id').primaryKey(),
    organizationId: org(),
    clientId: uuid('client_id').notNull().references(() => clients.id),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    annualReviewOn: date('annual_review_on', { mode: 'string' }).notNull(),
    reevaluationOn: date('reevaluation_on', { mode: 'string' }),
    eligibility: text('eligibility').notNull(),
    serviceMinutes: integer('service_minutes').notNull(),
    servicePer: text('service_per').notNull(),
    serviceSetting: text('service_setting').notNull(),
    caseManager: text('case_manager').notNull(),
    progressReportDates: date('progress_report_dates', { mode: 'string' }).array().notNull().default(sql`'{}'::date[]`),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
    ...softDelete,
  },
  (t) => [index('ieps_client_idx').on(t.clientId, t.startsOn)],
);

/**
 * A session recording: an audio clip of one client's session. The audio is in the file store
 * (recordings/store.ts) under its sha256; the row never changes after it is stored except for its
 * soft delete (migration 0021).
 */
export const recordings = pgTable(
  'recordings',
  {
    id: uuid('id').primaryKey(),
    organizationId: org(),
    clientId: uuid('client_id').notNull().references(() => clients.id),
    sessionId: uuid('session_id').notNull().references(() => sessions.id),
    consentBasis: text('consent_basis').notNull(),
    /** Part of the client's legacy collection (hospice): exported for the family. */
    legacy: boolean('legacy').notNull().default(false),
    title: text('title').notNull().default(''),
    durationMs: integer('duration_ms'),
    mime: text('mime').notNull(),
    bytes: bigint('bytes', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    createdAt: created(),
    ...softDelete,
  },
  (t) => [index('recordings_client_idx').on(t.clientId), index('recordings_session_idx').on(t.sessionId)],
);

/**
 * A family member's access to one client: the invitation (only the SHA-256 of its one-time token is
 * kept), then, once accepted, the account it links and the consent given (what is shared, when).
 * A revoked link gives no access.
 */
export const familyLinks = pgTable(
  'family_links',
  {
    id: uuid('id').primaryKey(),
    organizationId: org(),
    clientId: uuid('client_id').notNull().references(() => clients.id),
    email: text('email').notNull(),
    name: text('name').notNull(),
    relationship: text('relationship').notNull(),
    shares: text('shares').array().notNull(),
    tokenHash: text('token_hash').notNull(),
    expiresAt: ts('expires_at').notNull(),
    invitedBy: uuid('invited_by').notNull().references(() => users.id),
    invitedAt: ts('invited_at').notNull().defaultNow(),
    userId: uuid('user_id').references(() => users.id),
    acceptedAt: ts('accepted_at'),
    consentShares: text('consent_shares').array(),
    consentedAt: ts('consented_at'),
    revokedAt: ts('revoked_at'),
    revokedBy: uuid('revoked_by').references(() => users.id),
    revokeReason: text('revoke_reason'),
  },
  (t) => [uniqueIndex('family_links_token_key').on(t.tokenHash), index('family_links_client_idx').on(t.clientId), index('family_links_user_idx').on(t.userId)],
);

/** A practice for home, from a delivered intervention, for one of the objectives it served: what to do and how often a week. */
export const homePractices = pgTable(
  'home_practices',
  {
    id: uuid('id').primaryKey(),
    organizationId: org(),
    clientId: uuid('client_id').notNull().references(() => clients.id),
    objectiveId: uuid('objective_id').notNull().references(() => objectives.id),
    deliveredInterventionId: uuid('delivered_intervention_id').notNull().references(() => deliveredInterventions.id),
    interventionId: uuid('intervention_id').notNull().references(() => interventions.id),
    what: text('what').notNull(),
    timesPerWeek: integer('times_per_week').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    createdAt: created(),
    ...softDelete,
  },
  (t) => [index('home_practices_client_idx').on(t.clientId, t.objectiveId)],
);

/** One day of a home practice as the family logged it: done or not today, with an optional note. */
export const practiceLogs = pgTable(
  'practice_logs',
  {
    id: uuid('id').primaryKey(),
    organizationId: org(),
    homePracticeId: uuid('home_practice_id').notNull().references(() => homePractices.id),
    clientId: uuid('client_id').notNull().references(() => clients.id),
    practicedOn: date('practiced_on', { mode: 'string' }).notNull(),
    outcome: text('outcome').notNull(),
    note: text('note').notNull().default(''),
    loggedBy: uuid('logged_by').notNull().references(() => users.id),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [uniqueIndex('practice_logs_day_key').on(t.homePracticeId, t.practicedOn)],
);
