/** A client's reports: progress, IEP progress and discharge, for a chosen period. */
import { ClientCrumbs } from '../chart/ClientCrumbs.js';
import { useClient, useIeps } from '../chart/queries.js';
import { clientName } from '../ui/format.js';
import { LoadError, Loading, useTitle } from '../ui/Status.js';
import { ReportForm } from './ReportForm.js';
import { iepApplies } from '../../domain/reports/iep.js';

export function ClientReports({ params }: { params: Record<string, string> }) {
  const id = params.id!;
  const client = useClient(id);
  const clinical = !!client.data && 'musicPreferences' in client.data;
  // The server gives an IEP progress report to a student (iepApplies), an IEP on file included.
  const ieps = useIeps(id, clinical);
  const hasIep = (ieps.data?.items.length ?? 0) > 0;
  const name = client.data ? clientName(client.data) : 'Client';
  useTitle(`Reports: ${name}`);
  return (
    <div className="page narrow">
      <ClientCrumbs clientId={id} name={name}>Reports</ClientCrumbs>
      <h1>Reports: {name}</h1>
      {client.isLoading && <Loading what="the client" />}
      {client.isError && <LoadError error={client.error} what="The client" />}
      {client.data && ('musicPreferences' in client.data ? (
        <ReportForm clientId={id} kinds={iepApplies(client.data, hasIep) ? ['progress', 'iep', 'discharge'] : ['progress', 'discharge']} />
      ) : (
        <p className="empty">Reports are open only to the care team and their supervisors.</p>
      ))}
    </div>
  );
}
