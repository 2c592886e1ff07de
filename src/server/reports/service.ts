/**
 * Reports: the access check first, then the record for the period and the audit entry (a 'read'
 * for HTML, an 'export' for PDF) in one transaction; the page is rendered after it commits. A PDF
 * that then fails to print is recorded as a failed export.
 */
import { iepApplies } from '../../domain/reports/iep.js';
import { defaultIepPeriod, iepOn } from '../../domain/iep-record.js';
import { iepsOf } from '../ieps/service.js';
import { and, eq, isNull } from 'drizzle-orm';
import { buildDischargeSummary, buildIepReport, buildOutcomeReport, buildProgressReport, reasonApplies, signatureLine, personText, type DischargeReason, type ReportInput, type Voice } from '../../domain/reports/index.js';
import type { Ctx } from '../access/acting-user.js';
import { requireClient } from '../access/policy.js';
import { inTransaction } from '../access/run.js';
import { audit } from '../audit/audit.js';
import { goalDomains } from '../db/schema.js';
import { ruleBroken } from '../http/problem.js';
import { outcomes } from '../progress/service.js';
import { dischargeHtml, iepReportHtml, outcomeReportHtml, progressReportHtml, type Links } from './html.js';
import { loadReportInput, organizationOf, preparer } from './load.js';
import type { Paper, PdfRenderer } from './pdf.js';
import { ascii, checkPeriod, defaultPaper, deliver, type RenderedReport } from './deliver.js';

export type { RenderedReport };

export type ReportFormat = RenderedReport['format'];
export type ReportKind = 'progress' | 'iep' | 'discharge' | 'outcomes';

export interface ReportRequest {
  from?: string;
  to?: string;
  format: ReportFormat;
  paper?: Paper;
  /** Links shown above an HTML report (other format, other voice); not printed. */
  links?: Links;
}

/**
 * Loads and audits a client's record for a report; the first line is the access check. An IEP
 * report carries the IEP in force at the period's end, and without `from` covers its reporting period.
 */
async function clientRecord(ctx: Ctx, clientId: string, q: ReportRequest, kind: ReportKind, extra: Record<string, unknown> = {}) {
  return inTransaction(ctx, async (tx) => {
    const { client } = await requireClient(tx, ctx, clientId);
    checkPeriod(q);
    const org = await organizationOf(tx, ctx);
    const iep = kind === 'iep' ? iepOn(await iepsOf(tx, ctx, clientId), q.to ?? org.today) : null;
    const iepPeriod = iep && !q.from ? defaultIepPeriod(iep, q.to ?? org.today) : null;
    const input = await loadReportInput(tx, ctx, client, org, iepPeriod ?? { from: q.from, to: q.to });
    if (kind === 'iep') input.iep = iep;
    await audit(tx, ctx, {
      action: q.format === 'pdf' ? 'export' : 'read',
      entityType: 'report',
      entityId: clientId,
      clientId,
      detail: { report: kind, format: q.format, from: input.period.from, to: input.period.to, ...extra },
    });
    return { input, paper: defaultPaper(org.timeZone) };
  });
}

const clientLabel = (i: ReportInput) => `${i.client.firstName} ${i.client.lastName}`;

export async function progressReport(ctx: Ctx, renderer: PdfRenderer, clientId: string, q: ReportRequest & { voice: Voice }): Promise<RenderedReport> {
  const { input, paper } = await clientRecord(ctx, clientId, q, 'progress', { voice: q.voice });
  const report = buildProgressReport(input, q.voice);
  return deliver(ctx, renderer, q, {
    html: progressReportHtml(report, q.links),
    filename: `progress-report-${ascii(input.client.lastName)}-${ascii(input.client.firstName)}-${input.period.to}${q.voice === 'family' ? '-family' : ''}`,
    header: `${input.organization} · ${report.title} · ${clientLabel(input)}`,
    footer: signatureLine(report.signature),
    paper,
    kind: 'progress',
    clientId,
  });
}

export async function iepReport(ctx: Ctx, renderer: PdfRenderer, clientId: string, q: ReportRequest): Promise<RenderedReport> {
  const { input, paper } = await clientRecord(ctx, clientId, q, 'iep');
  if (!iepApplies(input.client, Boolean(input.iep)))
    throw ruleBroken('an IEP progress report is for a student served under an IEP; this client has no IEP on file and is neither in the school population nor seen in a school setting: use the progress report', [{ path: 'params.id', message: 'not a school client' }], 'iep-not-applicable');
  const report = buildIepReport(input);
  return deliver(ctx, renderer, q, {
    html: iepReportHtml(report, q.links),
    filename: `iep-progress-${ascii(input.client.lastName)}-${ascii(input.client.firstName)}-${input.period.from}-${input.period.to}`,
    header: `${input.organization} · IEP progress report · ${clientLabel(input)}`,
    footer: signatureLine(report.signature),
    paper,
    kind: 'iep',
    clientId,
  });
}

export async function dischargeSummary(ctx: Ctx, renderer: PdfRenderer, clientId: string, q: ReportRequest & { reason?: string; reasonCode?: DischargeReason }): Promise<RenderedReport> {
  const { input, paper } = await clientRecord(ctx, clientId, { ...q, from: undefined }, 'discharge');
  if (q.reasonCode && !reasonApplies(q.reasonCode, input.client))
    throw ruleBroken(`“${q.reasonCode}” is a reason for discharge from hospice care; this client is not in hospice care`, [{ path: 'querystring.reasonCode', message: 'not a hospice client' }], 'discharge-reason-not-applicable');
  const report = buildDischargeSummary(input, q.reason, q.reasonCode ?? null);
  return deliver(ctx, renderer, q, {
    html: dischargeHtml(report, q.links),
    filename: `discharge-summary-${ascii(input.client.lastName)}-${ascii(input.client.firstName)}-${input.period.to}`,
    header: `${input.organization} · Discharge summary · ${clientLabel(input)}`,
    footer: signatureLine(report.signature),
    paper,
    kind: 'discharge',
    clientId,
  });
}

/** The supervisor's caseload outcome report: the progress module's outcomes, presented. */
export async function outcomeReport(ctx: Ctx, renderer: PdfRenderer, q: ReportRequest): Promise<RenderedReport> {
  checkPeriod(q);
  const period = { ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}) };
  const result = await outcomes(ctx, period);
  const { org, me, domains } = await inTransaction(ctx, async (tx) => {
    const o = await organizationOf(tx, ctx);
    const m = await preparer(tx, ctx);
    const d = await tx.select({ key: goalDomains.key, name: goalDomains.name }).from(goalDomains).where(and(eq(goalDomains.organizationId, ctx.user.organizationId), isNull(goalDomains.deletedAt)));
    if (q.format === 'pdf') await audit(tx, ctx, { action: 'export', entityType: 'report', entityId: null, clientId: null, detail: { report: 'outcomes', format: 'pdf', ...period, objectives: result.objectives } });
    return { org: o, me: m, domains: d };
  });
  const report = buildOutcomeReport({
    organization: org.name,
    period,
    preparedOn: org.today,
    preparedBy: personText(me),
    outcomes: result,
    domainNames: Object.fromEntries(domains.map((d) => [d.key, d.name])),
  });
  return deliver(ctx, renderer, q, {
    html: outcomeReportHtml(report, q.links),
    filename: `caseload-outcomes-${q.from ?? 'start'}-${q.to ?? org.today}`,
    header: `${org.name} · Caseload outcome report · ${report.period.text}`,
    footer: `Prepared ${report.preparedOn} by ${report.preparedBy}`,
    paper: defaultPaper(org.timeZone),
    kind: 'outcomes',
    clientId: null,
  });
}
