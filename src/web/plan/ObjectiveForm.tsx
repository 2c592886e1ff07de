/** A measurable objective under a goal: behaviour, condition, measurement, criterion, direction, baseline. */
import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { parseCriterionPhrase } from '../../domain/progress/mastery.js';
import type { MeasurementConfig } from '../../domain/measurement.js';
import { newId, post } from '../api/client.js';
import { Field, FormError, TextArea } from '../ui/Field.js';
import { RadioGroup } from '../ui/ChoiceGroup.js';
import { MeasurementFields } from './MeasurementFields.js';
import { CriterionField } from './CriterionField.js';
import { DEFAULT_CRITERION, INITIAL_MEASURE, toConfig, type MeasureState } from './measurement-state.js';
import { useSave } from '../api/useSave.js';

const EMPTY = { statement: '', behaviour: '', condition: '', direction: 'increase', baselineValue: '', baselineNote: '', status: 'baseline', targetDate: '' };

export function ObjectiveForm({ goalId, clientId, onDone }: { goalId: string; clientId: string; onDone: () => void }) {
  const qc = useQueryClient();
  const [id, setId] = useState(newId);
  const [f, setF] = useState(EMPTY);
  const [measure, setMeasure] = useState<MeasureState>(INITIAL_MEASURE);
  const [criterion, setCriterion] = useState(DEFAULT_CRITERION.trials);
  const [touchedCriterion, setTouched] = useState(false);
  const { error, setError, busy, run } = useSave();
  const [criterionError, setCriterionError] = useState<string | undefined>();
  const set = (k: keyof typeof EMPTY) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });
  const config = toConfig(measure) as MeasurementConfig;
  const parsed = parseCriterionPhrase(criterion);
  const decreasing = !('error' in parsed) && (parsed.comparator === '<=' || parsed.comparator === '<');
  const mismatch = !('error' in parsed) && (decreasing ? f.direction === 'increase' : f.direction === 'decrease') && measure.type !== 'pre_post';

  function changeMeasure(m: MeasureState) {
    setMeasure(m);
    if (!touchedCriterion) setCriterion(DEFAULT_CRITERION[m.type]);
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setCriterionError(undefined);
    if ('error' in parsed) {
      setCriterionError(parsed.error);
      return;
    }
    await run(async () => {
      await post(`/goals/${goalId}/objectives`, {
        id, statement: f.statement, behaviour: f.behaviour || f.statement, condition: f.condition, measurement: config, criterion: parsed,
        direction: f.direction, baselineValue: f.baselineValue.trim() === '' ? null : Number(f.baselineValue), baselineNote: f.baselineNote,
        status: f.status, targetDate: f.targetDate || null,
      });
      await qc.invalidateQueries({ queryKey: ['plan', clientId] });
      await qc.invalidateQueries({ queryKey: ['progress', 'client', clientId] });
      setF(EMPTY);
      setMeasure(INITIAL_MEASURE);
      setCriterion(DEFAULT_CRITERION.trials);
      setTouched(false);
      setId(newId());
      onDone();
    });
  }

  return (
    <form className="card form-grid nested" onSubmit={submit} aria-label="New objective" noValidate>
      <h4>New objective</h4>
      <Field label="Objective statement" value={f.statement} onChange={set('statement')} error={error?.forField('statement')} hint="What the client will do, e.g. “Takes a turn on the drum within 5 s of a visual cue”." />
      <TextArea label="Behaviour, operationally defined" rows={2} value={f.behaviour} onChange={set('behaviour')} error={error?.forField('behaviour')} hint="Observable and countable; left empty, the statement is used." />
      <TextArea label="Condition" rows={2} value={f.condition} onChange={set('condition')} error={error?.forField('condition')} hint="Under which circumstances, e.g. “in a structured drum circle with one peer”." />
      <MeasurementFields value={measure} onChange={changeMeasure} error={error} />
      <CriterionField value={criterion} onChange={(v) => { setCriterion(v); setTouched(true); }} measurement={config} error={criterionError ?? error?.under('criterion')} />
      <RadioGroup legend="Improvement means the value should" options={[['increase', 'Increase ↑'], ['decrease', 'Decrease ↓']]} value={f.direction} onChange={(direction) => setF({ ...f, direction })} error={error?.forField('direction')} />
      {mismatch && <p className="notice" role="status"><span aria-hidden="true">⚠ </span>The criterion and the direction disagree; check that both are what you mean.</p>}
      <div className="row">
        <Field label="Baseline value (optional)" type="number" inputMode="decimal" value={f.baselineValue} onChange={set('baselineValue')} error={error?.forField('baselineValue')} />
        <Field label="Baseline note (optional)" value={f.baselineNote} onChange={set('baselineNote')} error={error?.forField('baselineNote')} />
        <Field label="Target date (optional)" type="date" value={f.targetDate} onChange={set('targetDate')} error={error?.forField('targetDate')} />
      </div>
      <RadioGroup legend="Start in" options={[['baseline', 'Baseline phase'], ['active', 'Intervention phase']]} value={f.status} onChange={(status) => setF({ ...f, status })} error={error?.forField('status')} />
      <FormError error={error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>{busy ? 'Saving…' : 'Add objective'}</button>
        <button type="button" onClick={onDone}>Cancel</button>
      </div>
    </form>
  );
}
