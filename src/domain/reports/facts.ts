/**
 * The figures a report states about an objective and about attendance, each defined once here.
 *
 * - baseline: the mean of the baseline phase the engine compares against (its `baselinePhase`),
 *   else the objective's recorded baseline value, else none;
 * - current level: the mean of the criterion's current window (the last N data sessions, N the
 *   window size) as the mastery engine reports it;
 * - introduced: instruction has begun, i.e. a data session falls in an intervention phase (with
 *   no phases at all, any data session counts, as the engine treats all data as one phase);
 * - attendance: attended = present, late or left early; missed = absent; cancelled = the session
 *   or the client's place in it was cancelled; not recorded = still 'expected'. The rate is
 *   attended / (attended + missed).
 */
import { attended as isAttended } from '../session-facts.js';
import { mean } from '../progress/summary.js';
import type { Period, ReportAttendance, ReportObjective } from './inputs.js';

export interface Level {
  value: number;
  /** Data sessions the value is the mean of. */
  n: number;
}

export interface ObjectiveFacts {
  baseline: (Level & { source: 'phase' | 'recorded' }) | null;
  current: (Level & { through: string }) | null;
  /** Data sessions up to the end of the period. */
  dataSessions: number;
  /** Data sessions inside the period. */
  periodSessions: number;
  firstDate: string | null;
  lastDate: string | null;
  /** First date the data met the criterion (engine), else the date recorded on the objective. */
  masteryDate: string | null;
  introduced: boolean;
  /** Current level minus baseline, positive when it moved the way the objective wants. */
  improvement: number | null;
  /** Data sessions still needed before the criterion can be judged. */
  sessionsShort: number;
}

export function objectiveFacts(o: ReportObjective, period: Period): ObjectiveFacts {
  const p = o.progress;
  const data = o.sessions.filter((s) => s.value !== null);
  const basePhase = p.baselinePhase ? p.phases.find((s) => s.phase.id === p.baselinePhase!.id) : undefined;
  const baseline =
    basePhase && basePhase.stats.mean !== null
      ? { value: basePhase.stats.mean, n: basePhase.stats.n, source: 'phase' as const }
      : o.baselineValue !== null
        ? { value: o.baselineValue, n: 0, source: 'recorded' as const }
        : null;
  const window = p.mastery.currentWindow;
  const currentMean = mean(window.map((w) => w.value));
  const current = currentMean === null ? null : { value: currentMean, n: window.length, through: window.at(-1)!.date };
  const introduced =
    p.phases.length === 0 ? data.length > 0 : p.phases.some((s) => s.phase.kind === 'intervention' && s.stats.n > 0);
  const sign = o.direction === 'increase' ? 1 : -1;
  return {
    baseline,
    current,
    dataSessions: p.mastery.dataSessions,
    periodSessions: data.filter((s) => s.date >= period.from && s.date <= period.to).length,
    firstDate: data[0]?.date ?? null,
    lastDate: data.at(-1)?.date ?? null,
    masteryDate: p.mastery.firstMetOn ?? o.masteryMetOn,
    introduced,
    improvement: baseline && current ? sign * (current.value - baseline.value) : null,
    sessionsShort: Math.max(0, p.mastery.sessionsNeeded - p.mastery.dataSessions),
  };
}

export interface AttendanceSummary {
  scheduled: number;
  attended: number;
  missed: number;
  cancelled: number;
  notRecorded: number;
  /** attended / (attended + missed), 0–1; null when neither. */
  rate: number | null;
  minutesAttended: number;
  firstAttended: string | null;
  lastAttended: string | null;
}

export function attendanceSummary(rows: readonly ReportAttendance[]): AttendanceSummary {
  let attended = 0;
  let missed = 0;
  let cancelled = 0;
  let notRecorded = 0;
  let minutes = 0;
  const dates: string[] = [];
  for (const r of rows) {
    if (r.sessionStatus === 'cancelled' || r.attendance === 'cancelled') cancelled++;
    else if (isAttended(r.attendance)) {
      attended++;
      minutes += r.minutes;
      dates.push(r.date);
    } else if (r.attendance === 'absent') missed++;
    else notRecorded++;
  }
  dates.sort();
  return {
    scheduled: rows.length,
    attended,
    missed,
    cancelled,
    notRecorded,
    rate: attended + missed > 0 ? attended / (attended + missed) : null,
    minutesAttended: minutes,
    firstAttended: dates[0] ?? null,
    lastAttended: dates.at(-1) ?? null,
  };
}
