/** A note: drafted from the data, edited, signed (then locked), co-signed for interns, corrected by addenda. */
import { useQuery } from '@tanstack/react-query';
import { get } from '../api/client.js';
import type { ClientSummary, Session } from '../api/types.js';
import { Link } from '../router/router.js';
import { ClientCrumbs } from '../chart/ClientCrumbs.js';
import { useMe } from '../shell/me.js';
import { clientName, formatDateTime } from '../ui/format.js';
import { NOTE_STATUS_LABEL } from '../ui/labels.js';
import { Badge, LoadError, Loading, useTitle } from '../ui/Status.js';
import { orderedSections, useNote, useUsers, signerName, SECTION_LABEL } from './queries.js';
import { NoteEditor } from './NoteEditor.js';
import { Addenda } from './Addenda.js';
import { Cosign } from './Cosign.js';
import type { Note } from '../api/types.js';
import { GROUP_SECTION_LABELS, GROUP_SECTIONS } from '../../domain/group-note.js';

/** A group member's chart copy of the group note's shared part: the other members appear only as the practice decides. */
function GroupPart({ note }: { note: Note }) {
  const g = note.groupPart!;
  return (
    <article className="card note-read group-part" aria-label="Group session">
      <p className="hint">Part of a group note{note.status === 'draft' && <> · <Link to={`/group-notes/${note.groupNoteId}`}>open the group note</Link> to edit the shared part and sign</>}</p>
      {GROUP_SECTIONS.map((k) => (
        <section key={k} aria-labelledby={`gp-${k}`}>
          <h2 id={`gp-${k}`}>{GROUP_SECTION_LABELS[k]}</h2>
          <p className="prewrap">{g[k] || <span className="muted">(empty)</span>}</p>
        </section>
      ))}
    </article>
  );
}

export function NotePage({ params }: { params: Record<string, string> }) {
  const me = useMe();
  const note = useNote(params.id!);
  const users = useUsers();
  const n = note.data;
  const client = useQuery({ queryKey: ['client', n?.clientId], queryFn: () => get<ClientSummary>(`/clients/${n!.clientId}`), enabled: !!n });
  const session = useQuery({ queryKey: ['session', n?.sessionId], queryFn: () => get<Session>(`/sessions/${n!.sessionId}`), enabled: !!n });
  const who = client.data ? clientName(client.data) : 'client';
  useTitle(`Note: ${who}`);
  if (note.isLoading) return <div className="page"><Loading what="the note" /></div>;
  if (note.isError || !n) return <div className="page"><h1>Note</h1><LoadError error={note.error} what="The note" /></div>;
  const editable = n.status === 'draft' && n.authorId === me.id;
  return (
    <div className="page narrow">
      <ClientCrumbs clientId={n.clientId} name={who}>Note</ClientCrumbs>
      <div className="page-head">
        <h1>
          {n.format} note: {who}
        </h1>
        <Badge kind={n.status}>{n.status === 'signed' && <span aria-hidden="true">✔ </span>}{NOTE_STATUS_LABEL[n.status]}</Badge>
      </div>
      <p className="hint">
        {session.data && <>Session of {formatDateTime(session.data.startsAt, session.data.timeZone)} · {session.data.durationMinutes} min · <Link to={`/sessions/${n.sessionId}`}>open the session</Link> · </>}
        written by {signerName(users.data?.items, n.authorId)}
      </p>
      {n.groupPart && <GroupPart note={n} />}
      {editable ? (
        <NoteEditor note={n} />
      ) : (
        <>
          {n.status === 'draft' && <p className="notice">This draft belongs to {signerName(users.data?.items, n.authorId)}; only the author edits and signs it.</p>}
          <article className="card note-read" aria-label="Note">
            {orderedSections(n.sections).map(([k, v]) => (
              <section key={k} aria-labelledby={`sec-${k}`}>
                <h2 id={`sec-${k}`}>{SECTION_LABEL[k] ?? k}</h2>
                <p className="prewrap">{v || <span className="muted">(empty)</span>}</p>
              </section>
            ))}
          </article>
        </>
      )}
      {n.signedAt && (
        <p className="signature">
          <span aria-hidden="true">✍ </span>Signed by {signerName(users.data?.items, n.signedBy)} on {formatDateTime(n.signedAt)}
          {n.cosignedAt && <> · co-signed by {signerName(users.data?.items, n.cosignedBy)} on {formatDateTime(n.cosignedAt)}</>}
          {n.lateEntry && <> · <strong className="late-entry">Late entry</strong>: signed more than the practice’s window after the session</>}
        </p>
      )}
      {(n.status === 'awaiting_cosign' || n.addenda.some((a) => a.cosignerId && !a.cosignedAt)) && <Cosign note={n} users={users.data?.items} />}
      {n.signedAt && <Addenda note={n} users={users.data?.items} />}
    </div>
  );
}
