/** What the plan states about the service: how often, how long each session, and the precautions. */
import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { patch } from '../api/client.js';
import type { Plan } from '../api/types.js';
import { useSave } from '../api/useSave.js';
import { Field, FormError, TextArea } from '../ui/Field.js';

export function PlanService({ clientId, plan }: { clientId: string; plan: Plan }) {
  const qc = useQueryClient();
  const [frequency, setFrequency] = useState(plan.frequency ?? '');
  const [minutes, setMinutes] = useState(plan.sessionMinutes == null ? '' : String(plan.sessionMinutes));
  const [reviewDate, setReviewDate] = useState(plan.reviewDate ?? '');
  const [precautions, setPrecautions] = useState((plan.precautions ?? []).join('\n'));
  const [saved, setSaved] = useState(false);
  const { error, busy, run } = useSave();
  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(false);
    const ok = await run(() =>
      patch(`/clients/${clientId}/plan`, {
        version: Math.max(plan.version, 1),
        frequency: frequency.trim(),
        sessionMinutes: minutes.trim() === '' ? null : Number(minutes),
        reviewDate: reviewDate || null,
        precautions: precautions.split('\n').map((p) => p.trim()).filter(Boolean),
      }),
    );
    if (ok) {
      setSaved(true);
      await Promise.all([qc.invalidateQueries({ queryKey: ['plan', clientId] }), qc.invalidateQueries({ queryKey: ['plan-versions', clientId] })]);
    }
  }
  return (
    <form className="card" onSubmit={submit} noValidate aria-labelledby="service-title">
      <h3 id="service-title">Service and precautions</h3>
      <div className="row">
        <Field label="Frequency" value={frequency} onChange={(e) => setFrequency(e.target.value)} error={error?.forField('frequency')} hint="e.g. “1 session a week”." />
        <Field label="Minutes per session" inputMode="numeric" value={minutes} onChange={(e) => setMinutes(e.target.value)} error={error?.forField('sessionMinutes')} />
        <Field label="Plan review date" type="date" value={reviewDate} onChange={(e) => setReviewDate(e.target.value)} error={error?.forField('reviewDate')} />
      </div>
      <TextArea label="Precautions and contraindications" rows={4} value={precautions} onChange={(e) => setPrecautions(e.target.value)} error={error?.forField('precautions')} hint="One per line." />
      <FormError error={error} />
      {saved && <p role="status" className="readback">Saved. Draft the next version below to put it in the signed plan.</p>}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>Save service and precautions</button>
      </div>
    </form>
  );
}
