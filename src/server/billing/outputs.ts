/**
 * Billing exports as CSV (the research export's writer, with its formula escaping): claims with the
 * fields of a CMS-1500 (one row per billable service line), and a school district's service log.
 * Item numbers are those of the NUCC 1500 Health Insurance Claim Form (02/12).
 */
import { and, eq, gte, inArray, isNull, lte } from 'drizzle-orm';
import { diagnosisPointer, dollars } from '../../domain/billing.js';
import { accountNumber, groupClaims, INSURANCE_TYPE_WORDS, samePayer, type InsuranceType } from '../../domain/claims.js';
import { iepApplies } from '../../domain/reports/iep.js';
import { ABSENCE_REASON_WORDS, serviceMinutes, type AbsenceReason } from '../../domain/session-facts.js';
import { authorizations, deliveredInterventions, goals, ieps, objectives, sessionParticipants, sessions } from '../db/schema.js';
import type { Ctx } from '../access/acting-user.js';
import { inTransaction } from '../access/run.js';
import { auditMany } from '../audit/audit.js';
import { toCsv, type Column, type Table } from '../export/csv.js';
import { checkPeriod } from '../reports/deliver.js';
import { organizationOf } from '../reports/load.js';
import { clientsInScope, providerNames, type ClientRow, type Period } from './scope.js';
import { countedLines, type CountedLine } from './units.js';
import { coverageFor, coveragesOf, npisOf } from './coverage.js';

const col = <T>(name: string, description: string, value: Column<T>['value']): Column<T> => ({ name, description, value });
const codesOf = (c: ClientRow) => (Array.isArray(c.diagnoses) ? (c.diagnoses as { code?: string }[]) : []).map((d) => (d.code ?? '').trim().toUpperCase()).filter(Boolean).slice(0, 12);

interface ClaimRow {
  c: CountedLine;
  client: ClientRow;
  diagnoses: string[];
  authorization: string;
  coverage: { insuranceType: string; memberId: string } | undefined;
  claim: { number: string; line: number; totalCents: number };
}

interface Billing {
  organization: string;
  /** Item 33a. */
  organizationNpi: string;
  names: Map<string, string>;
  npis: Map<string, string>;
}

export function claimsTable(rows: ClaimRow[], b: Billing): Table<ClaimRow> {
  const { names, npis } = b;
  const mod = (r: ClaimRow, i: number) => r.c.code.modifiers[i] ?? '';
  return {
    file: 'claims.csv',
    description: 'One row per billable service line with units whose note is signed (and co-signed when needed): the fields of a CMS-1500 claim line, grouped into claims of at most six lines (one client, payer, month of service, supervising provider and prior authorization each).',
    rows,
    columns: [
      col('claim_number', 'The claim the line is on in this export: account number, month of service and a sequence. Not a payer’s claim control number.', (r) => r.claim.number),
      col('claim_line', 'Item 24: the line’s place on its claim, 1 to 6.', (r) => r.claim.line),
      col('claim_total_charge', 'Item 28: total charge of the claim, in dollars (the same on each of its lines).', (r) => dollars(r.claim.totalCents)),
      col('service_line_id', 'The service line (UUID).', (r) => r.c.line.id),
      col('session_id', 'The session it was given in (UUID).', (r) => r.c.line.sessionId),
      col('payer', 'The payer billed (the carrier block at the top of the form).', (r) => r.c.line.payer),
      col('insurance_type', 'Item 1: Medicare, Medicaid, TRICARE, CHAMPVA, Group Health Plan, FECA Blk Lung or Other, from the client’s coverage with this payer (empty when none is recorded).', (r) => (r.coverage ? INSURANCE_TYPE_WORDS[r.coverage.insuranceType as InsuranceType] : '')),
      col('insured_id', 'Item 1a: the insured’s ID number (member ID) of that coverage.', (r) => r.coverage?.memberId),
      col('patient_name', 'Item 2: last name, first name.', (r) => `${r.client.lastName}, ${r.client.firstName}`),
      col('patient_birth_date', 'Item 3: date of birth (YYYY-MM-DD).', (r) => r.client.birthDate),
      col('supervising_provider', 'Item 17: supervising provider (qualifier DQ), when the rendering provider works under supervision.', (r) => (r.c.line.supervisingProviderId ? names.get(r.c.line.supervisingProviderId) : '')),
      col('supervising_qualifier', 'Item 17 qualifier: DQ (supervising provider) when item 17 is filled.', (r) => (r.c.line.supervisingProviderId ? 'DQ' : '')),
      col('icd_indicator', 'Item 21 ICD indicator: 0 (ICD-10-CM).', () => '0'),
      ...'ABCDEFGHIJKL'.split('').map((L, i) => col<ClaimRow>(`diagnosis_${L}`, `Item 21${L}: diagnosis code ${L} of the client's chart (up to 12, in the chart's order).`, (r) => r.diagnoses[i])),
      col('prior_authorization', 'Item 23: the prior authorization number of an authorization covering the line.', (r) => r.authorization),
      col('date_of_service_from', 'Item 24A from (YYYY-MM-DD, the clinic’s date).', (r) => r.c.session.localDate),
      col('date_of_service_to', 'Item 24A to.', (r) => r.c.session.localDate),
      col('place_of_service', 'Item 24B: place-of-service code.', (r) => r.c.line.placeOfService),
      col('procedure_code', 'Item 24D: CPT/HCPCS code.', (r) => r.c.code.code),
      ...[0, 1, 2, 3].map((i) => col<ClaimRow>(`modifier_${i + 1}`, `Item 24D: modifier ${i + 1}.`, (r) => mod(r, i))),
      col('diagnosis_pointer', 'Item 24E: letters of item 21 the line is for, in order.', (r) => r.c.line.diagnosisCodes.map((d) => diagnosisPointer(r.diagnoses.indexOf(d))).join('')),
      col('charges', 'Item 24F: units × the code’s rate, in dollars.', (r) => dollars(r.c.chargeCents)),
      col('units', 'Item 24G: days or units, from the minutes under the code’s unit rule.', (r) => r.c.units),
      col('minutes', 'Minutes of service the units count.', (r) => r.c.minutes),
      col('rendering_provider', 'The rendering provider’s name (item 24J holds the NPI).', (r) => names.get(r.c.line.renderingProviderId)),
      col('rendering_provider_npi', 'Item 24J: the rendering provider’s NPI (empty when none is recorded).', (r) => npis.get(r.c.line.renderingProviderId)),
      col('patient_account_no', 'Item 26: the client’s account number.', (r) => accountNumber(r.client.id)),
      col('service_facility', 'Item 32: where the session took place.', (r) => r.c.session.location),
      col('billing_provider', 'Item 33: the practice.', () => b.organization),
      col('billing_provider_npi', 'Item 33a: the practice’s NPI (empty when none is recorded).', () => b.organizationNpi),
    ],
  };
}

/** Claims CSV for the period: billable lines with units of documented sessions (the note signed), for one client or the user's caseload. */
export async function claimsCsv(ctx: Ctx, q: Period & { clientId?: string }): Promise<string> {
  return inTransaction(ctx, async (tx) => {
    const scope = await clientsInScope(tx, ctx, q.clientId, 'claims');
    checkPeriod(q);
    const byId = new Map(scope.map((c) => [c.id, c]));
    const lines = (await countedLines(tx, ctx, { clientIds: [...byId.keys()], from: q.from, to: q.to })).filter((c) => c.code.billable && c.units > 0 && c.documented);
    const clientIds = [...new Set(lines.map((l) => l.line.clientId))];
    const auths = lines.length ? await tx.select().from(authorizations).where(and(inArray(authorizations.clientId, clientIds), isNull(authorizations.deletedAt))) : [];
    const coverages = await coveragesOf(tx, ctx, clientIds);
    const facts = lines.map((c) => {
      const a = auths.find((x) => x.clientId === c.line.clientId && samePayer(x.payer, c.line.payer) && (!x.serviceCodeId || x.serviceCodeId === c.code.id) && c.session.localDate >= x.startsOn && c.session.localDate <= x.endsOn && x.reference);
      return { c, client: byId.get(c.line.clientId)!, authorization: a?.reference ?? '' };
    });
    const claims = groupClaims(facts.map((f) => ({
      key: f.c.line.id, clientId: f.client.id, account: accountNumber(f.client.id), payer: f.c.line.payer, date: f.c.session.localDate,
      supervisingProviderId: f.c.line.supervisingProviderId, priorAuthorization: f.authorization, chargeCents: f.c.chargeCents,
    })));
    const byLine = new Map(facts.map((f) => [f.c.line.id, f]));
    const rows: ClaimRow[] = claims.flatMap((claim) => claim.lines.map((key, i) => {
      const f = byLine.get(key)!;
      return { ...f, diagnoses: codesOf(f.client), coverage: coverageFor(coverages, f.client.id, f.c.line.payer), claim: { number: claim.number, line: i + 1, totalCents: claim.totalCents } };
    }));
    const providerIds = lines.flatMap((l) => [l.line.renderingProviderId, l.line.supervisingProviderId]);
    const o = await organizationOf(tx, ctx);
    const billing: Billing = { organization: o.name, organizationNpi: o.npi ?? '', names: await providerNames(tx, ctx, providerIds), npis: await npisOf(tx, ctx, providerIds) };
    await auditMany(tx, ctx, clientIds.map((clientId) => ({ action: 'export', entityType: 'claims', entityId: clientId, clientId, detail: { from: q.from ?? null, to: q.to ?? null } })));
    return toCsv(claimsTable(rows, billing));
  });
}

interface LogRow {
  client: ClientRow;
  date: string;
  sessionId: string;
  type: string;
  minutes: number;
  attendance: string;
  absenceReason: string | null;
  goals: string[];
  provider: string;
}

export function schoolLogTable(rows: LogRow[]): Table<LogRow> {
  return {
    file: 'school-service-log.csv',
    description: 'One row per student per session: the date, the minutes of service, the IEP goals served, and attendance.',
    rows,
    columns: [
      col('date', 'The session’s date (YYYY-MM-DD, the clinic’s date).', (r) => r.date),
      col('student', 'Last name, first name.', (r) => `${r.client.lastName}, ${r.client.firstName}`),
      col('student_id', 'The student’s id in Crescendo.', (r) => r.client.id),
      col('session_type', 'individual, group, family or co_treatment.', (r) => r.type),
      col('minutes', 'Minutes of service the student received (0 when absent).', (r) => r.minutes),
      col('attendance', 'present, late, left_early, absent, cancelled, or expected (not recorded).', (r) => r.attendance),
      col('absence_reason', 'Why the student missed the session.', (r) => (r.absenceReason ? ABSENCE_REASON_WORDS[r.absenceReason as AbsenceReason] ?? r.absenceReason : '')),
      col('iep_goals_served', 'The annual goals the interventions delivered served, separated by " | ".', (r) => r.goals.join(' | ')),
      col('provider', 'The session’s lead therapist.', (r) => r.provider),
      col('session_id', 'The session (UUID).', (r) => r.sessionId),
    ],
  };
}

/** The school district's service log for the period: students served under an IEP, every session of theirs. */
export async function schoolLogCsv(ctx: Ctx, q: Period & { clientId?: string }): Promise<string> {
  return inTransaction(ctx, async (tx) => {
    const inScope = await clientsInScope(tx, ctx, q.clientId, 'service logs');
    // A student with an IEP on file is served under it wherever the chart says they are seen.
    const withIep = new Set(inScope.length ? (await tx.selectDistinct({ id: ieps.clientId }).from(ieps).where(and(inArray(ieps.clientId, inScope.map((c) => c.id)), eq(ieps.organizationId, ctx.user.organizationId)))).map((r) => r.id) : []);
    const scope = inScope.filter((c) => iepApplies(c, withIep.has(c.id)));
    checkPeriod(q);
    const byId = new Map(scope.map((c) => [c.id, c]));
    const ids = [...byId.keys()];
    const parts = ids.length
      ? await tx.select({ s: sessions, p: sessionParticipants }).from(sessionParticipants).innerJoin(sessions, and(eq(sessions.id, sessionParticipants.sessionId), isNull(sessions.deletedAt)))
          .where(and(inArray(sessionParticipants.clientId, ids), eq(sessions.organizationId, ctx.user.organizationId), q.from ? gte(sessions.localDate, q.from) : undefined, q.to ? lte(sessions.localDate, q.to) : undefined))
          .orderBy(sessions.localDate, sessions.startsAt)
      : [];
    const sessionIds = [...new Set(parts.map((x) => x.s.id))];
    const served = sessionIds.length
      ? await tx.select({ sessionId: deliveredInterventions.sessionId, objectiveIds: deliveredInterventions.objectiveIds }).from(deliveredInterventions)
          .where(and(inArray(deliveredInterventions.sessionId, sessionIds), isNull(deliveredInterventions.deletedAt), eq(deliveredInterventions.delivered, true)))
      : [];
    const objIds = [...new Set(served.flatMap((d) => d.objectiveIds))];
    const goalOf = objIds.length
      ? new Map((await tx.select({ id: objectives.id, clientId: objectives.clientId, goal: goals.statement }).from(objectives).innerJoin(goals, eq(goals.id, objectives.goalId)).where(inArray(objectives.id, objIds))).map((o) => [o.id, o]))
      : new Map<string, { clientId: string; goal: string }>();
    const names = await providerNames(tx, ctx, parts.map((x) => x.s.leadTherapistId));
    const rows: LogRow[] = parts.map(({ s, p }) => ({
      client: byId.get(p.clientId)!, date: s.localDate, sessionId: s.id, type: s.type, minutes: serviceMinutes(s, p), attendance: p.attendance, absenceReason: p.absenceReason,
      goals: [...new Set(served.filter((d) => d.sessionId === s.id).flatMap((d) => d.objectiveIds).map((o) => goalOf.get(o)).filter((o) => o?.clientId === p.clientId).map((o) => o!.goal))],
      provider: names.get(s.leadTherapistId) ?? '',
    }));
    await auditMany(tx, ctx, [...new Set(rows.map((r) => r.client.id))].map((clientId) => ({ action: 'export', entityType: 'service_log', entityId: clientId, clientId, detail: { from: q.from ?? null, to: q.to ?? null } })));
    return toCsv(schoolLogTable(rows));
  });
}
