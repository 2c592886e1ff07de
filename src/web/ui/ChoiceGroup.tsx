/** A fieldset of checkboxes (several) or radio chips (one), with its error next to it. */
import { useId } from 'react';

export function CheckGroup({ legend, options, value, onChange, error, hint }: {
  legend: string;
  options: readonly (readonly [string, string])[];
  value: string[];
  onChange: (v: string[]) => void;
  error?: string;
  hint?: string;
}) {
  const id = useId();
  return (
    <fieldset className="field choices" aria-describedby={[error ? `${id}-e` : '', hint ? `${id}-h` : ''].join(' ').trim() || undefined}>
      <legend>{legend}</legend>
      {hint && <p className="hint" id={`${id}-h`}>{hint}</p>}
      <div className="chips">
        {options.map(([k, text]) => (
          <label key={k} className="chip">
            <input
              type="checkbox"
              checked={value.includes(k)}
              onChange={(e) => onChange(e.target.checked ? [...value, k] : value.filter((x) => x !== k))}
            />
            {text}
          </label>
        ))}
      </div>
      {error && <p className="field-error" id={`${id}-e`}>{error}</p>}
    </fieldset>
  );
}

export function RadioGroup({ legend, options, value, onChange, error, name, hint }: {
  legend: string;
  options: readonly (readonly [string, string])[];
  value: string;
  onChange: (v: string) => void;
  error?: string;
  name?: string;
  hint?: string;
}) {
  const id = useId();
  return (
    <fieldset className="field choices" aria-describedby={[error ? `${id}-e` : '', hint ? `${id}-h` : ''].join(' ').trim() || undefined}>
      <legend>{legend}</legend>
      <div className="chips">
        {options.map(([k, text]) => (
          <label key={k} className="chip">
            <input type="radio" name={name ?? id} checked={value === k} onChange={() => onChange(k)} />
            {text}
          </label>
        ))}
      </div>
      {hint && <p className="hint" id={`${id}-h`}>{hint}</p>}
      {error && <p className="field-error" id={`${id}-e`}>{error}</p>}
    </fieldset>
  );
}

/** Lines of a textarea as a list: one item per line, blanks dropped. */
export const lines = (text: string): string[] => text.split('\n').map((s) => s.trim()).filter(Boolean);
