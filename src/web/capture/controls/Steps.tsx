/** Task analysis (each step: independent / prompted / not done) and physiological readings. */
import { useId, useState } from 'react';
import { CHANNEL_RANGES, type DataEvent } from '../../../domain/measurement.js';
import { humanize } from '../../ui/labels.js';
import { NumberEntry } from './Scales.js';
import type { ControlProps } from './types.js';

const RESULTS = [['independent', '✓ Independent'], ['prompted', '◐ Prompted'], ['not_done', '✗ Not done']] as const;

export function TaskAnalysis({ config, points, record }: ControlProps<'task_analysis'>) {
  const last = new Map<number, string>();
  for (const p of points) if (p.event.kind === 'step') last.set(p.event.step, p.event.result);
  return (
    <ol className="steps">
      {config.steps.map((step, i) => (
        <li key={i}>
          <span className="step-name">
            {step}
            {last.has(i) && <span className="hint"> — {humanize(last.get(i)!)}</span>}
          </span>
          <span className="tap-row" role="group" aria-label={`Step ${i + 1}: ${step}`}>
            {RESULTS.map(([result, text]) => (
              <button key={result} type="button" className="tap chip-tap" aria-pressed={last.get(i) === result} onClick={() => record({ kind: 'step', step: i, result })}>
                {text}
              </button>
            ))}
          </span>
        </li>
      ))}
    </ol>
  );
}

export function Physiological({ config, points, record }: ControlProps<'physiological'>) {
  const [when, setWhen] = useState<'pre' | 'during' | 'post'>('during');
  const group = useId();
  const readings = points.map((p) => p.event).filter((e): e is Extract<DataEvent, { kind: 'reading' }> => e.kind === 'reading');
  return (
    <>
      <fieldset className="chips-row">
        <legend>Reading taken</legend>
        {(['pre', 'during', 'post'] as const).map((w) => (
          <label key={w} className="chip big">
            <input type="radio" name={group} checked={when === w} onChange={() => setWhen(w)} />
            {w === 'pre' ? 'Before' : w === 'during' ? 'During' : 'After'}
          </label>
        ))}
      </fieldset>
      {config.channels.map((channel) => {
        const r = CHANNEL_RANGES[channel];
        const lastValue = readings.filter((x) => x.channel === channel).at(-1)?.value;
        const name = channel === 'spo2' ? 'SpO₂' : humanize(channel);
        return (
          <div key={channel} className="reading">
            <span>
              {name} ({r.min}–{r.max}){lastValue !== undefined && <>: last <strong>{lastValue}</strong></>}
            </span>
            <NumberEntry label={`${name}, ${when}`} min={r.min} max={r.max} onSave={(value) => record({ kind: 'reading', channel, value, when })} />
          </div>
        );
      })}
    </>
  );
}

/** The thumb bar's task analysis: the first step without a result yet, with its three answers. */
export function NextStep({ config, points, record }: ControlProps<'task_analysis'>) {
  const done = new Set(points.flatMap((p) => (p.event.kind === 'step' ? [p.event.step] : [])));
  const next = config.steps.findIndex((_, i) => !done.has(i));
  if (next < 0) return <p className="thumb-closed">All {config.steps.length} steps recorded; change one in its card.</p>;
  return (
    <span className="tap-row" role="group" aria-label={`Step ${next + 1} of ${config.steps.length}: ${config.steps[next]}`}>
      <span className="next-step">Step {next + 1}/{config.steps.length}: {config.steps[next]}</span>
      {RESULTS.map(([result, text]) => (
        <button key={result} type="button" className="tap chip-tap" onClick={() => record({ kind: 'step', step: next, result })}>
          {text}
        </button>
      ))}
    </span>
  );
}
