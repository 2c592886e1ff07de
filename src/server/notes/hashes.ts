/** What a signature is over, in one place: the note's words and the addendum's words (the data has its own, data-hash.ts). */
import { createHash } from 'node:crypto';
import type { NoteSections } from '../../domain/notes.js';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** A group member's note also covers its chart copy of the group's shared part (absent from the hash of every other note, so theirs still match). */
export const contentHashOf = (n: { id: string; format: string; sessionId: string; clientId: string; groupNoteId?: string | null; groupPart?: unknown }, sections: NoteSections, signer: string, signedAt: string) =>
  sha256(JSON.stringify({
    id: n.id, format: n.format, sessionId: n.sessionId, clientId: n.clientId, sections: Object.entries(sections).sort(), signer, signedAt,
    ...(n.groupNoteId ? { groupNoteId: n.groupNoteId, groupPart: Object.entries((n.groupPart ?? {}) as Record<string, string>).sort() } : {}),
  }));

/** What a group note's signature is over: its shared sections and the member notes signed with it. */
export const groupNoteHashOf = (g: { id: string; sessionId: string }, sections: object, memberNoteIds: string[], signer: string, signedAt: string) =>
  sha256(JSON.stringify({ id: g.id, sessionId: g.sessionId, sections: Object.entries(sections).sort(), members: [...memberNoteIds].sort(), signer, signedAt }));

export const addendumHashOf = (a: { noteId: string; text: string; reason: string; author: string; signedAt: string }) =>
  sha256(JSON.stringify({ noteId: a.noteId, text: a.text, reason: a.reason, author: a.author, signedAt: a.signedAt }));
