import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { goalCreateSchema, goalUpdateSchema, objectiveCreateSchema, objectiveUpdateSchema, phaseCreateSchema, planLinkCreateSchema, planUpdateSchema } from '../../domain/schemas/plan.js';
import { idParams, versionSchema } from '../../domain/schemas/common.js';
import { goalOutSchema, interventionOutSchema, objectiveOutSchema, phaseOutSchema, reasonBody } from '../http/schemas.js';
import { ctxOf } from '../auth/hook.js';
import * as service from './service.js';

/** What the plan states about the service: how often, how long, and with what precautions. */
const planServiceFields = { frequency: z.string(), sessionMinutes: z.number().nullable(), precautions: z.array(z.string()) };
const planSchema = z.object({
  clientId: z.string(), reviewDate: z.string().nullable(), notes: z.string(), version: z.number(), ...planServiceFields,
  goals: z.array(goalOutSchema.extend({ objectives: z.array(objectiveOutSchema.extend({ links: z.array(z.object({ id: z.string(), intervention: interventionOutSchema })) })) })),
  /** A NICU infant's facts for the PMA eligibility rule (domain/nicu.ts), with the practice's live-music minimum; null for everyone else. */
  nicu: z.object({ birthDate: z.string().nullable(), gestationalAgeWeeks: z.number(), gestationalAgeDays: z.number().nullable(), liveMusicMinPmaWeeks: z.number().nullable() }).nullable(),
});
const noContent = { 204: z.null() };

export const planRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/clients/:id/plan', { schema: { params: idParams, response: { 200: planSchema } } }, async (req) => service.getPlan(ctxOf(req), req.params.id));
  app.patch('/clients/:id/plan', { schema: { params: idParams, body: planUpdateSchema, response: { 200: z.object({ reviewDate: z.string().nullable(), notes: z.string(), version: z.number(), ...planServiceFields }) } } }, async (req) =>
    service.updatePlan(ctxOf(req), req.params.id, req.body),
  );
  app.post('/clients/:id/plan/links', { schema: { params: idParams, body: planLinkCreateSchema, response: { 201: z.object({ id: z.string(), objectiveId: z.string(), interventionId: z.string() }) } } }, async (req, reply) =>
    reply.code(201).send(await service.createPlanLink(ctxOf(req), req.params.id, req.body)),
  );
  app.delete('/plan-links/:id', { schema: { params: idParams, response: noContent } }, async (req, reply) => {
    await service.deletePlanLink(ctxOf(req), req.params.id);
    return reply.code(204).send(null);
  });
  app.post('/clients/:id/goals', { schema: { params: idParams, body: goalCreateSchema, response: { 201: goalOutSchema } } }, async (req, reply) =>
    reply.code(201).send(await service.createGoal(ctxOf(req), req.params.id, req.body)),
  );
  app.patch('/goals/:id', { schema: { params: idParams, body: goalUpdateSchema, response: { 200: goalOutSchema } } }, async (req) => service.updateGoal(ctxOf(req), req.params.id, req.body));
  app.delete('/goals/:id', { schema: { params: idParams, body: reasonBody, response: noContent } }, async (req, reply) => {
    await service.deleteGoal(ctxOf(req), req.params.id, req.body.reason);
    return reply.code(204).send(null);
  });
  app.post('/goals/:id/objectives', { schema: { params: idParams, body: objectiveCreateSchema, response: { 201: objectiveOutSchema } } }, async (req, reply) =>
    reply.code(201).send(await service.createObjective(ctxOf(req), req.params.id, req.body)),
  );
  app.get('/objectives/:id', { schema: { params: idParams, response: { 200: objectiveOutSchema } } }, async (req) => service.getObjective(ctxOf(req), req.params.id));
  app.patch('/objectives/:id', { schema: { params: idParams, body: objectiveUpdateSchema, response: { 200: objectiveOutSchema } } }, async (req) =>
    service.updateObjective(ctxOf(req), req.params.id, req.body),
  );
  app.delete('/objectives/:id', { schema: { params: idParams, body: reasonBody, response: noContent } }, async (req, reply) => {
    await service.deleteObjective(ctxOf(req), req.params.id, req.body.reason);
    return reply.code(204).send(null);
  });
  app.post('/objectives/:id/confirm-mastery', { schema: { params: idParams, body: z.strictObject({ version: versionSchema }), response: { 200: objectiveOutSchema } } }, async (req) =>
    service.confirmMastery(ctxOf(req), req.params.id, req.body.version),
  );
  app.get('/objectives/:id/phases', { schema: { params: idParams, response: { 200: z.object({ items: z.array(phaseOutSchema) }) } } }, async (req) => ({
    items: await service.listPhases(ctxOf(req), req.params.id),
  }));
  app.post('/objectives/:id/phases', { schema: { params: idParams, body: phaseCreateSchema, response: { 201: phaseOutSchema } } }, async (req, reply) =>
    reply.code(201).send(await service.createPhase(ctxOf(req), req.params.id, req.body)),
  );
  app.delete('/phases/:id', { schema: { params: idParams, body: reasonBody, response: noContent } }, async (req, reply) => {
    await service.deletePhase(ctxOf(req), req.params.id, req.body.reason);
    return reply.code(204).send(null);
  });
};
