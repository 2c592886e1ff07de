/** Who may see and document this client: the care team, with a way to add and remove clinicians. */
import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { del, post } from '../api/client.js';
import type { Client, ClientSummary } from '../api/types.js';
import { useSave } from '../api/useSave.js';
import { useUsers } from '../note/queries.js';
import { navigate } from '../router/router.js';
import { canChangeCareTeam, useMe } from '../shell/me.js';
import { Select } from '../ui/Field.js';

type Member = Client['careTeam'][number];
const ROLE_OPTIONS = [['member', 'Member'], ['primary', 'Primary therapist']] as const;
const CLINICAL = ['therapist', 'supervisor', 'intern'];

export function CareTeam({ client }: { client: Client | ClientSummary }) {
  const me = useMe();
  const qc = useQueryClient();
  const users = useUsers();
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState('member');
  const [removing, setRemoving] = useState<Member | null>(null);
  const { error, busy, run } = useSave();
  const manage = canChangeCareTeam(me);
  const onTeam = new Set(client.careTeam.map((m) => m.userId));
  const candidates = (users.data?.items ?? []).filter((u) => u.active && !onTeam.has(u.id) && u.roles.some((r) => CLINICAL.includes(r)));

  async function changed(items: Member[]) {
    qc.setQueryData<Client | ClientSummary>(['client', client.id], (c) => (c ? { ...c, careTeam: items } : c));
    await qc.invalidateQueries({ queryKey: ['clients'] });
  }

  async function add(e: FormEvent) {
    e.preventDefault();
    if (!userId) return;
    const ok = await run(async () => changed((await post<{ items: Member[] }>(`/clients/${client.id}/care-team`, { userId, role })).items));
    if (ok) setUserId('');
  }

  async function remove(m: Member) {
    const ok = await run(async () => changed((await del<{ items: Member[] }>(`/clients/${client.id}/care-team/${m.userId}`)).items));
    setRemoving(null);
    if (ok && m.userId === me.id) navigate('/');
  }

  return (
    <section aria-labelledby="team-title" className="card">
      <h2 id="team-title">Care team</h2>
      <ul className="plain team">
        {client.careTeam.map((m) => (
          <li key={m.userId}>
            <span>
              {m.name}
              {m.role === 'primary' && <span className="muted"> · primary therapist</span>}
              {m.userId === me.id && <span className="muted"> (you)</span>}
            </span>
            {manage && removing?.userId !== m.userId && (
              <button type="button" disabled={busy} onClick={() => setRemoving(m)}>
                Remove<span className="sr-only"> {m.name} from the care team</span>
              </button>
            )}
            {removing?.userId === m.userId && (
              <span className="confirm" role="group" aria-label={`Confirm removing ${m.name}`}>
                <span>{m.userId === me.id ? 'You will no longer see this chart unless you supervise someone on the team.' : `${m.name} will no longer see this chart.`}</span>
                <button type="button" className="primary" disabled={busy} onClick={() => remove(m)}>Remove {m.name}</button>
                <button type="button" onClick={() => setRemoving(null)}>Keep</button>
              </span>
            )}
          </li>
        ))}
      </ul>
      {client.careTeam.length === 0 && <p className="empty">Nobody is on the care team.</p>}
      {manage && (
        <form className="row team-add" onSubmit={add} aria-label="Add to the care team" noValidate>
          <Select label="Clinician" options={[['', candidates.length ? 'Choose a clinician…' : 'Everyone is already on the team'], ...candidates.map((u) => [u.id, `${u.name}${u.credentials ? `, ${u.credentials}` : ''}`] as const)]} value={userId} onChange={(e) => setUserId(e.target.value)} />
          <Select label="Role on the team" options={ROLE_OPTIONS} value={role} onChange={(e) => setRole(e.target.value)} />
          <div className="actions align-end">
            <button type="submit" disabled={busy || !userId}>Add to care team</button>
          </div>
        </form>
      )}
      {error && <p role="alert" className="form-error">{error.detail}</p>}
    </section>
  );
}
