/** All of a client's objectives, each with its graph and verdict. */
import { Link } from '../router/router.js';
import { ClientCrumbs } from '../chart/ClientCrumbs.js';
import { useClient, useClientProgress, useHomePractices } from '../chart/queries.js';
import { clientName } from '../ui/format.js';
import { progressUnit } from './unit.js';
import { LoadError, Loading, ProgressBadge, useTitle } from '../ui/Status.js';
import { ProgressChart } from './ProgressChart.js';
import { ProgressSummary } from './Summary.js';

export function ClientProgress({ params }: { params: Record<string, string> }) {
  const id = params.id!;
  const client = useClient(id);
  const q = useClientProgress(id);
  const practices = useHomePractices(id);
  const name = client.data ? clientName(client.data) : 'Client';
  useTitle(`Progress: ${name}`);
  return (
    <div className="page">
      <ClientCrumbs clientId={id} name={name}>Progress</ClientCrumbs>
      <h1>Progress: {name}</h1>
      {q.isLoading && <Loading what="progress" />}
      {q.isError && <LoadError error={q.error} what="Progress" />}
      {q.data && q.data.objectives.length === 0 && <p className="empty">No objectives yet.</p>}
      {q.data?.objectives.map((p) => {
        const unit = progressUnit(p);
        return (
          <article key={p.objective.id} className="card section" aria-labelledby={`p-${p.objective.id}`}>
            <div className="page-head">
              <h2 id={`p-${p.objective.id}`}>
                <Link to={`/clients/${id}/progress/${p.objective.id}`}>{p.objective.statement}</Link>
              </h2>
              <ProgressBadge status={p.status} />
            </div>
            <ProgressChart p={p} unit={unit} height={220} title={`${p.objective.statement}, by session`} />
            <ProgressSummary p={p} unit={unit} />
            {practices.data?.items.filter((h) => h.objectiveId === p.objective.id).map((h) => (
              <p key={h.id} className="home-practice">
                <strong>Home practice</strong> “{h.what}”, {h.timesPerWeek} {h.timesPerWeek === 1 ? 'time' : 'times'} a week: {h.adherence.text}
                {h.adherence.percent !== null && ` (${h.adherence.percent} %)`}
              </p>
            ))}
          </article>
        );
      })}
    </div>
  );
}
