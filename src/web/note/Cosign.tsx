/** An intern's signed note: waiting for, or given, the supervisor's co-signature. */
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { asApiError, post } from '../api/client.js';
import type { Note } from '../api/types.js';
import { useMe } from '../shell/me.js';
import { signerName, type User } from './queries.js';

export function Cosign({ note, users }: { note: Note; users?: User[] }) {
  const me = useMe();
  const qc = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const mine = note.cosignerId === me.id || !!users?.find((u) => u.id === note.authorId)?.supervisorIds.includes(me.id);
  async function cosign() {
    setError(null);
    try {
      const updated = await post<Note>(`/notes/${note.id}/cosign`);
      qc.setQueryData(['note', note.id], updated);
      await qc.invalidateQueries({ queryKey: ['cosign-queue'] });
    } catch (e) {
      setError(asApiError(e).detail);
    }
  }
  return (
    <div className="notice">
      <p>
        <span aria-hidden="true">◔ </span>Waiting for the co-signature of {signerName(users, note.cosignerId)}.
      </p>
      {mine && (
        <button type="button" className="primary" onClick={cosign}>
          Co-sign this note
        </button>
      )}
      {error && <p role="alert" className="form-error">{error}</p>}
    </div>
  );
}
