/**
 * A group session's note: the shared part (purpose, process, membership from the attendance) and each
 * attending member's own data section; signing signs the group note and every member's note together.
 */
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { emptySections } from '../../domain/session-facts.js';
import { ApiError, asApiError, get, patch, post } from '../api/client.js';
import type { Answer } from '../api/types.js';
import { Link } from '../router/router.js';
import { useMe } from '../shell/me.js';
import { formatDate, formatDateTime } from '../ui/format.js';
import { TextArea } from '../ui/Field.js';
import { Badge, LoadError, Loading, useTitle } from '../ui/Status.js';
import { SECTION_LABEL, signerName, useUsers } from './queries.js';
import { GROUP_SECTION_LABELS, GROUP_SECTIONS } from '../../domain/group-note.js';

export type GroupNote = Answer<'/api/v1/group-notes/{id}'>;
type Member = GroupNote['members'][number];

const HINTS = {
  purpose: 'The group’s goal: what the group works on together.',
  process: 'What the group did: interventions, music, how the group worked together. Drafted from the session.',
};

export function GroupNotePage({ params }: { params: Record<string, string> }) {
  const id = params.id!;
  const me = useMe();
  const users = useUsers();
  const q = useQuery({ queryKey: ['group-note', id], queryFn: () => get<GroupNote>(`/group-notes/${id}`) });
  useTitle(`Group note${q.data?.groupName ? `: ${q.data.groupName}` : ''}`);
  if (q.isLoading) return <div className="page"><Loading what="the group note" /></div>;
  if (q.isError || !q.data) return <div className="page"><h1>Group note</h1><LoadError error={q.error} what="The group note" /></div>;
  const g = q.data;
  const editable = g.status === 'draft' && g.authorId === me.id;
  return (
    <div className="page narrow">
      <nav aria-label="Breadcrumb" className="crumbs"><Link to="/">Caseload</Link> › <Link to={`/sessions/${g.sessionId}`}>Session</Link> › Group note</nav>
      <div className="page-head">
        <h1>Group note: {g.groupName ?? 'group session'}</h1>
        <Badge kind={g.status}>{g.status === 'signed' ? <><span aria-hidden="true">✔ </span>Signed</> : 'Draft'}</Badge>
      </div>
      <p className="hint">Session of {formatDate(g.localDate)} · <Link to={`/sessions/${g.sessionId}`}>open the session</Link> · written by {signerName(users.data?.items, g.authorId)}</p>
      {editable ? <SharedEditor g={g} /> : <SharedRead g={g} />}
      <section aria-labelledby="members-title" className="section">
        <h2 id="members-title">Each member’s part</h2>
        <p className="hint">Each member’s chart keeps its own note with the shared part; other members appear there only as a count.</p>
        {g.members.map((m) => <MemberPart key={m.clientId} m={m} />)}
      </section>
      {editable && <SignGroup g={g} />}
      {g.signedAt && (
        <p className="signature"><span aria-hidden="true">✍ </span>Signed with {g.members.filter((m) => m.note).length} member notes by {signerName(users.data?.items, g.signedBy)} on {formatDateTime(g.signedAt)}</p>
      )}
    </div>
  );
}

function SharedRead({ g }: { g: GroupNote }) {
  return (
    <article className="card note-read" aria-label="Shared part">
      {GROUP_SECTIONS.map((k) => (
        <section key={k} aria-labelledby={`g-${k}`}>
          <h2 id={`g-${k}`}>{GROUP_SECTION_LABELS[k]}</h2>
          <p className="prewrap">{g.sections[k] || <span className="muted">(empty)</span>}</p>
        </section>
      ))}
    </article>
  );
}

function SharedEditor({ g }: { g: GroupNote }) {
  const qc = useQueryClient();
  const [sections, setSections] = useState({ purpose: g.sections.purpose, process: g.sections.process });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const dirty = sections.purpose !== g.sections.purpose || sections.process !== g.sections.process;
  async function save() {
    setBusy(true);
    setError(null);
    try {
      qc.setQueryData(['group-note', g.id], await patch<GroupNote>(`/group-notes/${g.id}`, { version: g.version, sections }));
    } catch (e) {
      const err = asApiError(e);
      setError(err.status === 409 ? new ApiError(409, 'This group note was changed elsewhere. Your text is kept here; reload the page to see the other version.') : err);
    }
    setBusy(false);
  }
  return (
    <form className="card form-grid" aria-label="Edit the shared part" onSubmit={(e) => { e.preventDefault(); void save(); }}>
      {(['purpose', 'process'] as const).map((k) => (
        <TextArea key={k} label={GROUP_SECTION_LABELS[k]} hint={HINTS[k]} rows={k === 'process' ? 7 : 4} value={sections[k]} onChange={(e) => setSections({ ...sections, [k]: e.target.value })} error={error?.forField(k)} />
      ))}
      <section className="drafted" aria-labelledby="g-membership">
        <h2 id="g-membership">{GROUP_SECTION_LABELS.membership}</h2>
        <p className="hint">From the attendance recorded; fixed when signed.</p>
        <p className="prewrap">{g.sections.membership}</p>
      </section>
      {error && <p role="alert" className="form-error">{error.detail}</p>}
      <div className="actions"><button type="submit" disabled={busy || !dirty}>Save shared part</button></div>
    </form>
  );
}

function MemberPart({ m }: { m: Member }) {
  const n = m.note;
  const data = n ? (n.sections.objective ?? n.sections.data ?? '') : '';
  const empty = n ? emptySections(n.format, n.sections, []).optional : [];
  return (
    <article className="card member-part" aria-labelledby={`m-${m.clientId}`}>
      <h3 id={`m-${m.clientId}`}>{m.name}</h3>
      {!n ? (
        <p className="hint">{m.attended ? 'No part in this group note.' : 'Did not attend: no data section (see the membership).'}</p>
      ) : (
        <>
          <p className="prewrap" data-testid="member-data">{data}</p>
          <p className="hint">
            {empty.length ? <>{empty.map((k) => SECTION_LABEL[k] ?? k).join(', ')} not written yet · </> : <>Subjective, assessment and plan written · </>}
            <Link to={`/notes/${n.id}`}>{n.status === 'draft' && empty.length ? 'Write' : 'Open'} {m.name}’s note</Link>
          </p>
        </>
      )}
    </article>
  );
}

function SignGroup({ g }: { g: GroupNote }) {
  const qc = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [safety, setSafety] = useState<ApiError | null>(null);
  const notes = g.members.flatMap((m) => (m.note ? [{ name: m.name, note: m.note }] : []));
  const emptyShared = (['purpose', 'process'] as const).filter((k) => !g.sections[k].trim()).map((k) => GROUP_SECTION_LABELS[k]);
  const emptyMembers = notes.filter((x) => emptySections(x.note.format, x.note.sections, []).optional.length).map((x) => x.name);
  async function sign(answer?: 'addressed_in_note' | 'team_notified') {
    setBusy(true);
    setError(null);
    try {
      const safetyResponses = answer && safety ? Object.fromEntries(safety.errors.map((e) => [e.path.split('.').at(-1)!, answer])) : {};
      qc.setQueryData(['group-note', g.id], await post<GroupNote>(`/group-notes/${g.id}/sign`, { version: g.version, confirmEmptySections: emptyShared.length + emptyMembers.length > 0, safetyResponses }));
      setSafety(null);
      for (const x of notes) await qc.invalidateQueries({ queryKey: ['note', x.note.id] });
      await qc.invalidateQueries({ queryKey: ['todo'], refetchType: 'all' });
    } catch (e) {
      const err = asApiError(e);
      if (String(err.body.type ?? '').endsWith('/safety-concern-unanswered') && !answer) setSafety(err);
      else setError(err);
    }
    setConfirming(false);
    setBusy(false);
  }
  return (
    <div className="card">
      {error && <p role="alert" className="form-error">{error.detail}{error.errors.length > 0 && `: ${error.errors.map((e) => e.message).join('; ')}`}</p>}
      {safety && (
        <div role="alert" className="notice safety" data-testid="safety-question">
          <p><strong>Before signing:</strong> {safety.detail}.</p>
          <ul>{safety.errors.map((e) => <li key={e.path}>{e.message}</li>)}</ul>
          <div className="actions">
            <button type="button" disabled={busy} onClick={() => void sign('addressed_in_note')}>I addressed it in each member’s Assessment or Plan; sign</button>
            <button type="button" disabled={busy} onClick={() => void sign('team_notified')}>I notified the team; sign</button>
            <button type="button" onClick={() => setSafety(null)}>Back to the note</button>
          </div>
        </div>
      )}
      <div className="actions">
        {!confirming ? (
          <button type="button" className="primary" disabled={busy} onClick={() => setConfirming(true)}>Sign group note…</button>
        ) : (
          <span className="confirm" role="group" aria-label="Confirm signing">
            {emptyShared.length > 0 && <span className="field-error">{emptyShared.join(', ')} {emptyShared.length === 1 ? 'is' : 'are'} empty.</span>}
            {emptyMembers.length > 0 && <span className="field-error">Not fully written: {emptyMembers.join(', ')}.</span>}
            <span>Signing locks the group note and the {notes.length} member {notes.length === 1 ? 'note' : 'notes'} together; corrections are then made by addendum to a member’s note.</span>
            <button type="button" className="primary" disabled={busy} onClick={() => void sign()}>Sign and lock</button>
            <button type="button" onClick={() => setConfirming(false)}>Cancel</button>
          </span>
        )}
      </div>
    </div>
  );
}
