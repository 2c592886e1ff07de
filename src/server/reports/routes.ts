/** Report routes: HTML (read in the browser) or PDF (printed by Chromium), never cached. */
import { z } from 'zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { dateSchema, idParams } from '../../domain/schemas/common.js';
import { dischargeReasonSchema } from '../../domain/reports/aftercare.js';
import { ctxOf } from '../auth/hook.js';
import { PdfRenderer } from './pdf.js';
import * as service from './service.js';
import { planVersionDocument } from '../plans/versions.js';
import type { Links } from './html.js';

const base = {
  from: dateSchema.optional().describe('first day of the period (YYYY-MM-DD); default: the client’s first session'),
  to: dateSchema.optional().describe('last day of the period (YYYY-MM-DD); default: today at the clinic'),
  format: z.enum(['html', 'pdf']).default('html').describe('html to read in the browser, pdf to print or share'),
  paper: z.enum(['a4', 'letter']).optional().describe('PDF paper size; default: letter in the Americas, else A4'),
};
const progressQuery = z.object({ ...base, voice: z.enum(['clinical', 'family']).default('clinical').describe('clinical, or plain language for families') });
const periodQuery = z.object(base);
const dischargeQuery = z.object({
  to: base.to,
  format: base.format,
  paper: base.paper,
  reasonCode: dischargeReasonSchema.optional().describe('the kind of discharge (hospice: death, hospice_revocation, transfer, moved_out_of_area, no_longer_terminally_ill); the reason text, if any, details it'),
  reason: z.string().trim().min(1).max(2000).optional().describe('reason for discharge; default: from the objectives and the client’s status'),
});

const ANSWERS = 'Answers text/html (format=html) or application/pdf (format=pdf).';

/** Links to the same report in the other format (and voice), kept off the printout. */
function links(req: FastifyRequest, changes: Record<string, string>[]): Links {
  const url = new URL(req.url, 'http://report.local');
  return changes.map((c) => {
    const next = new URL(url);
    for (const [k, v] of Object.entries(c)) if (k !== 'label') next.searchParams.set(k, v);
    return { label: c.label!, href: `${next.pathname}${next.search}` };
  });
}

function send(reply: FastifyReply, r: service.RenderedReport) {
  reply.header('cache-control', 'no-store');
  if (r.format === 'html') return reply.type('text/html; charset=utf-8').send(r.body);
  return reply
    .type('application/pdf')
    .header('content-disposition', `attachment; filename="${r.filename}"`)
    .send(r.body);
}

export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  const renderer = new PdfRenderer();
  app.addHook('onClose', async () => renderer.close());

  app.get('/clients/:id/reports/progress', { schema: { summary: 'Progress report for a period', params: idParams, querystring: progressQuery, description: ANSWERS } }, async (req, reply) => {
    const other = req.query.voice === 'family' ? 'clinical' : 'family';
    const r = await service.progressReport(ctxOf(req), renderer, req.params.id, {
      ...req.query,
      links: links(req, [{ label: 'Download PDF', format: 'pdf' }, { label: `${other === 'family' ? 'Family' : 'Clinical'} version`, voice: other }]),
    });
    return send(reply, r);
  });

  app.get('/clients/:id/reports/iep', { schema: { summary: 'IEP progress statements for a reporting period', params: idParams, querystring: periodQuery, description: ANSWERS } }, async (req, reply) =>
    send(reply, await service.iepReport(ctxOf(req), renderer, req.params.id, { ...req.query, links: links(req, [{ label: 'Download PDF', format: 'pdf' }]) })),
  );

  app.get('/clients/:id/reports/discharge', { schema: { summary: 'Discharge summary', params: idParams, querystring: dischargeQuery, description: ANSWERS } }, async (req, reply) =>
    send(reply, await service.dischargeSummary(ctxOf(req), renderer, req.params.id, { ...req.query, links: links(req, [{ label: 'Download PDF', format: 'pdf' }]) })),
  );

  app.get('/plan-versions/:id/document', { schema: { summary: 'A treatment plan version as a document', params: idParams, querystring: z.object({ format: base.format, paper: base.paper }), description: ANSWERS } }, async (req, reply) =>
    send(reply, await planVersionDocument(ctxOf(req), renderer, req.params.id, { ...req.query, links: links(req, [{ label: 'Download PDF', format: 'pdf' }]) })),
  );

  app.get('/reports/outcomes', { schema: { summary: 'Caseload outcome report for a supervisor', querystring: periodQuery, description: ANSWERS } }, async (req, reply) =>
    send(reply, await service.outcomeReport(ctxOf(req), renderer, { ...req.query, links: links(req, [{ label: 'Download PDF', format: 'pdf' }]) })),
  );
};
