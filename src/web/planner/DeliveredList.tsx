/**
 * Planned and delivered: each intervention of the session, whether it was really delivered (the
 * therapist ticks it; capture and data do too), the music used in it, and a quick song entry.
 * Once a note covering it is signed, it is shown as signed and nothing here changes it.
 */
import { useState, type FormEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { del, get, newId, patch, post } from '../api/client.js';
import type { MusicUse, PlanObjective, SessionDetail } from '../api/types.js';
import { useSave } from '../api/useSave.js';
import { MUSIC_KEYS } from '../../domain/music.js';
import { TapTempo } from '../music/TapTempo.js';
import { Field, Select } from '../ui/Field.js';

type Delivery = SessionDetail['delivered'][number];

const keyOptions: (readonly [string, string])[] = [['', 'Key (optional)'], ...MUSIC_KEYS.map((k) => [k, k] as const)];

function AddSong({ session, delivery, onDone, onClose }: { session: SessionDetail; delivery: Delivery; onDone: () => void; onClose: () => void }) {
  const [title, setTitle] = useState('');
  const [key, setKey] = useState('');
  const [tempo, setTempo] = useState('');
  const [instruments, setInstruments] = useState('');
  const [response, setResponse] = useState('');
  const { error, busy, run } = useSave();
  async function submit(e: FormEvent) {
    e.preventDefault();
    const ok = await run(() =>
      post(`/sessions/${session.id}/music`, {
        id: newId(), deliveredInterventionId: delivery.id, title, key: key || null, tempoBpm: tempo ? Number(tempo) : null,
        instruments: instruments.split(',').map((s) => s.trim()).filter(Boolean), response,
        clientId: session.participants.length === 1 ? session.participants[0]!.clientId : null,
      }),
    );
    if (ok) {
      setTitle(''); setKey(''); setTempo(''); setInstruments(''); setResponse('');
      onDone();
    }
  }
  return (
    <form className="song-form" onSubmit={submit} aria-label={`Add a song to ${delivery.intervention?.name ?? 'this intervention'}`}>
      <Field label="Song or piece" value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={200} error={error?.forField('title')} />
      <Select label="Key" options={keyOptions} value={key} onChange={(e) => setKey(e.target.value)} error={error?.forField('key')} />
      <div className="tempo-field">
        <Field label="Tempo (bpm)" inputMode="decimal" value={tempo} onChange={(e) => setTempo(e.target.value)} error={error?.forField('tempoBpm')} />
        <TapTempo onTempo={(bpm) => setTempo(bpm.toFixed(1).replace(/\.0$/, ''))} />
      </div>
      <Field label="Instruments" hint="Separated by commas" value={instruments} onChange={(e) => setInstruments(e.target.value)} error={error?.under('instruments')} />
      <Field label="Response" value={response} onChange={(e) => setResponse(e.target.value)} maxLength={200} error={error?.forField('response')} />
      {error && !error.errors.length && <p className="field-error">{error.detail}</p>}
      <div className="song-actions">
        <button type="submit" className="primary" disabled={busy || !title.trim()}>Add song</button>
        <button type="button" onClick={onClose}>Done</button>
      </div>
    </form>
  );
}

function DeliveryRow({ session, delivery, label, songs, signed }: { session: SessionDetail; delivery: Delivery; label: (id: string) => string; songs: MusicUse[]; signed: boolean }) {
  const qc = useQueryClient();
  const { error, busy, run } = useSave();
  const [adding, setAdding] = useState(false);
  const refresh = () => Promise.all([qc.invalidateQueries({ queryKey: ['session-bundle', session.id] }), qc.invalidateQueries({ queryKey: ['session-music', session.id] })]);
  const toggle = (delivered: boolean) => run(async () => { await patch(`/sessions/${session.id}/interventions/${delivery.id}`, { delivered }); await refresh(); });
  const remove = (m: MusicUse) => run(async () => { await del(`/sessions/${session.id}/music/${m.id}`); await refresh(); });
  const name = delivery.intervention?.name ?? 'Intervention';
  return (
    <li className={`delivery${delivery.delivered ? ' is-delivered' : ''}`}>
      <div className="delivery-head">
        <label className="check">
          <input type="checkbox" checked={delivery.delivered} disabled={signed || busy} onChange={(e) => void toggle(e.target.checked)} />
          <strong>{name}</strong> <span className="hint">{delivery.delivered ? 'delivered' : 'planned, not delivered'}</span>
        </label>
        <p className="hint">Serves: {delivery.objectiveIds.map(label).join('; ')}</p>
      </div>
      {songs.length > 0 && (
        <ul className="songs">
          {songs.map((m) => (
            <li key={m.id}>
              ♪ {m.line}
              {!signed && <button type="button" className="link" disabled={busy} onClick={() => void remove(m)}>Remove<span className="sr-only"> {m.title}</span></button>}
            </li>
          ))}
        </ul>
      )}
      {error && <p className="field-error">{error.detail}</p>}
      {signed ? null : adding ? (
        <AddSong session={session} delivery={delivery} onDone={() => void refresh()} onClose={() => setAdding(false)} />
      ) : (
        <button type="button" className="link" onClick={() => setAdding(true)}>+ Song, key and tempo<span className="sr-only"> for {name}</span></button>
      )}
    </li>
  );
}

export function DeliveredList({ session, objectives }: { session: SessionDetail; objectives: Map<string, PlanObjective> }) {
  const music = useQuery({ queryKey: ['session-music', session.id], queryFn: () => get<{ items: MusicUse[] }>(`/sessions/${session.id}/music`) });
  const signedClients = new Set(session.participants.filter((p) => p.note && p.note.status !== 'draft').map((p) => p.clientId));
  const label = (id: string) => objectives.get(id)?.label ?? 'an objective';
  const isSigned = (d: Delivery) => d.objectiveIds.some((o) => { const c = objectives.get(o)?.clientId; return c !== undefined && signedClients.has(c); });
  if (session.delivered.length === 0) return <p className="empty">None yet. Add them from the plan below.</p>;
  return (
    <>
      {signedClients.size > 0 && <p className="notice">A note for this session is signed: what it covers stays as signed. Corrections go in an addendum to the note.</p>}
      <ol className="list deliveries">
        {session.delivered.map((d) => (
          <DeliveryRow key={d.id} session={session} delivery={d} label={label} signed={isSigned(d)} songs={(music.data?.items ?? []).filter((m) => m.deliveredInterventionId === d.id)} />
        ))}
      </ol>
    </>
  );
}
