/** Attendance of one participant, saved at once. */
import { useState } from 'react';
import { asApiError, put } from '../api/client.js';
import { ATTENDANCE_LABEL } from '../ui/labels.js';

export function Attendance({ sessionId, clientId, name, value, onChange }: { sessionId: string; clientId: string; name: string; value: string; onChange: (v: string) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function change(attendance: string) {
    const before = value;
    onChange(attendance);
    setBusy(true);
    setError(null);
    try {
      await put(`/sessions/${sessionId}/participants/${clientId}/attendance`, { attendance });
    } catch (e) {
      onChange(before);
      const err = asApiError(e);
      setError(err.offline ? 'Attendance needs a connection; it was not changed.' : err.detail);
    } finally {
      setBusy(false);
    }
  }
  const id = `att-${clientId}`;
  return (
    <div className="attendance">
      <label htmlFor={id}>Attendance<span className="sr-only"> of {name}</span></label>
      <select id={id} value={value} disabled={busy} onChange={(e) => void change(e.target.value)} aria-describedby={error ? `${id}-e` : undefined}>
        {value === 'expected' && <option value="expected" disabled>Not recorded yet</option>}
        {['present', 'late', 'left_early', 'absent', 'cancelled'].map((a) => (
          <option key={a} value={a}>{ATTENDANCE_LABEL[a]}</option>
        ))}
      </select>
      {error && <p className="field-error" id={`${id}-e`} role="alert">{error}</p>}
    </div>
  );
}
