/**
 * What every printed document shares: the period check, the file name's ASCII, the default paper,
 * and delivery as HTML or as a PDF printed after the record's transaction (a print that fails is
 * recorded as a failed export and answered 503, the HTML still available).
 */
import type { Ctx } from '../access/acting-user.js';
import { audit } from '../audit/audit.js';
import { badRequest, Problem } from '../http/problem.js';
import type { Paper, PdfRenderer } from './pdf.js';

export interface RenderedReport {
  format: 'html' | 'pdf';
  body: string | Buffer;
  filename: string;
}

export const ascii = (s: string) => s.normalize('NFKD').replace(/[^\w-]+/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'client';
export const defaultPaper = (timeZone: string): Paper => (timeZone.startsWith('America/') ? 'letter' : 'a4');

export function checkPeriod(q: { from?: string; to?: string }) {
  if (q.from && q.to && q.from > q.to) throw badRequest('the period must not end before it starts', [{ path: 'querystring.to', message: 'is before from' }]);
}

export interface Printable {
  html: string;
  filename: string;
  header: string;
  footer: string;
  paper: Paper;
  /** What the audit detail calls it (progress, discharge, superbill…). */
  kind: string;
  clientId: string | null;
  /** The word for it in the answer when printing fails: "report", "superbill". */
  noun?: string;
}

export async function deliver(ctx: Ctx, renderer: PdfRenderer, q: { format: 'html' | 'pdf'; paper?: Paper }, doc: Printable): Promise<RenderedReport> {
  if (q.format === 'html') return { format: 'html', body: doc.html, filename: `${doc.filename}.html` };
  try {
    const pdf = await renderer.render(doc.html, { paper: q.paper ?? doc.paper, header: doc.header, footer: doc.footer });
    return { format: 'pdf', body: pdf, filename: `${doc.filename}.pdf` };
  } catch (err) {
    await audit(ctx.db, ctx, { action: 'export', entityType: 'report', entityId: doc.clientId, clientId: doc.clientId, outcome: 'failed', detail: { report: doc.kind, format: 'pdf' } }).catch(() => undefined);
    throw new Problem(503, `the PDF could not be printed (${(err as Error).message.split('\n')[0]}); the HTML ${doc.noun ?? 'report'} is available with format=html`);
  }
}
