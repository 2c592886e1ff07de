/**
 * The outbox: taps go to IndexedDB first, then to the server in the background, in batches.
 * The server is idempotent on point ids, so a batch whose answer was lost is simply sent again:
 * nothing is lost on a reload or a dropped connection, and nothing is stored twice.
 */
import { ApiError, del, post } from '../api/client.js';
import { db, needsServer, type LocalPoint } from './db.js';

type NewPoint = Omit<LocalPoint, 'seq' | 'attempted' | 'sent' | 'voided' | 'voidSent' | 'error' | 'userId'>;

const listeners = new Set<() => void>();
const channel = typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel('crescendo-outbox') : null;
const inflight = new Set<string>();
let lastSeq = 0;
/** The signed-in user: the outbox sends only what this user recorded on this device. */
let currentUser: string | null = null;
let state: { online: boolean; lastError: string | null; signedOut: boolean } = { online: true, lastError: null, signedOut: false };

function changed(broadcast = true) {
  listeners.forEach((l) => l());
  if (broadcast) channel?.postMessage('changed');
}
channel?.addEventListener('message', () => changed(false));

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const outboxState = () => state;

/** Records one tap: written to the device before anything else happens. */
export async function record(point: NewPoint): Promise<LocalPoint> {
  lastSeq = Math.max(Date.now() * 1000, lastSeq + 1);
  if (!currentUser) throw new Error('not signed in');
  const local: LocalPoint = { ...point, userId: currentUser, seq: lastSeq, attempted: 0, sent: 0, voided: 0, voidSent: 0 };
  await (await db()).put('points', local);
  changed();
  void flush();
  return local;
}

/** Undoes one point: never sent → dropped here; possibly on the server → voided there too. */
export async function undo(point: Pick<LocalPoint, 'id'> & Partial<Pick<LocalPoint, 'sessionId' | 'clientId' | 'objectiveId' | 'deliveredInterventionId' | 'recordedAt' | 'event'>>): Promise<void> {
  const d = await db();
  const tx = d.transaction('points', 'readwrite');
  const current = await tx.store.get(point.id);
  if (current) {
    const onServer = current.sent === 1 || current.attempted === 1 || inflight.has(current.id);
    await tx.store.put({ ...current, voided: 1, voidSent: onServer ? 0 : 1 });
  } else if (point.sessionId && point.clientId && point.objectiveId && point.event && point.recordedAt) {
    // A point recorded on another device: remember the undo until the server has it.
    await tx.store.put({
      id: point.id, sessionId: point.sessionId, clientId: point.clientId, objectiveId: point.objectiveId, recordedAt: point.recordedAt, event: point.event,
      deliveredInterventionId: point.deliveredInterventionId ?? null, userId: currentUser ?? '', seq: 0, attempted: 1, sent: 1, voided: 1, voidSent: 0,
    });
  }
  await tx.done;
  changed();
  void flush();
}

/** The signed-in user's points of one session: another account's unsent points on this device are never shown. */
export async function sessionPoints(sessionId: string): Promise<LocalPoint[]> {
  const all = (await (await db()).getAllFromIndex('points', 'bySession', sessionId)).filter((p) => currentUser !== null && p.userId === currentUser);
  return all.sort((a, b) => a.seq - b.seq);
}

async function mine(): Promise<LocalPoint[]> {
  return (await (await db()).getAll('points')).filter((p) => p.userId === currentUser);
}

/** How many entries other accounts left unsent on this device: a count only, never their content. */
export async function otherAccountsPending(): Promise<number> {
  return (await (await db()).getAll('points')).filter((p) => currentUser !== null && p.userId !== currentUser && needsServer(p)).length;
}

/** What of the signed-in user's is still only on this device. */
export async function pendingCount(): Promise<{ unsent: number; undos: number; refused: number }> {
  const all = await mine();
  const waiting = all.filter(needsServer);
  return { unsent: waiting.filter((p) => !p.voided).length, undos: waiting.filter((p) => p.voided).length, refused: all.filter((p) => p.error && !p.voided).length };
}

async function mark(ids: string[], patch: (p: LocalPoint) => Partial<LocalPoint>) {
  const tx = (await db()).transaction('points', 'readwrite');
  for (const id of ids) {
    const p = await tx.store.get(id);
    if (p) await tx.store.put({ ...p, ...patch(p) });
  }
  await tx.done;
}

const wire = (p: LocalPoint) => ({
  id: p.id, clientId: p.clientId, objectiveId: p.objectiveId, deliveredInterventionId: p.deliveredInterventionId, recordedAt: p.recordedAt, event: p.event, cueTempoBpm: p.cueTempoBpm ?? null,
});

/** Sends one session's points; a refused batch is retried point by point so one bad tap blocks nothing else. */
async function sendBatch(sessionId: string, points: LocalPoint[]): Promise<void> {
  const ids = points.map((p) => p.id);
  await mark(ids, () => ({ attempted: 1 }));
  ids.forEach((id) => inflight.add(id));
  try {
    await post(`/sessions/${sessionId}/data-points/batch`, { points: points.map(wire) });
    await mark(ids, () => ({ sent: 1 }));
  } catch (e) {
    if (!(e instanceof ApiError) || e.status === 0 || e.status === 401 || e.status >= 500 || e.status === 429) throw e;
    if (points.length === 1) {
      const reason = e.errors.map((x) => x.message).join('; ') || e.detail;
      await mark(ids, () => ({ error: reason }));
      return;
    }
    for (const p of points) await sendBatch(sessionId, [p]);
  } finally {
    ids.forEach((id) => inflight.delete(id));
  }
}

let running: Promise<void> | null = null;

/** One pass over everything the server still needs. Safe to call at any time; passes never overlap. */
export function flush(): Promise<void> {
  if (running) return running;
  const current = pass();
  running = current;
  // Cleared after the pass settles, even when the pass finished without waiting for anything.
  void current.finally(() => {
    if (running === current) running = null;
    changed();
  });
  return current;
}

async function pass(): Promise<void> {
  // The browser knows it has no network: nothing leaves the device, so nothing is marked as attempted.
  if (!navigator.onLine) {
    state = { ...state, online: false };
    return;
  }
  try {
    const all = (await mine()).sort((a, b) => a.seq - b.seq);
    const bySession = new Map<string, LocalPoint[]>();
    for (const p of all) if (!p.sent && !p.voided && !p.error) bySession.set(p.sessionId, [...(bySession.get(p.sessionId) ?? []), p]);
    for (const [sessionId, points] of bySession)
      for (let i = 0; i < points.length; i += 500) await sendBatch(sessionId, points.slice(i, i + 500));
    const undos = (await mine()).filter((p) => p.voided && !p.voidSent && (p.sent || p.attempted));
    for (const p of undos) await sendUndo(p);
    state = { online: true, lastError: null, signedOut: false };
  } catch (e) {
    const err = e instanceof ApiError ? e : null;
    state = { online: !err?.offline, lastError: err?.detail ?? String(e), signedOut: err?.status === 401 };
  }
}

async function sendUndo(p: LocalPoint) {
  try {
    await del(`/sessions/${p.sessionId}/data-points/${p.id}`);
  } catch (e) {
    if (!(e instanceof ApiError) || e.status === 0 || e.status === 401 || e.status >= 500) throw e;
    if (e.status !== 404) {
      await mark([p.id], () => ({ voided: 0, voidSent: 0, error: `could not be undone: ${e.detail}` }));
      return;
    }
  }
  await mark([p.id], () => ({ voidSent: 1 }));
}

/** Removes what the server confirmed more than two days ago, and old offline copies of sessions: health data stays on a device no longer than needed. */
async function purge() {
  const cutoff = new Date(Date.now() - 2 * 86_400_000).toISOString();
  const tx = (await db()).transaction(['points', 'bundles'], 'readwrite');
  const points = tx.objectStore('points');
  for (const p of await points.getAll()) if (!needsServer(p) && !p.error && p.recordedAt < cutoff) await points.delete(p.id);
  const bundles = tx.objectStore('bundles');
  for (const b of await bundles.getAll()) if (b.savedAt < cutoff) await bundles.delete(b.sessionId);
  await tx.done;
}

/** Runs the outbox while the app is open: now, every few seconds, and as soon as the connection returns. */
export function startOutbox(userId: string): () => void {
  currentUser = userId;
  changed(false); // what is shown follows the signed-in user
  void purge().then(flush);
  const timer = window.setInterval(() => void flush(), 4000);
  const online = () => void flush();
  window.addEventListener('online', online);
  return () => {
    window.clearInterval(timer);
    window.removeEventListener('online', online);
    currentUser = null;
    changed(false);
  };
}
