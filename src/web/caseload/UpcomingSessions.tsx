/** Today and the days ahead: the sessions on my caseload, with a way into capture. */
import { useQuery } from '@tanstack/react-query';
import { get } from '../api/client.js';
import type { ClientSummary, SessionListItem } from '../api/types.js';
import { Link } from '../router/router.js';
import { clientName, formatDateTime, localToday } from '../ui/format.js';
import { humanize } from '../ui/labels.js';
import { LoadError, Loading } from '../ui/Status.js';

export function UpcomingSessions({ clients }: { clients: ClientSummary[] }) {
  const from = localToday(-1);
  const q = useQuery({ queryKey: ['sessions', 'upcoming', from], queryFn: () => get<{ items: SessionListItem[] }>(`/sessions?from=${from}&limit=20`) });
  const names = new Map(clients.map((c) => [c.id, clientName(c)]));
  const items = (q.data?.items ?? []).filter((s) => s.status !== 'cancelled').sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return (
    <section aria-labelledby="upcoming-title" className="section">
      <h2 id="upcoming-title">Recent and upcoming sessions</h2>
      {q.isLoading && <Loading what="sessions" />}
      {q.isError && <LoadError error={q.error} what="Sessions" />}
      {q.data && items.length === 0 && (
        <p className="empty">
          No sessions planned. <Link to="/sessions/new">Plan a session</Link>.
        </p>
      )}
      {items.length > 0 && (
        <ul className="list sessions">
          {items.map((s) => (
            <li key={s.id}>
              <Link to={`/sessions/${s.id}`}>{formatDateTime(s.startsAt, s.timeZone)}</Link>{' '}
              · {s.groupName ?? s.participants.map((p) => names.get(p.clientId) ?? 'client').join(', ')} · {humanize(s.type)} · {humanize(s.status)}
              {s.status !== 'completed' && (
                <>
                  {' '}· <Link to={`/sessions/${s.id}/capture`}>Capture</Link>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
