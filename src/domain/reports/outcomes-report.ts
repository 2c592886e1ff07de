/**
 * The caseload outcome report for a supervisor: objectives by progress status overall and by goal
 * domain, population and intervention technique, from the progress engine's caseload outcomes.
 * A technique is "associated with progress" by its share of met or progressing objectives among
 * those with enough data; a share is ranked only with at least MIN_JUDGED such objectives.
 */
import type { CaseloadOutcomes, StatusCounts } from '../progress/outcomes.js';
import { fig, say, type Sentence } from './narrative.js';
import { formatDate, listText, percentText, plural, populationLabel, techniqueLabel } from './words.js';

export const MIN_JUDGED = 3;

export interface OutcomeRow {
  key: string;
  label: string;
  counts: StatusCounts;
  /** "met + progressing of judged", e.g. "4 of 5 (80 %)". */
  share: string;
}

export interface OutcomeReport {
  kind: 'outcomes';
  title: string;
  organization: string;
  period: { from: string | null; to: string | null; text: string };
  preparedOn: string;
  preparedBy: string;
  overall: StatusCounts;
  summary: Sentence[];
  byDomain: OutcomeRow[];
  byPopulation: OutcomeRow[];
  byTechnique: OutcomeRow[];
}

const judged = (c: StatusCounts) => c.total - c['insufficient-data'];

function shareText(c: StatusCounts): string {
  const j = judged(c);
  return j === 0 ? '—' : `${c.met + c.progressing} of ${j} (${percentText(c.met + c.progressing, j)})`;
}

function rows(group: Record<string, StatusCounts>, label: (key: string) => string): OutcomeRow[] {
  return Object.entries(group)
    .map(([key, counts]) => ({ key, label: label(key), counts, share: shareText(counts) }))
    .sort((a, b) => b.counts.total - a.counts.total || a.label.localeCompare(b.label));
}

function summary(o: CaseloadOutcomes, techniques: OutcomeRow[]): Sentence[] {
  const c = o.overall;
  const out: Sentence[] = [];
  if (c.total === 0) return [say`${fig('objectives', 0)} objectives on the caseload in this period.`];
  out.push(
    say`Across ${fig('objectives', plural(c.total, 'objective'))}: ${fig('met', `${c.met} met`)}, ${fig('progressing', `${c.progressing} progressing`)}, ${fig('not progressing', `${c['not-progressing']} not progressing`)} and ${fig('insufficient data', `${c['insufficient-data']} with insufficient data`)}.`,
  );
  if (c.positiveShare !== null) out.push(say`Of the objectives with enough data, ${fig('share met or progressing', percentText(c.met + c.progressing, judged(c)))} are met or progressing.`);
  const ranked = techniques.filter((t) => judged(t.counts) >= MIN_JUDGED).sort((a, b) => (b.counts.positiveShare ?? 0) - (a.counts.positiveShare ?? 0));
  if (ranked.length === 0) out.push(say`No technique has ${fig('objectives needed', MIN_JUDGED)} or more objectives with enough data to compare yet.`);
  else {
    const top = ranked.slice(0, 3).map((t) => fig(t.label, `${t.label} (${percentText(t.counts.met + t.counts.progressing, judged(t.counts))} of ${judged(t.counts)})`));
    out.push({ text: `Techniques most often delivered for objectives that are met or progressing: ${listText(top.map((t) => t.value))}.`, figures: top });
  }
  return out;
}

export interface OutcomeReportInput {
  organization: string;
  period: { from?: string; to?: string };
  preparedOn: string;
  preparedBy: string;
  outcomes: CaseloadOutcomes;
  domainNames: Record<string, string>;
}

export function buildOutcomeReport(input: OutcomeReportInput): OutcomeReport {
  const { from, to } = input.period;
  const byTechnique = rows(input.outcomes.byTechnique, techniqueLabel);
  return {
    kind: 'outcomes',
    title: 'Caseload outcome report',
    organization: input.organization,
    period: {
      from: from ?? null,
      to: to ?? null,
      text: from && to ? `${formatDate(from)} – ${formatDate(to)}` : from ? `from ${formatDate(from)}` : to ? `up to ${formatDate(to)}` : 'all sessions',
    },
    preparedOn: formatDate(input.preparedOn),
    preparedBy: input.preparedBy,
    overall: input.outcomes.overall,
    summary: summary(input.outcomes, byTechnique),
    byDomain: rows(input.outcomes.byDomain, (k) => input.domainNames[k] ?? k),
    byPopulation: rows(input.outcomes.byPopulation, populationLabel),
    byTechnique,
  };
}
