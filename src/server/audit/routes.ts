import { z } from 'zod';
import { and, desc, eq, gte, lte } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { dateSchema, LIMITS, uuidSchema } from '../../domain/schemas/common.js';
import { auditLog } from '../db/schema.js';
import { ctxOf } from '../auth/hook.js';
import type { Ctx } from '../access/acting-user.js';
import { requireRole } from '../access/policy.js';
import { audit, AUDIT_ACTIONS } from './audit.js';

const entry = z.object({
  id: z.number(), actorId: z.string().nullable(), at: z.string(), action: z.string(), entityType: z.string(), entityId: z.string().nullable(),
  clientId: z.string().nullable(), requestId: z.string().nullable(), outcome: z.string(),
});
const filters = z.object({
  clientId: uuidSchema.optional(), actorId: uuidSchema.optional(), action: z.enum(AUDIT_ACTIONS).optional(),
  from: dateSchema.optional(), to: dateSchema.optional(),
});
type Filters = z.output<typeof filters>;

async function readAudit(ctx: Ctx, q: Filters, limit: number, offset: number) {
  requireRole(ctx.user, 'admin', 'supervisor');
  const rows = await ctx.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.organizationId, ctx.user.organizationId), q.clientId ? eq(auditLog.clientId, q.clientId) : undefined, q.actorId ? eq(auditLog.actorId, q.actorId) : undefined, q.action ? eq(auditLog.action, q.action) : undefined, q.from ? gte(auditLog.at, `${q.from}T00:00:00Z`) : undefined, q.to ? lte(auditLog.at, `${q.to}T23:59:59.999Z`) : undefined))
    .orderBy(desc(auditLog.id))
    .limit(limit)
    .offset(offset);
  return rows.map((r) => ({ id: r.id, actorId: r.actorId, at: new Date(r.at).toISOString(), action: r.action, entityType: r.entityType, entityId: r.entityId, clientId: r.clientId, requestId: r.requestId, outcome: r.outcome }));
}

const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The audit trail, for admins and supervisors; as JSON pages or as one CSV file. */
export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit',
    {
      schema: {
        querystring: filters.extend({ limit: z.coerce.number().int().min(1).max(LIMITS.pageSize).default(100), offset: z.coerce.number().int().min(0).max(1_000_000).default(0) }),
        response: { 200: z.object({ items: z.array(entry) }) },
      },
    },
    async (req) => ({ items: await readAudit(ctxOf(req), req.query, req.query.limit, req.query.offset) }),
  );
  app.get('/audit.csv', { schema: { querystring: filters, produces: ['text/csv'] } }, async (req, reply) => {
    const ctx = ctxOf(req);
    const rows = await readAudit(ctx, req.query, 100_000, 0);
    await audit(ctx.db, ctx, { action: 'export', entityType: 'audit_log', detail: { rows: rows.length, ...req.query } });
    const header = ['id', 'at', 'actorId', 'action', 'entityType', 'entityId', 'clientId', 'requestId', 'outcome'] as const;
    const lines = [header.join(','), ...rows.map((r) => header.map((h) => csvCell(r[h])).join(','))];
    return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="crescendo-audit.csv"').send(`${lines.join('\r\n')}\r\n`);
  });
};
