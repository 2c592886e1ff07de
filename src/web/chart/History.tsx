/** Sessions of this client, newest first, each with its note and that note's status. */
import type { Note } from '../api/types.js';
import { Link } from '../router/router.js';
import { formatDateTime } from '../ui/format.js';
import { ATTENDANCE_LABEL, humanize, NOTE_STATUS_LABEL } from '../ui/labels.js';
import { Badge, LoadError, Loading } from '../ui/Status.js';
import { useClientNotes, useClientSessions } from './queries.js';

function NoteCell({ note, sessionId, clientId }: { note?: Note; sessionId: string; clientId: string }) {
  if (!note) return <Link to={`/sessions/${sessionId}/note/${clientId}`}>Write note</Link>;
  return (
    <Link to={`/notes/${note.id}`}>
      <Badge kind={note.status}>{NOTE_STATUS_LABEL[note.status] ?? note.status}</Badge>
    </Link>
  );
}

export function History({ clientId }: { clientId: string }) {
  const sessions = useClientSessions(clientId);
  const notes = useClientNotes(clientId);
  const noteBySession = new Map((notes.data?.items ?? []).map((n) => [n.sessionId, n]));
  const drafts = (notes.data?.items ?? []).filter((n) => n.status === 'draft').length;
  return (
    <section aria-labelledby="history-title" className="section">
      <h2 id="history-title">Sessions and notes</h2>
      {drafts > 0 && <p className="notice"><span aria-hidden="true">✎ </span>{drafts} unsigned {drafts === 1 ? 'note' : 'notes'}.</p>}
      {sessions.isLoading && <Loading what="sessions" />}
      {sessions.isError && <LoadError error={sessions.error} what="Sessions" />}
      {notes.isError && <LoadError error={notes.error} what="Notes" />}
      {sessions.data && sessions.data.items.length === 0 && <p className="empty">No sessions yet.</p>}
      {sessions.data && sessions.data.items.length > 0 && (
        <table className="caseload history">
          <caption className="sr-only">Sessions, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Type</th>
              <th scope="col">Attendance</th>
              <th scope="col">Status</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {sessions.data.items.map((s) => {
              const me = s.participants.find((p) => p.clientId === clientId);
              return (
                <tr key={s.id}>
                  <th scope="row">
                    <Link to={`/sessions/${s.id}`}>{formatDateTime(s.startsAt, s.timeZone)}</Link>
                  </th>
                  <td>{humanize(s.type)}{s.groupName ? ` (${s.groupName})` : ''} · {s.durationMinutes} min</td>
                  <td>{ATTENDANCE_LABEL[me?.attendance ?? ''] ?? me?.attendance}</td>
                  <td>{humanize(s.status)}</td>
                  <td>
                    <NoteCell note={noteBySession.get(s.id)} sessionId={s.id} clientId={clientId} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
