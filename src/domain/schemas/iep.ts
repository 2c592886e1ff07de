/** What the IEP routes accept (domain/iep-record.ts has the categories and the rules). */
import { z } from 'zod';
import { ELIGIBILITY_CATEGORIES, iepProblems, SERVICE_PER } from '../iep-record.js';
import { dateSchema, shortText } from './common.js';

const fields = {
  startsOn: dateSchema.describe('the IEP’s start (initiation) date'),
  endsOn: dateSchema.describe('the IEP’s end date'),
  annualReviewOn: dateSchema.describe('the date of the next annual review'),
  reevaluationOn: dateSchema.nullable().describe('the date the next re-evaluation is due; null when not stated'),
  eligibility: z.enum(ELIGIBILITY_CATEGORIES).describe('eligibility category per 34 CFR §300.8'),
  serviceMinutes: z.number().int().min(1).max(10_000).describe('music therapy minutes the IEP gives, per week or per month'),
  servicePer: z.enum(SERVICE_PER),
  serviceSetting: shortText.describe('where the service is delivered, as the IEP says (e.g. “pull-out, resource room”)'),
  caseManager: shortText.describe('the IEP case manager, as written (name and role)'),
  progressReportDates: z.array(dateSchema).max(12).describe('the dates periodic progress reports are due, as the IEP states'),
};

export const iepCreateSchema = z
  .strictObject({ id: z.uuid({ message: 'must be a UUID' }), ...fields, progressReportDates: fields.progressReportDates.default([]) })
  .superRefine((i, c) => { for (const p of iepProblems(i)) c.addIssue({ code: 'custom', path: p.path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s)), message: p.message }); });

export const iepUpdateSchema = z.strictObject({
  version: z.number().int().min(1),
  ...Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.optional()])) as { [K in keyof typeof fields]: z.ZodOptional<(typeof fields)[K]> },
});

