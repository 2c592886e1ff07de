/** Taps in time on a button: their times (performance clock) and the rate they make (rateFromTaps). */
import { useState } from 'react';
import { rateFromTaps, TAP_RESET_MS, type TapRate } from '../../domain/metronome.js';

const KEEP = 64;

export function useTaps(): { count: number; rate: TapRate | null; tap: (at?: number) => TapRate | null; reset: () => void } {
  const [taps, setTaps] = useState<number[]>([]);
  // The series the rate is made of: a pause starts over, and only the last taps count.
  const tap = (at = performance.now()) => {
    const last = taps.at(-1);
    const next = last !== undefined && at - last <= TAP_RESET_MS ? [...taps, at].slice(-KEEP) : [at];
    setTaps(next);
    return rateFromTaps(next);
  };
  return { count: taps.length, rate: rateFromTaps(taps), tap, reset: () => setTaps([]) };
}

/**
 * Props for a tap button: the tap counts on press (pointer down, or Enter/Space held down), not on
 * release, so a long press does not shift it.
 */
export function tapHandlers(tap: (at: number) => void) {
  return {
    onPointerDown: (e: { timeStamp: number; button: number }) => e.button === 0 && tap(performance.now()),
    onKeyDown: (e: { key: string; repeat: boolean; preventDefault: () => void }) => {
      if ((e.key === 'Enter' || e.key === ' ') && !e.repeat) {
        e.preventDefault();
        tap(performance.now());
      }
    },
  };
}
