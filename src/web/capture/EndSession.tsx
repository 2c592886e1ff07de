/**
 * Ending the session: everything must have reached the server, since the note is drafted from the
 * server's data. Then a step of its own before the note: planned vs delivered (ticks to change), and
 * the attendance of anyone still not recorded, asked for; only then the way on to the note.
 */
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { asApiError, get, patch } from '../api/client.js';
import type { PlanObjective, Session, SessionDetail } from '../api/types.js';
import { navigate } from '../router/router.js';
import { DeliveredList } from '../planner/DeliveredList.js';
import { Attendance } from './Attendance.js';
import { db, needsServer } from './db.js';
import { flush, sessionPoints } from './outbox.js';

/** `reviewing`: the session is closed and the step before the note is shown (Capture then shows nothing else). */
export function EndSession({ session, objectives, reviewing, onReview }: { session: SessionDetail; objectives: Map<string, PlanObjective>; reviewing: boolean; onReview: () => void }) {
  const qc = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [attendance, setAttendance] = useState<Record<string, string>>({});

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
      onReview();
    } catch (e) {
      const err = asApiError(e);
      setMessage(err.offline ? 'No connection: the session cannot be closed yet. Your data is kept on this device.' : err.detail);
    } finally {
      setBusy(false);
    }
  }

  const only = session.participants.length === 1 ? session.participants[0] : null;
  const unrecorded = session.participants.filter((p) => (attendance[p.clientId] ?? p.attendance) === 'expected');
  if (reviewing)
    return (
      <section className="card end-step" aria-labelledby="end-step-h">
        <h2 id="end-step-h">Before the note: what happened</h2>
        <p className="hint">The note lists only what was delivered. Tick or untick to match the session.</p>
        <DeliveredList session={session} objectives={objectives} />
        {unrecorded.length > 0 && (
          <div className="end-attendance">
            <h3>Attendance not recorded yet</h3>
            {unrecorded.map((p) => (
              <Attendance key={p.clientId} sessionId={session.id} clientId={p.clientId} name={p.name} value={attendance[p.clientId] ?? p.attendance} facts={p}
                onChange={(a) => { setAttendance((x) => ({ ...x, [p.clientId]: a })); void qc.invalidateQueries({ queryKey: ['session-bundle', session.id] }); }} />
            ))}
          </div>
        )}
        <button type="button" className="primary big" disabled={unrecorded.length > 0} onClick={() => navigate(only ? `/sessions/${session.id}/note/${only.clientId}` : `/sessions/${session.id}`)}>
          {only ? 'Go on to the note' : 'Go on to the notes'}
        </button>
        {unrecorded.length > 0 && <p className="hint">Record the attendance above first.</p>}
      </section>
    );
  return (
    <div className="end-session">
      <button type="button" className="primary big" disabled={busy} onClick={end}>
        {busy ? 'Sending…' : session.participants.length === 1 ? 'End session and write the note' : 'End session and write the notes'}
      </button>
      {message && <p role="alert" className="form-error">{message}</p>}
    </div>
  );
}
