/** One objective of one participant: its controls, a running count in the note's own words, and undo. */
import type { ComponentType } from 'react';
import type { DataEvent, MeasurementConfig } from '../../domain/measurement.js';
import { formatSummary, summarizeSession } from '../../domain/progress/summary.js';
import { documentMeasurement } from '../../domain/reports/words.js';
import type { PlanObjective } from '../api/types.js';
import type { ShownPoint } from './usePoints.js';
import type { PromptControl } from './prompt.js';
import { PromptRule } from './PromptRule.js';
import type { ControlProps } from './controls/types.js';
import { Trials } from './controls/Trials.js';
import { Frequency } from './controls/Frequency.js';
import { Duration, Latency } from './controls/Timed.js';
import { PrePost, PromptLevels, Rating } from './controls/Scales.js';
import { Physiological, TaskAnalysis } from './controls/Steps.js';

const CONTROLS: { [T in MeasurementConfig['type']]: ComponentType<ControlProps<T>> } = {
  trials: Trials, frequency: Frequency, duration: Duration, latency: Latency, rating: Rating, prompt_level: PromptLevels,
  task_analysis: TaskAnalysis, physiological: Physiological, pre_post: PrePost,
};

function describe(e: DataEvent): string {
  switch (e.kind) {
    case 'trial':
      return `${e.outcome === 'success' ? 'correct' : 'incorrect'} trial${e.promptLevel ? ` (${e.promptLevel.replace(/_/g, ' ')})` : ''}`;
    case 'occurrence':
      return 'occurrence';
    case 'observation':
      return `${e.seconds} s counted over`;
    case 'duration':
      return `${e.seconds} s timed`;
    case 'latency':
      return `latency ${e.seconds} s`;
    case 'rating':
      return `rating ${e.value}`;
    case 'prompt':
      return e.level.replace(/_/g, ' ');
    case 'step':
      return `step ${e.step + 1} ${e.result.replace(/_/g, ' ')}`;
    case 'reading':
      return `${e.channel.replace(/_/g, ' ')} ${e.value}`;
    case 'scale':
      return `${e.when} ${e.value}`;
  }
}

export interface CaptureTarget {
  objective: PlanObjective;
  clientId: string;
  clientName: string;
}

export function ObjectiveCapture({ target, points, sessionId, observedSeconds, record, undo, compact, prompt, current }: {
  target: CaptureTarget;
  prompt: PromptControl;
  /** This objective is the one in the thumb bar. */
  current: boolean;
  points: ShownPoint[];
  sessionId: string;
  observedSeconds: number;
  record: (event: DataEvent) => Promise<unknown>;
  undo: (p: ShownPoint) => void;
  compact: boolean;
}) {
  const o = target.objective;
  const Control = CONTROLS[o.measurement.type] as ComponentType<ControlProps<MeasurementConfig['type']>>;
  const summary = summarizeSession(o.measurement, points.filter((p) => !p.error).map((p) => p.event), { observedSeconds });
  const last = points.at(-1);
  const headingId = `cap-${target.clientId}-${o.id}`;
  const refused = points.filter((p) => p.error);
  return (
    <section className={`capture-card${compact ? ' compact' : ''}${current ? ' current' : ''}`} aria-labelledby={headingId}>
      <h3 id={headingId}>
        {compact && <span className="sr-only">{target.clientName}: </span>}
        {o.statement}
      </h3>
      {current && <p className="in-bar hint"><span aria-hidden="true">▼ </span>In the thumb bar</p>}
      <p className="tally" aria-live="polite" data-testid="tally">
        {summary.eventCount === 0 ? 'No data yet' : formatSummary(documentMeasurement(o), summary, { during: true })}
      </p>
      <Control
        config={o.measurement as never}
        points={points}
        record={record}
        timerKey={`${sessionId}/${target.clientId}/${o.id}`}
        timerInfo={{ sessionId, clientId: target.clientId, objectiveId: o.id }}
        prompt={prompt}
      />
      {o.measurement.type === 'trials' && o.measurement.promptLevels && <PromptRule objective={o} sessionId={sessionId} />}
      {refused.length > 0 && (
        <p className="field-error" role="alert">
          {refused.length} {refused.length === 1 ? 'entry was' : 'entries were'} refused by the server: {refused[0]!.error}
        </p>
      )}
      <div className="card-foot">
        <button type="button" className="undo" disabled={!last} onClick={() => last && undo(last)}>
          ↶ Undo{last ? ` ${describe(last.event)}` : ''}
          <span className="sr-only"> for {o.statement}</span>
        </button>
        {last && !last.sent && <span className="pending" title="On this device, not yet on the server"><span aria-hidden="true">◔</span> not yet sent</span>}
      </div>
    </section>
  );
}
