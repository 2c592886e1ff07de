/** Accepting a new client: identity, populations, setting, referral, a guardian, music preferences. */
import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { newId, post } from '../api/client.js';
import type { Client } from '../api/types.js';
import { navigate } from '../router/router.js';
import { Field, FormError, Select, TextArea } from '../ui/Field.js';
import { lines } from '../ui/ChoiceGroup.js';
import { CLIENT_STATUS_LABEL, MUSIC_FIELDS, SETTING_OPTIONS } from '../ui/labels.js';
import { IdentityFields } from '../chart/IdentityFields.js';
import { useSave } from '../api/useSave.js';

const EMPTY = {
  firstName: '', lastName: '', preferredName: '', birthDate: '', setting: 'outpatient', populations: [] as string[], referralReason: '', referralSource: '',
  status: 'active', guardianName: '', guardianRelationship: '', guardianPhone: '', genres: '', songs: '', artists: '', instruments: '', dislikes: '',
};

export function NewClientForm({ onClose }: { onClose: () => void }) {
  const qc = useQueryClient();
  const [id] = useState(newId);
  const [f, setF] = useState(EMPTY);
  const { error, busy, run } = useSave();
  const set = (k: keyof typeof EMPTY) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });

  async function submit(e: FormEvent) {
    e.preventDefault();
    const body = {
      id, firstName: f.firstName, lastName: f.lastName, preferredName: f.preferredName.trim() || null, birthDate: f.birthDate || null,
      populations: f.populations, setting: f.setting, status: f.status,
      referral: { source: f.referralSource, reason: f.referralReason, referredOn: null, decision: 'pending', criteria: '' },
      guardians: f.guardianName.trim() ? [{ name: f.guardianName, relationship: f.guardianRelationship, phone: f.guardianPhone, email: '', isLegalGuardian: true }] : [],
      musicPreferences: { genres: lines(f.genres), songs: lines(f.songs), artists: lines(f.artists), instruments: lines(f.instruments), dislikes: lines(f.dislikes), notes: '' },
    };
    await run(
      async () => {
        const client = await post<Client>('/clients', body);
        await qc.invalidateQueries({ queryKey: ['clients'] });
        navigate(`/clients/${client.id}`);
      },
      // The first attempt reached the server but its answer was lost: the client exists.
      (api) => api.status === 409 && /already exists/.test(api.detail) && (navigate(`/clients/${id}`), true),
    );
  }

  const err = (k: string) => error?.forField(k);
  return (
    <form className="card form-grid" onSubmit={submit} aria-labelledby="new-client-title" noValidate>
      <h2 id="new-client-title">New client</h2>
      <IdentityFields value={f} onChange={(change) => setF({ ...f, ...change })} err={(k) => (k === 'populations' ? error?.under(k) : err(k))} />
      <div className="row">
        <Select label="Setting" options={SETTING_OPTIONS} value={f.setting} onChange={set('setting')} error={err('setting')} />
        <Select label="Status" options={Object.entries(CLIENT_STATUS_LABEL)} value={f.status} onChange={set('status')} error={err('status')} />
        <Field label="Referred by" value={f.referralSource} onChange={set('referralSource')} error={err('source')} />
      </div>
      <TextArea label="Reason for referral" value={f.referralReason} onChange={set('referralReason')} error={err('reason')} rows={2} />
      <fieldset className="field">
        <legend>Guardian or contact (optional)</legend>
        <div className="row">
          <Field label="Name" value={f.guardianName} onChange={set('guardianName')} error={error?.under('guardians.0.name')} />
          <Field label="Relationship" value={f.guardianRelationship} onChange={set('guardianRelationship')} />
          <Field label="Phone" type="tel" value={f.guardianPhone} onChange={set('guardianPhone')} />
        </div>
      </fieldset>
      <fieldset className="field">
        <legend>Music preferences (clinical information: one per line)</legend>
        <div className="row">
          {MUSIC_FIELDS.map(([k, label]) => (
            <TextArea key={k} label={label} value={f[k]} onChange={set(k)} rows={2} error={error?.under(`musicPreferences.${k}`)} />
          ))}
        </div>
      </fieldset>
      <FormError error={error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>{busy ? 'Saving…' : 'Create client'}</button>
        <button type="button" onClick={onClose}>Cancel</button>
      </div>
    </form>
  );
}
