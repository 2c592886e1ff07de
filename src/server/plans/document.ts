/** The treatment plan version as a printed document: what the MT-BC signs and the family acknowledges. */
import { ACK_METHOD_WORDS, type PlanSnapshot, type SnapshotGoal } from '../../domain/plan-document.js';
import { formatDate, populationLabel, settingLabel, techniqueLabel } from '../../domain/reports/words.js';
import { facts, html, page, type Html } from '../reports/html-layout.js';
import type { Fact } from '../../domain/reports/index.js';

export interface PlanVersionView {
  number: number;
  supersedesNumber: number | null;
  status: 'draft' | 'awaiting_cosign' | 'signed';
  /** Awaiting a co-signature when this later version was put in force: it never will be. */
  overtakenBy: number | null;
  contentHash: string;
  signedAt: string | null;
  signerName: string | null;
  signerCredentials: string | null;
  requiresCosign: boolean;
  cosignedAt: string | null;
  cosignerName: string | null;
  cosignerCredentials: string | null;
  changes: string[];
  acknowledgements: { name: string; relationship: string; acknowledgedOn: string; method: 'in_person' | 'electronic' | 'verbal'; note: string }[];
}

const STATUS: Record<string, string> = { baseline: 'baseline', active: 'active', met: 'met', discontinued: 'discontinued', on_hold: 'on hold' };

/** The clinic's date of an instant. */
function clinicDate(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));
}

/** An instant as the clinic's date and time: "3 Dec 2026 at 14:05". */
function clinicTime(instant: string, timeZone: string): string {
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(instant));
  return `${formatDate(clinicDate(instant, timeZone))} at ${time}`;
}

/** The goal's heading prints with its first objective, never alone at a page's foot. */
function goalBlock(g: SnapshotGoal, i: number): Html {
  const head = html`<h3>Goal ${i + 1}: ${g.statement} <span class="domain">· ${g.domain}</span></h3>
  <p class="meta">Status: ${STATUS[g.status] ?? g.status}${g.targetDate ? ` · Target date: ${formatDate(g.targetDate)}` : ''}</p>`;
  if (g.objectives.length === 0) return html`<article class="goal">${head}<p class="muted">No objectives written yet.</p></article>`;
  return html`<article class="goal">${g.objectives.map((o, j) => html`<section class="objective">
    <div class="objective-head">
      ${j === 0 ? head : ''}
      <h4>Objective ${i + 1}.${j + 1} (${o.label}): ${o.statement}</h4>
      ${o.condition ? html`<p class="condition">${o.condition}</p>` : ''}
      ${facts([
        { label: 'Measurement', value: o.measurement },
        { label: 'Mastery criterion', value: o.criterion },
        { label: 'Direction', value: o.direction === 'increase' ? 'increase' : 'decrease' },
        { label: 'Baseline', value: o.baseline },
        { label: 'Status', value: STATUS[o.status] ?? o.status },
        ...(o.targetDate ? [{ label: 'Target date', value: formatDate(o.targetDate) }] : []),
        { label: 'Interventions', value: o.interventions.length ? o.interventions.map((iv) => `${iv.name} (${techniqueLabel(iv.technique)})`).join('; ') : 'none linked yet' },
      ])}
    </div>
  </section>`)}
</article>`;
}

const withCredentials = (name: string | null, credentials: string | null) => `${name ?? ''}${credentials ? `, ${credentials}` : ''}`;

/** The signature in one line, as the page footer prints it. */
/** Where a version stands, for its heading and running header: "" once in force. */
export function versionStanding(v: Pick<PlanVersionView, 'status' | 'overtakenBy'>, short = false): string {
  if (v.status === 'draft') return short ? 'draft' : 'draft, not signed';
  if (v.status !== 'awaiting_cosign') return '';
  if (v.overtakenBy !== null) return short ? `overtaken by version ${v.overtakenBy}` : `never in force: version ${v.overtakenBy} was put in force before this one was co-signed`;
  return 'awaiting co-signature';
}

export function signatureLine(v: Pick<PlanVersionView, 'number' | 'status' | 'overtakenBy' | 'signerName' | 'signerCredentials' | 'requiresCosign' | 'cosignerName' | 'cosignerCredentials'>): string {
  if (v.status === 'draft') return `Version ${v.number}: draft, not signed`;
  if (!v.requiresCosign) return `Version ${v.number}, signed by ${withCredentials(v.signerName, v.signerCredentials)}`;
  if (v.status === 'awaiting_cosign')
    return `Version ${v.number}, signed by ${v.signerName}, intern; ${v.overtakenBy !== null ? `not co-signed, overtaken by version ${v.overtakenBy}` : 'awaiting co-signature, not in force'}`;
  return `Version ${v.number}, signed by ${v.signerName}, intern; co-signed by ${withCredentials(v.cosignerName, v.cosignerCredentials)}`;
}

function signatureSection(v: PlanVersionView, timeZone: string): Html {
  const hash = html`<p class="meta hash">Content hash (SHA-256) of this version: ${v.contentHash}</p>`;
  if (v.status !== 'draft' && v.requiresCosign) {
    const intern = html`Electronically signed by <strong>${v.signerName}, intern</strong>, on ${clinicTime(v.signedAt!, timeZone)}`;
    if (v.status === 'awaiting_cosign' && v.overtakenBy !== null)
      return html`<section class="keep" aria-labelledby="h-sig"><h2 id="h-sig">Signature</h2>
<p>${intern} (clinic time); not co-signed.</p>
<p class="muted">This version was never in force: version ${v.overtakenBy} was put in force before it was co-signed, and it can no longer be.</p>${hash}</section>`;
    if (v.status === 'awaiting_cosign')
      return html`<section class="keep" aria-labelledby="h-sig"><h2 id="h-sig">Signature</h2>
<p>${intern} (clinic time); awaiting co-signature by the intern’s supervising music therapist.</p>
<p class="muted">This version is not in force until it is co-signed.</p>${hash}</section>`;
    return html`<section class="keep" aria-labelledby="h-sig"><h2 id="h-sig">Signature</h2>
<p>${intern}; co-signed by <strong>${withCredentials(v.cosignerName, v.cosignerCredentials)}</strong>, supervising music therapist, on ${clinicTime(v.cosignedAt!, timeZone)} (clinic time).</p>
<p class="muted">The co-signature covers this version exactly as the intern signed it.</p>${hash}</section>`;
  }
  if (v.status === 'signed')
    return html`<section class="keep" aria-labelledby="h-sig"><h2 id="h-sig">Signature</h2>
<p>Electronically signed by <strong>${withCredentials(v.signerName, v.signerCredentials)}</strong>, on ${clinicTime(v.signedAt!, timeZone)} (clinic time).</p>
${hash}</section>`;
  return html`<section class="signature" aria-label="Signature">
  <div class="sig"><div class="sigline"></div><div>Music therapist (MT-BC)</div><div class="muted">Not signed: this draft is not in force</div></div>
  <div class="sig sig-date"><div class="sigline"></div><div>Date</div></div>
</section>`;
}

function acknowledgementSection(v: PlanVersionView): Html {
  const lead = html`<p class="muted">An acknowledgement records that the plan was reviewed with the client or guardian. It is not the music therapist’s signature.</p>`;
  if (v.status !== 'signed') return html``;
  return html`<section class="keep" aria-labelledby="h-ack"><h2 id="h-ack">Client or guardian acknowledgement</h2>${lead}
${v.acknowledgements.length
    ? html`<table><thead><tr><th>Name</th><th>Relationship</th><th>Date</th><th>How</th></tr></thead><tbody>${v.acknowledgements.map((a) => html`<tr><td>${a.name}</td><td>${a.relationship}</td><td>${formatDate(a.acknowledgedOn)}</td><td>${ACK_METHOD_WORDS[a.method]}${a.note ? html`<br><span class="muted">${a.note}</span>` : ''}</td></tr>`)}</tbody></table>`
    : html`<p>Not yet acknowledged.</p><section class="signature" aria-label="Acknowledgement">
  <div class="sig"><div class="sigline"></div><div>Client or guardian: name and relationship</div></div>
  <div class="sig sig-date"><div class="sigline"></div><div>Date</div></div>
</section>`}
</section>`;
}

export function planDocumentHtml(s: PlanSnapshot, v: PlanVersionView, opts: { organization: string; timeZone: string; links?: { label: string; href: string }[] }): string {
  const identity: Fact[] = [{ label: 'Name', value: s.client.name }];
  if (s.client.birthDate) identity.push({ label: 'Date of birth', value: formatDate(s.client.birthDate) });
  if (s.client.populations.length) identity.push({ label: 'Population', value: s.client.populations.map(populationLabel).join('; ') });
  identity.push({ label: 'Diagnoses', value: s.client.diagnoses.length ? s.client.diagnoses.map((d) => (d.code ? `${d.label} (${d.code})` : d.label)).join('; ') : 'none on the chart' });
  identity.push({ label: 'Setting', value: settingLabel(s.client.setting) });
  const version: Fact[] = [
    { label: 'Version', value: `${v.number}${versionStanding(v) ? ` (${versionStanding(v)})` : ''}` },
    {
      label: 'Supersedes',
      value: v.supersedesNumber === null ? 'none (the first version of this plan)'
        : v.status === 'awaiting_cosign' && v.overtakenBy === null ? `version ${v.supersedesNumber}, which stays in force until this version is co-signed` : `version ${v.supersedesNumber}`,
    },
  ];
  const service: Fact[] = [
    { label: 'Frequency', value: s.frequency || 'not stated' },
    { label: 'Session length', value: s.sessionMinutes === null ? 'not stated' : `${s.sessionMinutes} minutes` },
    { label: 'Plan review date', value: s.reviewDate ? formatDate(s.reviewDate) : 'not set' },
  ];
  const body = html`
<style>.goal h3 .domain { font-weight: 400; color: var(--muted); font-size: 9.5pt; white-space: nowrap; } .draft-banner { border: 2px solid #8a3b12; color: #8a3b12; padding: .4rem .6rem; font-weight: 700; margin: .4rem 0 .8rem; } .hash { word-break: break-all; font-size: 8pt; } .keep { break-inside: avoid; page-break-inside: avoid; }</style>
${v.status === 'draft' ? html`<p class="draft-banner">DRAFT: not signed. This version is not in force until the music therapist signs it.</p>` : ''}
${v.status === 'awaiting_cosign' ? html`<p class="draft-banner">AWAITING CO-SIGNATURE: signed by ${v.signerName}, intern. This version is not in force until the intern’s supervisor co-signs it.</p>` : ''}
<section aria-labelledby="h-ver"><h2 id="h-ver">Version</h2>${facts(version)}
${v.supersedesNumber !== null ? html`<h3>What changed since version ${v.supersedesNumber}</h3>${v.changes.length ? html`<ul class="recs">${v.changes.map((c) => html`<li>${c}</li>`)}</ul>` : html`<p class="muted">No change to what the plan states.</p>`}` : ''}
</section>
<section aria-labelledby="h-id"><h2 id="h-id">Identifying information</h2>${facts(identity)}<p class="meta">Diagnoses as on the client’s chart when this version was made.</p></section>
<section aria-labelledby="h-svc"><h2 id="h-svc">Service</h2>${facts(service)}</section>
<section aria-labelledby="h-pre"><h2 id="h-pre">Precautions and contraindications</h2>
${s.precautions.length ? html`<ul class="recs">${s.precautions.map((p) => html`<li>${p}</li>`)}</ul>` : html`<p>None recorded.</p>`}
</section>
<section aria-labelledby="h-goals"><h2 id="h-goals">Goals, objectives and interventions</h2>
${s.goals.length ? s.goals.map(goalBlock) : html`<p class="muted">No goals written yet.</p>`}
</section>
${s.notes.trim() ? html`<section aria-labelledby="h-notes"><h2 id="h-notes">Plan notes</h2><p>${s.notes}</p></section>` : ''}
${signatureSection(v, opts.timeZone)}
${acknowledgementSection(v)}`;
  return page({ title: 'Music therapy treatment plan', organization: opts.organization, subtitle: `${s.client.name} · Version ${v.number}${v.status === 'draft' ? ' (draft)' : v.status === 'awaiting_cosign' ? ' (awaiting co-signature)' : v.signedAt ? ` · signed ${formatDate(clinicDate(v.signedAt, opts.timeZone))}${v.cosignedAt ? `, co-signed ${formatDate(clinicDate(v.cosignedAt, opts.timeZone))}` : ''}` : ''}`, kind: 'plan', links: opts.links }, body);
}

