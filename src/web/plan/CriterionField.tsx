/** The mastery criterion in plain words: parsed as typed, read back in the domain's own phrasing. */
import { useId } from 'react';
import { parseCriterionPhrase } from '../../domain/progress/mastery.js';
import type { MasteryCriterion } from '../../domain/criterion.js';
import type { MeasurementConfig } from '../../domain/measurement.js';
import { criterionText } from '../ui/measure.js';

export type ParsedCriterion = MasteryCriterion | { error: string };

export function CriterionField({ value, onChange, measurement, error }: { value: string; onChange: (v: string) => void; measurement: MeasurementConfig; error?: string }) {
  const id = useId();
  const parsed = parseCriterionPhrase(value);
  const ok = !('error' in parsed);
  return (
    <div className="field">
      <label htmlFor={id}>Mastery criterion</label>
      <p className="hint" id={`${id}-hint`}>In plain words, e.g. “≥ 80 % in 3 consecutive sessions”, “at most 2 in 4 of the last 5 sessions”.</p>
      <input id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={`${id}-hint ${id}-read`} autoComplete="off" />
      <p id={`${id}-read`} className={ok ? 'readback' : 'hint'} aria-live="polite">
        {value.trim() === '' ? '' : ok ? <>Understood as: <strong>{criterionText(parsed, measurement)}</strong></> : `Not understood yet: ${parsed.error}`}
      </p>
      {error && <p className="field-error">{error}</p>}
    </div>
  );
}
