/** Labelled form controls with their error shown next to them (ApiError.forField). */
import { useId, useLayoutEffect, useRef, useState, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';

interface Common {
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
}

function useDescribed(error?: string, hint?: ReactNode) {
  const id = useId();
  const described = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  return { id, described };
}

function Extras({ id, error, hint }: { id: string; error?: string; hint?: ReactNode }) {
  return (
    <>
      {hint && <p id={`${id}-hint`} className="hint">{hint}</p>}
      {error && <p id={`${id}-error`} className="field-error">{error}</p>}
    </>
  );
}

export function Field({ label, error, hint, ...input }: Common & InputHTMLAttributes<HTMLInputElement>) {
  const { id, described } = useDescribed(error, hint);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} aria-invalid={error ? true : undefined} aria-describedby={described} {...input} />
      <Extras id={id} error={error} hint={hint} />
    </div>
  );
}

export function TextArea({ label, error, hint, ...input }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const { id, described } = useDescribed(error, hint);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} aria-invalid={error ? true : undefined} aria-describedby={described} rows={4} {...input} />
      <Extras id={id} error={error} hint={hint} />
    </div>
  );
}

export function Select({ label, error, hint, options, ...input }: Common & { options: readonly (readonly [string, string])[] } & SelectHTMLAttributes<HTMLSelectElement>) {
  const { id, described } = useDescribed(error, hint);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} aria-invalid={error ? true : undefined} aria-describedby={described} {...input}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>{text}</option>
        ))}
      </select>
      <Extras id={id} error={error} hint={hint} />
    </div>
  );
}

/**
 * A form-level error: the detail when no field names the problem, else a pointer to the fields.
 * Focus moves to the first field marked invalid (or to this message), so the keyboard lands on the problem.
 */
export function FormError({ error }: { error: { detail: string; errors: unknown[] } | null }) {
  const ref = useRef<HTMLParagraphElement>(null);
  const [marked, setMarked] = useState(false);
  useLayoutEffect(() => {
    if (!error) return;
    const form = ref.current?.closest('form');
    const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    setMarked(!!form?.querySelector('.field-error'));
    (invalid ?? ref.current)?.focus();
  }, [error]);
  if (!error) return null;
  return (
    <p role="alert" className="form-error" ref={ref} tabIndex={-1}>
      {error.errors.length && marked ? 'Please correct the fields marked above.' : error.detail}
    </p>
  );
}
