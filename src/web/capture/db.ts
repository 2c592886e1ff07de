/**
 * The device's own store (IndexedDB). Every tap is written here first; the outbox sends it later.
 * A point's flags: attempted (a request carrying it left the device), sent (the server confirmed it),
 * voided (undone here), voidSent (the server confirmed the undo, or never had it).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { DataEvent } from '../../domain/measurement.js';
import type { Plan, SessionDetail } from '../api/types.js';

export interface LocalPoint {
  id: string;
  sessionId: string;
  clientId: string;
  objectiveId: string;
  deliveredInterventionId: string | null;
  recordedAt: string;
  event: DataEvent;
  /** The RAS cue tempo (bpm) clicking when it was recorded; absent or null: none. */
  cueTempoBpm?: number | null;
  /** Who recorded it: only that user's sign-in sends it. */
  userId: string;
  /** Local order of recording, for undo. */
  seq: number;
  attempted: 0 | 1;
  sent: 0 | 1;
  voided: 0 | 1;
  voidSent: 0 | 1;
  /** A rule the server refused this point for; it is kept and shown, not resent. */
  error?: string;
}

export interface RunningTimer {
  key: string;
  sessionId: string;
  clientId: string;
  objectiveId: string;
  kind: 'duration' | 'latency';
  startedAt: number;
}

/** What the capture screen needs to open without a connection. */
export interface SessionBundle {
  sessionId: string;
  session: SessionDetail;
  plans: Record<string, Plan>;
  savedAt: string;
}

interface CaptureDb extends DBSchema {
  points: { key: string; value: LocalPoint; indexes: { bySession: string } };
  timers: { key: string; value: RunningTimer; indexes: { bySession: string } };
  bundles: { key: string; value: SessionBundle };
}

let dbPromise: Promise<IDBPDatabase<CaptureDb>> | null = null;

export function db(): Promise<IDBPDatabase<CaptureDb>> {
  dbPromise ??= openDB<CaptureDb>('crescendo-capture', 1, {
    upgrade(d) {
      const points = d.createObjectStore('points', { keyPath: 'id' });
      points.createIndex('bySession', 'sessionId');
      const timers = d.createObjectStore('timers', { keyPath: 'key' });
      timers.createIndex('bySession', 'sessionId');
      d.createObjectStore('bundles', { keyPath: 'sessionId' });
    },
  });
  return dbPromise;
}

/** Points that still need the server: unsent taps, and undos of points the server may have. */
export const needsServer = (p: LocalPoint): boolean =>
  (!p.sent && !p.voided && !p.error) || (p.voided === 1 && p.voidSent === 0 && (p.sent === 1 || p.attempted === 1));

export async function saveBundle(bundle: SessionBundle) {
  await (await db()).put('bundles', bundle);
}

export async function loadBundle(sessionId: string): Promise<SessionBundle | undefined> {
  return (await db()).get('bundles', sessionId);
}
