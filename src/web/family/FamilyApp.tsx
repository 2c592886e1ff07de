/**
 * What a family account sees: its own header and the family view of the linked client(s). Phone
 * first: one column, large buttons, the home practice on top, logged in two taps.
 */
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { asApiError, get, post } from '../api/client.js';
import type { FamilyClients, FamilyView, HomePractice, Me } from '../api/types.js';
import { Link, match, useLocation } from '../router/router.js';
import { LoadError, Loading, useTitle } from '../ui/Status.js';
import { signOutHere } from '../shell/signout.js';
import { sessionWhen } from './words.js';

export function FamilyApp({ me }: { me: Me }) {
  const qc = useQueryClient();
  const { pathname } = useLocation();
  const clients = useQuery({ queryKey: ['family', 'clients'], queryFn: () => get<FamilyClients>('/family/clients') });
  const asked = match('/family/:clientId', pathname)?.clientId;
  const items = clients.data?.items ?? [];
  const current = items.find((c) => c.clientId === asked) ?? items[0];
  async function signOut() {
    await signOutHere();
    qc.clear();
    window.location.assign('/');
  }
  return (
    <>
      <header className="topbar family-bar">
        <span className="brand">Crescendo</span>
        <span className="family-me">
          <span className="who">{me.name}</span>
          <button type="button" className="on-dark" onClick={signOut}>Sign out</button>
        </span>
      </header>
      <main id="main" className="page family">
        {clients.isLoading && <Loading what="your page" />}
        {clients.isError && <LoadError error={clients.error} what="Your page" />}
        {clients.data && items.length === 0 && <p className="empty">Nothing is shared with you at the moment. The music therapist can send a new invitation.</p>}
        {items.length > 1 && (
          <nav aria-label="Children" className="chips">
            {items.map((c) => (
              <Link key={c.clientId} to={`/family/${c.clientId}`} className="chip" aria-current={c.clientId === current?.clientId ? 'page' : undefined}>
                {c.name}
              </Link>
            ))}
          </nav>
        )}
        {current && <ClientView key={current.clientId} clientId={current.clientId} />}
      </main>
    </>
  );
}

/** A short label ("turn taking on the drum") as a heading. */
const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function ClientView({ clientId }: { clientId: string }) {
  const q = useQuery({ queryKey: ['family', 'view', clientId], queryFn: () => get<FamilyView>(`/family/clients/${clientId}`) });
  useTitle(q.data ? `${q.data.name}’s music therapy` : 'Music therapy');
  if (q.isLoading) return <Loading what="the page" />;
  if (q.isError || !q.data) return <LoadError error={q.error} what="The page" />;
  const v = q.data;
  return (
    <>
      <h1>{v.name}’s music therapy</h1>
      {v.shares.includes('home_practice') && (
        <section className="section" aria-labelledby="practice-h">
          <h2 id="practice-h">Practice at home</h2>
          {v.homePractices.length === 0 && <p className="empty">No home practice for now.</p>}
          {v.homePractices.map((p) => <Practice key={p.id} p={p} clientId={clientId} today={v.today} />)}
        </section>
      )}
      {v.shares.includes('sessions') && (
        <section className="section" aria-labelledby="sessions-h">
          <h2 id="sessions-h">Coming up</h2>
          {v.upcomingSessions.length === 0 && <p className="empty">No sessions planned yet.</p>}
          <ul className="plain">
            {v.upcomingSessions.map((s) => (
              <li key={s.startsAt} className="card">
                <strong>{sessionWhen(s)}</strong>
                <br />
                <span className="muted">with {s.therapist}{s.location ? ` · ${s.location}` : ''}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {v.shares.includes('goals') && (
        <section className="section" aria-labelledby="goals-h">
          <h2 id="goals-h">What we are working on</h2>
          {v.goals.map((g, i) => (
            <article key={i} className="card">
              <h3>{g.area}</h3>
              {g.objectives.map((o) => (
                <div key={o.id} className="objective">
                  <p className="objective-head">
                    <strong>{capitalized(o.label)}</strong>
                    {o.statusLabel && <span className={`badge badge-${o.status}`}>{o.statusLabel}</span>}
                  </p>
                  {o.sentences.slice(0, 3).map((s, j) => <p key={j}>{s}</p>)}
                  {v.homePractices.filter((p) => p.objectiveId === o.id).map((p) => <p key={p.id} className="muted">Home practice: {p.adherence.text}</p>)}
                </div>
              ))}
            </article>
          ))}
        </section>
      )}
      <StopSharing linkId={v.linkId} name={v.name} />
    </>
  );
}

/** One practice: what to do, how often, how it has gone, and the two taps for today. */
function Practice({ p, clientId, today }: { p: HomePractice; clientId: string; today: string }) {
  const qc = useQueryClient();
  const [note, setNote] = useState('');
  const [open, setOpen] = useState(false);
  const log = useMutation({
    mutationFn: (body: { outcome: 'done' | 'not_today'; note: string }) => post<HomePractice>(`/family/home-practices/${p.id}/logs`, { practicedOn: today, ...body }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['family', 'view', clientId] }),
  });
  const tap = (outcome: 'done' | 'not_today') => log.mutate({ outcome, note });
  return (
    <article className="card practice" aria-labelledby={`hp-${p.id}`}>
      <h3 id={`hp-${p.id}`}>{p.what}</h3>
      <p className="muted">
        {p.timesPerWeek === 7 ? 'Every day' : `${p.timesPerWeek} ${p.timesPerWeek === 1 ? 'time' : 'times'} a week`} · for {p.objectiveLabel}
      </p>
      <p>Practised on {p.adherence.text}.</p>
      <p className="practice-q">Today?</p>
      <div className="practice-taps">
        <button type="button" className="big" aria-pressed={p.today === 'done'} disabled={log.isPending} onClick={() => tap('done')}>✓ Done</button>
        <button type="button" className="big" aria-pressed={p.today === 'not_today'} disabled={log.isPending} onClick={() => tap('not_today')}>Not today</button>
      </div>
      {!open ? (
        <button type="button" className="link-button" onClick={() => setOpen(true)}>Add a note</button>
      ) : (
        <div className="field">
          <label htmlFor={`note-${p.id}`}>Note for the music therapist (optional)</label>
          <textarea id={`note-${p.id}`} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
          <p className="hint">Saved with the next tap on Done or Not today.</p>
        </div>
      )}
      {log.isError && <p role="alert" className="form-error">{asApiError(log.error).detail}</p>}
    </article>
  );
}

function StopSharing({ linkId, name }: { linkId: string; name: string }) {
  const [asking, setAsking] = useState(false);
  const stop = useMutation({ mutationFn: () => post(`/family-links/${linkId}/revoke`, { reason: 'stopped by the family member' }), onSuccess: () => window.location.assign('/') });
  return (
    <section className="section" aria-labelledby="stop-h">
      <h2 id="stop-h">Sharing</h2>
      {!asking ? (
        <button type="button" onClick={() => setAsking(true)}>Stop seeing {name}’s page</button>
      ) : (
        <div className="notice">
          <p>You will be signed out and will no longer see {name}’s page. The music therapist can invite you again.</p>
          <div className="actions">
            <button type="button" className="primary" onClick={() => stop.mutate()} disabled={stop.isPending}>Stop sharing</button>
            <button type="button" onClick={() => setAsking(false)}>Keep</button>
          </div>
          {stop.isError && <p role="alert" className="form-error">{asApiError(stop.error).detail}</p>}
        </div>
      )}
    </section>
  );
}
