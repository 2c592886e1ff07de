/** The chart's billing: the client's service lines (units from the session record) and what each authorization has left. */
import { useQuery } from '@tanstack/react-query';
import { apiUrl, get } from '../api/client.js';
import { Link } from '../router/router.js';
import { formatDate } from '../ui/format.js';
import { LoadError, Loading } from '../ui/Status.js';

interface ServiceLine {
  id: string; sessionId: string; date: string; code: string; modifiers: string[]; description: string; billable: boolean;
  minutes: number; units: number; chargeCents: number; payer: string; placeOfService: string; documented: boolean;
}
interface Authorization {
  id: string; payer: string; serviceCodeId: string | null; kind: 'units' | 'visits'; amount: number; startsOn: string; endsOn: string;
  reference: string; used: number; remaining: number; exceeded: boolean;
}

const dollars = (cents: number) => `$${(cents / 100).toFixed(2)}`;

export function BillingPanel({ clientId }: { clientId: string }) {
  const lines = useQuery({ queryKey: ['service-lines', 'client', clientId], queryFn: () => get<{ items: ServiceLine[] }>(`/clients/${clientId}/service-lines`) });
  const auths = useQuery({ queryKey: ['authorizations', clientId], queryFn: () => get<{ items: Authorization[] }>(`/clients/${clientId}/authorizations`) });
  const all = lines.data?.items ?? [];
  const recent = [...all].reverse().slice(0, 10);
  return (
    <section aria-labelledby="billing-title" className="section">
      <h2 id="billing-title">Billing</h2>
      {auths.isError && <LoadError error={auths.error} what="Authorizations" />}
      {auths.data && auths.data.items.length > 0 && (
        <ul className="plain">
          {auths.data.items.map((a) => (
            <li key={a.id} className={a.exceeded ? 'notice' : undefined}>
              <strong>{a.payer}</strong>{a.reference ? ` (${a.reference})` : ''}, {formatDate(a.startsOn)} to {formatDate(a.endsOn)}: {a.used} of {a.amount} {a.kind} used,{' '}
              <strong>{a.remaining < 0 ? `${-a.remaining} over` : `${a.remaining} remaining`}</strong>
            </li>
          ))}
        </ul>
      )}
      {lines.isLoading && <Loading what="service lines" />}
      {lines.isError && <LoadError error={lines.error} what="Service lines" />}
      {lines.data && lines.data.items.length === 0 && <p className="empty">No service lines yet.</p>}
      {recent.length > 0 && (
        <table className="caseload">
          <caption className="sr-only">Service lines, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Code</th>
              <th scope="col">Payer</th>
              <th scope="col">Minutes</th>
              <th scope="col">Units</th>
              <th scope="col">Charge</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {recent.map((l) => (
              <tr key={l.id}>
                <th scope="row"><Link to={`/sessions/${l.sessionId}`}>{formatDate(l.date)}</Link></th>
                <td>{l.code}{l.modifiers.length ? ` ${l.modifiers.join(' ')}` : ''} · {l.description}</td>
                <td>{l.payer}</td>
                <td>{l.minutes}</td>
                <td>{l.units}</td>
                <td>{l.billable ? dollars(l.chargeCents) : 'not billed'}</td>
                <td>{l.documented ? 'signed' : 'not signed yet'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {all.length > recent.length && <p className="muted">The latest {recent.length} of {all.length} service lines; the superbill and the claims export list them all.</p>}
      {all.length > 0 && (
        <p>
          <a href={apiUrl(`/clients/${clientId}/billing/superbill`)} target="_blank" rel="noreferrer">Superbill for this month</a>
        </p>
      )}
    </section>
  );
}
