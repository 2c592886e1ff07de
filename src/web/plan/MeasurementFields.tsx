/** The measurement type and the configuration that type needs, with the server's errors next to them. */
import { COUNTS_OPPORTUNITIES, MEASUREMENT_TYPES, PHYSIOLOGICAL_CHANNELS, PROMPT_LEVELS, type MeasurementType } from '../../domain/measurement.js';
import type { ApiError } from '../api/client.js';
import { Field, Select, TextArea } from '../ui/Field.js';
import { CheckGroup } from '../ui/ChoiceGroup.js';
import { humanize, MEASUREMENT_LABEL } from '../ui/labels.js';
import { METRICS, type MeasureState } from './measurement-state.js';

const LEVELS = PROMPT_LEVELS.map((l) => [l, humanize(l)] as const);
const CHANNELS = PHYSIOLOGICAL_CHANNELS.map((c) => [c, c === 'spo2' ? 'SpO₂' : humanize(c)] as const);

export function MeasurementFields({ value: s, onChange, error }: { value: MeasureState; onChange: (s: MeasureState) => void; error: ApiError | null }) {
  const set = (patch: Partial<MeasureState>) => onChange({ ...s, ...patch });
  const at = (path: string) => error?.under(`measurement.${path}`);
  const metrics = METRICS[s.type];
  return (
    <fieldset className="field measurement">
      <legend>Measurement</legend>
      <div className="row">
        <Select
          label="How it is measured"
          options={MEASUREMENT_TYPES.map((t) => [t, MEASUREMENT_LABEL[t] ?? t] as const)}
          value={s.type}
          onChange={(e) => set({ type: e.target.value as MeasurementType, metric: '' })}
          error={error?.forField('type') ?? (error?.under('measurement') && !metrics ? undefined : undefined)}
        />
        {metrics && <Select label="Value followed" options={metrics} value={s.metric || metrics[0]![0]} onChange={(e) => set({ metric: e.target.value })} error={at('metric')} />}
      </div>
      {s.type === 'trials' && (
        <CheckGroup legend="Prompt levels to tag trials with (optional)" hint="Leave empty for plain success / failure." options={LEVELS} value={s.promptLevels} onChange={(promptLevels) => set({ promptLevels })} error={at('promptLevels')} />
      )}
      {s.type === 'latency' && <Field label="Longest latency accepted (s)" type="number" inputMode="numeric" value={s.latencyMax} onChange={(e) => set({ latencyMax: e.target.value })} error={at('maxSeconds')} />}
      {(s.type === 'rating' || s.type === 'pre_post') && (
        <div className="row">
          {s.type === 'pre_post' && <Field label="Scale name" value={s.scaleName} onChange={(e) => set({ scaleName: e.target.value })} error={at('scaleName')} />}
          <Field label="Scale minimum" type="number" inputMode="numeric" value={s.min} onChange={(e) => set({ min: e.target.value })} error={at('min')} />
          <Field label="Scale maximum" type="number" inputMode="numeric" value={s.max} onChange={(e) => set({ max: e.target.value })} error={at('max')} />
        </div>
      )}
      {s.type === 'rating' && (
        <TextArea label="Anchors (one per line, e.g. “1 = No engagement”)" rows={3} value={s.anchors} onChange={(e) => set({ anchors: e.target.value })} error={at('anchors')} />
      )}
      {s.type === 'task_analysis' && <TextArea label="Steps (one per line, in order)" rows={5} value={s.steps} onChange={(e) => set({ steps: e.target.value })} error={at('steps')} />}
      {s.type === 'prompt_level' && (
        <CheckGroup legend="Prompt hierarchy (most independent first)" options={LEVELS} value={s.hierarchy} onChange={(hierarchy) => set({ hierarchy })} error={at('hierarchy')} />
      )}
      {COUNTS_OPPORTUNITIES.includes(s.type) && (
        <Field
          label="Fewest opportunities per session (optional)" type="number" inputMode="numeric" value={s.minOpportunities}
          onChange={(e) => set({ minOpportunities: e.target.value })} error={at('minOpportunities')}
          hint="A session with fewer is kept with its counts but does not count toward mastery, e.g. 5 for “at least 5 opportunities”."
        />
      )}
      {s.type === 'physiological' && (
        <>
          <CheckGroup legend="Channels" options={CHANNELS} value={s.channels} onChange={(channels) => set({ channels })} error={at('channels')} />
          <Select label="Primary channel (followed by progress)" options={CHANNELS} value={s.primaryChannel} onChange={(e) => set({ primaryChannel: e.target.value })} error={at('primaryChannel')} />
        </>
      )}
    </fieldset>
  );
}
