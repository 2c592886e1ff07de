import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../auth/hook.js';
import * as service from './service.js';

const owedItem = z.object({
  owed: z.enum(['attendance', 'note']),
  sinceMs: z.number().describe('milliseconds since the session ended'),
  late: z.boolean().describe('waiting longer than the organization’s late-entry window'),
  sessionId: z.string(), clientId: z.string(), clientName: z.string(), sessionDate: z.string(), startsAt: z.string(), timeZone: z.string(),
  noteId: z.string().nullable(), noteStatus: z.enum(['draft', 'awaiting_cosign']).nullable(),
});

export const todoRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/todo', {
    schema: {
      description: 'What the record still owes for sessions that have happened: attendance to record and notes to sign, oldest first; for supervisors, counts per supervisee.',
      response: { 200: z.object({ lateHours: z.number(), owed: z.array(owedItem), team: z.array(z.object({ therapistId: z.string(), name: z.string(), owed: z.number(), late: z.number(), oldestMs: z.number() })) }) },
    },
  }, async (req) => service.todo(ctxOf(req)));
};
