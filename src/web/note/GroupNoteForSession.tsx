/** Opens a group session's note: drafts it (the shared part and each attending member's part), or opens the one that exists. */
import { useEffect, useRef, useState } from 'react';
import { asApiError, newId, post, type ApiError } from '../api/client.js';
import { Link, navigate } from '../router/router.js';
import { useTitle } from '../ui/Status.js';

export function GroupNoteForSession({ params }: { params: Record<string, string> }) {
  const sessionId = params.id!;
  useTitle('Group note');
  const [error, setError] = useState<ApiError | null>(null);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    post<{ id: string }>(`/sessions/${sessionId}/group-note`, { id: newId() })
      .then((g) => navigate(`/group-notes/${g.id}`, { replace: true }))
      .catch((e) => {
        const err = asApiError(e);
        if (err.status === 409 && typeof err.body.existingId === 'string') navigate(`/group-notes/${err.body.existingId}`, { replace: true });
        else setError(err);
      });
  }, [sessionId]);
  return (
    <div className="page narrow">
      <h1>Group note</h1>
      {!error && <p role="status">Drafting the group note from the session…</p>}
      {error && (
        <>
          <p role="alert" className="form-error">The group note could not be drafted: {error.detail}{error.errors.length > 0 && ` (${error.errors.map((e) => e.message).join('; ')})`}</p>
          <p><Link to={`/sessions/${sessionId}`}>Back to the session</Link></p>
        </>
      )}
    </div>
  );
}
