/** Planning a session: who (several for a group), when, how long, where. Then the interventions. */
import { useState, type FormEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, get, newId, post } from '../api/client.js';
import type { ClientSummary, Page, Session } from '../api/types.js';
import { navigate, Link } from '../router/router.js';
import { Field, FormError, Select } from '../ui/Field.js';
import { CheckGroup } from '../ui/ChoiceGroup.js';
import { clientName } from '../ui/format.js';
import { SETTING_OPTIONS } from '../ui/labels.js';
import { LoadError, Loading, useTitle } from '../ui/Status.js';
import { useSave } from '../api/useSave.js';

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
const pad = (n: number) => String(n).padStart(2, '0');
const TYPES = [['individual', 'Individual'], ['group', 'Group'], ['family', 'Family'], ['co_treatment', 'Co-treatment']] as const;

function defaults() {
  // The current half hour: a session planned "now" is open for capture at once (data is taken from its start).
  const d = new Date();
  return { date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, time: `${pad(d.getHours())}:${d.getMinutes() < 30 ? '00' : '30'}` };
}

export function SessionPlanner({ search }: { search: URLSearchParams }) {
  useTitle('Plan a session');
  const qc = useQueryClient();
  const clients = useQuery({ queryKey: ['clients', 'planner'], queryFn: () => get<Page<ClientSummary>>('/clients?limit=200') });
  const preset = search.get('client');
  const [id] = useState(newId);
  const [participants, setParticipants] = useState<string[]>(preset ? [preset] : []);
  const [f, setF] = useState({ ...defaults(), duration: '45', type: '', setting: '', location: '', groupName: '' });
  const { error, setError, busy, run } = useSave();
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });
  const items = (clients.data?.items ?? []).filter((c) => c.status !== 'discharged');
  const type = f.type || (participants.length > 1 ? 'group' : 'individual');
  const setting = f.setting || items.find((c) => c.id === participants[0])?.setting || 'outpatient';

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    const local = new Date(`${f.date}T${f.time || '00:00'}`);
    if (Number.isNaN(local.getTime())) return setError(new ApiError(400, 'Give the date and time.', [{ path: 'body.startsAt', message: 'give a date and a time' }]));
    await run(
      async () => {
        const session = await post<Session>('/sessions', {
          id, type, startsAt: local.toISOString(), durationMinutes: Number(f.duration), timeZone: zone, setting, location: f.location,
          groupName: type === 'group' ? f.groupName.trim() || null : null, participants: participants.map((clientId) => ({ clientId })),
        });
        await qc.invalidateQueries({ queryKey: ['sessions'] });
        navigate(`/sessions/${session.id}`);
      },
      // A retry of a create the server already stored: open the session.
      (api) => api.status === 409 && /already exists/.test(api.detail) && (navigate(`/sessions/${id}`), true),
    );
  }

  return (
    <div className="page narrow">
      <nav aria-label="Breadcrumb" className="crumbs"><Link to="/">Caseload</Link> › New session</nav>
      <h1>Plan a session</h1>
      {clients.isLoading && <Loading what="clients" />}
      {clients.isError && <LoadError error={clients.error} what="The caseload" />}
      {clients.data && (
        <form className="card form-grid" onSubmit={submit} noValidate aria-label="Plan a session">
          <CheckGroup
            legend="Participants"
            hint="Choose one client, or several for a group."
            options={items.map((c) => [c.id, clientName(c)] as const)}
            value={participants}
            onChange={setParticipants}
            error={error?.under('participants')}
          />
          <div className="row">
            <Select label="Session type" options={TYPES} value={type} onChange={set('type')} error={error?.forField('type')} />
            {type === 'group' && <Field label="Group name (optional)" value={f.groupName} onChange={set('groupName')} error={error?.forField('groupName')} />}
          </div>
          <div className="row">
            <Field label="Date" type="date" value={f.date} onChange={set('date')} error={error?.forField('startsAt')} />
            <Field label="Start time" type="time" value={f.time} onChange={set('time')} hint={`Time zone: ${zone}`} />
            <Field label="Duration (minutes)" type="number" inputMode="numeric" min={5} max={480} value={f.duration} onChange={set('duration')} error={error?.forField('durationMinutes')} />
          </div>
          <div className="row">
            <Select label="Setting" options={SETTING_OPTIONS} value={setting} onChange={set('setting')} error={error?.forField('setting')} />
            <Field label="Location (optional)" value={f.location} onChange={set('location')} error={error?.forField('location')} />
          </div>
          <FormError error={error} />
          <div className="actions">
            <button type="submit" className="primary" disabled={busy}>{busy ? 'Saving…' : 'Create session'}</button>
          </div>
        </form>
      )}
    </div>
  );
}
