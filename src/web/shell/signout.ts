/**
 * Signing out on a shared device: what belongs to the user leaves it. Cached sessions and plans,
 * running timers, the remembered user, note drafts and the active intervention are deleted; points
 * the server already has are deleted too. Only the user's unsent points stay, tagged with the user's
 * id, and only that user's next sign-in here sends or shows them.
 */
import { ApiError, post } from '../api/client.js';
import { db, needsServer } from '../capture/db.js';
import { pendingCount } from '../capture/outbox.js';

const PREFIX = 'crescendo.';
const DRAFT_PREFIX = 'crescendo.note-draft.';
/** Set when the server could not be told of a sign-out (offline): the next start finishes it. */
export const PENDING_LOGOUT_KEY = 'crescendo.pending-logout';

export function draftCount(): number {
  let n = 0;
  for (let i = 0; i < localStorage.length; i++) if (localStorage.key(i)?.startsWith(DRAFT_PREFIX)) n++;
  return n;
}

/** What signing out leaves behind or loses: asked before signing out when any of it is non-zero. */
export async function signOutSummary(): Promise<{ unsent: number; refused: number; drafts: number }> {
  const { unsent, undos, refused } = await pendingCount();
  return { unsent: unsent + undos, refused, drafts: draftCount() };
}

export async function clearDevice(): Promise<void> {
  const tx = (await db()).transaction(['bundles', 'timers', 'points'], 'readwrite');
  await tx.objectStore('bundles').clear();
  await tx.objectStore('timers').clear();
  const points = tx.objectStore('points');
  for (const p of await points.getAll()) if (!needsServer(p) && !p.error) await points.delete(p.id);
  await tx.done;
  const keys: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const k = localStorage.key(i);
    if (k?.startsWith(PREFIX)) keys.push(k);
  }
  keys.forEach((k) => localStorage.removeItem(k));
}

/** False only when the request did not reach the server; any answer (a 401 too) means the session is over there. */
const tellServer = () => post('/auth/logout').then(() => true, (e: unknown) => !(e instanceof ApiError && e.offline));

/** Ends the session on the server, then clears the device; offline, the server is told on the next start. */
export async function signOutHere(): Promise<void> {
  const told = await tellServer();
  await clearDevice();
  if (!told) localStorage.setItem(PENDING_LOGOUT_KEY, '1');
}

/** On start: a sign-out the server has not heard of yet. True while the device counts as signed out. */
export async function finishPendingLogout(): Promise<boolean> {
  if (!localStorage.getItem(PENDING_LOGOUT_KEY)) return false;
  if (await tellServer()) localStorage.removeItem(PENDING_LOGOUT_KEY);
  return true;
}

export const clearPendingLogout = () => localStorage.removeItem(PENDING_LOGOUT_KEY);
