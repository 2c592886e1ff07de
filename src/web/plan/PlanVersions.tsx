/**
 * The plan as a signed document: its versions, a draft of the next one from the current plan, the
 * clinician's signature over the version she read (an intern's waits for the supervisor's co-signature),
 * and the client's or guardian's acknowledgement.
 */
import { useState, type FormEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { apiUrl, get, newId, post } from '../api/client.js';
import type { PlanVersion, PlanVersions as Versions } from '../api/types.js';
import { useSave } from '../api/useSave.js';
import { Field, FormError, Select } from '../ui/Field.js';
import { LoadError, Loading } from '../ui/Status.js';
import { ACK_METHOD_WORDS, ACK_METHODS } from '../../domain/plan-document.js';
import { signsUnderSupervision, useMe } from '../shell/me.js';
import { localToday } from '../ui/format.js';

const METHOD_OPTIONS = ACK_METHODS.map((m) => [m, ACK_METHOD_WORDS[m]] as const);
const day = (date: string) => new Date(`${date}T12:00:00`).toLocaleDateString(undefined, { dateStyle: 'medium' });
const when = (instant: string) => new Date(instant).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function Acknowledge({ v, onDone, onCancel }: { v: PlanVersion; onDone: () => Promise<unknown>; onCancel: () => void }) {
  const [f, setF] = useState({ name: '', relationship: '', acknowledgedOn: localToday(), method: 'in_person' as (typeof ACK_METHODS)[number] });
  const { error, busy, run } = useSave();
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (await run(() => post(`/plan-versions/${v.id}/acknowledgements`, { id: newId(), ...f }))) {
      await onDone();
      onCancel();
    }
  }
  return (
    <form className="ack-form" onSubmit={submit} noValidate aria-label={`Acknowledgement of version ${v.number}`}>
      <p className="hint">The client or guardian acknowledges that the plan was reviewed with them. This is not your signature.</p>
      <div className="row">
        <Field label="Name" value={f.name} onChange={(e) => setF({ ...f, name: e.target.value })} error={error?.forField('name')} />
        <Field label="Relationship" value={f.relationship} onChange={(e) => setF({ ...f, relationship: e.target.value })} error={error?.forField('relationship')} hint="e.g. mother, self, legal guardian." />
        <Field label="Date" type="date" value={f.acknowledgedOn} onChange={(e) => setF({ ...f, acknowledgedOn: e.target.value })} error={error?.forField('acknowledgedOn')} />
        <Select label="How" options={METHOD_OPTIONS} value={f.method} onChange={(e) => setF({ ...f, method: e.target.value as typeof f.method })} error={error?.forField('method')} />
      </div>
      <FormError error={error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>Record</button>
        <button type="button" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}

function VersionItem({ v, inForce, canSign, canAcknowledge, onChange }: { v: PlanVersion; inForce: boolean; canSign: boolean; canAcknowledge: boolean; onChange: () => Promise<unknown> }) {
  const me = useMe();
  const [acknowledging, setAcknowledging] = useState(false);
  const { error, busy, run } = useSave();
  const sign = () => run(async () => {
    await post(`/plan-versions/${v.id}/sign`, { contentHash: v.contentHash });
    await onChange();
  });
  const cosign = () => run(async () => {
    await post(`/plan-versions/${v.id}/cosign`, { contentHash: v.contentHash });
    await onChange();
  });
  const cosignable = v.status === 'awaiting_cosign' && v.overtakenBy === null && v.cosignerId === me.id;
  const signer = v.requiresCosign ? `${v.signerName}, intern,` : `${v.signerName}${v.signerCredentials ? `, ${v.signerCredentials}` : ''}`;
  const cosigner = `${v.cosignerName}${v.cosignerCredentials ? `, ${v.cosignerCredentials}` : ''}`;
  return (
    <li className="card plan-version">
      <h3>
        Version {v.number} <span className={`badge badge-${v.overtakenBy !== null ? 'overtaken' : v.status}`}>{v.status === 'signed' ? 'Signed' : v.overtakenBy !== null ? 'Never in force' : v.status === 'awaiting_cosign' ? 'Awaiting co-signature' : 'Draft'}</span>
      </h3>
      <p className="hint">
        {v.status === 'draft' ? `Drafted ${when(v.createdAt)}; not signed` : `Signed by ${signer} on ${when(v.signedAt!)}`}
        {v.status === 'awaiting_cosign' && (v.overtakenBy !== null ? `; not co-signed before version ${v.overtakenBy} was put in force, so it never will be` : '; not in force until the supervisor co-signs it')}
        {v.cosignedAt && `; co-signed by ${cosigner} on ${when(v.cosignedAt)}`}
        {v.supersedesNumber !== null ? ` · supersedes version ${v.supersedesNumber}` : ' · first version'}
      </p>
      {v.supersedesNumber !== null && (
        v.changes.length ? (
          <details>
            <summary>What changed since version {v.supersedesNumber} ({v.changes.length})</summary>
            <ul>{v.changes.map((c, i) => <li key={i}>{c}</li>)}</ul>
          </details>
        ) : <p className="hint">No change to what the plan states.</p>
      )}
      {v.acknowledgements.length > 0 && (
        <p>Acknowledged by {v.acknowledgements.map((a) => `${a.name} (${a.relationship}), ${day(a.acknowledgedOn)}, ${ACK_METHOD_WORDS[a.method]}`).join('; ')}</p>
      )}
      <div className="actions">
        <a className="button" href={apiUrl(`/plan-versions/${v.id}/document`)} target="_blank" rel="noopener">
          Read version {v.number}<span className="sr-only"> (opens in a new tab)</span>
        </a>
        <a className="button" href={apiUrl(`/plan-versions/${v.id}/document?format=pdf`)}>PDF<span className="sr-only"> of version {v.number}</span></a>
        {canSign && v.status === 'draft' && (
          <button type="button" className="primary" disabled={busy} onClick={sign}>Sign version {v.number}</button>
        )}
        {canAcknowledge && inForce && !acknowledging && (
          <button type="button" onClick={() => setAcknowledging(true)}>Record acknowledgement<span className="sr-only"> of version {v.number}</span></button>
        )}
        {cosignable && (
          <button type="button" className="primary" disabled={busy} onClick={cosign}>Co-sign version {v.number}</button>
        )}
      </div>
      {cosignable && <p className="hint">Read the version first: you co-sign exactly the version you opened.</p>}
      {canSign && v.status === 'draft' && (
        <p className="hint">
          Read the draft first: you sign exactly the version you opened.
          {signsUnderSupervision(me) && ' Your signature puts it in force once your supervisor co-signs it.'}
        </p>
      )}
      {acknowledging && <Acknowledge v={v} onDone={onChange} onCancel={() => setAcknowledging(false)} />}
      <FormError error={error} />
    </li>
  );
}

/**
 * canSign: drafts and signs versions (a therapist or supervisor; an intern, whose signature waits for
 * the co-signature). canAcknowledge: records the client's or guardian's acknowledgement (a planner).
 */
export function PlanVersions({ clientId, canSign, canAcknowledge }: { clientId: string; canSign: boolean; canAcknowledge: boolean }) {
  const qc = useQueryClient();
  const versions = useQuery({ queryKey: ['plan-versions', clientId], queryFn: () => get<Versions>(`/clients/${clientId}/plan/versions`) });
  const { error, busy, run } = useSave();
  const refresh = () => qc.invalidateQueries({ queryKey: ['plan-versions', clientId] });
  const items = versions.data?.items ?? [];
  const latest = items.at(-1);
  // The version in force: the latest signed one (co-signed when an intern signed it). Only it is acknowledged here.
  const inForce = items.filter((v) => v.status === 'signed').at(-1)?.number ?? null;
  const draftOpen = latest?.status === 'draft';
  const changed = versions.data ? !versions.data.liveMatchesLatest : false;
  return (
    <section aria-labelledby="versions-title" className="section">
      <h2 id="versions-title">Signed plan document</h2>
      {versions.isLoading && <Loading what="the plan’s versions" />}
      {versions.isError && <LoadError error={versions.error} what="The plan’s versions" />}
      {versions.data && (
        <>
          {items.length === 0 && <p className="empty">No version yet: draft version 1 from the plan above, read it, then sign it.</p>}
          {changed && latest?.status === 'signed' && <p className="notice">The plan has changed since version {latest.number} was signed.</p>}
          {changed && draftOpen && <p className="notice">The plan has changed since draft version {latest.number} was made: refresh it before signing.</p>}
          {canSign && changed && (
            <div className="actions">
              <button type="button" className="primary" disabled={busy} onClick={() => run(async () => { await post(`/clients/${clientId}/plan/versions`); await refresh(); })}>
                {draftOpen ? `Refresh draft version ${latest.number}` : `Draft version ${(latest?.number ?? 0) + 1} from the current plan`}
              </button>
            </div>
          )}
          <FormError error={error} />
          <ol className="plain versions">
            {[...items].reverse().map((v) => <VersionItem key={v.id} v={v} inForce={v.number === inForce} canSign={canSign} canAcknowledge={canAcknowledge} onChange={refresh} />)}
          </ol>
        </>
      )}
    </section>
  );
}
