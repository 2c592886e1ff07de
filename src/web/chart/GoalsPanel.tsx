/** Goals → objectives, each with its progress status from the server and the interventions that serve it. */
import type { ReactNode } from 'react';
import type { ObjectiveProgress, PlanObjective } from '../api/types.js';
import { Link } from '../router/router.js';
import { criterionText, measurementText } from '../ui/measure.js';
import { humanize } from '../ui/labels.js';
import { LoadError, Loading, ProgressBadge } from '../ui/Status.js';
import { useClientProgress, useDomains, usePlan } from './queries.js';

export function ObjectiveLine({ o, progress, clientId, children }: { o: PlanObjective; progress?: ObjectiveProgress; clientId: string; children?: ReactNode }) {
  return (
    <li className="objective">
      <div className="objective-head">
        <Link to={`/clients/${clientId}/progress/${o.id}`}>{o.statement}</Link>
        {progress ? <ProgressBadge status={progress.status} /> : null}
      </div>
      <p className="hint">
        {measurementText(o.measurement)} · mastery: {criterionText(o.criterion, o.measurement)} · {o.direction === 'increase' ? 'increase ↑' : 'decrease ↓'} · {humanize(o.status)}
        {o.masteryMetOn && ` · criterion first met ${o.masteryMetOn}`}
      </p>
      {o.links.length > 0 && (
        <p className="links">
          Interventions: {o.links.map((l) => l.intervention.name).join(' · ')}
        </p>
      )}
      {children}
    </li>
  );
}

export function GoalsPanel({ clientId }: { clientId: string }) {
  const plan = usePlan(clientId);
  const progress = useClientProgress(clientId);
  const domains = useDomains();
  const byObjective = new Map((progress.data?.objectives ?? []).map((p) => [p.objective.id, p]));
  const domainName = new Map((domains.data?.items ?? []).map((d) => [d.id, d.name]));
  return (
    <section aria-labelledby="goals-title" className="section">
      <h2 id="goals-title">Goals and objectives</h2>
      {plan.isLoading && <Loading what="the plan" />}
      {plan.isError && <LoadError error={plan.error} what="The plan" />}
      {progress.isError && <LoadError error={progress.error} what="Progress" />}
      {plan.data && plan.data.goals.length === 0 && (
        <p className="empty">
          No goals yet. <Link to={`/clients/${clientId}/plan`}>Build the treatment plan</Link>.
        </p>
      )}
      {plan.data?.goals.map((g) => (
        <article key={g.id} className="card goal" aria-labelledby={`goal-${g.id}`}>
          <h3 id={`goal-${g.id}`}>
            <span className="domain">{domainName.get(g.domainId) ?? 'Goal'}</span> {g.statement}
          </h3>
          {g.objectives.length === 0 ? (
            <p className="empty">No objectives yet.</p>
          ) : (
            <ul className="plain objectives">
              {g.objectives.map((o) => (
                <ObjectiveLine key={o.id} o={o} progress={byObjective.get(o.id)} clientId={clientId} />
              ))}
            </ul>
          )}
        </article>
      ))}
      {plan.data?.reviewDate && <p className="hint">Plan review date: {plan.data.reviewDate}</p>}
    </section>
  );
}
