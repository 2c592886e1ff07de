/** The engine's verdict in words: mastery, trend, projection, effect sizes, level per phase. */
import { describeEffectSize, EFFECT_SIZE_CAVEAT, napStrength } from '../../domain/progress/effect-sizes.js';
import { formatNumber } from '../../domain/progress/summary.js';
import type { ObjectiveProgress } from '../api/types.js';
import { formatDate } from '../ui/format.js';
import { criterionText } from '../ui/measure.js';

const n = (v: number | null | undefined, unit = '') => (v === null || v === undefined ? '—' : `${formatNumber(v)}${unit ? ` ${unit}` : ''}`);

function masteryWords(p: ObjectiveProgress): string {
  const m = p.mastery;
  if (m.status === 'met') return `Criterion met on ${formatDate(m.firstMetOn)} (sessions of ${m.metSessionDates.map(formatDate).join(', ')}).`;
  if (m.status === 'insufficient-data') return `Not enough data yet: ${m.dataSessions} of the ${m.sessionsNeeded} data sessions the criterion needs.`;
  const meeting = m.currentWindow.filter((w) => w.meets).length;
  return `Not met yet: ${meeting} of the last ${m.currentWindow.length} sessions meet the criterion.`;
}

export function ProgressSummary({ p, unit }: { p: ObjectiveProgress; unit: string }) {
  const es = p.effectSizes;
  const better = p.objective.direction === 'increase' ? 'higher' : 'lower';
  return (
    <dl className="facts summary">
      <dt>Criterion</dt>
      <dd>{criterionText(p.objective.criterion, p.objective.measurement)}</dd>
      <dt>Mastery</dt>
      <dd>{masteryWords(p)}</dd>
      <dt>Trend (current phase)</dt>
      <dd>
        {p.trend.slope === null
          ? 'Not enough sessions for a trend.'
          : `${p.trend.slope > 0 ? '+' : ''}${formatNumber(p.trend.slope, 2)}${unit ? ` ${unit}` : ''} per week over ${p.trend.n} sessions${
              (p.trend.slope > 0) === (p.objective.direction === 'increase') && p.trend.slope !== 0 ? ', towards the goal' : ', not towards the goal'
            }.`}
        {p.projectedDate && ` At this rate the criterion value is reached around ${formatDate(p.projectedDate)}.`}
        {p.track === 'not-on-track' && ' Not on track for the target date at the current rate.'}
      </dd>
      <dt>Effect size (current phase vs baseline)</dt>
      <dd>
        {es ? (
          <>
            <strong>{napStrength(es.nap)} effect</strong>: in {Math.round(es.nap * 100)} % of all baseline–intervention pairs the intervention session was {better} (ties count half);{' '}
            {Math.round(es.pnd * 100)} % of intervention sessions were beyond the best baseline session. <span className="hint">{describeEffectSize(es)}; {EFFECT_SIZE_CAVEAT}</span>
            {p.baseline.label && <> <strong>{p.baseline.label}.</strong></>}
          </>
        ) : (
          <strong>{p.baseline.label ?? 'No baseline to compare with yet.'}</strong>
        )}
      </dd>
    </dl>
  );
}

export function PhaseTable({ p, unit }: { p: ObjectiveProgress; unit: string }) {
  if (!p.phaseSummaries?.length) return null;
  return (
    <table className="caseload">
      <caption>Level and variability per phase</caption>
      <thead>
        <tr><th scope="col">Phase</th><th scope="col">From</th><th scope="col">Sessions</th><th scope="col">Mean</th><th scope="col">Median</th><th scope="col">SD</th><th scope="col">Range</th></tr>
      </thead>
      <tbody>
        {p.phaseSummaries.map((s) => (
          <tr key={s.phase.id || s.phase.startDate}>
            <th scope="row">{s.phase.label}</th>
            <td>{formatDate(s.phase.startDate)}</td>
            <td>{s.stats.n}</td>
            <td>{n(s.stats.mean, unit)}</td>
            <td>{n(s.stats.median, unit)}</td>
            <td>{n(s.stats.sd)}</td>
            <td>{s.stats.min === null ? '—' : `${n(s.stats.min)}–${n(s.stats.max)}`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
