/** Notes: drafted from the session's data, edited, signed (locked), co-signed for interns, corrected only by addenda. */
import { and, asc, desc, eq, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import { documentsUnderSupervision, isClinician } from '../../domain/roles.js';
import { draftNote, type NoteFormat, type NoteSections } from '../../domain/notes.js';
import type { GroupSections } from '../../domain/group-note.js';
import { emptySections, isLateEntry, noteRefusal, sessionLength } from '../../domain/session-facts.js';
import { belowMinimum, formatSummary } from '../../domain/progress/index.js';
import { formatMusicLine, type MusicUseInput } from '../../domain/music.js';
import { objectiveLabel } from '../../domain/objective-label.js';
import { documentMeasurement } from '../../domain/reports/words.js';
import { safetyConcerns, SAFETY_WORDS, type SafetyResponse } from '../../domain/safety.js';
import { measurementConfigSchema } from '../../domain/measurement.js';
import type { Db } from '../db/connection.js';
import { addenda, clients, deliveredInterventions, interventions, musicUses, notes, objectives, organizations, sessions, supervision } from '../db/schema.js';
import { updateVersioned } from '../db/versioned.js';
import { conflict, forbidden, ruleBroken } from '../http/problem.js';
import { nowOf, type Ctx } from '../access/acting-user.js';
import { AccessDenied, checkAccess, clientOnCaseload, onVisibleClient, requireClient, requireClinician, supervises } from '../access/policy.js';
import { inRead, inTransaction } from '../access/run.js';
import { organizationSettings } from '../access/organization.js';
import { audit, auditMany } from '../audit/audit.js';
import { sessionFor } from '../sessions/load.js';
import { seriesFor } from '../progress/series.js';
import { dataHashOf } from './data-hash.js';
import { addendumHashOf, contentHashOf } from './hashes.js';

export type NoteRow = typeof notes.$inferSelect;

export const noteOut = (n: NoteRow, adds: (typeof addenda.$inferSelect)[] = []) => ({
  id: n.id, sessionId: n.sessionId, clientId: n.clientId, format: n.format as NoteFormat, sections: n.sections as NoteSections,
  status: n.status as 'draft' | 'awaiting_cosign' | 'signed', authorId: n.authorId, signedBy: n.signedBy, signedAt: n.signedAt,
  contentHash: n.contentHash, dataHash: n.dataHash, requiresCosign: n.requiresCosign, cosignerId: n.cosignerId,
  cosignedBy: n.cosignedBy, cosignedAt: n.cosignedAt, lateEntry: n.lateEntry, version: n.version,
  groupNoteId: n.groupNoteId, groupPart: (n.groupPart ?? null) as GroupSections | null,
  addenda: adds.map((a) => ({ id: a.id, authorId: a.authorId, text: a.text, reason: a.reason, signedAt: a.signedAt, contentHash: a.contentHash, cosignerId: a.cosignerId, cosignedBy: a.cosignedBy, cosignedAt: a.cosignedAt })),
});

/** A note and the access check on its client, in one query. */
async function noteFor(tx: Db, ctx: Ctx, id: string) {
  const [r] = await tx.select({ n: notes, onTeam: clientOnCaseload(ctx.user, notes.clientId) }).from(notes).where(and(eq(notes.id, id), eq(notes.organizationId, ctx.user.organizationId), isNull(notes.deletedAt)));
  if (!r) throw new AccessDenied(id, 404, 'note was not found');
  checkAccess(ctx, r.n.clientId, r.onTeam);
  return r.n;
}

/** The objective section's words and numbers, from this session's data for this client. */
export async function draftFor(tx: Db, { session, participants }: Awaited<ReturnType<typeof sessionFor>>, clientId: string, format: NoteFormat): Promise<NoteSections> {
  const sessionId = session.id;
  const participant = participants.find((p) => p.clientId === clientId)!;
  const objs = await tx.select().from(objectives).where(and(eq(objectives.clientId, clientId), isNull(objectives.deletedAt), sql`${objectives.status} in ('baseline','active','met')`)).orderBy(asc(objectives.createdAt));
  const series = await seriesFor(tx, objs, { sessionId });
  const delivered = await tx.select({ d: deliveredInterventions, iv: interventions }).from(deliveredInterventions).innerJoin(interventions, eq(interventions.id, deliveredInterventions.interventionId)).where(and(eq(deliveredInterventions.sessionId, sessionId), isNull(deliveredInterventions.deletedAt))).orderBy(asc(deliveredInterventions.position));
  const mine = new Map(objs.map((o) => [o.id, o]));
  const songs = await tx.select().from(musicUses).where(and(eq(musicUses.sessionId, sessionId), isNull(musicUses.deletedAt))).orderBy(asc(musicUses.createdAt), asc(musicUses.id));
  return draftNote({
    format,
    clientName: participant.preferredName ?? participant.firstName,
    session: {
      localDate: session.localDate, durationMinutes: session.durationMinutes, length: sessionLength(session), type: session.type, setting: session.setting, groupName: session.groupName,
      attendance: participant.attendance, absenceReason: participant.absenceReason, lateMinutes: participant.lateMinutes, leftEarlyMinutes: participant.leftEarlyMinutes,
    },
    interventions: delivered
      .filter((x) => x.d.objectiveIds.some((id) => mine.has(id)))
      .map((x) => ({
        delivered: x.d.delivered, name: x.iv.name, technique: x.iv.technique,
        music: songs.filter((m) => m.deliveredInterventionId === x.d.id && (m.clientId === null || m.clientId === clientId)).map((m) => formatMusicLine(m as unknown as MusicUseInput)),
        objectiveLabels: x.d.objectiveIds.filter((id) => mine.has(id)).map((id) => objectiveLabel(mine.get(id)!)),
      })),
    objectives: objs.map((o) => {
      const s = series.get(o.id)?.find((v) => v.sessionId === sessionId);
      return { label: objectiveLabel(o), summaryText: s && (s.value !== null || belowMinimum(s.summary)) ? formatSummary(documentMeasurement({ ...o, measurement: measurementConfigSchema.parse(o.measurement) }), s.summary) : null, cue: s && s.value !== null ? s.cue : null };
    }),
  });
}

export async function createNote(ctx: Ctx, sessionId: string, input: { id: string; clientId: string }) {
  return inTransaction(ctx, async (tx) => {
    // A clinician's access check is the session's participants on their caseload; anyone else
    // learns what requireClient says (an admin sees the client's name, not the clinical record).
    if (!isClinician(ctx.user.roles)) await requireClient(tx, ctx, input.clientId);
    const loaded = await sessionFor(tx, ctx, sessionId);
    const refusal = noteRefusal(loaded.session, nowOf(ctx), 'draft');
    if (refusal) throw ruleBroken(refusal, [{ path: 'params.id', message: refusal }], 'session-not-happened');
    if (!loaded.participants.some((p) => p.clientId === input.clientId)) {
      await requireClient(tx, ctx, input.clientId);
      throw ruleBroken('this client did not take part in the session', [{ path: 'body.clientId', message: 'not a participant' }]);
    }
    const format: NoteFormat = (await organizationSettings(tx, ctx)).noteFormat;
    const sections = await draftFor(tx, loaded, input.clientId, format);
    // One live note per client and session (a unique index), and ids are never reused.
    const [row] = await tx.insert(notes).values({ id: input.id, organizationId: ctx.user.organizationId, sessionId, clientId: input.clientId, format, sections, authorId: ctx.user.id }).onConflictDoNothing().returning();
    if (!row) {
      const [existing] = await tx.select({ id: notes.id }).from(notes).where(and(eq(notes.sessionId, sessionId), eq(notes.clientId, input.clientId), isNull(notes.deletedAt)));
      throw existing ? conflict('this session already has a note for this client', { existingId: existing.id }) : conflict('a note with this id already exists');
    }
    await audit(tx, ctx, { action: 'create', entityType: 'note', entityId: input.id, clientId: input.clientId });
    return noteOut(row!);
  });
}

export async function getNote(ctx: Ctx, id: string) {
  return inRead(ctx, async (tx) => {
    const n = await noteFor(tx, ctx, id);
    const adds = await tx.select().from(addenda).where(eq(addenda.noteId, id)).orderBy(asc(addenda.signedAt));
    await audit(tx, ctx, { action: 'read', entityType: 'note', entityId: id, clientId: n.clientId });
    return noteOut(n, adds);
  });
}

export async function listClientNotes(ctx: Ctx, clientId: string) {
  return inRead(ctx, async (tx) => {
    await requireClient(tx, ctx, clientId);
    const rows = await tx.select().from(notes).where(and(eq(notes.clientId, clientId), isNull(notes.deletedAt))).orderBy(desc(notes.createdAt));
    await audit(tx, ctx, { action: 'read', entityType: 'note', entityId: null, clientId });
    return rows.map((n) => noteOut(n));
  });
}

function checkSections(format: NoteFormat, sections: NoteSections) {
  const allowed = format === 'SOAP' ? ['subjective', 'objective', 'assessment', 'plan'] : ['data', 'assessment', 'plan'];
  const extra = Object.keys(sections).filter((k) => !allowed.includes(k));
  if (extra.length) throw ruleBroken(`a ${format} note has the sections ${allowed.join(', ')}`, extra.map((k) => ({ path: `body.sections.${k}`, message: `not a ${format} section` })));
}

export async function updateNote(ctx: Ctx, id: string, input: { version: number; sections: NoteSections }) {
  return inTransaction(ctx, async (tx) => {
    const n = await noteFor(tx, ctx, id);
    if (n.signedAt) throw conflict('a signed note cannot be changed; add an addendum');
    if (n.authorId !== ctx.user.id && !(await supervises(tx, ctx.user.id, n.authorId))) throw forbidden('a draft is edited by its author or the author’s supervisor');
    checkSections(n.format as NoteFormat, input.sections);
    const row = await updateVersioned(tx, notes, id, ctx.user.organizationId, input.version, { sections: { ...(n.sections as NoteSections), ...input.sections } });
    await audit(tx, ctx, { action: 'update', entityType: 'note', entityId: id, clientId: n.clientId });
    return noteOut(row);
  });
}



/** A note is signed once its session has happened, with its written sections filled or their emptiness confirmed. */
async function checkSignable(tx: Db, ctx: Ctx, n: NoteRow, confirmEmpty: boolean) {
  // The session row is held until the signature commits: recording and changes to the session wait, then see it signed.
  const [s] = await tx.select().from(sessions).where(eq(sessions.id, n.sessionId)).for('no key update');
  const refusal = s ? noteRefusal(s, nowOf(ctx), 'sign') : null;
  if (refusal) throw ruleBroken(refusal, [{ path: 'id', message: refusal }], 'session-not-ended');
  const [org] = await tx.select({ required: organizations.requiredNoteSections }).from(organizations).where(eq(organizations.id, ctx.user.organizationId));
  const { lateEntryHours } = await organizationSettings(tx, ctx);
  const empty = emptySections(n.format as NoteFormat, n.sections as NoteSections, org?.required ?? []);
  if (empty.required.length)
    throw ruleBroken(`this practice requires ${empty.required.join(', ')} before a note is signed`, empty.required.map((k) => ({ path: `sections.${k}`, message: 'is required and empty' })), 'note-section-required');
  if (empty.optional.length && !confirmEmpty)
    throw ruleBroken(`${empty.optional.join(', ')} ${empty.optional.length === 1 ? 'is' : 'are'} empty; write ${empty.optional.length === 1 ? 'it' : 'them'}, or confirm signing without`, empty.optional.map((k) => ({ path: `sections.${k}`, message: 'is empty' })), 'note-section-empty');
  return { lateEntry: s ? isLateEntry(s, nowOf(ctx), lateEntryHours) : false };
}

/** What the session record raises about safety, from the note's subjective and the client's pre-session ratings. */
async function concernsOf(tx: Db, n: NoteRow) {
  const sections = n.sections as NoteSections;
  const objs = await tx.select().from(objectives).where(and(eq(objectives.clientId, n.clientId), isNull(objectives.deletedAt)));
  const prePost = objs.filter((o) => (o.measurement as { type?: string }).type === 'pre_post');
  const series = await seriesFor(tx, prePost, { sessionId: n.sessionId });
  const ratings = prePost.map((o) => {
    const c = measurementConfigSchema.parse(o.measurement) as { scaleName: string; min: number; max: number };
    const pre = series.get(o.id)?.[0]?.summary.details.pre;
    return { scaleName: c.scaleName, min: c.min, max: c.max, pre: typeof pre === 'number' ? pre : null };
  });
  return safetyConcerns(`${sections.subjective ?? ''} ${sections.data ?? ''}`.trim(), ratings);
}

export async function signNote(ctx: Ctx, id: string, version: number, confirmEmpty = false, safetyResponse?: SafetyResponse) {
  return inTransaction(ctx, async (tx) => {
    const n = await noteFor(tx, ctx, id);
    if (n.groupNoteId) throw conflict('this note is part of a group note and is signed with it', { groupNoteId: n.groupNoteId });
    return noteOut(await signNoteRow(tx, ctx, n, version, confirmEmpty, safetyResponse));
  });
}

/** The safety question a note raises before it is signed, or null when it raises none or is answered. */
export async function unansweredSafety(tx: Db, n: NoteRow, safetyResponse?: SafetyResponse): Promise<string | null> {
  const concerns = await concernsOf(tx, n);
  if (concerns.length === 0) return null;
  if (!safetyResponse) return `${concerns.map((c) => SAFETY_WORDS[c.kind]).join(' and ')} (${concerns.map((c) => c.evidence).join(' · ')})`;
  const written = n.sections as NoteSections;
  if (safetyResponse === 'addressed_in_note' && !(written.assessment ?? '').trim() && !(written.plan ?? '').trim()) return 'the Assessment and Plan are empty';
  return null;
}

/**
 * Signs one note inside the caller's transaction (an individual note, or a member's note signed with
 * its group note): the session has ended, the sections are written or confirmed empty, the safety
 * question is answered, and the signature covers the words, the group part and the data.
 */
export async function signNoteRow(tx: Db, ctx: Ctx, n: NoteRow, version: number, confirmEmpty: boolean, safetyResponse?: SafetyResponse): Promise<NoteRow> {
  if (n.signedAt) throw conflict('this note is already signed');
  if (n.authorId !== ctx.user.id) throw forbidden('a note is signed by its author');
  const { lateEntry } = await checkSignable(tx, ctx, n, confirmEmpty);
  const concerns = await concernsOf(tx, n);
  if (concerns.length && !safetyResponse)
    throw ruleBroken(
      `the record raises ${concerns.map((c) => SAFETY_WORDS[c.kind]).join(' and ')}: address it in the Assessment or Plan, or record that the team was notified, before signing`,
      [{ path: 'body.safetyResponse', message: concerns.map((c) => c.evidence).join(' · ') }],
      'safety-concern-unanswered',
    );
  const written = n.sections as NoteSections;
  if (concerns.length && safetyResponse === 'addressed_in_note' && !(written.assessment ?? '').trim() && !(written.plan ?? '').trim())
    throw ruleBroken('the Assessment and Plan are empty: write how the concern was addressed, or record that the team was notified', [{ path: 'sections.assessment', message: 'is empty' }], 'safety-concern-unanswered');
  const cosignerId = await cosignerFor(tx, ctx, 'note');
  const isIntern = cosignerId !== null;
  const signedAt = new Date(nowOf(ctx)).toISOString();
  const row = await updateVersioned(tx, notes, n.id, ctx.user.organizationId, version, {
    status: isIntern ? 'awaiting_cosign' : 'signed', signedBy: ctx.user.id, signedAt, requiresCosign: isIntern, cosignerId, lateEntry,
    contentHash: contentHashOf(n, n.sections as NoteSections, ctx.user.id, signedAt), dataHash: await dataHashOf(tx, n.sessionId, n.clientId),
  });
  await audit(tx, ctx, { action: 'sign', entityType: 'note', entityId: n.id, clientId: n.clientId, detail: { contentHash: row.contentHash, dataHash: row.dataHash, ...(n.groupNoteId ? { groupNoteId: n.groupNoteId } : {}), ...(concerns.length ? { safety: concerns.map((c) => c.kind), safetyResponse } : {}) } });
  return row;
}

/** Who co-signs what the acting user signs: their first supervisor when they document under supervision, else nobody. */
async function cosignerFor(tx: Db, ctx: Ctx, what: 'note' | 'addendum'): Promise<string | null> {
  if (!documentsUnderSupervision(ctx.user.roles)) return null;
  const [sup] = await tx.select({ id: supervision.supervisorId }).from(supervision).where(eq(supervision.superviseeId, ctx.user.id)).orderBy(asc(supervision.createdAt));
  if (!sup) throw ruleBroken(`an intern’s ${what} needs a co-signing supervisor; ask an admin to assign one`, [{ path: 'id', message: 'no supervisor' }]);
  return sup.id;
}

/** Addenda of a note that wait for a co-signature. */
const pendingAddenda = (noteId: string) => and(eq(addenda.noteId, noteId), isNotNull(addenda.cosignerId), isNull(addenda.cosignedAt));

/** Co-signs what of this note waits for the acting user: the note itself and the addenda of the supervisees. */
export async function cosignNote(ctx: Ctx, id: string) {
  return inTransaction(ctx, async (tx) => {
    const n = await noteFor(tx, ctx, id);
    const waiting = await tx.select().from(addenda).where(pendingAddenda(id));
    if (n.status !== 'awaiting_cosign' && waiting.length === 0) throw conflict('nothing of this note is waiting for a co-signature');
    const now = new Date(nowOf(ctx)).toISOString();
    const mine: string[] = [];
    for (const a of waiting) if (await supervises(tx, ctx.user.id, a.authorId)) mine.push(a.id);
    const noteIsMine = n.status === 'awaiting_cosign' && (await supervises(tx, ctx.user.id, n.authorId));
    if (!noteIsMine && mine.length === 0) throw forbidden('only the author’s supervisor co-signs this note');
    let row = n;
    if (noteIsMine) {
      [row] = (await tx.update(notes).set({ status: 'signed', cosignedBy: ctx.user.id, cosignedAt: now, updatedAt: now }).where(eq(notes.id, id)).returning()) as [NoteRow];
      await audit(tx, ctx, { action: 'cosign', entityType: 'note', entityId: id, clientId: n.clientId });
    }
    if (mine.length) {
      await tx.update(addenda).set({ cosignedBy: ctx.user.id, cosignedAt: now }).where(and(pendingAddenda(id), inArray(addenda.id, mine)));
      await auditMany(tx, ctx, mine.map((a) => ({ action: 'cosign', entityType: 'addendum', entityId: a, clientId: n.clientId, detail: { noteId: id } })));
    }
    return noteOut(row, await tx.select().from(addenda).where(eq(addenda.noteId, id)).orderBy(asc(addenda.signedAt)));
  });
}

/** Notes of supervisees that wait for my co-signature: the note itself, or an addendum to it. */
export async function cosignQueue(ctx: Ctx) {
  return inRead(ctx, async (tx) => {
    requireClinician(ctx.user, 'notes');
    const mineToCosign = (author: SQL | typeof notes.authorId) => sql`${author} in (select s.supervisee_id from ${supervision} s where s.supervisor_id = ${ctx.user.id}::uuid)`;
    const waitingAddendum = sql`exists (select 1 from ${addenda} a where a.note_id = ${notes.id} and a.cosigner_id is not null and a.cosigned_at is null and ${mineToCosign(sql`a.author_id`)})`;
    const rows = await tx
      .select({ n: notes, first: clients.firstName, last: clients.lastName, sessionDate: sessions.localDate })
      .from(notes)
      .innerJoin(sessions, eq(sessions.id, notes.sessionId))
      .innerJoin(clients, eq(clients.id, notes.clientId))
      .where(and(
        eq(notes.organizationId, ctx.user.organizationId), isNull(notes.deletedAt), onVisibleClient(ctx.user, notes.clientId),
        or(and(eq(notes.status, 'awaiting_cosign'), mineToCosign(notes.authorId)), waitingAddendum),
      ))
      .orderBy(asc(notes.signedAt));
    const adds = rows.length ? await tx.select().from(addenda).where(inArray(addenda.noteId, rows.map((r) => r.n.id))).orderBy(asc(addenda.signedAt)) : [];
    await auditMany(tx, ctx, rows.map((r) => ({ action: 'read', entityType: 'note', entityId: r.n.id, clientId: r.n.clientId })));
    return rows.map((r) => ({ ...noteOut(r.n, adds.filter((a) => a.noteId === r.n.id)), clientName: `${r.first} ${r.last}`, sessionDate: r.sessionDate }));
  });
}

export async function addAddendum(ctx: Ctx, noteId: string, input: { id: string; text: string; reason: string }) {
  return inTransaction(ctx, async (tx) => {
    const n = await noteFor(tx, ctx, noteId);
    if (!n.signedAt) throw conflict('a draft is edited directly; addenda correct signed notes');
    const [dup] = await tx.select({ id: addenda.id }).from(addenda).where(eq(addenda.id, input.id));
    if (dup) throw conflict('an addendum with this id already exists');
    // An intern's correction, like an intern's note, waits for the supervisor's co-signature.
    const cosignerId = await cosignerFor(tx, ctx, 'addendum');
    const signedAt = new Date(nowOf(ctx)).toISOString();
    const contentHash = addendumHashOf({ noteId, text: input.text, reason: input.reason, author: ctx.user.id, signedAt });
    await tx.insert(addenda).values({ ...input, organizationId: ctx.user.organizationId, noteId, authorId: ctx.user.id, signedAt, contentHash, cosignerId });
    await audit(tx, ctx, { action: 'sign', entityType: 'addendum', entityId: input.id, clientId: n.clientId, detail: { noteId, cosignerId } });
    const adds = await tx.select().from(addenda).where(eq(addenda.noteId, noteId)).orderBy(asc(addenda.signedAt));
    return noteOut(n, adds);
  });
}

