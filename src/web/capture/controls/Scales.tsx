/** Rating chips, prompt-level chips, and pre/post scale entry. */
import { useState } from 'react';
import type { DataEvent } from '../../../domain/measurement.js';
import { humanize } from '../../ui/labels.js';
import type { ControlProps } from './types.js';

const range = (min: number, max: number) => Array.from({ length: max - min + 1 }, (_, i) => min + i);

export function Rating({ config, record }: ControlProps<'rating'>) {
  const anchor = new Map(config.anchors.map((a) => [a.value, a.label]));
  return (
    <div className="tap-row wrap">
      {range(config.min, config.max).map((v) => (
        <button key={v} type="button" className="tap chip-tap" onClick={() => record({ kind: 'rating', value: v })}>
          <strong>{v}</strong>
          {anchor.get(v) && <small> {anchor.get(v)}</small>}
        </button>
      ))}
    </div>
  );
}

export function PromptLevels({ config, record }: ControlProps<'prompt_level'>) {
  return (
    <div className="tap-row wrap">
      {config.hierarchy.map((level) => (
        <button key={level} type="button" className="tap chip-tap" onClick={() => record({ kind: 'prompt', level })}>
          {humanize(level)}
        </button>
      ))}
    </div>
  );
}

export function PrePost({ config, points, record }: ControlProps<'pre_post'>) {
  const last = (when: 'pre' | 'post') =>
    points.map((p) => p.event).filter((e): e is Extract<DataEvent, { kind: 'scale' }> => e.kind === 'scale' && e.when === when).at(-1)?.value;
  const values = config.max - config.min <= 10 ? range(config.min, config.max) : null;
  return (
    <>
      {(['pre', 'post'] as const).map((when) => (
        <fieldset key={when} className="chips-row">
          <legend>
            {config.scaleName} {when === 'pre' ? 'before' : 'after'} the session{last(when) !== undefined && <>: <strong>{last(when)}</strong></>}
          </legend>
          {values ? (
            values.map((v) => (
              <button key={v} type="button" className="tap chip-tap" aria-pressed={last(when) === v} onClick={() => record({ kind: 'scale', when, value: v })}>
                {v}
              </button>
            ))
          ) : (
            <NumberEntry label={`${config.scaleName} ${when}`} min={config.min} max={config.max} onSave={(value) => record({ kind: 'scale', when, value })} />
          )}
        </fieldset>
      ))}
    </>
  );
}

export function NumberEntry({ label, min, max, onSave }: { label: string; min: number; max: number; onSave: (v: number) => void }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="number-entry"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const input = e.currentTarget.elements.namedItem('v') as HTMLInputElement;
        const v = Number(input.value);
        if (input.value.trim() === '' || !Number.isFinite(v)) return setError('type a number');
        if (v < min || v > max) return setError(`must be between ${min} and ${max}`);
        setError(null);
        onSave(v);
        input.value = '';
      }}
    >
      <input name="v" type="number" inputMode="decimal" min={min} max={max} step="any" aria-label={label} aria-invalid={error ? true : undefined} />
      <button type="submit" className="tap">Save<span className="sr-only"> {label}</span></button>
      {error && <p className="field-error" role="alert">{label}: {error}</p>}
    </form>
  );
}
