import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { organizationSettingsSchema, organizationSettingsUpdateSchema } from '../../domain/schemas/organization.js';
import { ctxOf } from '../auth/hook.js';
import * as service from './service.js';

export const organizationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/organization/settings', {
    schema: { description: 'The practice’s settings that its rules apply: note format and required sections, late-entry window, IEP progress-code wording, NICU live-music minimum.', response: { 200: organizationSettingsSchema } },
  }, async (req) => service.getSettings(ctxOf(req)));
  app.patch('/organization/settings', {
    schema: { description: 'Change the practice’s settings (admins); send the version read. Audited with each setting before and after.', body: organizationSettingsUpdateSchema, response: { 200: organizationSettingsSchema } },
  }, async (req) => service.updateSettings(ctxOf(req), req.body));
};
