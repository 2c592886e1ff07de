/** What a signature is over, in one place: the note's words and the addendum's words (the data has its own, data-hash.ts). */
import { createHash } from 'node:crypto';
import type { NoteSections } from '../../domain/notes.js';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export const contentHashOf = (n: { id: string; format: string; sessionId: string; clientId: string }, sections: NoteSections, signer: string, signedAt: string) =>
  sha256(JSON.stringify({ id: n.id, format: n.format, sessionId: n.sessionId, clientId: n.clientId, sections: Object.entries(sections).sort(), signer, signedAt }));

export const addendumHashOf = (a: { noteId: string; text: string; reason: string; author: string; signedAt: string }) =>
  sha256(JSON.stringify({ noteId: a.noteId, text: a.text, reason: a.reason, author: a.author, signedAt: a.signedAt }));
