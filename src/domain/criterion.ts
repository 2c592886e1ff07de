/** The mastery criterion of an objective: comparator and value over a window of data sessions. */
import { z } from 'zod';

export const COMPARATORS = ['>=', '>', '<=', '<'] as const;
export type Comparator = (typeof COMPARATORS)[number];

export const masteryWindowSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('consecutive'), sessions: z.number().int().min(1).max(50) }),
  z
    .object({ kind: z.literal('of-last'), met: z.number().int().min(1).max(50), sessions: z.number().int().min(1).max(50) })
    .refine((w) => w.met <= w.sessions, { message: 'met must not exceed sessions', path: ['met'] }),
]);

export const masteryCriterionSchema = z.object({
  comparator: z.enum(COMPARATORS),
  value: z.number().finite().min(-1e6).max(1e6),
  window: masteryWindowSchema,
  minSessions: z.number().int().min(1).max(100),
});
export type MasteryCriterion = z.output<typeof masteryCriterionSchema>;

export const DIRECTIONS = ['increase', 'decrease'] as const;
export type Direction = (typeof DIRECTIONS)[number];
