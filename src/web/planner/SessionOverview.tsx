/** A session: when and who, the interventions delivered (each serving objectives), and the way to capture and notes. */
import { Link } from '../router/router.js';
import { useSessionBundle } from '../capture/bundle.js';
import { formatDateTime } from '../ui/format.js';
import { ATTENDANCE_LABEL, humanize, settingLabel } from '../ui/labels.js';
import { LoadError, Loading, useTitle } from '../ui/Status.js';
import { DeliveredPicker } from './DeliveredPicker.js';
import { DeliveredList } from './DeliveredList.js';

export function SessionOverview({ params }: { params: Record<string, string> }) {
  const id = params.id!;
  useTitle('Session');
  const q = useSessionBundle(id);
  if (q.isLoading) return <div className="page"><Loading what="the session" /></div>;
  if (q.isError || !q.data) return <div className="page"><h1>Session</h1><LoadError error={q.error} what="The session" /></div>;
  const { session } = q.data;
  const objectives = new Map(Object.values(q.data.plans).flatMap((p) => p.goals.flatMap((g) => g.objectives)).map((o) => [o.id, o]));
  return (
    <div className="page">
      <nav aria-label="Breadcrumb" className="crumbs"><Link to="/">Caseload</Link> › Session</nav>
      <div className="page-head">
        <h1>{session.groupName ?? humanize(session.type)} session, {formatDateTime(session.startsAt, session.timeZone)}</h1>
        <div className="actions">
          {session.type === 'group' && <Link className="button" to={`/sessions/${id}/group-note`}>Group note</Link>}
          <Link className="button primary" to={`/sessions/${id}/capture`}>Start capture</Link>
        </div>
      </div>
      <p className="hint">
        {session.durationMinutes} min · {settingLabel(session.setting)}{session.location && ` · ${session.location}`} · {humanize(session.status)}
      </p>
      <section aria-labelledby="who-title" className="section">
        <h2 id="who-title">Participants</h2>
        <ul className="list">
          {session.participants.map((p) => (
            <li key={p.clientId}>
              <Link to={`/clients/${p.clientId}`}>{p.name} {p.lastName}</Link> · {ATTENDANCE_LABEL[p.attendance] ?? p.attendance} ·{' '}
              <Link to={`/sessions/${id}/note/${p.clientId}`}>Note<span className="sr-only"> for {p.name}</span></Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="delivered-title" className="section">
        <h2 id="delivered-title">Interventions: planned and delivered</h2>
        <DeliveredList session={session} objectives={objectives} />
        <h3>Add from the plan</h3>
        <DeliveredPicker bundle={q.data} />
      </section>
    </div>
  );
}
