/** The client chart: who this person is, what we work on and how it goes, and what happened. */
import { useState } from 'react';
import { Link } from '../router/router.js';
import { useMe, canPlan, canSignPlan } from '../shell/me.js';
import { clientName } from '../ui/format.js';
import { LoadError, Loading, useTitle } from '../ui/Status.js';
import { CLIENT_STATUS_LABEL } from '../ui/labels.js';
import { useClient } from './queries.js';
import { Profile } from './Profile.js';
import { ProfileForm } from './ProfileForm.js';
import { GoalsPanel } from './GoalsPanel.js';
import { History } from './History.js';
import { BillingPanel } from './BillingPanel.js';
import { AssessmentsPanel } from './AssessmentsPanel.js';
import { FamilyPanel } from './FamilyPanel.js';
import { IepsPanel } from './IepsPanel.js';

export function ClientChart({ params }: { params: Record<string, string> }) {
  const id = params.id!;
  const me = useMe();
  const client = useClient(id);
  const [editing, setEditing] = useState(false);
  useTitle(client.data ? clientName(client.data) : 'Client');
  if (client.isLoading) return <div className="page"><Loading what="the chart" /></div>;
  if (client.isError || !client.data) return <div className="page"><h1>Client</h1><LoadError error={client.error} what="The chart" /></div>;
  const c = client.data;
  const clinical = 'musicPreferences' in c;
  return (
    <div className="page">
      <nav aria-label="Breadcrumb" className="crumbs"><Link to="/">Caseload</Link> › {clientName(c)}</nav>
      <div className="page-head">
        <h1>
          {clientName(c)} <span className={`status status-${c.status}`}>{CLIENT_STATUS_LABEL[c.status] ?? c.status}</span>
        </h1>
        {clinical && (
          <div className="actions">
            {canPlan(me) ? <Link className="button" to={`/clients/${id}/plan`}>Edit plan</Link>
              : canSignPlan(me) && <Link className="button" to={`/clients/${id}/plan`}>Treatment plan</Link>}
            <Link className="button primary" to={`/sessions/new?client=${id}`}>Plan a session</Link>
            <Link className="button" to={`/clients/${id}/progress`}>Progress</Link>
            <Link className="button" to={`/clients/${id}/music`}>Music</Link>
            <Link className="button" to={`/clients/${id}/reports`}>Reports</Link>
          </div>
        )}
      </div>
      {editing && 'musicPreferences' in c ? (
        <ProfileForm client={c} onClose={() => setEditing(false)} />
      ) : (
        <Profile client={c} onEdit={clinical ? () => setEditing(true) : undefined} />
      )}
      {clinical ? (
        <>
          <GoalsPanel clientId={id} />
          <AssessmentsPanel clientId={id} populations={c.populations} />
          {'musicPreferences' in c && <IepsPanel client={c} />}
          <History clientId={id} />
          <BillingPanel clientId={id} />
          {canPlan(me) && <FamilyPanel clientId={id} />}
        </>
      ) : (
        <p className="empty">Clinical records are open only to the care team and their supervisors.</p>
      )}
    </div>
  );
}
