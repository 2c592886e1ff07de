/** Every clinical route group, registered under /api/v1. */
import type { FastifyPluginAsync } from 'fastify';
import { clientRoutes } from './clients/routes.js';
import { libraryRoutes } from './library/routes.js';
import { planRoutes } from './plans/routes.js';
import { proposalRoutes } from './plans/proposal-routes.js';
import { sessionRoutes } from './sessions/routes.js';
import { noteRoutes } from './notes/routes.js';
import { progressRoutes } from './progress/routes.js';
import { auditRoutes } from './audit/routes.js';
import { assessmentRoutes } from './assessments/routes.js';
import { reportRoutes } from './reports/routes.js';
import { exportRoutes } from './export/routes.js';
import { restoreRoutes } from './restore/routes.js';
import { todoRoutes } from './todo/routes.js';
import { billingRoutes } from './billing/routes.js';
import { familyRoutes } from './family/routes.js';

export const apiRoutes: FastifyPluginAsync = async (app) => {
  await app.register(clientRoutes);
  await app.register(libraryRoutes);
  await app.register(planRoutes);
  await app.register(proposalRoutes);
  await app.register(sessionRoutes);
  await app.register(noteRoutes);
  await app.register(progressRoutes);
  await app.register(auditRoutes);
  await app.register(assessmentRoutes);
  await app.register(reportRoutes);
  await app.register(exportRoutes);
  await app.register(restoreRoutes);
  await app.register(todoRoutes);
  await app.register(billingRoutes);
  await app.register(familyRoutes);
};
