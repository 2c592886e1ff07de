import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { assessmentCreateSchema, assessmentUpdateSchema } from '../../domain/schemas/clients.js';
import { idParams } from '../../domain/schemas/common.js';
import { measurementConfigSchema } from '../../domain/measurement.js';
import { masteryCriterionSchema } from '../../domain/criterion.js';
import { ctxOf } from '../auth/hook.js';
import * as service from './service.js';

const assessmentOut = z.object({
  id: z.string(), clientId: z.string(), kind: z.string(), templateKey: z.string().nullable(), templateName: z.string().nullable(), assessedOn: z.string(), assessorId: z.string(),
  responses: z.record(z.string(), z.union([z.number(), z.string(), z.boolean(), z.null()])), observations: z.string(), strengths: z.string(), needs: z.string(), version: z.number(),
  score: z.union([
    z.object({ status: z.literal('complete'), total: z.number(), range: z.tuple([z.number(), z.number()]), band: z.string().nullable().describe('the published severity band, or null where the source gives no cut-offs') }),
    z.object({ status: z.literal('incomplete'), missing: z.array(z.string()), invalid: z.array(z.string()), range: z.tuple([z.number(), z.number()]) }),
  ]).nullable().describe('the total by the scale’s published rule; null for a template without a total'),
});

const suggestionsOut = z.object({
  assessmentId: z.string(), clientId: z.string(), templateKey: z.string().nullable(), templateName: z.string().nullable(),
  suggestions: z.array(z.object({
    domainKey: z.string(), itemKey: z.string(), itemLabel: z.string(), rating: z.number(), baselinePercent: z.number(),
    domain: z.object({ id: z.string(), key: z.string(), name: z.string(), category: z.string() }).nullable(),
    objectiveTemplates: z.array(z.object({
      key: z.string(), text: z.string(), behaviour: z.string(), condition: z.string(), measurement: measurementConfigSchema, criterion: masteryCriterionSchema,
      direction: z.enum(['increase', 'decrease']), populations: z.array(z.string()),
    })),
  })),
});

const templateOut = z.object({
  key: z.string(), name: z.string(), populations: z.array(z.string()),
  references: z.array(z.object({ authors: z.string(), year: z.number(), title: z.string(), journal: z.string().optional(), source: z.string().optional(), doi: z.string().optional() })),
  sections: z.array(z.object({
    key: z.string(), title: z.string(),
    items: z.array(z.object({
      key: z.string(), label: z.string(), kind: z.enum(['imtap', 'rating', 'number', 'text', 'choice', 'boolean']), min: z.number().optional(), max: z.number().optional(),
      unit: z.string().optional(), step: z.number().optional(), choices: z.array(z.string()).optional(), anchors: z.array(z.object({ value: z.number(), label: z.string() })).optional(), help: z.string().optional(),
    })),
  })),
  scoring: z.object({ range: z.tuple([z.number(), z.number()]), items: z.array(z.string()), bands: z.array(z.object({ min: z.number(), max: z.number(), label: z.string() })).optional() }).nullable(),
});

export const assessmentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/assessment-templates', {
    schema: { description: 'The assessment templates a clinician can fill in: IMTAP-style intake and validated scales, each item on its own scale, with the published scoring and sources.', response: { 200: z.object({ items: z.array(templateOut) }) } },
  }, async (req) => ({ items: service.listTemplates(ctxOf(req)) }));
  app.get('/clients/:id/assessments', { schema: { params: idParams, response: { 200: z.object({ items: z.array(assessmentOut) }) } } }, async (req) => ({ items: await service.listAssessments(ctxOf(req), req.params.id) }));
  app.post('/clients/:id/assessments', { schema: { params: idParams, body: assessmentCreateSchema, response: { 201: assessmentOut } } }, async (req, reply) =>
    reply.code(201).send(await service.createAssessment(ctxOf(req), req.params.id, req.body)),
  );
  app.get('/assessments/:id', { schema: { params: idParams, response: { 200: assessmentOut } } }, async (req) => service.getAssessment(ctxOf(req), req.params.id));
  app.get('/assessments/:id/suggestions', { schema: { params: idParams, response: { 200: suggestionsOut } } }, async (req) => service.getSuggestions(ctxOf(req), req.params.id));
  app.patch('/assessments/:id', { schema: { params: idParams, body: assessmentUpdateSchema, response: { 200: assessmentOut } } }, async (req) => service.updateAssessment(ctxOf(req), req.params.id, req.body));
};
