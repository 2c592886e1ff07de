/**
 * Trials: one tap per opportunity, success or failure, tagged with the prompt level when configured.
 * The level the next trial gets is shown on the buttons themselves; changing it is one tap.
 */
import { useId, useState } from 'react';
import type { PromptLevel } from '../../../domain/measurement.js';
import { humanize } from '../../ui/labels.js';
import type { ControlProps } from './types.js';

/** Where the bar is narrow (a group row), the long level names shortened; only one of the two is ever displayed. */
const SHORT: Partial<Record<PromptLevel, string>> = { independent: 'Indep.', gestural: 'Gest.', partial_physical: 'Part. phys.', full_physical: 'Full phys.' };

export function Trials({ config, record, prompt, variant = 'card' }: ControlProps<'trials'>) {
  const levels = config.promptLevels;
  const [own, setOwn] = useState<PromptLevel | undefined>(levels?.[0]);
  const level = prompt ? prompt.level : own;
  const choose = prompt ? prompt.choose : setOwn;
  const group = useId();
  const tag = levels && level ? { promptLevel: level } : {};
  const bar = variant === 'bar';
  function trial(outcome: 'success' | 'failure') {
    // This trial carries the level it was taken at; the next one's level is settled at once, before a second tap.
    const saved = record({ kind: 'trial', outcome, ...tag });
    prompt?.afterTrial();
    return saved;
  }
  // The level is read on the button; a screen reader hears it as the button's description.
  const shown = levels && level ? <small className="tap-level" aria-hidden="true">{humanize(level)}</small> : null;
  const described = levels && level ? { 'aria-describedby': `${group}-level` } : {};
  return (
    <>
      {levels && (
        <fieldset className={`chips-row prompt-levels${bar ? ' bar' : ''}`}>
          <legend className={bar ? 'sr-only' : undefined}>Prompt level for the next trial</legend>
          {levels.map((l) => (
            <label key={l} className="chip big" data-level={l}>
              <input type="radio" name={group} checked={level === l} onChange={() => choose(l)} />
              {bar && SHORT[l] ? (
                <>
                  <span className="level-full">{humanize(l)}</span>
                  <span className="level-short">{SHORT[l]}</span>
                </>
              ) : (
                humanize(l)
              )}
            </label>
          ))}
        </fieldset>
      )}
      {levels && level && <span id={`${group}-level`} hidden>at the {humanize(level).toLowerCase()} prompt level</span>}
      <div className="tap-row">
        <button type="button" className="tap ok" onClick={() => void trial('success')} {...described}>
          <span><span aria-hidden="true">+ </span>Correct</span>{shown}
        </button>
        <button type="button" className="tap no" onClick={() => void trial('failure')} {...described}>
          <span><span aria-hidden="true">− </span>Incorrect</span>{shown}
        </button>
      </div>
    </>
  );
}
