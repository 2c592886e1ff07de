import { z } from 'zod';
import { and, desc, eq, gte, lte } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { dateSchema, LIMITS, uuidSchema } from '../../domain/schemas/common.js';
import { auditLog } from '../db/schema.js';
import { ctxOf } from '../auth/hook.js';
import { requireRole } from '../access/policy.js';
import { AUDIT_ACTIONS } from './audit.js';

const entry = z.object({
  id: z.number(), actorId: z.string().nullable(), at: z.string(), action: z.string(), entityType: z.string(), entityId: z.string().nullable(),
  clientId: z.string().nullable(), requestId: z.string().nullable(), outcome: z.string(),
});

/** The audit trail, for admins and supervisors. */
export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit',
    {
      schema: {
        querystring: z.object({
          clientId: uuidSchema.optional(), actorId: uuidSchema.optional(), action: z.enum(AUDIT_ACTIONS).optional(),
          from: dateSchema.optional(), to: dateSchema.optional(),
          limit: z.coerce.number().int().min(1).max(LIMITS.pageSize).default(100), offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
        }),
        response: { 200: z.object({ items: z.array(entry) }) },
      },
    },
    async (req) => {
      const ctx = ctxOf(req);
      requireRole(ctx.user, 'admin', 'supervisor');
      const q = req.query;
      const rows = await ctx.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.organizationId, ctx.user.organizationId), q.clientId ? eq(auditLog.clientId, q.clientId) : undefined, q.actorId ? eq(auditLog.actorId, q.actorId) : undefined, q.action ? eq(auditLog.action, q.action) : undefined, q.from ? gte(auditLog.at, `${q.from}T00:00:00Z`) : undefined, q.to ? lte(auditLog.at, `${q.to}T23:59:59.999Z`) : undefined))
        .orderBy(desc(auditLog.id))
        .limit(q.limit)
        .offset(q.offset);
      return { items: rows.map((r) => ({ ...r, at: new Date(r.at).toISOString() })) };
    },
  );
};
