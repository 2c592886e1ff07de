/** Billing routes: service codes, service lines, authorizations, claims and service-log CSV, the superbill, productivity. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authorizationCreateSchema, authorizationUpdateSchema, HOUR_ROUNDING, serviceCodeCreateSchema, serviceCodeUpdateSchema, serviceLineCreateSchema, serviceLineUpdateSchema, UNIT_RULES } from '../../domain/billing.js';
import { coverageCreateSchema, coverageUpdateSchema, INSURANCE_TYPES } from '../../domain/claims.js';
import { npiSchema } from '../../domain/npi.js';
import { dateSchema, idParams, uuidSchema } from '../../domain/schemas/common.js';
import { reasonBody } from '../http/schemas.js';
import { ctxOf } from '../auth/hook.js';
import { PdfRenderer } from '../reports/pdf.js';
import * as codes from './codes.js';
import * as lines from './lines.js';
import * as auths from './authorizations.js';
import * as outputs from './outputs.js';
import * as coverage from './coverage.js';
import { superbill } from './superbill.js';
import { productivity } from './productivity.js';

const codeOut = z.object({
  id: z.string(), code: z.string(), description: z.string(), unitRule: z.enum(UNIT_RULES), hourRounding: z.enum(HOUR_ROUNDING), rateCents: z.number(),
  modifiers: z.array(z.string()), sessionTypes: z.array(z.string()), settings: z.array(z.string()), billable: z.boolean(), active: z.boolean(), minimumMinutes: z.number().nullable(), version: z.number(),
});
const lineOut = z.object({
  id: z.string(), sessionId: z.string(), clientId: z.string(), date: z.string(), serviceCodeId: z.string(), code: z.string(), modifiers: z.array(z.string()), description: z.string(),
  unitRule: z.enum(UNIT_RULES), billable: z.boolean(), recordedMinutes: z.number(), minutes: z.number(), units: z.number(), rateCents: z.number(), chargeCents: z.number(),
  placeOfService: z.string(), diagnosisCodes: z.array(z.string()), renderingProviderId: z.string(), supervisingProviderId: z.string().nullable(), payer: z.string(), documented: z.boolean(), version: z.number(),
  minimumMinutes: z.number().nullable(), belowMinimum: z.boolean(),
});
const warning = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('authorization'), authorizationId: z.string(), reference: z.string(), message: z.string(), amount: z.number(), used: z.number() }),
  z.object({ kind: z.literal('minimum_minutes'), message: z.string(), minimumMinutes: z.number(), minutes: z.number() }),
]);
const authOut = z.object({
  id: z.string(), clientId: z.string(), payer: z.string(), serviceCodeId: z.string().nullable(), kind: z.enum(['units', 'visits']), amount: z.number(),
  startsOn: z.string(), endsOn: z.string(), reference: z.string(), used: z.number(), remaining: z.number(), exceeded: z.boolean(),
});
const coverageOut = z.object({ id: z.string(), clientId: z.string(), payer: z.string(), insuranceType: z.enum(INSURANCE_TYPES), memberId: z.string(), version: z.number() });
const npiBody = z.strictObject({ npi: npiSchema.nullable() });
const period = { from: dateSchema.optional(), to: dateSchema.optional() };
const csvQuery = z.object({ ...period, clientId: uuidSchema.optional() });
const lineParams = z.object({ id: uuidSchema, lineId: uuidSchema });
const CSV = 'text/csv; charset=utf-8';

export const billingRoutes: FastifyPluginAsyncZod = async (app) => {
  const renderer = new PdfRenderer();
  app.addHook('onClose', async () => renderer.close());

  app.get('/service-codes', { schema: { summary: 'The practice’s service codes', response: { 200: z.object({ items: z.array(codeOut) }) } } }, async (req) => codes.listServiceCodes(ctxOf(req)));
  app.get('/service-codes/:id', { schema: { params: idParams, response: { 200: codeOut } } }, async (req) => codes.getServiceCode(ctxOf(req), req.params.id));
  app.post('/service-codes', { schema: { summary: 'Add a service code (admin)', body: serviceCodeCreateSchema, response: { 201: codeOut } } }, async (req, reply) =>
    reply.code(201).send(await codes.createServiceCode(ctxOf(req), req.body)),
  );
  app.patch('/service-codes/:id', { schema: { summary: 'Change a service code (admin)', params: idParams, body: serviceCodeUpdateSchema, response: { 200: codeOut } } }, async (req) =>
    codes.updateServiceCode(ctxOf(req), req.params.id, req.body),
  );
  app.delete('/service-codes/:id', { schema: { summary: 'Retire a service code (admin)', params: idParams, body: reasonBody, response: { 204: z.null() } } }, async (req, reply) => {
    await codes.deleteServiceCode(ctxOf(req), req.params.id, req.body.reason);
    return reply.code(204).send(null);
  });

  app.get('/sessions/:id/service-lines', { schema: { params: idParams, response: { 200: z.object({ items: z.array(lineOut) }) } } }, async (req) => lines.sessionServiceLines(ctxOf(req), req.params.id));
  app.post('/sessions/:id/service-lines', { schema: { summary: 'Add a service line for an attended client', params: idParams, body: serviceLineCreateSchema, response: { 201: lineOut.extend({ warnings: z.array(warning) }) } } }, async (req, reply) =>
    reply.code(201).send(await lines.createServiceLine(ctxOf(req), req.params.id, req.body)),
  );
  app.patch('/sessions/:id/service-lines/:lineId', { schema: { params: lineParams, body: serviceLineUpdateSchema, response: { 200: lineOut.extend({ warnings: z.array(warning) }) } } }, async (req) =>
    lines.updateServiceLine(ctxOf(req), req.params.id, req.params.lineId, req.body),
  );
  app.delete('/sessions/:id/service-lines/:lineId', { schema: { params: lineParams, response: { 204: z.null() } } }, async (req, reply) => {
    await lines.deleteServiceLine(ctxOf(req), req.params.id, req.params.lineId);
    return reply.code(204).send(null);
  });
  app.get('/clients/:id/service-lines', { schema: { params: idParams, querystring: z.object(period), response: { 200: z.object({ items: z.array(lineOut) }) } } }, async (req) =>
    lines.clientServiceLines(ctxOf(req), req.params.id, req.query),
  );

  app.get('/clients/:id/authorizations', { schema: { summary: 'Authorizations with used and remaining', params: idParams, response: { 200: z.object({ items: z.array(authOut) }) } } }, async (req) =>
    auths.listAuthorizations(ctxOf(req), req.params.id),
  );
  app.post('/clients/:id/authorizations', { schema: { params: idParams, body: authorizationCreateSchema, response: { 201: authOut } } }, async (req, reply) =>
    reply.code(201).send(await auths.createAuthorization(ctxOf(req), req.params.id, req.body)),
  );

  const authParams = z.object({ id: uuidSchema, authorizationId: uuidSchema });
  app.patch('/clients/:id/authorizations/:authorizationId', { schema: { params: authParams, body: authorizationUpdateSchema, response: { 200: authOut } } }, async (req) =>
    auths.updateAuthorization(ctxOf(req), req.params.id, req.params.authorizationId, req.body),
  );
  app.delete('/clients/:id/authorizations/:authorizationId', { schema: { params: authParams, body: reasonBody, response: { 204: z.null() } } }, async (req, reply) => {
    await auths.deleteAuthorization(ctxOf(req), req.params.id, req.params.authorizationId, req.body.reason);
    return reply.code(204).send(null);
  });

  const coverageParams = z.object({ id: uuidSchema, coverageId: uuidSchema });
  app.get('/clients/:id/coverages', { schema: { summary: 'The client’s coverage with each payer (CMS-1500 items 1 and 1a)', params: idParams, response: { 200: z.object({ items: z.array(coverageOut) }) } } }, async (req) =>
    coverage.listCoverages(ctxOf(req), req.params.id),
  );
  app.post('/clients/:id/coverages', { schema: { params: idParams, body: coverageCreateSchema, response: { 201: coverageOut } } }, async (req, reply) =>
    reply.code(201).send(await coverage.createCoverage(ctxOf(req), req.params.id, req.body)),
  );
  app.patch('/clients/:id/coverages/:coverageId', { schema: { params: coverageParams, body: coverageUpdateSchema, response: { 200: coverageOut } } }, async (req) =>
    coverage.updateCoverage(ctxOf(req), req.params.id, req.params.coverageId, req.body),
  );
  app.delete('/clients/:id/coverages/:coverageId', { schema: { params: coverageParams, body: reasonBody, response: { 204: z.null() } } }, async (req, reply) => {
    await coverage.deleteCoverage(ctxOf(req), req.params.id, req.params.coverageId, req.body.reason);
    return reply.code(204).send(null);
  });
  app.get('/billing/provider-numbers', { schema: { summary: 'NPIs of the practice (item 33a) and its clinicians (item 24J)', response: { 200: z.object({ organization: z.object({ name: z.string(), npi: z.string().nullable() }), providers: z.array(z.object({ id: z.string(), name: z.string(), npi: z.string().nullable() })) }) } } }, async (req) =>
    coverage.providerNumbers(ctxOf(req)),
  );
  app.put('/users/:id/npi', { schema: { summary: 'Record a clinician’s NPI (admin)', params: idParams, body: npiBody, response: { 200: z.object({ id: z.string(), npi: z.string().nullable() }) } } }, async (req) =>
    coverage.setUserNpi(ctxOf(req), req.params.id, req.body.npi),
  );
  app.put('/organization/npi', { schema: { summary: 'Record the practice’s NPI (admin)', body: npiBody, response: { 200: z.object({ npi: z.string().nullable() }) } } }, async (req) =>
    coverage.setOrganizationNpi(ctxOf(req), req.body.npi),
  );

  app.get('/billing/claims.csv', { schema: { summary: 'Claims with the fields of a CMS-1500, one row per billable service line', querystring: csvQuery, description: 'Answers text/csv.' } }, async (req, reply) =>
    reply.type(CSV).header('cache-control', 'no-store').header('content-disposition', 'attachment; filename="claims.csv"').send(await outputs.claimsCsv(ctxOf(req), req.query)),
  );
  app.get('/billing/school-log.csv', { schema: { summary: 'School district service log: date, minutes, IEP goals served, attendance', querystring: csvQuery, description: 'Answers text/csv.' } }, async (req, reply) =>
    reply.type(CSV).header('cache-control', 'no-store').header('content-disposition', 'attachment; filename="school-service-log.csv"').send(await outputs.schoolLogCsv(ctxOf(req), req.query)),
  );
  app.get('/clients/:id/billing/superbill', { schema: { summary: 'Superbill for a period', params: idParams, querystring: z.object({ ...period, format: z.enum(['html', 'pdf']).default('html'), paper: z.enum(['a4', 'letter']).optional() }), description: 'Answers text/html or application/pdf.' } }, async (req, reply) => {
    const url = new URL(req.url, 'http://report.local');
    url.searchParams.set('format', 'pdf');
    const r = await superbill(ctxOf(req), renderer, req.params.id, { ...req.query, links: [{ label: 'Download PDF', href: `${url.pathname}${url.search}` }] });
    reply.header('cache-control', 'no-store');
    if (r.format === 'html') return reply.type('text/html; charset=utf-8').send(r.body);
    return reply.type('application/pdf').header('content-disposition', `attachment; filename="${r.filename}"`).send(r.body);
  });
  app.get('/billing/productivity', { schema: { summary: 'Sessions, units and billable minutes per therapist per week (supervisor)', querystring: z.object(period), response: { 200: z.object({ items: z.array(z.object({ therapistId: z.string(), name: z.string(), week: z.string(), sessions: z.number(), units: z.number(), billableMinutes: z.number() })) }) } } }, async (req) =>
    productivity(ctxOf(req), req.query),
  );
};
