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
  // The note itself, or an intern's addendum to it, waits for a co-signature.
  const pending = note.addenda.filter((a) => a.cosignerId && !a.cosignedAt);
  const cosignerId = note.status === 'awaiting_cosign' ? note.cosignerId : pending[0]?.cosignerId ?? null;
  const mine = cosignerId === me.id || pending.some((a) => a.cosignerId === me.id) || (note.status === 'awaiting_cosign' && !!users?.find((u) => u.id === note.authorId)?.supervisorIds.includes(me.id));
  async function cosign() {
    setError(null);
    try {
      const updated = await post<Note>(`/notes/${note.id}/cosign`);
      qc.setQueryData(['note', note.id], updated);
      await qc.invalidateQueries({ queryKey: ['cosign-queue'] });
      await qc.invalidateQueries({ queryKey: ['todo'], refetchType: 'all' });
    } catch (e) {
      setError(asApiError(e).detail);
    }
  }
  return (
    <div className="notice">
      <p>
        <span aria-hidden="true">◔ </span>{note.status === 'awaiting_cosign' ? 'Waiting' : 'An addendum is waiting'} for the co-signature of {signerName(users, cosignerId)}.
      </p>
      {mine && (
        <button type="button" className="primary" onClick={cosign}>
          {note.status === 'awaiting_cosign' ? 'Co-sign this note' : 'Co-sign the addendum'}
        </button>
      )}
      {error && <p role="alert" className="form-error">{error}</p>}
    </div>
  );
}
