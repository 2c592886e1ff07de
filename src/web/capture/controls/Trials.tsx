/** Trials: one tap per opportunity, success or failure, tagged with the prompt level when configured. */
import { useId, useState } from 'react';
import type { PromptLevel } from '../../../domain/measurement.js';
import { humanize } from '../../ui/labels.js';
import type { ControlProps } from './types.js';

export function Trials({ config, record }: ControlProps<'trials'>) {
  const levels = config.promptLevels;
  const [level, setLevel] = useState<PromptLevel | undefined>(levels?.[0]);
  const group = useId();
  const tag = levels && level ? { promptLevel: level } : {};
  return (
    <>
      {levels && (
        <fieldset className="chips-row">
          <legend>Prompt level for the next trial</legend>
          {levels.map((l) => (
            <label key={l} className="chip big">
              <input type="radio" name={group} checked={level === l} onChange={() => setLevel(l)} />
              {humanize(l)}
            </label>
          ))}
        </fieldset>
      )}
      <div className="tap-row">
        <button type="button" className="tap ok" onClick={() => record({ kind: 'trial', outcome: 'success', ...tag })}>
          <span aria-hidden="true">+ </span>Correct
        </button>
        <button type="button" className="tap no" onClick={() => record({ kind: 'trial', outcome: 'failure', ...tag })}>
          <span aria-hidden="true">− </span>Incorrect
        </button>
      </div>
    </>
  );
}
