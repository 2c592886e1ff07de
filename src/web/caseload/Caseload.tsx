import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { get } from '../api/client.js';
import type { ClientSummary, Page } from '../api/types.js';
import { Link } from '../router/router.js';
import { useMe, isSupervisor, canSeeOutcomes } from '../shell/me.js';
import { CLIENT_STATUS_LABEL, populationLabel, settingLabel } from '../ui/labels.js';
import { clientName } from '../ui/format.js';
import { LoadError, Loading, useTitle } from '../ui/Status.js';
import { NewClientForm } from './NewClientForm.js';
import { CosignQueue } from './CosignQueue.js';
import { UpcomingSessions } from './UpcomingSessions.js';
import { ToDo } from './ToDo.js';

export function Caseload() {
  const me = useMe();
  useTitle('Caseload');
  const [status, setStatus] = useState('');
  const [q, setQ] = useState('');
  const [adding, setAdding] = useState(false);
  const params = new URLSearchParams({ limit: '200', ...(status ? { status } : {}), ...(q ? { q } : {}) });
  const clients = useQuery({ queryKey: ['clients', status, q], queryFn: () => get<Page<ClientSummary>>(`/clients?${params}`) });
  const canAdd = me.roles.some((r) => r === 'therapist' || r === 'supervisor' || r === 'admin');
  const clinician = me.roles.some((r) => r !== 'admin');
  return (
    <div className="page">
      <div className="page-head">
        <h1 id="caseload-title">{isSupervisor(me) ? 'Caseload and team' : 'My caseload'}</h1>
        {canSeeOutcomes(me) && <Link className="button" to="/reports/outcomes">Outcome report</Link>}
        {canAdd && !adding && (
          <button type="button" className="primary" onClick={() => setAdding(true)}>New client</button>
        )}
      </div>
      {adding && <NewClientForm onClose={() => setAdding(false)} />}
      {clinician && <ToDo />}
      {isSupervisor(me) && <CosignQueue />}
      {clinician && <UpcomingSessions clients={clients.data?.items ?? []} />}
      <section aria-labelledby="clients-title" className="section">
        <h2 id="clients-title">Clients</h2>
        <div className="filters">
          <label>
            Search <input type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="Name" />
          </label>
          <label>
            Status{' '}
            <select value={status} onChange={(e) => setStatus(e.target.value)}>
              <option value="">All</option>
              {Object.entries(CLIENT_STATUS_LABEL).map(([k, v]) => (
                <option key={k} value={k}>{v}</option>
              ))}
            </select>
          </label>
        </div>
        {clients.isLoading && <Loading what="clients" />}
        {clients.isError && <LoadError error={clients.error} what="The caseload" />}
        {clients.data && clients.data.items.length === 0 && (
          <p className="empty">No clients yet. {canAdd ? 'Add your first client to start planning.' : ''}</p>
        )}
        {clients.data && clients.data.items.length > 0 && (
          <table className="caseload">
            <caption className="sr-only">Clients, {clients.data.total} in all</caption>
            <thead>
              <tr>
                <th scope="col">Client</th>
                <th scope="col">Status</th>
                <th scope="col">Populations</th>
                <th scope="col">Setting</th>
                <th scope="col">Care team</th>
              </tr>
            </thead>
            <tbody>
              {clients.data.items.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <Link to={`/clients/${c.id}`}>{clientName(c)}</Link>
                  </th>
                  <td>
                    <span className={`status status-${c.status}`}>{CLIENT_STATUS_LABEL[c.status] ?? c.status}</span>
                  </td>
                  <td>{c.populations.map(populationLabel).join(', ')}</td>
                  <td>{settingLabel(c.setting)}</td>
                  <td>{c.careTeam.map((m) => m.name).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
