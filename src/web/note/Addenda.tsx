/** Corrections to a signed note: addenda, each signed, never edits. */
import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { newId, post } from '../api/client.js';
import type { Note } from '../api/types.js';
import { Field, FormError, TextArea } from '../ui/Field.js';
import { formatDateTime } from '../ui/format.js';
import { signerName, type User } from './queries.js';
import { useSave } from '../api/useSave.js';

export function Addenda({ note, users }: { note: Note; users?: User[] }) {
  const qc = useQueryClient();
  const [id, setId] = useState(newId);
  const [text, setText] = useState('');
  const [reason, setReason] = useState('');
  const { error, busy, run } = useSave();
  async function submit(e: FormEvent) {
    e.preventDefault();
    await run(async () => {
      const updated = await post<Note>(`/notes/${note.id}/addenda`, { id, text, reason });
      qc.setQueryData(['note', note.id], updated);
      setText('');
      setReason('');
      setId(newId());
    });
  }
  return (
    <section aria-labelledby="addenda-title" className="section">
      <h2 id="addenda-title">Addenda</h2>
      {note.addenda.length === 0 && <p className="empty">No addenda.</p>}
      <ol className="list">
        {note.addenda.map((a) => (
          <li key={a.id} className="card">
            <p className="prewrap">{a.text}</p>
            <p className="hint">
              Reason: {a.reason} · signed by {signerName(users, a.authorId)} on {formatDateTime(a.signedAt)}
              {a.cosignerId && !a.cosignedAt && <> · waiting for the co-signature of {signerName(users, a.cosignerId)}</>}
              {a.cosignedAt && <> · co-signed by {signerName(users, a.cosignedBy)} on {formatDateTime(a.cosignedAt)}</>}
            </p>
          </li>
        ))}
      </ol>
      <form className="card form-grid" onSubmit={submit} noValidate aria-labelledby="add-addendum">
        <h3 id="add-addendum">Add an addendum</h3>
        <TextArea label="Addendum" rows={3} value={text} onChange={(e) => setText(e.target.value)} error={error?.forField('text')} />
        <Field label="Reason for the correction" value={reason} onChange={(e) => setReason(e.target.value)} error={error?.forField('reason')} />
        <FormError error={error} />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>Sign addendum</button>
        </div>
      </form>
    </section>
  );
}
