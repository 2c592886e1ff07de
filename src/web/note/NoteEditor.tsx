/** Editing a draft: the data part is drafted from the session; the clinician writes the rest, then signs. */
import { emptySections } from '../../domain/session-facts.js';
import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError, asApiError, patch, post } from '../api/client.js';
import type { Note } from '../api/types.js';
import { TextArea } from '../ui/Field.js';
import { Link } from '../router/router.js';
import { orderedSections, SECTION_LABEL } from './queries.js';

const DATA_SECTIONS = ['objective', 'data'];
const HINTS: Record<string, string> = {
  subjective: 'What the client, family or staff reported; mood and presentation on arrival.',
  assessment: 'Your clinical interpretation of the data and the session.',
  plan: 'What comes next: interventions, changes to the plan, the next session.',
};

export function NoteEditor({ note }: { note: Note }) {
  const qc = useQueryClient();
  const key = `crescendo.note-draft.${note.id}`;
  const [sections, setSections] = useState<Record<string, string>>(() => {
    const saved = localStorage.getItem(key);
    return saved ? { ...note.sections, ...(JSON.parse(saved) as Record<string, string>) } : note.sections;
  });
  const [error, setError] = useState<ApiError | null>(null);
  const [safety, setSafety] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const editable = Object.keys(note.sections).filter((k) => !DATA_SECTIONS.includes(k));
  const dirty = editable.some((k) => (sections[k] ?? '') !== (note.sections[k] ?? ''));

  // Typed text is kept on this device until the server has it: a failed save or a reload loses nothing.
  useEffect(() => {
    if (dirty) localStorage.setItem(key, JSON.stringify(Object.fromEntries(editable.map((k) => [k, sections[k] ?? '']))));
    else localStorage.removeItem(key);
  }, [sections, dirty]); // key and editable follow from the note; the screen remounts for another note

  async function save(): Promise<Note | null> {
    setError(null);
    try {
      const updated = await patch<Note>(`/notes/${note.id}`, { version: note.version, sections: Object.fromEntries(editable.map((k) => [k, sections[k] ?? ''])) });
      qc.setQueryData(['note', note.id], updated);
      localStorage.removeItem(key);
      setSaved(`Saved at ${new Date().toLocaleTimeString()}`);
      return updated;
    } catch (e) {
      const err = asApiError(e);
      setError(err.status === 409 ? new ApiError(409, 'This note was changed elsewhere. Your text is kept here; reload the page to see the other version.') : err);
      return null;
    }
  }

  const empty = emptySections(note.format, { ...note.sections, ...sections }, []).optional;

  async function sign(safetyResponse?: 'addressed_in_note' | 'team_notified') {
    setBusy(true);
    setSafety(null);
    const current = dirty ? await save() : note;
    if (current) {
      try {
        // The clinician has seen which written sections are empty in the confirmation; saying so is her confirmation.
        const signed = await post<Note>(`/notes/${note.id}/sign`, { version: current.version, confirmEmptySections: empty.length > 0, ...(safetyResponse ? { safetyResponse } : {}) });
        qc.setQueryData(['note', note.id], signed);
        await qc.invalidateQueries({ queryKey: ['notes', 'client', note.clientId] });
        await qc.invalidateQueries({ queryKey: ['todo'], refetchType: 'all' });
      } catch (e) {
        const err = asApiError(e);
        // What the record raises about safety is answered before the note is signed.
        if (String(err.body.type ?? '').endsWith('/safety-concern-unanswered') && !safetyResponse) setSafety(err);
        else setError(err);
      }
    }
    setConfirming(false);
    setBusy(false);
  }

  return (
    <form className="card form-grid" onSubmit={(e) => { e.preventDefault(); setBusy(true); void save().finally(() => setBusy(false)); }} aria-label="Edit the note">
      {orderedSections(note.sections).map(([k]) =>
        DATA_SECTIONS.includes(k) ? (
          <section key={k} className="drafted" aria-labelledby={`sec-${k}`}>
            <h2 id={`sec-${k}`}>{SECTION_LABEL[k]}</h2>
            <p className="hint">Drafted from the session’s data.</p>
            <p className="prewrap" data-testid="note-objective">{note.sections[k]}</p>
          </section>
        ) : (
          <TextArea key={k} label={SECTION_LABEL[k] ?? k} hint={HINTS[k]} rows={4} value={sections[k] ?? ''} onChange={(e) => setSections({ ...sections, [k]: e.target.value })} error={error?.forField(k)} />
        ),
      )}
      {error && <p role="alert" className="form-error">{error.detail}</p>}
      {safety && (
        <div role="alert" className="notice safety" data-testid="safety-question">
          <p><strong>Before signing:</strong> {safety.detail}.</p>
          <p className="hint">From the record: {safety.forField('safetyResponse')}</p>
          <div className="actions">
            <button type="button" disabled={busy} onClick={() => void sign('addressed_in_note')}>I addressed it in the Assessment or Plan; sign</button>
            <button type="button" disabled={busy} onClick={() => void sign('team_notified')}>I notified the team; sign</button>
            <button type="button" onClick={() => setSafety(null)}>Back to the note</button>
          </div>
        </div>
      )}
      {saved && !dirty && <p role="status" className="hint">{saved}</p>}
      {dirty && <p className="hint"><span aria-hidden="true">✎ </span>Unsaved changes (kept on this device).</p>}
      <div className="actions">
        <button type="submit" disabled={busy || !dirty}>Save draft</button>
        {note.groupNoteId ? (
          <Link className="button primary" to={`/group-notes/${note.groupNoteId}`}>Sign with the group note…</Link>
        ) : !confirming ? (
          <button type="button" className="primary" disabled={busy} onClick={() => setConfirming(true)}>Sign note…</button>
        ) : (
          <span className="confirm" role="group" aria-label="Confirm signing">
            {empty.length > 0 && <span className="field-error" data-testid="empty-sections">{empty.map((k) => SECTION_LABEL[k] ?? k).join(', ')} {empty.length === 1 ? 'is' : 'are'} empty.</span>}
            <span>Signing locks the note; corrections are then made by addendum.</span>
            <button type="button" className="primary" disabled={busy} onClick={() => void sign()}>Sign and lock</button>
            <button type="button" onClick={() => setConfirming(false)}>Cancel</button>
          </span>
        )}
      </div>
    </form>
  );
}
