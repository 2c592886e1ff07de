/**
 * The chart's family section: who is invited or linked and what they agreed to see, a new invitation
 * (its link shown once), and the home practices with their adherence, assigned from a delivered
 * intervention of a recent session.
 */
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { asApiError, get, post, request } from '../api/client.js';
import type { SessionListItem } from '../api/types.js';
import { FAMILY_RELATIONSHIPS, FAMILY_SHARES, RELATIONSHIP_WORDS, SHARE_WORDS } from '../../domain/family.js';
import { CheckGroup } from '../ui/ChoiceGroup.js';
import { Field, Select } from '../ui/Field.js';
import { formatDate } from '../ui/format.js';
import { LoadError } from '../ui/Status.js';
import { useClientSessions, useHomePractices } from './queries.js';

interface Link { id: string; name: string; email: string; relationship: keyof typeof RELATIONSHIP_WORDS; state: string; consentShares: string[] | null; consentedAt: string | null; expiresAt: string }
const STATE_WORDS: Record<string, string> = { invited: 'invited, not yet joined', expired: 'invitation expired', active: 'sees the family page', revoked: 'sharing stopped' };

export function FamilyPanel({ clientId }: { clientId: string }) {
  const qc = useQueryClient();
  const links = useQuery({ queryKey: ['family-links', clientId], queryFn: () => get<{ items: Link[] }>(`/clients/${clientId}/family-links`) });
  const revoke = useMutation({ mutationFn: (id: string) => post(`/family-links/${id}/revoke`, { reason: 'stopped by the clinician' }), onSuccess: () => qc.invalidateQueries({ queryKey: ['family-links', clientId] }) });
  return (
    <section aria-labelledby="family-title" className="section">
      <h2 id="family-title">Family and home practice</h2>
      {links.isError && <LoadError error={links.error} what="Family links" />}
      <ul className="plain">
        {links.data?.items.map((l) => (
          <li key={l.id} className="card">
            <strong>{l.name}</strong> ({RELATIONSHIP_WORDS[l.relationship] ?? l.relationship}, {l.email}): {STATE_WORDS[l.state] ?? l.state}
            {l.consentedAt && <span className="muted"> · agreed on {formatDate(l.consentedAt.slice(0, 10))} to see {(l.consentShares ?? []).map((s) => SHARE_WORDS[s as keyof typeof SHARE_WORDS]).join('; ')}</span>}
            {(l.state === 'active' || l.state === 'invited') && (
              <div className="actions"><button type="button" onClick={() => revoke.mutate(l.id)} disabled={revoke.isPending}>Stop sharing with {l.name}</button></div>
            )}
          </li>
        ))}
      </ul>
      <InviteForm clientId={clientId} />
      <Practices clientId={clientId} />
    </section>
  );
}

function InviteForm({ clientId }: { clientId: string }) {
  const qc = useQueryClient();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [relationship, setRelationship] = useState<string>('parent');
  const [shares, setShares] = useState<string[]>([...FAMILY_SHARES]);
  const [link, setLink] = useState<string | null>(null);
  const invite = useMutation({
    mutationFn: () => post<{ path: string }>(`/clients/${clientId}/family-invitations`, { id: crypto.randomUUID(), name, email, relationship, shares }),
    onSuccess: (r) => {
      setLink(`${window.location.origin}${r.path}`);
      void qc.invalidateQueries({ queryKey: ['family-links', clientId] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    invite.mutate();
  };
  const fieldError = (f: string) => (invite.error ? asApiError(invite.error).errors.find((x) => x.path === `body.${f}`)?.message : undefined);
  return (
    <details className="card">
      <summary>Invite a family member</summary>
      <form className="form-grid" onSubmit={submit} noValidate>
        <div className="row">
          <Field label="Name" value={name} onChange={(e) => setName(e.target.value)} error={fieldError('name')} />
          <Field label="Email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} error={fieldError('email')} />
          <Select label="Relationship" value={relationship} onChange={(e) => setRelationship(e.target.value)} options={FAMILY_RELATIONSHIPS.map((r) => [r, RELATIONSHIP_WORDS[r]] as const)} />
        </div>
        <CheckGroup legend="What they will see" options={FAMILY_SHARES.map((s) => [s, SHARE_WORDS[s]] as const)} value={shares} onChange={setShares} error={fieldError('shares')} hint="Notes, assessments and billing are never shared." />
        {invite.isError && <p role="alert" className="form-error">{asApiError(invite.error).detail}</p>}
        <div className="actions"><button type="submit" className="primary" disabled={invite.isPending}>Create invitation link</button></div>
        {link && (
          <div className="notice" role="status">
            <p>Send this link to {name || 'the family member'}. It works once, for 7 days, and is not shown again:</p>
            <p><code className="invite-link">{link}</code></p>
          </div>
        )}
      </form>
    </details>
  );
}

interface Delivery { id: string; delivered: boolean; objectiveIds: string[]; intervention: { name: string } }

/** The home practices with adherence, and a new one from a delivery of the last completed sessions. */
function Practices({ clientId }: { clientId: string }) {
  const qc = useQueryClient();
  const practices = useHomePractices(clientId);
  const sessions = useClientSessions(clientId);
  const recent = (sessions.data?.items ?? []).filter((s: SessionListItem) => s.status === 'completed').sort((a, b) => b.startsAt.localeCompare(a.startsAt)).slice(0, 5);
  const deliveries = useQuery({
    queryKey: ['deliveries', clientId, recent.map((s) => s.id).join()],
    enabled: recent.length > 0,
    queryFn: async () => (await Promise.all(recent.map((s) => get<{ delivered: Delivery[]; localDate: string }>(`/sessions/${s.id}`)))).flatMap((d) => d.delivered.filter((x) => x.delivered).map((x) => ({ ...x, date: d.localDate }))),
  });
  const [choice, setChoice] = useState('');
  const [what, setWhat] = useState('');
  const [times, setTimes] = useState('3');
  const options = (deliveries.data ?? []).flatMap((d) => d.objectiveIds.map((o) => [`${d.id}|${o}`, `${d.intervention.name} (${formatDate(d.date)})`] as const));
  const assign = useMutation({
    mutationFn: () => {
      const [deliveredInterventionId, objectiveId] = (choice || options[0]?.[0] || '|').split('|');
      return post(`/clients/${clientId}/home-practices`, { id: crypto.randomUUID(), deliveredInterventionId, objectiveId, what, timesPerWeek: Number(times), startsOn: new Date().toLocaleDateString('en-CA') });
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: ['home-practices', clientId] }),
  });
  const end = useMutation({ mutationFn: (id: string) => request('DELETE', `/home-practices/${id}`, { reason: 'ended by the clinician' }), onSuccess: () => qc.invalidateQueries({ queryKey: ['home-practices', clientId] }) });
  return (
    <>
      <h3>Home practice</h3>
      {practices.data?.items.length === 0 && <p className="empty">No home practice yet.</p>}
      <ul className="plain">
        {practices.data?.items.map((p) => (
          <li key={p.id} className="home-practice">
            <strong>{p.what}</strong> ({p.intervention}, for {p.objectiveLabel}), {p.timesPerWeek} {p.timesPerWeek === 1 ? 'time' : 'times'} a week: {p.adherence.text}
            {p.recentLogs.find((l) => l.note) && <span className="muted"> · family note: “{p.recentLogs.find((l) => l.note)!.note}”</span>}{' '}
            <button type="button" onClick={() => end.mutate(p.id)} disabled={end.isPending}>End</button>
          </li>
        ))}
      </ul>
      {options.length > 0 && (
        <details className="card">
          <summary>Assign a home practice</summary>
          <form className="form-grid" onSubmit={(e) => { e.preventDefault(); assign.mutate(); }} noValidate>
            <Select label="From the delivered intervention" value={choice} onChange={(e) => setChoice(e.target.value)} options={options} />
            <Field label="What to do, in the family’s words" value={what} onChange={(e) => setWhat(e.target.value)} placeholder="Sing the hello song before breakfast" />
            <Select label="How often" value={times} onChange={(e) => setTimes(e.target.value)} options={[1, 2, 3, 4, 5, 6, 7].map((n) => [String(n), n === 7 ? 'every day' : `${n} ${n === 1 ? 'time' : 'times'} a week`] as const)} />
            {assign.isError && <p role="alert" className="form-error">{asApiError(assign.error).detail}</p>}
            <div className="actions"><button type="submit" className="primary" disabled={assign.isPending}>Assign</button></div>
          </form>
        </details>
      )}
    </>
  );
}
