/** Which interventions serve which objective: every intervention is mapped to a clinical goal. */
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, asApiError, del, get, newId, post } from '../api/client.js';
import type { GoalDomain, Intervention, Plan } from '../api/types.js';
import { Field, Select } from '../ui/Field.js';
import { POPULATION_OPTIONS } from '../ui/labels.js';
import { LoadError, Loading } from '../ui/Status.js';
import { InterventionCard } from '../library/InterventionCard.js';

export function InterventionLinker({ plan, domains, populations }: { plan: Plan; domains: GoalDomain[]; populations: string[] }) {
  const qc = useQueryClient();
  const objectives = plan.goals.flatMap((g) => g.objectives.map((o) => ({ ...o, goal: g })));
  const [objectiveId, setObjectiveId] = useState('');
  const chosen = objectives.find((o) => o.id === objectiveId);
  const goalDomainKey = domains.find((d) => d.id === chosen?.goal.domainId)?.key ?? '';
  const [domain, setDomain] = useState<string | null>(null);
  const [population, setPopulation] = useState(populations[0] ?? '');
  const [q, setQ] = useState('');
  const [error, setError] = useState<{ id: string; error: ApiError } | null>(null);
  const domainKey = domain ?? goalDomainKey;
  const params = new URLSearchParams({ ...(domainKey ? { domain: domainKey } : {}), ...(population ? { population } : {}), ...(q ? { q } : {}) });
  const list = useQuery({ queryKey: ['interventions', params.toString()], queryFn: () => get<{ items: Intervention[] }>(`/interventions?${params}`) });
  const linked = new Map((chosen?.links ?? []).map((l) => [l.intervention.id, l.id]));

  async function link(iv: Intervention) {
    setError(null);
    try {
      await post(`/clients/${plan.clientId}/plan/links`, { id: newId(), objectiveId, interventionId: iv.id });
    } catch (e) {
      const err = asApiError(e);
      if (err.status !== 409) setError({ id: iv.id, error: err });
    }
    await qc.invalidateQueries({ queryKey: ['plan', plan.clientId] });
  }
  async function unlink(iv: Intervention, linkId: string) {
    setError(null);
    try {
      await del(`/plan-links/${linkId}`);
    } catch (e) {
      setError({ id: iv.id, error: asApiError(e) });
    }
    await qc.invalidateQueries({ queryKey: ['plan', plan.clientId] });
  }

  return (
    <section aria-labelledby="link-title" className="section">
      <h2 id="link-title">Interventions for an objective</h2>
      {objectives.length === 0 ? (
        <p className="empty">Add an objective first: every intervention serves an objective.</p>
      ) : (
        <>
          <div className="row filters">
            <Select label="Objective" options={[['', 'Choose the objective first…'], ...objectives.map((o) => [o.id, o.statement] as const)]} value={objectiveId} onChange={(e) => { setObjectiveId(e.target.value); setDomain(null); }} />
            <Select label="Goal domain" options={[['', 'All domains'], ...domains.map((d) => [d.key, d.name] as const)]} value={domainKey} onChange={(e) => setDomain(e.target.value)} />
            <Select label="Population" options={[['', 'All populations'], ...POPULATION_OPTIONS]} value={population} onChange={(e) => setPopulation(e.target.value)} />
            <Field label="Search by name" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
          </div>
          {!chosen && <p className="notice" id="choose-objective"><span aria-hidden="true">ℹ </span>Choose the objective an intervention will serve; then link it.</p>}
          {list.isLoading && <Loading what="interventions" />}
          {list.isError && <LoadError error={list.error} what="The library" />}
          {list.data && list.data.items.length === 0 && <p className="empty">No intervention matches these filters.</p>}
          <div className="cards">
            {list.data?.items.map((iv) => {
              const linkId = linked.get(iv.id);
              return (
                <InterventionCard key={iv.id} iv={iv}>
                  <div className="actions">
                    {linkId ? (
                      <>
                        <span className="badge badge-met"><span aria-hidden="true">✓ </span>Linked</span>
                        <button type="button" onClick={() => unlink(iv, linkId)}>Unlink<span className="sr-only"> {iv.name}</span></button>
                      </>
                    ) : (
                      <button type="button" className="primary" disabled={!chosen} aria-describedby={chosen ? undefined : 'choose-objective'} onClick={() => link(iv)}>
                        Link<span className="sr-only"> {iv.name}</span> to objective
                      </button>
                    )}
                  </div>
                  {error?.id === iv.id && <p className="field-error">{error.error.detail}</p>}
                </InterventionCard>
              );
            })}
          </div>
        </>
      )}
    </section>
  );
}
