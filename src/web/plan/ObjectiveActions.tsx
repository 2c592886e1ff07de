/** An objective's course: leave baseline, mark a phase change (a labelled line on the graph), confirm mastery. */
import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { newId, patch, post } from '../api/client.js';
import type { PlanObjective } from '../api/types.js';
import { Field } from '../ui/Field.js';
import { useSave } from '../api/useSave.js';
import { localToday } from '../ui/format.js';


export function ObjectiveActions({ o }: { o: PlanObjective }) {
  const qc = useQueryClient();
  const [phaseForm, setPhaseForm] = useState(false);
  const [label, setLabel] = useState('');
  const [startDate, setStartDate] = useState(() => localToday());
  const { error, busy, run: save } = useSave();
  const refresh = () => Promise.all([qc.invalidateQueries({ queryKey: ['plan', o.clientId] }), qc.invalidateQueries({ queryKey: ['progress'] })]);

  const run = (action: () => Promise<unknown>) =>
    save(async () => {
      await action();
      await refresh();
    });
  async function addPhase(e: FormEvent) {
    e.preventDefault();
    const ok = await run(() => post(`/objectives/${o.id}/phases`, { id: newId(), kind: 'intervention', label, startDate }));
    if (ok) {
      setPhaseForm(false);
      setLabel('');
    }
  }
  const name = <span className="sr-only"> for “{o.statement}”</span>;
  return (
    <div className="objective-actions">
      <div className="actions">
        {o.status === 'baseline' && (
          <button type="button" disabled={busy} onClick={() => run(() => patch(`/objectives/${o.id}`, { version: o.version, status: 'active' }))}>
            Begin intervention phase{name}
          </button>
        )}
        {!phaseForm && (
          <button type="button" disabled={busy} onClick={() => setPhaseForm(true)}>New phase…{name}</button>
        )}
        {o.masteryMetOn && !o.masteryConfirmedAt && (
          <button type="button" className="primary" disabled={busy} onClick={() => run(() => post(`/objectives/${o.id}/confirm-mastery`, { version: o.version }))}>
            Confirm mastery (met {o.masteryMetOn}){name}
          </button>
        )}
      </div>
      {phaseForm && (
        <form className="row phase-form" onSubmit={addPhase} noValidate aria-label={`New phase for ${o.statement}`}>
          <Field label="Phase label" value={label} onChange={(e) => setLabel(e.target.value)} error={error?.forField('label')} hint="e.g. “New song set”, “Visual cue faded”." />
          <Field label="Starts on" type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} error={error?.forField('startDate')} />
          <div className="actions">
            <button type="submit" className="primary" disabled={busy}>Add phase</button>
            <button type="button" onClick={() => setPhaseForm(false)}>Cancel</button>
          </div>
        </form>
      )}
      {error && !error.forField('label') && !error.forField('startDate') && <p role="alert" className="form-error">{error.detail}</p>}
    </div>
  );
}
