/**
 * The superbill: a client's billable services over a period, with codes, units and charges, for the
 * client to claim from their insurer. Rendered as the reports are (reports/html-layout.ts, printed
 * by reports/pdf.ts); the numbers are the service lines' (units.ts), as the API gives them.
 */
import { diagnosisPointer, dollars } from '../../domain/billing.js';
import { accountNumber, INSURANCE_TYPE_WORDS, type InsuranceType } from '../../domain/claims.js';
import { formatDate, personText } from '../../domain/reports/index.js';
import type { Ctx } from '../access/acting-user.js';
import { requireClient } from '../access/policy.js';
import { inTransaction } from '../access/run.js';
import { audit } from '../audit/audit.js';
import { facts, html, page, raw } from '../reports/html-layout.js';
import { organizationOf, preparer } from '../reports/load.js';
import type { Paper, PdfRenderer } from '../reports/pdf.js';
import { ascii, checkPeriod, defaultPaper, deliver } from '../reports/deliver.js';
import { providerNames, type ClientRow } from './scope.js';
import { countedLines, type CountedLine } from './units.js';
import { coverageFor, coveragesOf, npisOf } from './coverage.js';

export interface SuperbillRequest {
  from?: string;
  to?: string;
  format: 'html' | 'pdf';
  paper?: Paper;
  links?: { label: string; href: string }[];
}

interface Superbill {
  organization: string;
  client: ClientRow;
  period: { from: string; to: string };
  diagnoses: { code: string; label: string }[];
  lines: CountedLine[];
  notBilled: CountedLine[];
  /** Billable services whose note is not signed yet: left off until it is. */
  undocumented: number;
  names: Map<string, string>;
  npis: Map<string, string>;
  organizationNpi: string | null;
  coverages: Awaited<ReturnType<typeof coveragesOf>>;
  preparedBy: string;
  preparedOn: string;
}


/** A superbill is one table: it keeps its rows tight and the identity in two columns, so the total and the signature stay on its page. */
const SUPERBILL_CSS = `
.report-superbill dl.facts { grid-template-columns: max-content 1fr max-content 1fr; }
.report-superbill table { font-size: 8.5pt; }
.report-superbill th, .report-superbill td { padding: 1.5pt 5pt 1.5pt 0; }
.report-superbill tfoot th, .report-superbill tfoot td { border-top: 1.2px solid var(--ink); border-bottom: 0; }
.report-superbill .signature { margin-top: 1.4rem; }
.report-superbill .signature .sigline { height: 1.8rem; }
`;

/** "Example Health Plan (Medicaid)": the payer with the kind of the client's coverage, when recorded. */
function payerText(b: Superbill, payer: string): string {
  const c = coverageFor(b.coverages, b.client.id, payer);
  return c ? `${payer} (${INSURANCE_TYPE_WORDS[c.insuranceType as InsuranceType]})` : payer;
}

/** The member IDs of the payers billed; with several payers, each names its payer. */
function memberIds(b: Superbill, payers: string[]): string {
  const ids = payers.flatMap((p) => {
    const c = coverageFor(b.coverages, b.client.id, p);
    return c ? [payers.length > 1 ? `${c.memberId} (${p})` : c.memberId] : [];
  });
  return ids.join('; ');
}

/** "Jordan Ellis, MT-BC (NPI 1245319599)", the number kept on one line with its label (a no-break space). */
const withNpi = (name: string, npi: string | null | undefined) => (npi ? `${name} (NPI\u00a0${npi})` : name);

function superbillHtml(b: Superbill, links: SuperbillRequest['links']): string {
  const total = b.lines.reduce((n, l) => n + l.chargeCents, 0);
  const billedPayers = [...new Set(b.lines.map((l) => l.line.payer))];
  const payers = billedPayers.map((p) => payerText(b, p));
  const members = memberIds(b, billedPayers);
  const people = (ids: (string | null)[]) => [...new Set(ids.filter((x): x is string => !!x))].map((id) => withNpi(b.names.get(id) ?? '', b.npis.get(id))).filter(Boolean);
  const providers = people(b.lines.map((l) => l.line.renderingProviderId));
  const supervisors = people(b.lines.map((l) => l.line.supervisingProviderId));
  const pointer = (l: CountedLine) => l.line.diagnosisCodes.map((d) => diagnosisPointer(b.diagnoses.findIndex((x) => x.code === d))).join('');
  const name = `${b.client.firstName} ${b.client.lastName}`;
  // With no billable service there is no payer or rendering provider to name: the page says so instead of printing dashes.
  const billed = b.lines.length > 0;
  const body = html`
<style>${raw(SUPERBILL_CSS)}</style>
<section aria-labelledby="h-who"><h2 id="h-who">Client and provider</h2>${facts([
    { label: 'Client', value: name },
    { label: 'Date of birth', value: formatDate(b.client.birthDate) },
    { label: 'Account number', value: accountNumber(b.client.id) },
    { label: 'Billing provider', value: withNpi(b.organization, b.organizationNpi) },
    ...(billed ? [{ label: payers.length === 1 ? 'Payer' : 'Payers', value: payers.join('; ') }, { label: 'Rendering provider', value: providers.join('; ') }] : []),
    ...(billed && members ? [{ label: 'Member ID', value: members }] : []),
    ...(supervisors.length ? [{ label: 'Supervising provider', value: supervisors.join('; ') }] : []),
  ])}</section>
<section aria-labelledby="h-dx"><h2 id="h-dx">Diagnoses (ICD-10-CM)</h2>
${b.diagnoses.length ? html`<table><thead><tr><th scope="col">Pointer</th><th scope="col">Code</th><th scope="col">Diagnosis</th></tr></thead><tbody>${b.diagnoses.map((d, i) => html`<tr><td>${diagnosisPointer(i)}</td><td>${d.code}</td><td>${d.label}</td></tr>`)}</tbody></table>` : html`<p class="muted">No diagnosis codes are recorded in the client’s chart.</p>`}
</section>
<section aria-labelledby="h-svc"><h2 id="h-svc">Services</h2>
${b.lines.length
    ? html`<table><thead><tr><th scope="col">Date</th><th scope="col">Code</th><th scope="col">Modifiers</th><th scope="col">Service</th><th scope="col">POS</th><th scope="col">Dx</th><th scope="col" class="num">Minutes</th><th scope="col" class="num">Units</th><th scope="col" class="num">Charge</th></tr></thead>
<tbody>${b.lines.map((l) => html`<tr><td>${formatDate(l.session.localDate)}</td><td>${l.code.code}</td><td>${l.code.modifiers.join(' ')}</td><td>${l.code.description}</td><td>${l.line.placeOfService}</td><td>${pointer(l)}</td><td class="num">${l.minutes}</td><td class="num">${l.units}</td><td class="num">$${dollars(l.chargeCents)}</td></tr>`)}</tbody>
<tfoot><tr><th scope="row" colspan="7">Total: ${b.lines.length} ${b.lines.length === 1 ? 'service' : 'services'}</th><td class="num"><strong>${b.lines.reduce((n, l) => n + l.units, 0)}</strong></td><td class="num"><strong>$${dollars(total)}</strong></td></tr></tfoot></table>
<p class="meta">Units: 15-minute codes under the CMS 8-minute rule (Medicare Claims Processing Manual, Pub. 100-04, Ch. 5, §20.2) over each day’s timed minutes; per-session codes one unit a session; per-hour codes in hours as the practice counts them.</p>`
    : html`<p><strong>No billable services in this period.</strong></p>`}
${b.undocumented ? html`<p class="meta">Not listed: ${b.undocumented} ${b.undocumented === 1 ? 'service' : 'services'} whose session note is not signed yet.</p>` : ''}
${b.notBilled.length ? html`<p class="meta">Also recorded and not billed: ${b.notBilled.length} ${b.notBilled.length === 1 ? 'service' : 'services'} (${b.notBilled.reduce((n, l) => n + l.minutes, 0)} minutes) under non-billable codes.</p>` : ''}
</section>
<section class="signature" aria-label="Signature">
  <div class="sig"><div class="sigline"></div><div>${b.preparedBy}</div><div class="muted">Provider signature · ${b.organization}</div></div>
  <div class="sig sig-date"><div class="sigline"></div><div>Date</div><div class="muted">Prepared ${formatDate(b.preparedOn)}</div></div>
</section>`;
  return page({ title: 'Superbill', organization: b.organization, subtitle: `${name} · ${formatDate(b.period.from)} to ${formatDate(b.period.to)}`, kind: 'superbill', links }, body);
}

export async function superbill(ctx: Ctx, renderer: PdfRenderer, clientId: string, q: SuperbillRequest) {
  const bill = await inTransaction(ctx, async (tx) => {
    const { client } = await requireClient(tx, ctx, clientId);
    checkPeriod(q);
    const org = await organizationOf(tx, ctx);
    const to = q.to ?? org.today;
    const from = q.from ?? `${to.slice(0, 7)}-01`;
    const all = await countedLines(tx, ctx, { clientIds: [clientId], from, to });
    const me = await preparer(tx, ctx);
    const providerIds = all.flatMap((l) => [l.line.renderingProviderId, l.line.supervisingProviderId]);
    const names = await providerNames(tx, ctx, providerIds);
    const npis = await npisOf(tx, ctx, providerIds);
    const coverages = await coveragesOf(tx, ctx, [clientId]);
    const diagnoses = (Array.isArray(client.diagnoses) ? (client.diagnoses as { code?: string; label?: string }[]) : []).filter((d) => (d.code ?? '').trim()).map((d) => ({ code: d.code!.trim().toUpperCase(), label: d.label ?? '' }));
    await audit(tx, ctx, { action: q.format === 'pdf' ? 'export' : 'read', entityType: 'report', entityId: clientId, clientId, detail: { report: 'superbill', format: q.format, from, to } });
    return {
      b: { organization: org.name, client, period: { from, to }, diagnoses, lines: all.filter((l) => l.code.billable && l.units > 0 && l.documented), notBilled: all.filter((l) => !l.code.billable), undocumented: all.filter((l) => l.code.billable && l.units > 0 && !l.documented).length, names, npis, organizationNpi: org.npi ?? null, coverages, preparedBy: personText(me), preparedOn: org.today } satisfies Superbill,
      paper: defaultPaper(org.timeZone),
    };
  });
  return deliver(ctx, renderer, q, {
    html: superbillHtml(bill.b, q.links),
    filename: `superbill-${ascii(bill.b.client.lastName)}-${ascii(bill.b.client.firstName)}-${bill.b.period.from}-${bill.b.period.to}`,
    header: `${bill.b.organization} · Superbill · ${bill.b.client.firstName} ${bill.b.client.lastName}`,
    footer: `Prepared ${formatDate(bill.b.preparedOn)} by ${bill.b.preparedBy}`,
    paper: bill.paper,
    kind: 'superbill',
    clientId,
    noun: 'superbill',
  });
}
