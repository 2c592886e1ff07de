/**
 * The chart's IEPs: what each IEP on file says (its dates, the eligibility category, music therapy
 * as a related service, the case manager, when progress reports are due), entered and corrected
 * here. Shown for a student (iepApplies: the school population or setting, or an IEP on file).
 */
import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { newId, patch, post } from '../api/client.js';
import { useSave } from '../api/useSave.js';
import type { Client } from '../api/types.js';
import { ELIGIBILITY_CATEGORIES, ELIGIBILITY_LABELS, SERVICE_PER, type EligibilityCategory, type ServicePer } from '../../domain/iep-record.js';
import { iepApplies } from '../../domain/reports/iep.js';
import { canWriteClinical, useMe } from '../shell/me.js';
import { Field, FormError, Select } from '../ui/Field.js';
import { formatDate, localToday } from '../ui/format.js';
import { LoadError, Loading } from '../ui/Status.js';
import { useIeps, type Iep } from './queries.js';

/** The category in plain words: the regulation's name without its paragraph (the form shows both). */
export const eligibilityWords = (c: EligibilityCategory) => ELIGIBILITY_LABELS[c].replace(/\s*\((?:34 CFR )?§[^]*\)$/, '');
const PER_WORDS: Record<ServicePer, string> = { week: 'per week', month: 'per month' };
export const serviceWords = (i: Pick<Iep, 'serviceMinutes' | 'servicePer'>) => `${i.serviceMinutes} ${i.serviceMinutes === 1 ? 'minute' : 'minutes'} ${PER_WORDS[i.servicePer]}`;

/** The browser's calendar date. */

export function IepsPanel({ client }: { client: Client }) {
  const me = useMe();
  const ieps = useIeps(client.id);
  const [open, setOpen] = useState<Iep | 'new' | null>(null);
  const items = ieps.data?.items ?? [];
  if (!iepApplies(client, items.length > 0)) return null;
  const write = canWriteClinical(me);
  const today = localToday();
  return (
    <section aria-labelledby="ieps-title" className="section">
      <h2 id="ieps-title">IEPs</h2>
      {write && open === null && ieps.data && <div className="actions"><button type="button" onClick={() => setOpen('new')}>Enter an IEP</button></div>}
      {ieps.isLoading && <Loading what="IEPs" />}
      {ieps.isError && <LoadError error={ieps.error} what="IEPs" />}
      {open === 'new' && <div className="card"><IepForm clientId={client.id} existing={null} onClose={() => setOpen(null)} /></div>}
      {ieps.data && items.length === 0 && open === null && <p className="empty">No IEP on file.</p>}
      {items.length > 0 && (
        <ul className="plain ieps">
          {[...items].reverse().map((i) => (
            <li key={i.id} className="card iep">
              {open !== null && open !== 'new' && open.id === i.id ? (
                // The form corrects the version it was opened on; a newer one on file is refused (409), never overwritten.
                <IepForm clientId={client.id} existing={open} onClose={() => setOpen(null)} />
              ) : (
                <IepFacts iep={i} inForce={i.startsOn <= today && today <= i.endsOn} onCorrect={write && open === null ? () => setOpen(i) : undefined} />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function IepFacts({ iep: i, inForce, onCorrect }: { iep: Iep; inForce: boolean; onCorrect?: () => void }) {
  const title = `IEP ${formatDate(i.startsOn)} to ${formatDate(i.endsOn)}`;
  return (
    <article aria-label={title}>
      <div className="page-head">
        <h3>{title}{inForce && <> <span className="status status-active">in force</span></>}</h3>
        {onCorrect && <button type="button" onClick={onCorrect} aria-label={`Correct the ${title}`}>Correct</button>}
      </div>
      <dl className="facts">
        <dt>Eligibility</dt>
        <dd>{eligibilityWords(i.eligibility)}</dd>
        <dt>Music therapy</dt>
        <dd>{serviceWords(i)}</dd>
        <dt>Setting</dt>
        <dd>{i.serviceSetting}</dd>
        <dt>Case manager</dt>
        <dd>{i.caseManager}</dd>
        <dt>Progress reports</dt>
        <dd>{i.progressReportDates.length ? i.progressReportDates.map(formatDate).join(' · ') : <span className="muted">no dates stated</span>}</dd>
        <dt>Annual review</dt>
        <dd>{formatDate(i.annualReviewOn)}</dd>
        <dt>Re-evaluation</dt>
        <dd>{i.reevaluationOn ? formatDate(i.reevaluationOn) : <span className="muted">not stated</span>}</dd>
      </dl>
    </article>
  );
}

interface Draft {
  startsOn: string; endsOn: string; annualReviewOn: string; reevaluationOn: string; eligibility: EligibilityCategory;
  serviceMinutes: string; servicePer: ServicePer; serviceSetting: string; caseManager: string; progressReportDates: string[];
}

const toDraft = (i: Iep | null): Draft => ({
  startsOn: i?.startsOn ?? '', endsOn: i?.endsOn ?? '', annualReviewOn: i?.annualReviewOn ?? '', reevaluationOn: i?.reevaluationOn ?? '',
  eligibility: i?.eligibility ?? 'autism', serviceMinutes: i ? String(i.serviceMinutes) : '', servicePer: i?.servicePer ?? 'week',
  serviceSetting: i?.serviceSetting ?? '', caseManager: i?.caseManager ?? '', progressReportDates: i ? [...i.progressReportDates] : [],
});

/** What the server is sent: an empty re-evaluation date is "not stated"; empty date rows are left out. */
const toBody = (d: Draft) => ({
  startsOn: d.startsOn, endsOn: d.endsOn, annualReviewOn: d.annualReviewOn, reevaluationOn: d.reevaluationOn || null, eligibility: d.eligibility,
  serviceMinutes: d.serviceMinutes.trim() === '' ? null : Number(d.serviceMinutes), servicePer: d.servicePer,
  serviceSetting: d.serviceSetting, caseManager: d.caseManager, progressReportDates: d.progressReportDates.filter((x) => x !== ''),
});

const ELIGIBILITY_OPTIONS = ELIGIBILITY_CATEGORIES.map((c) => [c, ELIGIBILITY_LABELS[c]] as const);
const PER_OPTIONS = SERVICE_PER.map((p) => [p, PER_WORDS[p]] as const);

function IepForm({ clientId, existing, onClose }: { clientId: string; existing: Iep | null; onClose: () => void }) {
  const qc = useQueryClient();
  const { error, busy, run } = useSave();
  const [f, setF] = useState(() => toDraft(existing));
  const set = (change: Partial<Draft>) => setF((d) => ({ ...d, ...change }));
  const text = (k: Exclude<keyof Draft, 'progressReportDates'>) => (e: { target: { value: string } }) => set({ [k]: e.target.value });
  const err = (k: string) => error?.forField(k);
  const label = existing ? `Correct the IEP of ${formatDate(existing.startsOn)}` : 'Enter an IEP';

  async function submit(e: FormEvent) {
    e.preventDefault();
    const body = toBody(f);
    if (existing) {
      const before = toBody(toDraft(existing));
      const changed = Object.fromEntries(Object.entries(body).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(before[k as keyof typeof before])));
      if (Object.keys(changed).length === 0) return onClose();
      // A stale version (409) is refused in the server's own words, what was typed kept; the list behind shows what is now on file.
      const ok = await run(() => patch(`/clients/${clientId}/ieps/${existing.id}`, { version: existing.version, ...changed }), (api) => {
        if (api.status === 409) void qc.invalidateQueries({ queryKey: ['ieps', clientId] });
        return false;
      });
      if (ok) await done();
    } else if (await run(() => post(`/clients/${clientId}/ieps`, { id: newId(), ...body }))) await done();
  }

  async function done() {
    await qc.invalidateQueries({ queryKey: ['ieps', clientId] });
    onClose();
  }

  return (
    <form className="form-grid" onSubmit={submit} noValidate aria-label={label}>
      <h3 className="iep-form-title">{label}</h3>
      <div className="row">
        <Field label="Start date" type="date" value={f.startsOn} onChange={text('startsOn')} error={err('startsOn')} />
        <Field label="End date" type="date" value={f.endsOn} onChange={text('endsOn')} error={err('endsOn')} />
        <Field label="Annual review" type="date" value={f.annualReviewOn} onChange={text('annualReviewOn')} error={err('annualReviewOn')} />
        <Field label="Re-evaluation (optional)" type="date" value={f.reevaluationOn} onChange={text('reevaluationOn')} error={err('reevaluationOn')} />
      </div>
      <Select label="Eligibility category" options={ELIGIBILITY_OPTIONS} value={f.eligibility} onChange={text('eligibility')} error={err('eligibility')} hint="As the IEP states it (IDEA, 34 CFR §300.8)." />
      <div className="row">
        <Field label="Music therapy minutes" type="number" inputMode="numeric" min={1} value={f.serviceMinutes} onChange={text('serviceMinutes')} error={err('serviceMinutes')} />
        <Select label="Minutes given" options={PER_OPTIONS} value={f.servicePer} onChange={text('servicePer')} error={err('servicePer')} />
      </div>
      <div className="row">
        <Field label="Setting" value={f.serviceSetting} onChange={text('serviceSetting')} error={err('serviceSetting')} placeholder="pull-out, resource room" />
        <Field label="Case manager" value={f.caseManager} onChange={text('caseManager')} error={err('caseManager')} placeholder="name and role" />
      </div>
      <fieldset className="field">
        <legend>Progress report dates</legend>
        <p className="hint">When the IEP says periodic progress reports are due; each falls within the IEP’s dates.</p>
        {f.progressReportDates.map((d, k) => (
          <div key={k} className="iep-date">
            <Field label={`Progress report ${k + 1}`} type="date" value={d} error={err(`progressReportDates.${k}`)}
              onChange={(e) => set({ progressReportDates: f.progressReportDates.map((x, j) => (j === k ? e.target.value : x)) })} />
            <button type="button" onClick={() => set({ progressReportDates: f.progressReportDates.filter((_, j) => j !== k) })}>
              Remove<span className="sr-only"> progress report {k + 1}</span>
            </button>
          </div>
        ))}
        {err('progressReportDates') && <p className="field-error">{err('progressReportDates')}</p>}
        <div className="actions">
          <button type="button" onClick={() => set({ progressReportDates: [...f.progressReportDates, ''] })} disabled={f.progressReportDates.length >= 12}>Add a progress report date</button>
        </div>
      </fieldset>
      <FormError error={error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>{busy ? 'Saving…' : existing ? 'Save correction' : 'Save IEP'}</button>
        <button type="button" onClick={onClose}>Cancel</button>
      </div>
    </form>
  );
}
