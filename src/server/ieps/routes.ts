/** IEP routes: a student's IEPs on file. */
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ELIGIBILITY_CATEGORIES, SERVICE_PER } from '../../domain/iep-record.js';
import { iepCreateSchema, iepUpdateSchema } from '../../domain/schemas/iep.js';
import { idParams, uuidSchema } from '../../domain/schemas/common.js';
import { ctxOf } from '../auth/hook.js';
import * as service from './service.js';

const iepOut = z.object({
  id: z.string(), clientId: z.string(), startsOn: z.string(), endsOn: z.string(), annualReviewOn: z.string(), reevaluationOn: z.string().nullable(),
  eligibility: z.enum(ELIGIBILITY_CATEGORIES), serviceMinutes: z.number(), servicePer: z.enum(SERVICE_PER), serviceSetting: z.string(), caseManager: z.string(),
  progressReportDates: z.array(z.string()), version: z.number(),
});

export const iepRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/clients/:id/ieps', { schema: { summary: 'The student’s IEPs on file, oldest first', params: idParams, response: { 200: z.object({ items: z.array(iepOut) }) } } }, async (req) =>
    service.listIeps(ctxOf(req), req.params.id),
  );
  app.post('/clients/:id/ieps', { schema: { summary: 'Enter an IEP: dates, eligibility category, music therapy minutes', params: idParams, body: iepCreateSchema, response: { 201: iepOut } } }, async (req, reply) =>
    reply.code(201).send(await service.createIep(ctxOf(req), req.params.id, req.body)),
  );
  app.patch('/clients/:id/ieps/:iepId', { schema: { summary: 'Correct an IEP on file', params: z.object({ id: uuidSchema, iepId: uuidSchema }), body: iepUpdateSchema, response: { 200: iepOut } } }, async (req) =>
    service.updateIep(ctxOf(req), req.params.id, req.params.iepId, req.body),
  );
};
