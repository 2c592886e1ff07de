/**
 * A backup is restored only if every row is one the application could have written: every table
 * present, every coded value one the API accepts, every measurement, criterion and data event valid,
 * and every signed note and addendum still matching the hashes its signature recorded.
 */
import { and, isNotNull } from 'drizzle-orm';
import type { z } from 'zod';
import { ATTENDANCE, ABSENCE_REASONS } from '../../domain/session-facts.js';
import { NOTE_FORMATS, SESSION_STATUSES, SESSION_TYPES } from '../../domain/schemas/sessions.js';
import { ASSESSMENT_KINDS, CLIENT_STATUSES } from '../../domain/schemas/clients.js';
import { GOAL_STATUSES, OBJECTIVE_STATUSES, PROPOSAL_KINDS } from '../../domain/schemas/plan.js';
import { ROLES } from '../../domain/roles.js';
import { INSURANCE_TYPES } from '../../domain/claims.js';
import { isNpi } from '../../domain/npi.js';
import { UNIT_RULES } from '../../domain/billing.js';
import { FAMILY_RELATIONSHIPS, FAMILY_SHARES, PRACTICE_OUTCOMES } from '../../domain/family.js';
import { DIRECTIONS, masteryCriterionSchema } from '../../domain/criterion.js';
import { dataEventSchema, measurementConfigSchema } from '../../domain/measurement.js';
import { PROMPT_AFTER_TRIAL } from '../../domain/capture.js';
import { ELIGIBILITY_CATEGORIES, SERVICE_PER } from '../../domain/iep-record.js';
import { ACK_METHODS, type PlanSnapshot } from '../../domain/plan-document.js';
import { MUSIC_KEYS, MUSIC_LEADS, MUSIC_SOURCES, SONG_VERSIONS } from '../../domain/music.js';
import { CONSENT_BASES, RECORDING_TYPES } from '../../domain/recordings.js';
import type { NoteSections } from '../../domain/notes.js';
import type { Db } from '../db/connection.js';
import { addenda, groupNotes, notes, planVersions } from '../db/schema.js';
import { planContentHash } from '../plans/snapshot.js';
import { addendumHashOf, contentHashOf, groupNoteHashOf } from '../notes/hashes.js';
import { OTHERS_IN_CHART } from '../../domain/group-note.js';
import { dataHashOf, dataHashV1Of } from '../notes/data-hash.js';

type Row = Record<string, unknown>;
type Check = (v: unknown) => boolean;

const oneOf = (values: readonly string[]): Check => (v) => typeof v === 'string' && values.includes(v);
const orNull = (c: Check): Check => (v) => v === null || v === undefined || c(v);
/** A column newer than the backup: absent there, it takes its default. */
const absentOr = (c: Check): Check => (v) => v === undefined || c(v);
const fits = (schema: z.ZodType): Check => (v) => schema.safeParse(v).success;
const npi: Check = absentOr(orNull((v) => typeof v === 'string' && isNpi(v)));
const rolesList: Check = (v) => Array.isArray(v) && v.length > 0 && v.every(oneOf(ROLES));
const sharesList: Check = (v) => Array.isArray(v) && v.length > 0 && v.every(oneOf(FAMILY_SHARES));

/** table → field → what the API accepts there. */
const CODED: Record<string, Record<string, Check>> = {
  organizations: { noteFormat: oneOf(NOTE_FORMATS), npi, groupNoteOthers: absentOr(oneOf(OTHERS_IN_CHART)) },
  users: { roles: rolesList, npi },
  clients: { status: oneOf(CLIENT_STATUSES) },
  assessments: { kind: oneOf(ASSESSMENT_KINDS) },
  goals: { status: oneOf(GOAL_STATUSES) },
  objectives: { status: oneOf(OBJECTIVE_STATUSES), direction: oneOf(DIRECTIONS), measurement: fits(measurementConfigSchema), criterion: fits(masteryCriterionSchema), promptAfterTrial: absentOr(oneOf(PROMPT_AFTER_TRIAL)) },
  sessions: { type: oneOf(SESSION_TYPES), status: oneOf(SESSION_STATUSES) },
  session_participants: { attendance: oneOf(ATTENDANCE), absenceReason: orNull(oneOf(ABSENCE_REASONS)) },
  data_points: { event: fits(dataEventSchema) },
  music_uses: { version: oneOf(SONG_VERSIONS), key: orNull(oneOf(MUSIC_KEYS)), source: oneOf(MUSIC_SOURCES), ledBy: (v) => Array.isArray(v) && v.every(oneOf(MUSIC_LEADS)) },
  group_notes: { status: oneOf(['draft', 'signed']) },
  recordings: { consentBasis: oneOf(CONSENT_BASES), mime: oneOf(RECORDING_TYPES), sha256: (v) => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v), bytes: (v) => Number.isInteger(v) && (v as number) > 0 },
  notes: { format: oneOf(NOTE_FORMATS), status: oneOf(['draft', 'awaiting_cosign', 'signed']) },
  service_codes: { unitRule: oneOf(UNIT_RULES) },
  client_coverages: { insuranceType: oneOf(INSURANCE_TYPES) },
  plan_proposals: { kind: oneOf(PROPOSAL_KINDS), status: oneOf(['pending', 'accepted', 'rejected']) },
  ieps: { eligibility: oneOf(ELIGIBILITY_CATEGORIES), servicePer: oneOf(SERVICE_PER) },
  plan_acknowledgements: { method: oneOf(ACK_METHODS) },
  family_links: { relationship: oneOf(FAMILY_RELATIONSHIPS), shares: sharesList, consentShares: orNull(sharesList) },
  practice_logs: { outcome: oneOf(PRACTICE_OUTCOMES) },
};

export interface Finding {
  table: string;
  row: number;
  field: string;
  message: string;
}

/** Before anything is written: tables missing, and values the API would refuse. */
export function checkRows(tables: Record<string, unknown>, expected: readonly string[]): Finding[] {
  const found: Finding[] = [];
  for (const name of expected) {
    const rows = tables[name];
    if (!Array.isArray(rows)) {
      found.push({ table: name, row: -1, field: '', message: 'the table is missing from the backup' });
      continue;
    }
    const checks = Object.entries(CODED[name] ?? {});
    rows.forEach((r: Row, i) => {
      if (!r || typeof r !== 'object') return found.push({ table: name, row: i, field: '', message: 'is not a row' });
      for (const [field, ok] of checks) if (!ok(r[field])) found.push({ table: name, row: i, field, message: `holds ${JSON.stringify(r[field])?.slice(0, 60)}, which the application does not accept` });
    });
  }
  for (const name of Object.keys(tables)) if (!expected.includes(name)) found.push({ table: name, row: -1, field: '', message: 'is not a table of this version' });
  return found;
}

const iso = (v: string) => new Date(v).toISOString();

/** After the rows are in (same transaction): every signature still matches what it was over. */
export async function checkSignatures(tx: Db): Promise<Finding[]> {
  const found: Finding[] = [];
  const signed = await tx.select().from(notes).where(and(isNotNull(notes.signedAt), isNotNull(notes.signedBy)));
  for (const n of signed) {
    const content = contentHashOf(n, n.sections as NoteSections, n.signedBy!, iso(n.signedAt!));
    if (content !== n.contentHash) found.push({ table: 'notes', row: -1, field: n.id, message: 'the signed note’s text no longer matches its signature' });
    const data = await dataHashOf(tx, n.sessionId, n.clientId);
    if (data !== n.dataHash && (await dataHashV1Of(tx, n.sessionId, n.clientId)) !== n.dataHash)
      found.push({ table: 'notes', row: -1, field: n.id, message: 'the session facts or data the note was signed over have changed' });
  }
  for (const g of await tx.select().from(groupNotes).where(and(isNotNull(groupNotes.signedAt), isNotNull(groupNotes.signedBy)))) {
    const members = signed.filter((n) => n.groupNoteId === g.id).map((n) => n.id);
    if (groupNoteHashOf(g, g.sections as object, members, g.signedBy!, iso(g.signedAt!)) !== g.contentHash)
      found.push({ table: 'group_notes', row: -1, field: g.id, message: 'the signed group note’s text or members no longer match its signature' });
  }
  for (const a of await tx.select().from(addenda)) {
    if (addendumHashOf({ noteId: a.noteId, text: a.text, reason: a.reason, author: a.authorId, signedAt: iso(a.signedAt) }) !== a.contentHash)
      found.push({ table: 'addenda', row: -1, field: a.id, message: 'the addendum’s text no longer matches its signature' });
  }
  for (const v of await tx.select().from(planVersions).where(isNotNull(planVersions.signedAt))) {
    if (planContentHash(v.snapshot as PlanSnapshot) !== v.contentHash)
      found.push({ table: 'plan_versions', row: -1, field: v.id, message: 'the signed plan version no longer matches its content hash' });
  }
  return found;
}

export const describeFindings = (found: Finding[]) =>
  `${found.length} problem${found.length === 1 ? '' : 's'}: ` +
  found.slice(0, 5).map((f) => `${f.table}${f.row >= 0 ? ` row ${f.row}` : ''}${f.field ? ` ${f.field}` : ''} ${f.message}`).join('; ') +
  (found.length > 5 ? `; and ${found.length - 5} more` : '');
