/** A long-term goal in one of the goal bank's domains. */
import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError, newId, post } from '../api/client.js';
import type { GoalDomain } from '../api/types.js';
import { Field, FormError, TextArea } from '../ui/Field.js';
import { categoryLabel } from '../ui/labels.js';
import { useId } from 'react';
import { useSave } from '../api/useSave.js';

export function DomainSelect({ domains, value, onChange, error, populations }: { domains: GoalDomain[]; value: string; onChange: (id: string) => void; error?: string; populations: string[] }) {
  const id = useId();
  const byCategory = new Map<string, GoalDomain[]>();
  for (const d of domains) byCategory.set(d.category, [...(byCategory.get(d.category) ?? []), d]);
  const chosen = domains.find((d) => d.id === value);
  const suits = (d: GoalDomain) => populations.some((p) => d.populations.includes(p));
  return (
    <div className="field">
      <label htmlFor={id}>Goal domain</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={`${id}-def`}>
        <option value="">Choose a domain…</option>
        {[...byCategory].map(([cat, ds]) => (
          <optgroup key={cat} label={categoryLabel(cat)}>
            {ds.map((d) => (
              <option key={d.id} value={d.id}>{d.name}{suits(d) ? ' ★' : ''}</option>
            ))}
          </optgroup>
        ))}
      </select>
      <p className="hint" id={`${id}-def`}>{chosen ? chosen.definition : '★ marks domains usual for this client’s populations.'}</p>
      {error && <p className="field-error">{error}</p>}
    </div>
  );
}

export function GoalForm({ clientId, domains, populations }: { clientId: string; domains: GoalDomain[]; populations: string[] }) {
  const qc = useQueryClient();
  const [id, setId] = useState(newId);
  const [domainId, setDomainId] = useState('');
  const [statement, setStatement] = useState('');
  const [targetDate, setTargetDate] = useState('');
  const { error, setError, busy, run } = useSave();

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    if (!domainId) return setError(new ApiError(400, 'Choose a goal domain.', [{ path: 'body.domainId', message: 'choose a goal domain' }]));
    await run(async () => {
      await post(`/clients/${clientId}/goals`, { id, domainId, statement, targetDate: targetDate || null });
      await qc.invalidateQueries({ queryKey: ['plan', clientId] });
      setStatement('');
      setTargetDate('');
      setId(newId());
    });
  }

  return (
    <form className="card form-grid" onSubmit={submit} aria-labelledby="new-goal-title" noValidate>
      <h2 id="new-goal-title">New goal</h2>
      <DomainSelect domains={domains} value={domainId} onChange={setDomainId} error={error?.forField('domainId')} populations={populations} />
      <TextArea label="Goal statement" rows={2} value={statement} onChange={(e) => setStatement(e.target.value)} error={error?.forField('statement')} hint="Long-term, e.g. “Maya will increase reciprocal social interaction with peers and adults.”" />
      <Field label="Target date (optional)" type="date" value={targetDate} onChange={(e) => setTargetDate(e.target.value)} error={error?.forField('targetDate')} />
      <FormError error={error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>{busy ? 'Saving…' : 'Add goal'}</button>
      </div>
    </form>
  );
}
