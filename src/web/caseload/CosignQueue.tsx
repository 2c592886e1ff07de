/** For supervisors: interns' signed notes waiting for a co-signature. */
import { useQuery } from '@tanstack/react-query';
import { get } from '../api/client.js';
import type { CosignItem } from '../api/types.js';
import { Link } from '../router/router.js';
import { formatDateTime } from '../ui/format.js';
import { LoadError, Loading } from '../ui/Status.js';

export function CosignQueue() {
  const q = useQuery({ queryKey: ['cosign-queue'], queryFn: () => get<{ items: CosignItem[] }>('/cosign-queue') });
  return (
    <section aria-labelledby="cosign-title" className="section card">
      <h2 id="cosign-title">Notes waiting for your co-signature</h2>
      {q.isLoading && <Loading what="the co-sign queue" />}
      {q.isError && <LoadError error={q.error} what="The co-sign queue" />}
      {q.data && q.data.items.length === 0 && <p className="empty">Nothing to co-sign.</p>}
      {q.data && q.data.items.length > 0 && (
        <ul className="list">
          {q.data.items.map((n) => (
            <li key={n.id}>
              <Link to={`/notes/${n.id}`}>{n.clientName}</Link> · signed by the intern {n.signedAt ? formatDateTime(n.signedAt) : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
