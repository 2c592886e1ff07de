/** Ending the session: everything must have reached the server, since the note is drafted from the server's data. */
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { asApiError, get, patch } from '../api/client.js';
import type { Session, SessionDetail } from '../api/types.js';
import { navigate } from '../router/router.js';
import { db, needsServer } from './db.js';
import { flush, sessionPoints } from './outbox.js';

export function EndSession({ session }: { session: SessionDetail }) {
  const qc = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function end() {
    setBusy(true);
    setMessage(null);
    try {
      const timers = await (await db()).getAllFromIndex('timers', 'bySession', session.id);
      if (timers.length) return setMessage(`${timers.length === 1 ? 'A timer is' : `${timers.length} timers are`} still running: stop ${timers.length === 1 ? 'it' : 'them'} first.`);
      await flush();
      const left = (await sessionPoints(session.id)).filter(needsServer).length;
      if (left)
        return setMessage(`${left} ${left === 1 ? 'entry is' : 'entries are'} still only on this device. They are kept and will be sent when the connection returns; the note is drafted once the server has them.`);
      const fresh = await get<Session>(`/sessions/${session.id}`);
      // The real end is now when capture ends during or just after the session; otherwise it is left for the therapist to enter.
      const now = Date.now();
      const plannedEnd = Date.parse(fresh.startsAt) + fresh.durationMinutes * 60_000;
      const liveEnd = fresh.actualStartAt && now <= plannedEnd + 2 * 3600_000 ? { actualEndAt: new Date(now).toISOString() } : {};
      if (fresh.status !== 'completed') await patch(`/sessions/${session.id}`, { version: fresh.version, status: 'completed', ...liveEnd });
      await qc.invalidateQueries({ queryKey: ['session-bundle', session.id] });
      await qc.invalidateQueries({ queryKey: ['sessions'] });
      const only = session.participants.length === 1 ? session.participants[0] : null;
      navigate(only ? `/sessions/${session.id}/note/${only.clientId}` : `/sessions/${session.id}`);
    } catch (e) {
      const err = asApiError(e);
      setMessage(err.offline ? 'No connection: the session cannot be closed yet. Your data is kept on this device.' : err.detail);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="end-session">
      <button type="button" className="primary big" disabled={busy} onClick={end}>
        {busy ? 'Sending…' : session.participants.length === 1 ? 'End session and write the note' : 'End session and write the notes'}
      </button>
      {message && <p role="alert" className="form-error">{message}</p>}
    </div>
  );
}
