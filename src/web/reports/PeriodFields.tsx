/** The period a report covers: quick choices and the two dates (a discharge summary has only its last day). */
import { Field } from '../ui/Field.js';
import { PERIODS, type ReportKind } from './report-url.js';

export function PeriodFields({ kind, from, to, onChange, fromError, toError }: {
  kind: ReportKind;
  from: string;
  to: string;
  onChange: (period: { from?: string; to?: string }) => void;
  fromError?: string;
  toError?: string;
}) {
  if (kind === 'discharge')
    return <Field label="Last day of therapy" type="date" value={to} onChange={(e) => onChange({ to: e.target.value })} error={toError} hint="Blank: today. The summary covers the whole course of therapy up to this day." />;
  return (
    <fieldset className="field">
      <legend>Period</legend>
      <div className="actions" role="group" aria-label="Quick periods">
        {PERIODS.map((p) => {
          const period = p.period();
          return (
            <button key={p.label} type="button" aria-pressed={period.from === from && period.to === to} onClick={() => onChange(period)}>
              {p.label}
            </button>
          );
        })}
      </div>
      <div className="row">
        <Field label="From" type="date" value={from} onChange={(e) => onChange({ from: e.target.value })} error={fromError} hint="Blank: from the first session." />
        <Field label="To" type="date" value={to} onChange={(e) => onChange({ to: e.target.value })} error={toError} hint="Blank: today." />
      </div>
    </fieldset>
  );
}
