/** Duration and latency timers that keep running across a reload: the start time lives in IndexedDB. */
import { useEffect, useState } from 'react';
import { db, type RunningTimer } from './db.js';

/** A timer shown twice (its card and the thumb bar) is one timer: each start or stop tells the other. */
const TIMER_CHANGED = 'crescendo-timer-changed';
const announce = (key: string) => window.dispatchEvent(new CustomEvent(TIMER_CHANGED, { detail: key }));

export function useTimer(key: string) {
  const [timer, setTimer] = useState<RunningTimer | null | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    const load = () => void db().then((d) => d.get('timers', key)).then((t) => alive && setTimer(t ?? null));
    const changed = (e: Event) => (e as CustomEvent<string>).detail === key && load();
    load();
    window.addEventListener(TIMER_CHANGED, changed);
    return () => {
      alive = false;
      window.removeEventListener(TIMER_CHANGED, changed);
    };
  }, [key]);
  return {
    timer: timer ?? null,
    loaded: timer !== undefined,
    async start(t: Omit<RunningTimer, 'key' | 'startedAt'>) {
      const value = { ...t, key, startedAt: Date.now() };
      await (await db()).put('timers', value);
      setTimer(value);
      announce(key);
    },
    /** Stops the timer; returns the seconds it ran (null if it was not running). */
    async stop(): Promise<number | null> {
      const d = await db();
      const t = await d.get('timers', key);
      await d.delete('timers', key);
      setTimer(null);
      announce(key);
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
