/**
 * The thumb bar: fixed at the bottom of the screen, where the thumb of the hand not holding the
 * guitar reaches. Alone: the current objective's primary buttons. In a group: one row per member,
 * each with its member's current objective. The page is padded by the bar's height so it covers nothing.
 */
import { useLayoutEffect, useRef, type ComponentType } from 'react';
import type { DataEvent, MeasurementConfig } from '../../domain/measurement.js';
import { formatSummary, summarizeSession } from '../../domain/progress/summary.js';
import { documentMeasurement } from '../../domain/reports/words.js';
import type { ShownPoint } from './usePoints.js';
import type { CaptureTarget } from './ObjectiveCapture.js';
import type { PromptControl } from './prompt.js';
import type { ControlProps } from './controls/types.js';
import { Trials } from './controls/Trials.js';
import { Frequency } from './controls/Frequency.js';
import { Duration, Latency } from './controls/Timed.js';
import { PromptLevels, Rating } from './controls/Scales.js';
import { NextStep } from './controls/Steps.js';
import { OfflineBadge } from './SyncIndicator.js';

/** The types whose primary action fits the bar; the others (typed readings, pre/post scales) stay in their card. */
const BAR_CONTROLS: Partial<{ [T in MeasurementConfig['type']]: ComponentType<ControlProps<T>> }> = {
  trials: Trials, frequency: Frequency, duration: Duration, latency: Latency, rating: Rating, prompt_level: PromptLevels, task_analysis: NextStep,
};

export interface BarTarget {
  target: CaptureTarget;
  points: ShownPoint[];
  prompt: PromptControl;
}

export interface BarRow {
  clientId: string;
  name: string;
  /** Why a member has no buttons: absent, signed, no working objective. */
  closed: string | null;
  targets: BarTarget[];
  currentId: string | null;
  /** The member's last entry of this session, whichever objective it went to (what the row's Undo takes back). */
  last: ShownPoint | null;
  /** False once the member's note is signed: the data it covers stays as signed. */
  undoable: boolean;
}

interface Props {
  rows: BarRow[];
  group: boolean;
  sessionId: string;
  observedSeconds: number;
  choose: (clientId: string, objectiveId: string) => void;
  record: (target: CaptureTarget, event: DataEvent) => Promise<unknown>;
  undo: (p: ShownPoint) => void;
}

export function ThumbBar({ rows, group, ...rest }: Props) {
  const ref = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const root = document.documentElement;
    const set = () => root.style.setProperty('--thumb-bar-h', `${Math.ceil(el.getBoundingClientRect().height)}px`);
    set();
    const observer = new ResizeObserver(set);
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--thumb-bar-h');
    };
  }, []);
  const only = rows[0];
  return (
    <section ref={ref} className={`thumb-bar${group ? ' group' : ''}`} aria-label="Thumb bar" data-testid="thumb-bar">
      <div className="thumb-inner">
        <OfflineBadge />
        {group ? (
          <div className="group-grid">
            {rows.map((r) => <GroupRow key={r.clientId} row={r} {...rest} />)}
          </div>
        ) : only ? (
          <Single row={only} {...rest} />
        ) : null}
      </div>
    </section>
  );
}

type Rest = Omit<Props, 'rows' | 'group'>;

function current(row: BarRow): { at: number; t: BarTarget | undefined } {
  const at = Math.max(0, row.targets.findIndex((t) => t.target.objective.id === row.currentId));
  return { at, t: row.targets[at] };
}

function Single({ row, choose, undo, ...rest }: { row: BarRow } & Rest) {
  const { at, t } = current(row);
  if (row.closed || !t) return <p className="thumb-closed">{row.closed ?? 'No working objectives'}</p>;
  const n = row.targets.length;
  const go = (step: number) => choose(row.clientId, row.targets[(at + step + n) % n]!.target.objective.id);
  const last = t.points.at(-1);
  return (
    <>
      <div className="thumb-head">
        {n > 1 && <button type="button" className="thumb-switch" onClick={() => go(-1)} aria-label="Previous objective">‹</button>}
        <p className="thumb-title">
          <strong>{t.target.objective.label}</strong>
          {n > 1 && <span className="hint"> · {at + 1} of {n}</span>}
          <span className="thumb-tally" data-testid="bar-tally">{tally(t, rest.observedSeconds)}</span>
        </p>
        {n > 1 && <button type="button" className="thumb-switch" onClick={() => go(1)} aria-label="Next objective">›</button>}
        <button type="button" className="thumb-undo" disabled={!last} onClick={() => last && undo(last)}>
          ↶ Undo<span className="sr-only"> the last entry for {t.target.objective.label}</span>
        </button>
      </div>
      <BarControl t={t} {...rest} />
    </>
  );
}

function GroupRow({ row, choose, undo, ...rest }: { row: BarRow } & Rest) {
  const { at, t } = current(row);
  const n = row.targets.length;
  const last = row.last;
  return (
    <div className={`group-row${row.closed ? ' closed' : ''}`} role="group" aria-label={row.name} data-testid="group-row">
      {n > 1 && !row.closed ? (
        <button type="button" className="row-who" onClick={() => choose(row.clientId, row.targets[(at + 1) % n]!.target.objective.id)}>
          <strong>{row.name} <span aria-hidden="true">›</span></strong>
          <small>{t?.target.objective.label}<span className="sr-only"> (objective {at + 1} of {n}; press for the next)</span></small>
        </button>
      ) : (
        <p className="row-who">
          <strong>{row.name}</strong>
          <small>{row.closed ?? t?.target.objective.label}</small>
        </p>
      )}
      {!row.closed && t && (
        <div className="row-controls">
          <BarControl t={t} {...rest} />
          <span className="thumb-tally">{tally(t, rest.observedSeconds)}</span>
        </div>
      )}
      {row.undoable && (
        <button type="button" className="thumb-undo row-undo" disabled={!last} onClick={() => last && undo(last)}>
          <span aria-hidden="true">↶ </span>Undo<span className="sr-only"> {row.name}’s last tap</span>
        </button>
      )}
    </div>
  );
}

function tally(t: BarTarget, observedSeconds: number): string {
  const m = t.target.objective.measurement;
  const s = summarizeSession(m, t.points.filter((p) => !p.error).map((p) => p.event), { observedSeconds });
  return s.eventCount === 0 ? 'no data yet' : formatSummary(documentMeasurement(t.target.objective), s, { during: true });
}

function BarControl({ t, sessionId, record }: { t: BarTarget } & Pick<Rest, 'sessionId' | 'record'>) {
  const o = t.target.objective;
  const Control = BAR_CONTROLS[o.measurement.type] as ComponentType<ControlProps<MeasurementConfig['type']>> | undefined;
  if (!Control)
    return (
      <button type="button" className="tap" onClick={() => document.getElementById(`cap-${t.target.clientId}-${o.id}`)?.scrollIntoView({ block: 'center' })}>
        Enter in its card ↑
      </button>
    );
  return (
    <div className="bar-control">
      <Control
        config={o.measurement as never}
        points={t.points}
        record={(e) => record(t.target, e)}
        timerKey={`${sessionId}/${t.target.clientId}/${o.id}`}
        timerInfo={{ sessionId, clientId: t.target.clientId, objectiveId: o.id }}
        prompt={t.prompt}
        variant="bar"
      />
    </div>
  );
}
