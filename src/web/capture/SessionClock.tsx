/** Time since the session really started (the start capture recorded), ticking each second; until then, when it is planned. */
import { useNow } from './timers.js';

export function elapsed(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(h ? 2 : 1, '0');
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

export function SessionClock({ startedAt, endedAt }: { startedAt: string | null; endedAt: string | null }) {
  const now = useNow(!!startedAt && !endedAt, 1000);
  if (!startedAt) return <span className="session-clock" data-testid="session-clock">Not started</span>;
  const end = endedAt ? Date.parse(endedAt) : now;
  return (
    <span className="session-clock" data-testid="session-clock">
      <time dateTime={`PT${Math.max(0, Math.floor((end - Date.parse(startedAt)) / 1000))}S`}>{elapsed((end - Date.parse(startedAt)) / 1000)}</time>
      {endedAt ? ' session length' : ' since the start'}
    </span>
  );
}
