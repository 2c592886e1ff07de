/** Attendance of one participant, saved at once: with the reason for an absence, and the minutes for a late arrival or an early leave. */
import { useState } from 'react';
import { asApiError, put } from '../api/client.js';
import { ATTENDANCE_LABEL } from '../ui/labels.js';
import { ABSENCE_REASONS, ABSENCE_REASON_WORDS } from '../../domain/session-facts.js';

interface Facts {
  absenceReason?: string | null;
  lateMinutes?: number | null;
  leftEarlyMinutes?: number | null;
}

export function Attendance({ sessionId, clientId, name, value, facts = {}, onChange }: { sessionId: string; clientId: string; name: string; value: string; facts?: Facts; onChange: (v: string) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [reason, setReason] = useState(facts.absenceReason ?? '');
  const [minutes, setMinutes] = useState(String(facts.lateMinutes ?? facts.leftEarlyMinutes ?? ''));
  async function save(attendance: string, extra: Facts = {}) {
    const before = value;
    onChange(attendance);
    setBusy(true);
    setError(null);
    try {
      await put(`/sessions/${sessionId}/participants/${clientId}/attendance`, { attendance, ...extra });
    } catch (e) {
      onChange(before);
      const err = asApiError(e);
      setError(err.offline ? 'Attendance needs a connection; it was not changed.' : err.detail);
    } finally {
      setBusy(false);
    }
  }
  const withMinutes = (attendance: string, m: string) =>
    m === '' ? {} : attendance === 'late' ? { lateMinutes: Number(m) } : { leftEarlyMinutes: Number(m) };
  const id = `att-${clientId}`;
  return (
    <div className="attendance">
      <label htmlFor={id}>Attendance<span className="sr-only"> of {name}</span></label>
      <select id={id} value={value} disabled={busy} onChange={(e) => { setReason(''); setMinutes(''); void save(e.target.value); }} aria-describedby={error ? `${id}-e` : undefined}>
        {value === 'expected' && <option value="expected" disabled>Not recorded yet</option>}
        {['present', 'late', 'left_early', 'absent', 'cancelled'].map((a) => (
          <option key={a} value={a}>{ATTENDANCE_LABEL[a]}</option>
        ))}
      </select>
      {value === 'absent' && (
        <>
          <label htmlFor={`${id}-r`} className="sr-only">Reason {name} was absent</label>
          <select id={`${id}-r`} value={reason} disabled={busy} onChange={(e) => { setReason(e.target.value); void save('absent', e.target.value ? { absenceReason: e.target.value } : {}); }}>
            <option value="">Reason…</option>
            {ABSENCE_REASONS.map((r) => <option key={r} value={r}>{ABSENCE_REASON_WORDS[r]}</option>)}
          </select>
        </>
      )}
      {(value === 'late' || value === 'left_early') && (
        <>
          <label htmlFor={`${id}-m`}>{value === 'late' ? 'minutes late' : 'minutes early'}<span className="sr-only"> ({name})</span></label>
          <input id={`${id}-m`} className="minutes" inputMode="numeric" size={3} value={minutes} disabled={busy}
            onChange={(e) => setMinutes(e.target.value.replace(/\D/g, '').slice(0, 3))}
            onBlur={() => void save(value, withMinutes(value, minutes))} />
        </>
      )}
      {error && <p className="field-error" id={`${id}-e`} role="alert">{error}</p>}
    </div>
  );
}
