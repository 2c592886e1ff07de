/** The report kinds, their periods and the address of each report on the server. */
import { localDate } from '../ui/format.js';

export type ReportKind = 'progress' | 'iep' | 'discharge' | 'outcomes';
export type Voice = 'clinical' | 'family';

export interface ReportChoice {
  kind: ReportKind;
  from: string;
  to: string;
  voice: Voice;
  reason: string;
  /** The kind of discharge (domain/reports/aftercare.ts); '' when not chosen. */
  reasonCode?: string;
}

export const KIND_LABEL: Record<ReportKind, string> = {
  progress: 'Progress report',
  iep: 'IEP progress report',
  discharge: 'Discharge summary',
  outcomes: 'Caseload outcome report',
};

export const KIND_HINT: Record<ReportKind, string> = {
  progress: 'Goals and objectives with baseline and current values, graphs, a narrative drafted from the data, and the plan.',
  iep: 'A progress statement and code for each annual goal and objective, for the school’s reporting period.',
  discharge: 'Outcomes of the whole course of therapy, the reason for discharge and recommendations.',
  outcomes: 'Objectives met, progressing and not progressing across your caseload, by domain, population and technique.',
};

/** A calendar date in the browser's time zone, YYYY-MM-DD. */

function monthsBack(months: number, today = new Date()): { from: string; to: string } {
  const from = new Date(today.getFullYear(), today.getMonth() - months, today.getDate() + 1);
  return { from: localDate(from), to: localDate(today) };
}

function weeksBack(weeks: number, today = new Date()): { from: string; to: string } {
  const from = new Date(today.getFullYear(), today.getMonth(), today.getDate() - weeks * 7 + 1);
  return { from: localDate(from), to: localDate(today) };
}

export const PERIODS: { label: string; period: () => { from: string; to: string } }[] = [
  { label: 'Last 3 months', period: () => monthsBack(3) },
  { label: 'School quarter (9 weeks)', period: () => weeksBack(9) },
  { label: 'Last 12 months', period: () => monthsBack(12) },
  { label: 'Whole record', period: () => ({ from: '', to: '' }) },
];

export const defaultPeriod = () => monthsBack(3);

/** The message for a period that ends before it starts, or undefined. */
export const periodError = (c: { from: string; to: string }) =>
  c.from && c.to && c.from > c.to ? 'The period must not end before it starts: choose a “to” date on or after the “from” date.' : undefined;

export function reportUrl(c: ReportChoice, clientId: string | null, format: 'html' | 'pdf'): string {
  const q = new URLSearchParams();
  if (c.from && c.kind !== 'discharge') q.set('from', c.from);
  if (c.to) q.set('to', c.to);
  if (c.kind === 'progress') q.set('voice', c.voice);
  if (c.kind === 'discharge' && c.reasonCode) q.set('reasonCode', c.reasonCode);
  if (c.kind === 'discharge' && c.reason.trim()) q.set('reason', c.reason.trim());
  q.set('format', format);
  const path = c.kind === 'outcomes' || !clientId ? '/reports/outcomes' : `/clients/${clientId}/reports/${c.kind}`;
  return `${path}?${q}`;
}
