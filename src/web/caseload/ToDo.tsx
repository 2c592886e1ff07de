/** What the record still owes for sessions that have happened, oldest first; a supervisor's team below. */
import { useQuery } from '@tanstack/react-query';
import { get } from '../api/client.js';
import type { OwedItem, ToDo as ToDoData } from '../api/types.js';
import { Link } from '../router/router.js';
import { formatDateTime, formatWaited } from '../ui/format.js';
import { LoadError, Loading } from '../ui/Status.js';

function what(i: OwedItem): string {
  if (i.owed === 'attendance') return 'attendance not recorded';
  if (i.noteStatus === 'draft') return 'note drafted, not signed';
  if (i.noteStatus === 'awaiting_cosign') return 'waiting for co-signature';
  return 'no note yet';
}

function Owed({ i, lateHours }: { i: OwedItem; lateHours: number }) {
  const to = i.owed === 'attendance' ? `/sessions/${i.sessionId}` : `/sessions/${i.sessionId}/note/${i.clientId}`;
  return (
    <li className={i.late ? 'owed late' : 'owed'}>
      <Link to={to}>{i.clientName}</Link> · {formatDateTime(i.startsAt, i.timeZone)} · {what(i)} · ended {formatWaited(i.sinceMs)} ago
      {i.late && <span className="badge warn" title={`Signed now, the note is marked as a late entry (over ${lateHours} h after the session)`}>late entry</span>}
    </li>
  );
}

export function ToDo() {
  const q = useQuery({ queryKey: ['todo'], queryFn: () => get<ToDoData>('/todo') });
  const data = q.data;
  return (
    <section aria-labelledby="todo-title" className="section card">
      <h2 id="todo-title">To do</h2>
      {q.isLoading && <Loading what="your to-do list" />}
      {q.isError && <LoadError error={q.error} what="The to-do list" />}
      {data && data.owed.length === 0 && <p className="empty">Nothing owed: every session that has happened is documented.</p>}
      {data && data.owed.length > 0 && (
        <>
          <p className="hint">
            {data.owed.length} to finish, oldest first{data.owed.some((i) => i.late) ? `; ${data.owed.filter((i) => i.late).length} past the ${data.lateHours} h window` : ''}.
          </p>
          <ul className="list todo">
            {data.owed.map((i) => <Owed key={`${i.sessionId}:${i.clientId}`} i={i} lateHours={data.lateHours} />)}
          </ul>
        </>
      )}
      {data && data.team.length > 0 && (
        <table className="caseload team-todo">
          <caption>Your supervisees’ documentation</caption>
          <thead>
            <tr><th scope="col">Clinician</th><th scope="col">To finish</th><th scope="col">Past {data.lateHours} h</th><th scope="col">Oldest</th></tr>
          </thead>
          <tbody>
            {data.team.map((t) => (
              <tr key={t.therapistId}>
                <th scope="row">{t.name}</th>
                <td>{t.owed}</td>
                <td>{t.late}</td>
                <td>{t.owed ? formatWaited(t.oldestMs) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
