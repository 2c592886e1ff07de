/** The practice's library: interventions (with their music elements) and the goal bank's domains. */
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { get } from '../api/client.js';
import type { Intervention } from '../api/types.js';
import { useDomains } from '../chart/queries.js';
import { Field, Select } from '../ui/Field.js';
import { categoryLabel, POPULATION_OPTIONS, populationLabel } from '../ui/labels.js';
import { LoadError, Loading, useTitle } from '../ui/Status.js';
import { InterventionCard } from './InterventionCard.js';

export function Library() {
  useTitle('Library');
  const [tab, setTab] = useState<'interventions' | 'domains'>('interventions');
  const [q, setQ] = useState('');
  const [domain, setDomain] = useState('');
  const [population, setPopulation] = useState('');
  const domains = useDomains();
  const params = new URLSearchParams({ ...(q ? { q } : {}), ...(domain ? { domain } : {}), ...(population ? { population } : {}) });
  const list = useQuery({ queryKey: ['interventions', params.toString()], queryFn: () => get<{ items: Intervention[] }>(`/interventions?${params}`), enabled: tab === 'interventions' });
  return (
    <div className="page">
      <h1>Library</h1>
      <div className="tabs" role="group" aria-label="Show">
        <button type="button" aria-pressed={tab === 'interventions'} onClick={() => setTab('interventions')}>Interventions</button>
        <button type="button" aria-pressed={tab === 'domains'} onClick={() => setTab('domains')}>Goal domains</button>
      </div>
      {tab === 'interventions' ? (
        <section aria-labelledby="iv-title">
          <h2 id="iv-title" className="sr-only">Interventions</h2>
          <div className="row filters">
            <Field label="Search by name" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
            <Select label="Goal domain" options={[['', 'All domains'], ...(domains.data?.items ?? []).map((d) => [d.key, d.name] as const)]} value={domain} onChange={(e) => setDomain(e.target.value)} />
            <Select label="Population" options={[['', 'All populations'], ...POPULATION_OPTIONS]} value={population} onChange={(e) => setPopulation(e.target.value)} />
          </div>
          {list.isLoading && <Loading what="interventions" />}
          {list.isError && <LoadError error={list.error} what="The library" />}
          {list.data && <p role="status" className="hint">{list.data.items.length} interventions</p>}
          <div className="cards">
            {list.data?.items.map((iv) => <InterventionCard key={iv.id} iv={iv} detail />)}
          </div>
        </section>
      ) : (
        <section aria-labelledby="dom-title">
          <h2 id="dom-title" className="sr-only">Goal domains</h2>
          {domains.isLoading && <Loading what="goal domains" />}
          {domains.isError && <LoadError error={domains.error} what="The goal bank" />}
          <div className="cards">
            {domains.data?.items.map((d) => (
              <article key={d.id} className="card" aria-labelledby={`d-${d.id}`}>
                <h3 id={`d-${d.id}`}>{d.name}</h3>
                <p className="hint">{categoryLabel(d.category)}{d.populations.length > 0 && ` · ${d.populations.map(populationLabel).join(', ')}`}</p>
                <p>{d.definition}</p>
                {d.subSkills.length > 0 && <p><strong>Sub-skills:</strong> {d.subSkills.join(' · ')}</p>}
              </article>
            ))}
          </div>
        </section>
      )}
    </div>
  );
}
