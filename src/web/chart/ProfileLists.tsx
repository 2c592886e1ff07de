/** The profile's lists edited row by row: guardians and contacts, diagnoses. */
import type { ApiError } from '../api/client.js';
import { Field } from '../ui/Field.js';
import type { Diagnosis, Guardian } from './profile-form.js';

const EMPTY_GUARDIAN: Guardian = { name: '', relationship: '', phone: '', email: '', isLegalGuardian: false };
const EMPTY_DIAGNOSIS: Diagnosis = { label: '', code: '' };

function replace<T>(items: T[], i: number, item: T): T[] {
  return items.map((x, j) => (j === i ? item : x));
}

export function GuardianRows({ items, onChange, error }: { items: Guardian[]; onChange: (items: Guardian[]) => void; error: ApiError | null }) {
  return (
    <fieldset className="field">
      <legend>Guardians and contacts</legend>
      {items.length === 0 && <p className="hint">None recorded.</p>}
      {items.map((g, i) => {
        const set = (change: Partial<Guardian>) => onChange(replace(items, i, { ...g, ...change }));
        const err = (k: keyof Guardian) => error?.under(`guardians.${i}.${k}`);
        return (
          <fieldset key={i} className="field list-row">
            <legend>Contact {i + 1}</legend>
            <div className="row">
              <Field label="Name" value={g.name} onChange={(e) => set({ name: e.target.value })} error={err('name')} autoComplete="off" />
              <Field label="Relationship" value={g.relationship} onChange={(e) => set({ relationship: e.target.value })} error={err('relationship')} />
              <Field label="Phone" type="tel" value={g.phone} onChange={(e) => set({ phone: e.target.value })} error={err('phone')} />
              <Field label="Email" type="email" value={g.email} onChange={(e) => set({ email: e.target.value })} error={err('email')} />
            </div>
            <div className="actions">
              <label className="check">
                <input type="checkbox" checked={g.isLegalGuardian} onChange={(e) => set({ isLegalGuardian: e.target.checked })} /> Legal guardian
              </label>
              <button type="button" onClick={() => onChange(items.filter((_, j) => j !== i))}>
                Remove<span className="sr-only"> contact {i + 1}{g.name && ` (${g.name})`}</span>
              </button>
            </div>
          </fieldset>
        );
      })}
      <div className="actions">
        <button type="button" onClick={() => onChange([...items, EMPTY_GUARDIAN])}>Add a guardian or contact</button>
      </div>
    </fieldset>
  );
}

export function DiagnosisRows({ items, onChange, error }: { items: Diagnosis[]; onChange: (items: Diagnosis[]) => void; error: ApiError | null }) {
  return (
    <fieldset className="field">
      <legend>Diagnoses</legend>
      {items.length === 0 && <p className="hint">None recorded.</p>}
      {items.map((d, i) => (
        <div key={i} className="row list-row" role="group" aria-label={`Diagnosis ${i + 1}`}>
          <Field label="Diagnosis" value={d.label} onChange={(e) => onChange(replace(items, i, { ...d, label: e.target.value }))} error={error?.under(`diagnoses.${i}.label`)} />
          <Field label="ICD-10 code (optional)" value={d.code} onChange={(e) => onChange(replace(items, i, { ...d, code: e.target.value }))} error={error?.under(`diagnoses.${i}.code`)} />
          <div className="actions align-end">
            <button type="button" onClick={() => onChange(items.filter((_, j) => j !== i))}>
              Remove<span className="sr-only"> diagnosis {i + 1}{d.label && ` (${d.label})`}</span>
            </button>
          </div>
        </div>
      ))}
      <div className="actions">
        <button type="button" onClick={() => onChange([...items, EMPTY_DIAGNOSIS])}>Add a diagnosis</button>
      </div>
    </fieldset>
  );
}
