/** Opens the note of one participant of a session: drafts it from the data, or opens the one that exists. */
import { useEffect, useRef, useState } from 'react';
import { asApiError, newId, post, type ApiError } from '../api/client.js';
import type { Note } from '../api/types.js';
import { Link, navigate } from '../router/router.js';
import { useTitle } from '../ui/Status.js';

export function NoteForSession({ params }: { params: Record<string, string> }) {
  const { id: sessionId, clientId } = params as { id: string; clientId: string };
  useTitle('Note');
  const [error, setError] = useState<ApiError | null>(null);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    post<Note>(`/sessions/${sessionId}/notes`, { id: newId(), clientId })
      .then((note) => navigate(`/notes/${note.id}`, { replace: true }))
      .catch((e) => {
        const err = asApiError(e);
        if (err.status === 409 && typeof err.body.existingId === 'string') navigate(`/notes/${err.body.existingId}`, { replace: true });
        else setError(err);
      });
  }, [sessionId, clientId]);
  return (
    <div className="page narrow">
      <h1>Session note</h1>
      {!error && <p role="status">Drafting the note from the session’s data…</p>}
      {error && (
        <>
          <p role="alert" className="form-error">The note could not be drafted: {error.detail}</p>
          <p>
            <Link to={`/sessions/${sessionId}`}>Back to the session</Link>
          </p>
        </>
      )}
    </div>
  );
}
