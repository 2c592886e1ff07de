/** Building blocks shared by the API schemas: limits written down once. */
import { z } from 'zod';

export const LIMITS = {
  shortText: 200,
  longText: 20_000,
  listItems: 100,
  batchSize: 500,
  pageSize: 200,
  bodyBytes: 1_048_576,
  /** Objects and arrays inside one another; the deepest body the API defines is far shallower. */
  jsonDepth: 32,
} as const;

export const uuidSchema = z.uuid({ message: 'must be a UUID' });
export const shortText = z.string().trim().min(1, 'must not be empty').max(LIMITS.shortText);
export const optionalShortText = z.string().trim().max(LIMITS.shortText);
export const longText = z.string().max(LIMITS.longText);

/** A calendar date YYYY-MM-DD that exists (no 31 February). */
export const dateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s && s >= '1900-01-01' && s <= '2200-12-31';
  }, 'must be a real calendar date');

/** A UTC instant in ISO 8601 with an offset. */
export const instantSchema = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time with offset' });

export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return tz.length <= 64;
  } catch {
    return false;
  }
}
export const timeZoneSchema = z.string().max(64).refine(isTimeZone, 'must be an IANA time zone such as America/Chicago');

export const versionSchema = z.number().int().min(1);

export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(LIMITS.pageSize).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const idParams = z.object({ id: uuidSchema });

export function page<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int(), limit: z.number().int(), offset: z.number().int() });
}

/** The calendar date of an instant in a time zone: "the session of 3 March" is the clinic's date. */
export function localDateOf(instant: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(instant),
  );
  return parts;
}
