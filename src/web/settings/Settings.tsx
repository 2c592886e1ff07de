/** The practice's settings: every member sees the rules its documents follow; an admin changes them. */
import { useEffect, useState, type FormEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { get, patch } from '../api/client.js';
import type { Answer } from '../api/types.js';
import { useSave } from '../api/useSave.js';
import { useMe } from '../shell/me.js';
import { Field, FormError, Select } from '../ui/Field.js';
import { LoadError, Loading, useTitle } from '../ui/Status.js';
import { DEFAULT_PROGRESS_CODES, IEP_CODES, type IepCode } from '../../domain/reports/iep.js';
import { WRITTEN_SECTIONS } from '../../domain/session-facts.js';
import type { OthersInChart } from '../../domain/group-note.js';

type Settings = Answer<'/api/v1/organization/settings'>;
const KEY = ['organization-settings'];
const SECTION_NAMES: Record<string, string> = { subjective: 'Subjective', assessment: 'Assessment', plan: 'Plan' };
/** How a member's copy of a group note names the others (domain/group-note OTHERS_IN_CHART). */
const OTHERS_WORDS: Record<OthersInChart, string> = { count: 'as a count (“3 other group members”)', first_names: 'by first name' };

export function Settings() {
  useTitle('Practice settings');
  const me = useMe();
  const q = useQuery({ queryKey: KEY, queryFn: () => get<Settings>('/organization/settings') });
  return (
    <div className="page narrow">
      <h1>Practice settings</h1>
      {q.isLoading && <Loading what="the settings" />}
      {q.isError && <LoadError error={q.error} what="The settings" />}
      {q.data && (me.roles.includes('admin') ? <SettingsForm settings={q.data} /> : <SettingsView s={q.data} />)}
    </div>
  );
}

function SettingsView({ s }: { s: Settings }) {
  return (
    <>
      <p className="hint">An administrator of the practice changes these.</p>
      <dl className="facts">
        <dt>Practice</dt><dd>{s.name}</dd>
        <dt>Time zone</dt><dd>{s.timeZone}</dd>
        <dt>Note format</dt><dd>{s.noteFormat}</dd>
        <dt>Sections a note cannot be signed without</dt><dd>{s.requiredNoteSections.length ? s.requiredNoteSections.map((k) => SECTION_NAMES[k]).join(', ') : 'none (empty sections are confirmed at signing)'}</dd>
        <dt>Late entry after</dt><dd>{s.lateEntryHours} hours</dd>
        <dt>Group notes name other members</dt><dd>{OTHERS_WORDS[s.groupNoteOthers]}</dd>
        <dt>NICU live music from</dt><dd>{s.nicuLiveMusicMinPmaWeeks === null ? 'no practice rule' : `${s.nicuLiveMusicMinPmaWeeks} weeks PMA (voice only before)`}</dd>
      </dl>
    </>
  );
}

function SettingsForm({ settings }: { settings: Settings }) {
  const qc = useQueryClient();
  const { error, busy, run } = useSave();
  const [f, setF] = useState(() => formOf(settings));
  const [saved, setSaved] = useState(false);
  useEffect(() => setF(formOf(settings)), [settings]);
  const set = (k: keyof typeof f) => (v: string) => { setSaved(false); setF((x) => ({ ...x, [k]: v })); };
  const written = WRITTEN_SECTIONS[f.noteFormat as 'SOAP' | 'DAP'];

  async function submit(e: FormEvent) {
    e.preventDefault();
    const body = {
      version: settings.version, name: f.name, timeZone: f.timeZone, noteFormat: f.noteFormat,
      requiredNoteSections: f.required.filter((k) => written.includes(k)),
      lateEntryHours: Number(f.lateEntryHours), groupNoteOthers: f.groupNoteOthers as OthersInChart, nicuLiveMusicMinPmaWeeks: f.nicuMin === '' ? null : Number(f.nicuMin),
      // A label left empty or as the default keeps the default; the district's meanings stay as they were.
      progressCodes: Object.fromEntries(IEP_CODES.map((c) => {
        const label = f.codes[c].trim();
        return [c, { ...settings.progressCodes[c], label: label && label !== DEFAULT_PROGRESS_CODES[c].label ? label : undefined }];
      })),
    };
    const ok = await run(async () => qc.setQueryData(KEY, await patch<Settings>('/organization/settings', body)));
    setSaved(ok);
  }

  return (
    <form className="form-grid" onSubmit={submit} noValidate>
      <Field label="Practice name" value={f.name} onChange={(e) => set('name')(e.target.value)} error={error?.forField('name')} required />
      <Field label="Time zone" hint="IANA name, e.g. America/Chicago. New sessions are dated in it." value={f.timeZone} onChange={(e) => set('timeZone')(e.target.value)} error={error?.forField('timeZone')} />
      <Select label="Note format" options={[['SOAP', 'SOAP (subjective, objective, assessment, plan)'], ['DAP', 'DAP (data, assessment, plan)']]} value={f.noteFormat} onChange={(e) => set('noteFormat')(e.target.value)} error={error?.forField('noteFormat')} />
      <fieldset className="field">
        <legend>Sections a note cannot be signed without</legend>
        <p className="hint">Other empty sections are confirmed at signing.</p>
        {written.map((k) => (
          <label key={k} className="check">
            <input type="checkbox" checked={f.required.includes(k)} onChange={(e) => { setSaved(false); setF((x) => ({ ...x, required: e.target.checked ? [...x.required, k] : x.required.filter((r) => r !== k) })); }} />
            {SECTION_NAMES[k]}
          </label>
        ))}
        {error?.under('requiredNoteSections') && <p className="field-error">{error.under('requiredNoteSections')}</p>}
      </fieldset>
      <Field label="Late entry after (hours)" hint="A note signed later than this after its session ends is marked a late entry." type="number" inputMode="numeric" min={1} max={720} value={f.lateEntryHours} onChange={(e) => set('lateEntryHours')(e.target.value)} error={error?.forField('lateEntryHours')} />
      <Select label="In a member’s copy of a group note, the other members are named" options={Object.entries(OTHERS_WORDS)} value={f.groupNoteOthers} onChange={(e) => set('groupNoteOthers')(e.target.value)} error={error?.forField('groupNoteOthers')} />
      <Field label="NICU: live music from (weeks PMA)" hint="Voice only before it. Leave empty for no practice rule; PAL has its own threshold of 34 weeks." type="number" inputMode="numeric" min={22} max={48} value={f.nicuMin} onChange={(e) => set('nicuMin')(e.target.value)} error={error?.forField('nicuLiveMusicMinPmaWeeks')} />
      <fieldset className="field">
        <legend>IEP progress codes as your district words them</legend>
        {IEP_CODES.map((c) => (
          <Field key={c} label={DEFAULT_PROGRESS_CODES[c].label} value={f.codes[c]} onChange={(e) => { setSaved(false); setF((x) => ({ ...x, codes: { ...x.codes, [c]: e.target.value } })); }} error={error?.under(`progressCodes.${c}`)} />
        ))}
      </fieldset>
      <FormError error={error} />
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>{busy ? 'Saving…' : 'Save settings'}</button>
        {saved && <p role="status" className="hint">Saved.</p>}
      </div>
    </form>
  );
}

function formOf(s: Settings) {
  return {
    name: s.name, timeZone: s.timeZone, noteFormat: s.noteFormat, required: [...s.requiredNoteSections] as string[],
    lateEntryHours: String(s.lateEntryHours), groupNoteOthers: s.groupNoteOthers as string, nicuMin: s.nicuLiveMusicMinPmaWeeks === null ? '' : String(s.nicuLiveMusicMinPmaWeeks),
    codes: Object.fromEntries(IEP_CODES.map((c) => [c, s.progressCodes[c]?.label ?? DEFAULT_PROGRESS_CODES[c].label])) as Record<IepCode, string>,
  };
}
