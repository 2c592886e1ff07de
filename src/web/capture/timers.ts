/** Duration and latency timers that keep running across a reload: the start time lives in IndexedDB. */
import { useEffect, useState } from 'react';
import { db, type RunningTimer } from './db.js';

export function useTimer(key: string) {
  const [timer, setTimer] = useState<RunningTimer | null | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    void db().then((d) => d.get('timers', key)).then((t) => alive && setTimer(t ?? null));
    return () => {
      alive = false;
    };
  }, [key]);
  return {
    timer: timer ?? null,
    loaded: timer !== undefined,
    async start(t: Omit<RunningTimer, 'key' | 'startedAt'>) {
      const value = { ...t, key, startedAt: Date.now() };
      await (await db()).put('timers', value);
      setTimer(value);
    },
    /** Stops the timer; returns the seconds it ran (null if it was not running). */
    async stop(): Promise<number | null> {
      const d = await db();
      const t = await d.get('timers', key);
      await d.delete('timers', key);
      setTimer(null);
      return t ? (Date.now() - t.startedAt) / 1000 : null;
    },
  };
}

/** The current time, ticking while `active`. */
export function useNow(active: boolean, everyMs = 250): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (!active) return;
    const t = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(t);
  }, [active, everyMs]);
  return now;
}
