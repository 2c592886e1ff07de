/**
 * Group notes: one shared part for a group session and each attending member's own note, drafted
 * together and signed together in one transaction. A member's chart shows that member's note with
 * its copy of the shared part, the other members as the practice decides (domain/group-note.ts).
 */
import { createHash } from 'node:crypto';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { chartCopy, draftGroupProcess, draftGroupPurpose, groupMembership, type GroupMember, type GroupSections, type OthersInChart } from '../../domain/group-note.js';
import { formatMusicLine, type MusicUseInput } from '../../domain/music.js';
import type { NoteFormat, NoteSections } from '../../domain/notes.js';
import type { SafetyResponse } from '../../domain/safety.js';
import { attended, emptySections, noteRefusal, sessionLength, unrecordedAttendance } from '../../domain/session-facts.js';
import type { Db } from '../db/connection.js';
import { deliveredInterventions, goalDomains, goals, groupNotes, interventions, musicUses, notes, objectives, organizations } from '../db/schema.js';
import { updateVersioned } from '../db/versioned.js';
import { conflict, forbidden, ruleBroken } from '../http/problem.js';
import { nowOf, type Ctx } from '../access/acting-user.js';
import { AccessDenied } from '../access/policy.js';
import { inRead, inTransaction } from '../access/run.js';
import { organizationSettings } from '../access/organization.js';
import { audit, auditMany } from '../audit/audit.js';
import { sessionFor } from '../sessions/load.js';
import { draftFor, noteOut, signNoteRow, unansweredSafety, type NoteRow } from '../notes/service.js';
import { groupNoteHashOf } from '../notes/hashes.js';

type GroupNoteRow = typeof groupNotes.$inferSelect;

/** A member's note id, derived from the group note's and the client's (an RFC 9562 version 8 UUID): a retried draft makes the same ids. */
export function memberNoteId(groupNoteId: string, clientId: string): string {
  const h = createHash('sha256').update(`${groupNoteId}/${clientId}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${((parseInt(h.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)}${h.slice(18, 20)}-${h.slice(20, 32)}`;
}
type Loaded = Awaited<ReturnType<typeof sessionFor>>;

/** The members in one order on both engines (the participants come unordered): by name, then id. */
const membersOf = (loaded: Loaded): GroupMember[] =>
  loaded.participants
    .map((p) => ({ clientId: p.clientId, name: p.preferredName ?? p.firstName, attendance: p.attendance, absenceReason: p.absenceReason, lateMinutes: p.lateMinutes, leftEarlyMinutes: p.leftEarlyMinutes }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.clientId < b.clientId ? -1 : a.clientId > b.clientId ? 1 : 0));

async function othersPolicy(tx: Db, ctx: Ctx): Promise<OthersInChart> {
  const [org] = await tx.select({ others: organizations.groupNoteOthers }).from(organizations).where(eq(organizations.id, ctx.user.organizationId));
  return org?.others === 'first_names' ? 'first_names' : 'count';
}

/** The group note of a session the acting user sees whole: every member on their caseload. */
async function groupNoteFor(tx: Db, ctx: Ctx, id: string, lock?: 'update') {
  const [g] = await tx.select().from(groupNotes).where(and(eq(groupNotes.id, id), eq(groupNotes.organizationId, ctx.user.organizationId), isNull(groupNotes.deletedAt)));
  if (!g) throw new AccessDenied(id, 404, 'group note was not found');
  const loaded = await sessionFor(tx, ctx, g.sessionId, { all: true, ...(lock ? { lock } : {}) });
  return { g, loaded };
}

/** The shared part drafted from the session: the purpose from the goal domains served, the process from the deliveries and the group's music. */
async function draftShared(tx: Db, loaded: Loaded): Promise<Pick<GroupSections, 'purpose' | 'process'>> {
  const sessionId = loaded.session.id;
  const delivered = await tx.select({ d: deliveredInterventions, iv: interventions }).from(deliveredInterventions).innerJoin(interventions, eq(interventions.id, deliveredInterventions.interventionId)).where(and(eq(deliveredInterventions.sessionId, sessionId), isNull(deliveredInterventions.deletedAt))).orderBy(asc(deliveredInterventions.position));
  const songs = await tx.select().from(musicUses).where(and(eq(musicUses.sessionId, sessionId), isNull(musicUses.deletedAt), isNull(musicUses.clientId))).orderBy(asc(musicUses.createdAt), asc(musicUses.id));
  const served = [...new Set(delivered.filter((x) => x.d.delivered).flatMap((x) => x.d.objectiveIds))];
  const domains = served.length
    ? await tx.selectDistinct({ name: goalDomains.name }).from(objectives).innerJoin(goals, eq(goals.id, objectives.goalId)).innerJoin(goalDomains, eq(goalDomains.id, goals.domainId)).where(inArray(objectives.id, served)).orderBy(asc(goalDomains.name))
    : [];
  return {
    purpose: draftGroupPurpose(loaded.session.groupName, domains.map((d) => d.name)),
    process: draftGroupProcess(delivered.map((x) => ({ name: x.iv.name, technique: x.iv.technique, delivered: x.d.delivered, music: songs.filter((m) => m.deliveredInterventionId === x.d.id).map((m) => formatMusicLine(m as unknown as MusicUseInput)) }))),
  };
}

const memberNotesOf = (tx: Db, groupNoteId: string) => tx.select().from(notes).where(and(eq(notes.groupNoteId, groupNoteId), isNull(notes.deletedAt))).orderBy(asc(notes.createdAt), asc(notes.id));

function groupNoteOut(g: GroupNoteRow, loaded: Loaded, memberNotes: NoteRow[]) {
  const length = sessionLength(loaded.session).minutes;
  const members = membersOf(loaded);
  const sections = g.sections as GroupSections;
  return {
    id: g.id, sessionId: g.sessionId, groupName: loaded.session.groupName, localDate: loaded.session.localDate,
    status: g.status as 'draft' | 'signed', authorId: g.authorId, signedBy: g.signedBy, signedAt: g.signedAt, contentHash: g.contentHash, version: g.version,
    // Until signed, the membership follows the attendance as recorded; the signature freezes it.
    sections: g.signedAt ? sections : { ...sections, membership: groupMembership(members, length) },
    members: members.map((m) => {
      const n = memberNotes.find((x) => x.clientId === m.clientId);
      return { clientId: m.clientId, name: m.name, attendance: m.attendance, attended: attended(m.attendance), note: n ? noteOut(n) : null };
    }),
  };
}

/** Creates the group note and a draft note for each attending member (a member's existing draft joins it). */
export async function createGroupNote(ctx: Ctx, sessionId: string, input: { id: string }) {
  return inTransaction(ctx, async (tx) => {
    const loaded = await sessionFor(tx, ctx, sessionId, { all: true, lock: 'share' });
    if (loaded.session.type !== 'group') throw ruleBroken('a group note is written for a group session', [{ path: 'params.id', message: 'not a group session' }], 'not-a-group-session');
    const refusal = noteRefusal(loaded.session, nowOf(ctx), 'draft');
    if (refusal) throw ruleBroken(refusal, [{ path: 'params.id', message: refusal }], 'session-not-happened');
    const unrecorded = unrecordedAttendance(loaded.participants);
    if (unrecorded.length)
      throw ruleBroken('record every member’s attendance before the group note is drafted', unrecorded.map((p) => ({ path: `participants.${p.clientId}.attendance`, message: 'is not recorded' })), 'attendance-not-recorded');
    const [existing] = await tx.select({ id: groupNotes.id }).from(groupNotes).where(and(eq(groupNotes.sessionId, sessionId), isNull(groupNotes.deletedAt)));
    if (existing) throw conflict('this session already has a group note', { existingId: existing.id });
    const [taken] = await tx.select({ id: groupNotes.id }).from(groupNotes).where(eq(groupNotes.id, input.id));
    if (taken) throw conflict('a group note with this id already exists');
    const shared = await draftShared(tx, loaded);
    const members = membersOf(loaded);
    const length = sessionLength(loaded.session).minutes;
    const [g] = await tx.insert(groupNotes).values({ id: input.id, organizationId: ctx.user.organizationId, sessionId, sections: { ...shared, membership: groupMembership(members, length) }, authorId: ctx.user.id }).returning();
    const format: NoteFormat = (await organizationSettings(tx, ctx)).noteFormat;
    const policy = await othersPolicy(tx, ctx);
    const drafts = await tx.select().from(notes).where(and(eq(notes.sessionId, sessionId), isNull(notes.deletedAt)));
    for (const m of members.filter((x) => attended(x.attendance))) {
      const groupPart = chartCopy(shared, members, m.clientId, length, policy);
      const own = drafts.find((n) => n.clientId === m.clientId);
      if (own?.signedAt) throw conflict(`${m.name}’s note for this session is already signed on its own`, { existingId: own.id });
      if (own) await tx.update(notes).set({ groupNoteId: g!.id, groupPart, updatedAt: new Date(nowOf(ctx)).toISOString() }).where(eq(notes.id, own.id));
      else
        await tx.insert(notes).values({
          id: memberNoteId(g!.id, m.clientId), organizationId: ctx.user.organizationId, sessionId, clientId: m.clientId, format, authorId: ctx.user.id,
          sections: await draftFor(tx, loaded, m.clientId, format), groupNoteId: g!.id, groupPart,
        });
    }
    const memberNotes = await memberNotesOf(tx, g!.id);
    await audit(tx, ctx, { action: 'create', entityType: 'group_note', entityId: g!.id, detail: { sessionId } });
    await auditMany(tx, ctx, memberNotes.map((n) => ({ action: 'create', entityType: 'note', entityId: n.id, clientId: n.clientId, detail: { groupNoteId: g!.id } })));
    return groupNoteOut(g!, loaded, memberNotes);
  });
}

export async function getGroupNote(ctx: Ctx, id: string) {
  return inRead(ctx, async (tx) => {
    const { g, loaded } = await groupNoteFor(tx, ctx, id);
    const memberNotes = await memberNotesOf(tx, id);
    await auditMany(tx, ctx, [{ action: 'read', entityType: 'group_note', entityId: id }, ...memberNotes.map((n) => ({ action: 'read' as const, entityType: 'note', entityId: n.id, clientId: n.clientId }))]);
    return groupNoteOut(g, loaded, memberNotes);
  });
}

/** The group note of a session, when it has one (404 otherwise). */
export async function groupNoteOfSession(ctx: Ctx, sessionId: string) {
  return inRead(ctx, async (tx) => {
    await sessionFor(tx, ctx, sessionId, { all: true });
    const [g] = await tx.select({ id: groupNotes.id }).from(groupNotes).where(and(eq(groupNotes.sessionId, sessionId), eq(groupNotes.organizationId, ctx.user.organizationId), isNull(groupNotes.deletedAt)));
    if (!g) throw new AccessDenied(sessionId, 404, 'this session has no group note');
    return { id: g.id };
  });
}

/** Rewrites the shared part of every member's chart copy in the same transaction as the change. */
async function refreshChartCopies(tx: Db, ctx: Ctx, loaded: Loaded, memberNotes: NoteRow[], shared: Pick<GroupSections, 'purpose' | 'process'>) {
  const members = membersOf(loaded);
  const length = sessionLength(loaded.session).minutes;
  const policy = await othersPolicy(tx, ctx);
  for (const n of memberNotes) await tx.update(notes).set({ groupPart: chartCopy(shared, members, n.clientId, length, policy) }).where(eq(notes.id, n.id));
}

export async function updateGroupNote(ctx: Ctx, id: string, input: { version: number; sections: Partial<Pick<GroupSections, 'purpose' | 'process'>> }) {
  return inTransaction(ctx, async (tx) => {
    const { g, loaded } = await groupNoteFor(tx, ctx, id);
    if (g.signedAt) throw conflict('a signed group note cannot be changed; add an addendum to a member’s note');
    if (g.authorId !== ctx.user.id) throw forbidden('a group note is edited by its author');
    const sections = { ...(g.sections as GroupSections), ...input.sections };
    const row = await updateVersioned(tx, groupNotes, id, ctx.user.organizationId, input.version, { sections });
    const memberNotes = await memberNotesOf(tx, id);
    await refreshChartCopies(tx, ctx, loaded, memberNotes, sections);
    await audit(tx, ctx, { action: 'update', entityType: 'group_note', entityId: id });
    return groupNoteOut(row, loaded, await memberNotesOf(tx, id));
  });
}

/**
 * Signs the group note and every member's note together, or nothing: the membership is frozen from
 * the attendance, each chart copy rewritten from it, and each member's note signed over its copy.
 */
export async function signGroupNote(ctx: Ctx, id: string, input: { version: number; confirmEmptySections: boolean; safetyResponses: Record<string, SafetyResponse> }) {
  return inTransaction(ctx, async (tx) => {
    const { g, loaded } = await groupNoteFor(tx, ctx, id, 'update');
    if (g.signedAt) throw conflict('this group note is already signed');
    if (g.authorId !== ctx.user.id) throw forbidden('a group note is signed by its author');
    if (g.version !== input.version) throw conflict('the group note was changed elsewhere; reload it');
    const refusal = noteRefusal(loaded.session, nowOf(ctx), 'sign');
    if (refusal) throw ruleBroken(refusal, [{ path: 'id', message: refusal }], 'session-not-ended');
    const members = membersOf(loaded);
    const unrecorded = unrecordedAttendance(members);
    if (unrecorded.length) throw ruleBroken('record every member’s attendance before signing', unrecorded.map((m) => ({ path: `members.${m.clientId}.attendance`, message: `${m.name}: not recorded` })), 'attendance-not-recorded');
    let memberNotes = await memberNotesOf(tx, id);
    const missing = members.filter((m) => attended(m.attendance) && !memberNotes.some((n) => n.clientId === m.clientId));
    if (missing.length) throw ruleBroken('a member attended who has no part in this group note; their note is drafted on its own', missing.map((m) => ({ path: `members.${m.clientId}`, message: `${m.name}: no note in the group note` })));
    const shared = g.sections as GroupSections;
    const emptyShared = (['purpose', 'process'] as const).filter((k) => !(shared[k] ?? '').trim());
    const emptyMembers = memberNotes.filter((n) => emptySections(n.format as NoteFormat, n.sections as NoteSections, []).optional.length > 0);
    if ((emptyShared.length || emptyMembers.length) && !input.confirmEmptySections)
      throw ruleBroken('some written sections are empty; write them, or confirm signing without', [
        ...emptyShared.map((k) => ({ path: `sections.${k}`, message: 'is empty' })),
        ...emptyMembers.map((n) => ({ path: `members.${n.clientId}.sections`, message: `${members.find((m) => m.clientId === n.clientId)?.name ?? 'member'}: ${emptySections(n.format as NoteFormat, n.sections as NoteSections, []).optional.join(', ')} empty` })),
      ], 'note-section-empty');
    // What any member's record raises about safety is answered for that member before anything is signed.
    const unanswered: { path: string; message: string }[] = [];
    for (const n of memberNotes) {
      const open = await unansweredSafety(tx, n, input.safetyResponses[n.id]);
      if (open) unanswered.push({ path: `body.safetyResponses.${n.id}`, message: `${members.find((m) => m.clientId === n.clientId)?.name ?? 'member'}: ${open}` });
    }
    if (unanswered.length)
      throw ruleBroken('the record raises a safety concern for a member: address it in that member’s Assessment or Plan, or record that the team was notified, before signing', unanswered, 'safety-concern-unanswered');
    const sections: GroupSections = { purpose: shared.purpose, process: shared.process, membership: groupMembership(members, sessionLength(loaded.session).minutes) };
    await refreshChartCopies(tx, ctx, loaded, memberNotes, sections);
    memberNotes = await memberNotesOf(tx, id);
    for (const n of memberNotes) await signNoteRow(tx, ctx, n, n.version, true, input.safetyResponses[n.id]);
    const signedAt = new Date(nowOf(ctx)).toISOString();
    const row = await updateVersioned(tx, groupNotes, id, ctx.user.organizationId, input.version, {
      sections, status: 'signed', signedBy: ctx.user.id, signedAt, contentHash: groupNoteHashOf(g, sections, memberNotes.map((n) => n.id), ctx.user.id, signedAt),
    });
    await audit(tx, ctx, { action: 'sign', entityType: 'group_note', entityId: id, detail: { contentHash: row.contentHash, memberNotes: memberNotes.map((n) => n.id) } });
    return groupNoteOut(row, loaded, await memberNotesOf(tx, id));
  });
}
