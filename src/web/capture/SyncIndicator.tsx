/** Always visible: how many taps are on this device only, and why. */
import { useEffect, useState } from 'react';
import { outboxState, pendingCount, subscribe } from './outbox.js';

export function useOutboxStatus() {
  const [counts, setCounts] = useState({ unsent: 0, undos: 0, refused: 0 });
  const [state, setState] = useState(outboxState());
  useEffect(() => {
    let alive = true;
    const refresh = () =>
      void pendingCount().then((c) => {
        if (!alive) return;
        setCounts(c);
        setState(outboxState());
      });
    refresh();
    const off = subscribe(refresh);
    return () => {
      alive = false;
      off();
    };
  }, []);
  return { ...counts, ...state };
}

/** `compact` for the header (short words); the capture screen shows the full sentence. Only the header one is announced. */
export function SyncIndicator({ compact = false }: { compact?: boolean }) {
  const s = useOutboxStatus();
  const waiting = s.unsent + s.undos;
  const kind = s.refused ? 'refused' : waiting ? (s.online ? 'sending' : 'offline') : 'saved';
  const why = s.signedOut ? ' (sign in again)' : s.online ? '' : ' (offline, kept on this device)';
  const short = [waiting ? `${waiting} not sent${s.online ? '' : ' (offline)'}` : '', s.refused ? `${s.refused} refused` : ''].filter(Boolean).join(', ');
  const text =
    waiting === 0 && s.refused === 0
      ? 'All data saved'
      : [
          s.unsent ? `${s.unsent} ${s.unsent === 1 ? 'entry' : 'entries'} not yet sent` : '',
          s.undos ? `${s.undos} ${s.undos === 1 ? 'undo' : 'undos'} not yet sent` : '',
          s.refused ? `${s.refused} refused by the server` : '',
        ].filter(Boolean).join(', ') + (waiting ? why : '');
  return (
    <span
      className={`sync sync-${kind}`}
      {...(compact ? { role: 'status', 'aria-live': 'polite' as const, title: text } : {})}
      data-testid="sync-status"
      data-unsent={waiting}
    >
      <span aria-hidden="true">{kind === 'saved' ? '✓' : kind === 'refused' ? '⚠' : kind === 'offline' ? '◌' : '↻'} </span>
      {compact && short ? <>{short}<span className="sr-only">: {text}</span></> : text}
    </span>
  );
}

/**
 * Offline, at a glance and where the thumb is: taps go on being taken, kept on this device, and are
 * sent by themselves when the connection returns.
 */
export function OfflineBadge() {
  const s = useOutboxStatus();
  if (s.online && !s.signedOut) return null;
  const waiting = s.unsent + s.undos;
  const kept = waiting ? `${waiting} ${waiting === 1 ? 'tap' : 'taps'} kept on this device` : 'taps are kept on this device';
  return (
    <p className="offline-badge" data-testid="offline-badge">
      <span aria-hidden="true">◌ </span>
      <strong>{s.signedOut ? 'Signed out' : 'Offline'}</strong> · {kept}, {s.signedOut ? 'sent once you sign in again' : 'sent when the connection returns'}
    </p>
  );
}
