/**
 * Recording in capture: the microphone through MediaRecorder (Opus in WebM or Ogg; AAC in MP4 on
 * Safari), or an audio file, sent to the session for one participant with the ground it was recorded
 * on. The session's clips are listed with a player each; every play is audited by the server.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { clipLength, CONSENT_BASES, type ConsentBasis } from '../../domain/recordings.js';
import { apiUrl, asApiError, get, sendAudio } from '../api/client.js';
import { newId } from '../api/client.js';
import type { Recording } from '../api/types.js';
import './recordings.css';

const CONSENT_TEXT: Record<ConsentBasis, string> = { client: 'the client', guardian: 'a parent or guardian', representative: 'a legal representative' };
/** What this browser records in, best first (Safari records only MP4). */
const RECORDER_TYPES = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/mp4'];

export function RecordingsPanel({ sessionId, participants }: { sessionId: string; participants: { clientId: string; name: string; lastName: string }[] }) {
  const ids = useId();
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: ['recordings', 'session', sessionId], queryFn: () => get<{ items: Recording[] }>(`/sessions/${sessionId}/recordings`) });
  const [clientId, setClientId] = useState(participants[0]?.clientId ?? '');
  const [consent, setConsent] = useState<ConsentBasis | ''>('');
  const [legacy, setLegacy] = useState(false);
  const [title, setTitle] = useState('');
  const [state, setState] = useState<'idle' | 'recording' | 'sending'>('idle');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [elapsed, setElapsed] = useState(0);
  const recorder = useRef<{ rec: MediaRecorder; stream: MediaStream; started: number } | null>(null);
  useEffect(() => () => recorder.current?.stream.getTracks().forEach((t) => t.stop()), []);
  useEffect(() => {
    if (state !== 'recording') return;
    const t = setInterval(() => setElapsed(Date.now() - (recorder.current?.started ?? Date.now())), 500);
    return () => clearInterval(t);
  }, [state]);
  const ready = clientId !== '' && consent !== '';

  async function send(audio: Blob, type: string, durationMs?: number) {
    setState('sending');
    const query = new URLSearchParams({ id: newId(), clientId, consentBasis: consent, legacy: String(legacy), title: title.trim(), ...(durationMs ? { durationMs: String(Math.round(durationMs)) } : {}) });
    try {
      await sendAudio<Recording>(`/sessions/${sessionId}/recordings?${query}`, audio, type);
      setMessage({ error: false, text: `Recording kept (${clipLength(durationMs ?? null) || `${Math.round(audio.size / 1024)} KiB`}).` });
      setTitle('');
      await queryClient.invalidateQueries({ queryKey: ['recordings'] });
    } catch (e) {
      setMessage({ error: true, text: asApiError(e).detail });
    } finally {
      setState('idle');
    }
  }

  async function start() {
    setMessage(null);
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      const type = RECORDER_TYPES.find((t) => MediaRecorder.isTypeSupported(t));
      const rec = new MediaRecorder(stream, type ? { mimeType: type } : undefined);
      const chunks: Blob[] = [];
      rec.ondataavailable = (e) => e.data.size && chunks.push(e.data);
      rec.onstop = () => {
        stream.getTracks().forEach((t) => t.stop());
        const mime = rec.mimeType || type || 'audio/webm';
        void send(new Blob(chunks, { type: mime }), mime, Date.now() - (recorder.current?.started ?? Date.now()));
      };
      recorder.current = { rec, stream, started: Date.now() };
      rec.start(1000);
      setElapsed(0);
      setState('recording');
    } catch {
      setMessage({ error: true, text: 'The microphone could not be opened: allow it for this site (it needs HTTPS away from this computer).' });
    }
  }

  return (
    <details className="recordings card">
      <summary>Recordings of this session{list.data?.items.length ? ` (${list.data.items.length})` : ''}</summary>
      <div className="recorder-grid">
        {participants.length > 1 && (
          <label>Of <select value={clientId} onChange={(e) => setClientId(e.target.value)}>{participants.map((p) => <option key={p.clientId} value={p.clientId}>{p.name} {p.lastName}</option>)}</select></label>
        )}
        <label htmlFor={`${ids}-consent`}>Consent to record given by</label>
        <select id={`${ids}-consent`} value={consent} onChange={(e) => setConsent(e.target.value as ConsentBasis)} disabled={state !== 'idle'}>
          <option value="">Choose…</option>
          {CONSENT_BASES.map((c) => <option key={c} value={c}>{CONSENT_TEXT[c]}</option>)}
        </select>
        <label htmlFor={`${ids}-title`}>Title <span className="hint">(optional)</span></label>
        <input id={`${ids}-title`} value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} placeholder="e.g. Hello song" />
        <label className="check"><input type="checkbox" checked={legacy} onChange={(e) => setLegacy(e.target.checked)} /> Legacy recording (kept for the family)</label>
      </div>
      <div className="recorder-actions">
        {state === 'recording' ? (
          <button type="button" className="tap record stop" onClick={() => recorder.current?.rec.stop()}>■ Stop and keep ({clipLength(elapsed)})</button>
        ) : (
          <button type="button" className="tap record" disabled={!ready || state === 'sending'} onClick={() => void start()}>● Record</button>
        )}
        <label className={`file-pick${!ready || state !== 'idle' ? ' disabled' : ''}`}>
          or send a file
          <input type="file" accept="audio/webm,audio/ogg,audio/mp4,audio/mpeg,audio/wav,.m4a,.mp3,.wav" disabled={!ready || state !== 'idle'} onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) void send(f, f.type || 'application/octet-stream'); }} />
        </label>
      </div>
      {!ready && <p className="hint">Say who consented to the recording first.</p>}
      <p role="status" className={message?.error ? 'field-error' : 'hint'} data-testid="recording-status">{state === 'sending' ? 'Sending…' : message?.text ?? ''}</p>
      <RecordingList items={list.data?.items ?? []} names={Object.fromEntries(participants.map((p) => [p.clientId, p.name]))} />
    </details>
  );
}

export function RecordingList({ items, names = {} }: { items: Recording[]; names?: Record<string, string> }) {
  if (items.length === 0) return null;
  return (
    <ul className="recording-list">
      {items.map((r) => (
        <li key={r.id} data-testid="recording">
          <span className="recording-what">
            <strong>{r.title || 'Recording'}</strong>
            <span className="hint"> · {r.localDate}{r.durationMs ? ` · ${clipLength(r.durationMs)}` : ''}{names[r.clientId] ? ` · ${names[r.clientId]}` : ''}{r.legacy ? ' · legacy' : ''}</span>
          </span>
          <audio controls preload="none" src={apiUrl(`/recordings/${r.id}/audio`)} aria-label={`Play ${r.title || 'recording'} of ${r.localDate}`} />
        </li>
      ))}
    </ul>
  );
}
