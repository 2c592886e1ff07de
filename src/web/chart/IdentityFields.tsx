/** Who the client is: names, date of birth and populations, as the new-client and profile forms ask them. */
import { CheckGroup } from '../ui/ChoiceGroup.js';
import { Field } from '../ui/Field.js';
import { POPULATION_OPTIONS } from '../ui/labels.js';

export interface Identity {
  firstName: string;
  lastName: string;
  preferredName: string;
  birthDate: string;
  populations: string[];
}

export function IdentityFields({ value, onChange, err }: { value: Identity; onChange: (change: Partial<Identity>) => void; err: (field: keyof Identity) => string | undefined }) {
  const text = (k: Exclude<keyof Identity, 'populations'>) => (e: { target: { value: string } }) => onChange({ [k]: e.target.value });
  return (
    <>
      <div className="row">
        <Field label="First name" value={value.firstName} onChange={text('firstName')} error={err('firstName')} required autoComplete="off" />
        <Field label="Last name" value={value.lastName} onChange={text('lastName')} error={err('lastName')} required autoComplete="off" />
        <Field label="Preferred name (optional)" value={value.preferredName} onChange={text('preferredName')} error={err('preferredName')} autoComplete="off" />
        <Field label="Date of birth" type="date" value={value.birthDate} onChange={text('birthDate')} error={err('birthDate')} />
      </div>
      <CheckGroup legend="Populations" options={POPULATION_OPTIONS} value={value.populations} onChange={(populations) => onChange({ populations })} error={err('populations')} />
    </>
  );
}
