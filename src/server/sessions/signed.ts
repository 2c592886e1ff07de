/**
 * What a signature covers does not change afterwards: the session's date, times, length and status,
 * the signed client's attendance and the interventions delivered to them. The database refuses such a
 * change (migration 0005); this check refuses it first, with the reason and the note to add to instead.
 */
import { and, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { Db } from '../db/connection.js';
import { notes, objectives } from '../db/schema.js';
import { Problem } from '../http/problem.js';

/** The clients whose note for this session is signed, with the note. */
export async function signedNotesOf(tx: Db, sessionId: string): Promise<Map<string, string>> {
  const rows = await tx.select({ id: notes.id, clientId: notes.clientId }).from(notes).where(and(eq(notes.sessionId, sessionId), isNotNull(notes.signedAt), isNull(notes.deletedAt)));
  return new Map(rows.map((r) => [r.clientId, r.id]));
}

/** 409 when any of these clients (any client, when none are named) has a signed note for the session. */
export function refuseIfSigned(signed: Map<string, string>, what: string, clientIds?: Iterable<string>): void {
  const hit = clientIds ? [...clientIds].find((c) => signed.has(c)) : signed.keys().next().value;
  if (hit === undefined) return;
  throw new Problem(409, `${what} is covered by a signed note and can no longer change; correct it with an addendum to the note`, undefined, { noteId: signed.get(hit) }, 'signed-note-covers-this');
}

/** The clients a delivery serves: the owners of its objectives. */
export async function servedClients(tx: Db, objectiveIds: string[]): Promise<string[]> {
  if (objectiveIds.length === 0) return [];
  const rows = await tx.select({ clientId: objectives.clientId }).from(objectives).where(inArray(objectives.id, objectiveIds));
  return [...new Set(rows.map((r) => r.clientId))];
}
