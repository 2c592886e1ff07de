/** Editing the profile: identity, populations, status, referral, guardians, diagnoses and music preferences. */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError, get, patch } from '../api/client.js';
import type { Client } from '../api/types.js';
import { useSave } from '../api/useSave.js';
import { Field, FormError, Select, TextArea } from '../ui/Field.js';
import { CLIENT_STATUS_LABEL, MUSIC_FIELDS, SETTING_OPTIONS } from '../ui/labels.js';
import { IdentityFields } from './IdentityFields.js';
import { changes, toBody, toDraft, type ProfileDraft } from './profile-form.js';
import { DiagnosisRows, GuardianRows } from './ProfileLists.js';

const DECISIONS = [['pending', 'Pending'], ['accepted', 'Accepted'], ['declined', 'Declined']] as const;
const CONFLICT = 'Someone else saved this profile while you were editing, so your changes were not saved. They are still in the form. Load the current profile to see what changed, then make your changes again.';

export function ProfileForm({ client, onClose }: { client: Client; onClose: () => void }) {
  const qc = useQueryClient();
  const [base, setBase] = useState(client);
  const [f, setF] = useState(() => toDraft(client));
  const { error, setError, busy, run } = useSave();
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  const set = (change: Partial<ProfileDraft>) => setF({ ...f, ...change });
  const text = (k: 'gestationalAgeWeeks' | 'gestationalAgeDays' | 'setting' | 'status') =>
    (e: { target: { value: string } }) => set({ [k]: e.target.value });
  const referral = (k: keyof ProfileDraft['referral']) => (e: { target: { value: string } }) => set({ referral: { ...f.referral, [k]: e.target.value } });
  const music = (k: keyof ProfileDraft['music']) => (e: { target: { value: string } }) => set({ music: { ...f.music, [k]: e.target.value } });
  const err = (k: string) => error?.under(k);
  const nicu = f.populations.includes('nicu') || f.gestationalAgeWeeks !== '';

  async function submit(e: FormEvent) {
    e.preventDefault();
    const changed = changes(toBody(toDraft(base)), toBody(f));
    if (Object.keys(changed).length === 0) return onClose();
    await run(
      async () => {
        const updated = await patch<Client>(`/clients/${base.id}`, { version: base.version, ...changed });
        qc.setQueryData(['client', base.id], updated);
        await qc.invalidateQueries({ queryKey: ['clients'] });
        onClose();
      },
      (api) => api.status === 409 && (setError(new ApiError(409, CONFLICT)), true),
    );
  }

  async function reload() {
    await run(async () => {
      const fresh = await get<Client>(`/clients/${base.id}`);
      qc.setQueryData(['client', base.id], fresh);
      setBase(fresh);
      setF(toDraft(fresh));
    });
  }

  return (
    <form className="card form-grid" onSubmit={submit} aria-labelledby="profile-form-title" noValidate>
      <h2 id="profile-form-title" ref={title} tabIndex={-1}>Edit profile</h2>
      <IdentityFields value={f} onChange={set} err={err} />
      {nicu && (
        <div className="row">
          <Field label="Gestational age at birth: weeks" type="number" min={20} max={45} inputMode="numeric" value={f.gestationalAgeWeeks} onChange={text('gestationalAgeWeeks')} error={err('gestationalAgeWeeks')} />
          <Field label="and days" type="number" min={0} max={6} inputMode="numeric" value={f.gestationalAgeDays} onChange={text('gestationalAgeDays')} error={err('gestationalAgeDays')} />
        </div>
      )}
      <div className="row">
        <Select label="Setting" options={SETTING_OPTIONS} value={f.setting} onChange={text('setting')} error={err('setting')} />
        <Select label="Status" options={Object.entries(CLIENT_STATUS_LABEL)} value={f.status} onChange={text('status')} error={err('status')} />
      </div>
      <DiagnosisRows items={f.diagnoses} onChange={(diagnoses) => set({ diagnoses })} error={error} />
      <fieldset className="field">
        <legend>Referral</legend>
        <div className="row">
          <Field label="Referred by" value={f.referral.source} onChange={referral('source')} error={err('referral.source')} />
          <Field label="Referred on" type="date" value={f.referral.referredOn ?? ''} onChange={referral('referredOn')} error={err('referral.referredOn')} />
          <Select label="Decision" options={DECISIONS} value={f.referral.decision} onChange={referral('decision')} error={err('referral.decision')} />
        </div>
        <TextArea label="Reason for referral" rows={2} value={f.referral.reason} onChange={referral('reason')} error={err('referral.reason')} />
        <TextArea label="Acceptance criteria" rows={2} value={f.referral.criteria} onChange={referral('criteria')} error={err('referral.criteria')} hint="Why the referral was accepted or declined." />
      </fieldset>
      <GuardianRows items={f.guardians} onChange={(guardians) => set({ guardians })} error={error} />
      <fieldset className="field">
        <legend>Music preferences (clinical information: one per line)</legend>
        <div className="row">
          {MUSIC_FIELDS.map(([k, label]) => (
            <TextArea key={k} label={label} rows={3} value={f.music[k]} onChange={music(k)} error={err(`musicPreferences.${k}`)} />
          ))}
        </div>
        <TextArea label="Notes on music" rows={2} value={f.music.notes} onChange={music('notes')} error={err('musicPreferences.notes')} />
      </fieldset>
      <FormError error={error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>{busy ? 'Saving…' : 'Save profile'}</button>
        {error?.status === 409 && <button type="button" onClick={reload} disabled={busy}>Load the current profile</button>}
        <button type="button" onClick={onClose}>Cancel</button>
      </div>
    </form>
  );
}
