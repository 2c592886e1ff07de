/**
 * Caseload outcomes: how many objectives are met, progressing, not progressing
 * or without enough data, overall and by goal domain, population and
 * intervention technique. An objective counts once under each distinct
 * population of its client and once under each distinct technique delivered
 * for it, so the groups of one dimension can add up to more than the total.
 */
import { PROGRESS_STATUSES, type ProgressStatus } from './status.js';

export interface OutcomeItem {
  objectiveId: string;
  status: ProgressStatus;
  domain: string;
  populations: string[];
  techniques: string[];
}

export interface StatusCounts {
  met: number;
  progressing: number;
  'not-progressing': number;
  'insufficient-data': number;
  total: number;
  /** (met + progressing) / objectives with enough data to judge; null when none. */
  positiveShare: number | null;
}

export interface CaseloadOutcomes {
  overall: StatusCounts;
  byDomain: Record<string, StatusCounts>;
  byPopulation: Record<string, StatusCounts>;
  byTechnique: Record<string, StatusCounts>;
}

function emptyCounts(): StatusCounts {
  return { met: 0, progressing: 0, 'not-progressing': 0, 'insufficient-data': 0, total: 0, positiveShare: null };
}

function add(counts: StatusCounts, status: ProgressStatus): void {
  if (!PROGRESS_STATUSES.includes(status)) throw new Error(`unknown progress status: ${String(status)}`);
  counts[status] += 1;
  counts.total += 1;
  const judged = counts.total - counts['insufficient-data'];
  counts.positiveShare = judged > 0 ? (counts.met + counts.progressing) / judged : null;
}

function grouped(items: readonly OutcomeItem[], keys: (item: OutcomeItem) => readonly string[]): Record<string, StatusCounts> {
  const groups = new Map<string, StatusCounts>();
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      let counts = groups.get(key);
      if (!counts) groups.set(key, (counts = emptyCounts()));
      add(counts, item.status);
    }
  }
  const sorted = [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(sorted);
}

export function caseloadOutcomes(items: OutcomeItem[]): CaseloadOutcomes {
  const overall = emptyCounts();
  for (const item of items) add(overall, item.status);
  return {
    overall,
    byDomain: grouped(items, (i) => [i.domain]),
    byPopulation: grouped(items, (i) => i.populations),
    byTechnique: grouped(items, (i) => i.techniques),
  };
}
