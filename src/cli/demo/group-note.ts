/**
 * The demo documents a group session as a careful therapist does: one group note (the group's purpose,
 * the process, every member's attendance) signed the same evening together with each attending
 * member's own note; an absent member's chart gets a note of the absence only.
 */
import type { Ctx } from '../../server/access/acting-user.js';
import { createGroupNote, signGroupNote, updateGroupNote } from '../../server/group-notes/service.js';
import { createNote, getNote, listClientNotes, signNote, updateNote } from '../../server/notes/service.js';
import { Problem } from '../../server/http/problem.js';
import { SAFETY_WORDS, type SafetyKind, type SafetyResponse } from '../../domain/safety.js';
import type { NoteSections } from '../../domain/notes.js';

/** What the record raises about safety (a fall, a severe rating before the session) is answered in the plan and the team notified. */
export const SAFETY_ANSWER: Record<string, string> = {
  fall_or_injury: 'The fall reported today was passed on to the care team and the home precautions reviewed with the family.',
  safety_disclosure: 'The disclosure was passed on to the care team the same day, following the safety protocol.',
  severe_pre_session_rating: 'The severe rating before the session was reported to the care team; the session was adapted for comfort.',
};

/** The safety answers a refusal asks for: the kinds named in its detail. */
export const answersFor = (detail: string) => Object.keys(SAFETY_ANSWER).filter((k) => detail.includes(SAFETY_WORDS[k as SafetyKind])).map((k) => SAFETY_ANSWER[k]!);

export interface GroupMemberNote {
  clientId: string;
  absent: boolean;
  sections: NoteSections & { plan: string };
}

/** Drafts the group note, writes each member's part, and signs it all unless the session's notes stay drafts. Returns the notes written. */
export async function documentGroupSession(author: Ctx, sessionId: string, nextId: () => string, { purpose, members }: { purpose: string; members: GroupMemberNote[] }, sign: boolean): Promise<number> {
  const drafted = await createGroupNote(author, sessionId, { id: nextId() });
  const group = purpose ? await updateGroupNote(author, drafted.id, { version: drafted.version, sections: { purpose } }) : drafted;
  let written = 0;
  for (const m of members) {
    const own = group.members.find((x) => x.clientId === m.clientId)?.note;
    const note = own ?? (await createNote(author, sessionId, { id: nextId(), clientId: m.clientId }));
    written++;
    await updateNote(author, note.id, { version: note.version, sections: m.sections });
  }
  if (!sign) return written;
  const absentOnes = members.filter((m) => m.absent);
  if (absentOnes.length) {
    // An absence note is the member's own record, signed on its own.
    for (const m of absentOnes) {
      const mine = (await listClientNotes(author, m.clientId)).find((n) => n.sessionId === sessionId)!;
      await signNote(author, mine.id, mine.version);
    }
  }
  try {
    await signGroupNote(author, group.id, { version: group.version, confirmEmptySections: false, safetyResponses: {} });
  } catch (e) {
    if (!(e instanceof Problem) || e.slug !== 'safety-concern-unanswered') throw e;
    const responses: Record<string, SafetyResponse> = {};
    for (const err of e.errors ?? []) {
      const noteId = err.path.split('.').at(-1)!;
      const member = members.find((m) => group.members.find((x) => x.clientId === m.clientId)?.note?.id === noteId)!;
      const current = await getNote(author, noteId);
      await updateNote(author, noteId, { version: current.version, sections: { plan: [member.sections.plan, ...answersFor(err.message)].join(' ') } });
      responses[noteId] = 'team_notified';
    }
    await signGroupNote(author, group.id, { version: group.version, confirmEmptySections: false, safetyResponses: responses });
  }
  return written;
}
