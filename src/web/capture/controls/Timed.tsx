/** Duration (start/stop of the behaviour) and latency (cue → response): timers that run by themselves. */
import { useRef } from 'react';
import { formatClock } from '../../ui/format.js';
import { useNow, useTimer } from '../timers.js';
import type { ControlProps } from './types.js';

export function Duration({ record, timerKey, timerInfo }: ControlProps<'duration'>) {
  const t = useTimer(timerKey);
  const now = useNow(!!t.timer);
  const running = t.timer ? (now - t.timer.startedAt) / 1000 : 0;
  const busy = useRef(false);
  async function toggle() {
    if (busy.current) return; // a double tap stops once
    if (!t.timer) return t.start({ ...timerInfo, kind: 'duration' });
    busy.current = true;
    // The bout is on the device before the timer is cleared: a tab closed in between loses nothing.
    const seconds = (Date.now() - t.timer.startedAt) / 1000;
    try {
      await record({ kind: 'duration', seconds: Math.round(seconds * 10) / 10 });
      await t.stop();
    } finally {
      busy.current = false;
    }
  }
  return (
    <div className="tap-row">
      <button type="button" className={`tap ${t.timer ? 'stop' : 'ok'}`} disabled={!t.loaded} onClick={toggle}>
        {t.timer ? <>■ Stop <span className="clock">{formatClock(running)}</span></> : <>▶ Start timing</>}
      </button>
    </div>
  );
}

export function Latency({ config, record, timerKey, timerInfo }: ControlProps<'latency'>) {
  const t = useTimer(timerKey);
  const now = useNow(!!t.timer);
  const running = t.timer ? (now - t.timer.startedAt) / 1000 : 0;
  const busy = useRef(false);
  async function respond() {
    if (!t.timer || busy.current) return;
    busy.current = true;
    const seconds = (Date.now() - t.timer.startedAt) / 1000;
    try {
      await record({ kind: 'latency', seconds: Math.min(config.maxSeconds, Math.round(seconds * 10) / 10) });
      await t.stop();
    } finally {
      busy.current = false;
    }
  }
  return (
    <div className="tap-row">
      {!t.timer ? (
        <button type="button" className="tap ok" disabled={!t.loaded} onClick={() => t.start({ ...timerInfo, kind: 'latency' })}>
          ▶ Cue given
        </button>
      ) : (
        <>
          <button type="button" className="tap stop" onClick={respond}>
            ■ Responded <span className="clock">{formatClock(running)}</span>
          </button>
          <button type="button" className="tap" onClick={() => void t.stop()}>No response (discard)</button>
        </>
      )}
    </div>
  );
}
