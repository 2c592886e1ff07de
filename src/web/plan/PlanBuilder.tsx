/** The treatment plan: goals from the goal bank, measurable objectives, interventions linked to each. */
import { useState } from 'react';
import { ClientCrumbs } from '../chart/ClientCrumbs.js';
import { useMe, canPlan, canSignPlan } from '../shell/me.js';
import { clientName } from '../ui/format.js';
import { LoadError, Loading, useTitle } from '../ui/Status.js';
import { useClient, useClientProgress, useDomains, usePlan } from '../chart/queries.js';
import { ObjectiveLine } from '../chart/GoalsPanel.js';
import { GoalForm } from './GoalForm.js';
import { ObjectiveForm } from './ObjectiveForm.js';
import { InterventionLinker } from './InterventionLinker.js';
import { ObjectiveActions } from './ObjectiveActions.js';
import { PlanService } from './PlanService.js';
import { PlanVersions } from './PlanVersions.js';

export function PlanBuilder({ params }: { params: Record<string, string> }) {
  const id = params.id!;
  const me = useMe();
  const client = useClient(id);
  const plan = usePlan(id);
  const domains = useDomains();
  const progress = useClientProgress(id);
  const [adding, setAdding] = useState<string | null>(null);
  const name = client.data ? clientName(client.data) : 'Client';
  useTitle(`Plan: ${name}`);
  const populations = client.data?.populations ?? [];
  const byObjective = new Map((progress.data?.objectives ?? []).map((p) => [p.objective.id, p]));
  const domainName = new Map((domains.data?.items ?? []).map((d) => [d.id, d.name]));
  return (
    <div className="page">
      <ClientCrumbs clientId={id} name={name}>Plan</ClientCrumbs>
      <h1>Treatment plan: {name}</h1>
      {!canPlan(me) && <p className="notice">Plan changes are made by a therapist or supervisor; propose changes to your supervisor.</p>}
      {(plan.isLoading || domains.isLoading) && <Loading what="the plan" />}
      {plan.isError && <LoadError error={plan.error} what="The plan" />}
      {domains.isError && <LoadError error={domains.error} what="The goal bank" />}
      {plan.data && domains.data && (
        <>
          <section aria-labelledby="goals-title" className="section">
            <h2 id="goals-title">Goals and objectives</h2>
            {plan.data.goals.length === 0 && <p className="empty">No goals yet: start with a goal below.</p>}
            {plan.data.goals.map((g) => (
              <article key={g.id} className="card goal" aria-labelledby={`goal-${g.id}`}>
                <h3 id={`goal-${g.id}`}>
                  <span className="domain">{domainName.get(g.domainId)}</span> {g.statement}
                </h3>
                <ul className="plain objectives">
                  {g.objectives.map((o) => (
                    <ObjectiveLine key={o.id} o={o} progress={byObjective.get(o.id)} clientId={id}>
                      {canPlan(me) && <ObjectiveActions o={o} />}
                    </ObjectiveLine>
                  ))}
                </ul>
                {canPlan(me) &&
                  (adding === g.id ? (
                    <ObjectiveForm goalId={g.id} clientId={id} onDone={() => setAdding(null)} />
                  ) : (
                    <button type="button" onClick={() => setAdding(g.id)}>
                      Add objective<span className="sr-only"> to “{g.statement}”</span>
                    </button>
                  ))}
              </article>
            ))}
          </section>
          {canPlan(me) && <GoalForm clientId={id} domains={domains.data.items} populations={populations} />}
          {canPlan(me) && <InterventionLinker plan={plan.data} domains={domains.data.items} populations={populations} />}
          {canPlan(me) && <PlanService key={plan.data.version} clientId={id} plan={plan.data} />}
          <PlanVersions clientId={id} canSign={canSignPlan(me)} canAcknowledge={canPlan(me)} />
        </>
      )}
    </div>
  );
}
