/** The measurement part of the objective form: a flat form state and the configuration it stands for. */
import { PHYSIOLOGICAL_CHANNELS, PROMPT_LEVELS, type MeasurementConfigInput, type MeasurementType } from '../../domain/measurement.js';
import { lines } from '../ui/ChoiceGroup.js';

export interface MeasureState {
  type: MeasurementType;
  metric: string;
  promptLevels: string[];
  latencyMax: string;
  min: string;
  max: string;
  anchors: string;
  steps: string;
  hierarchy: string[];
  channels: string[];
  primaryChannel: string;
  scaleName: string;
  /** Trials, latency and prompt-level objectives: the fewest opportunities a session needs to count; '' for none. */
  minOpportunities: string;
}

export const INITIAL_MEASURE: MeasureState = {
  type: 'trials', metric: '', promptLevels: [], latencyMax: '600', min: '1', max: '5', anchors: '', steps: '',
  hierarchy: [...PROMPT_LEVELS], channels: ['heart_rate'], primaryChannel: 'heart_rate', scaleName: 'Pain NRS',
  minOpportunities: '',
};

export const METRICS: Partial<Record<MeasurementType, [string, string][]>> = {
  trials: [['percent_success', '% success'], ['percent_independent', '% independent (needs prompt levels)']],
  frequency: [['count', 'Count per session'], ['rate_per_minute', 'Rate per minute']],
  duration: [['total_seconds', 'Total seconds'], ['percent_of_observed', '% of observed time']],
  latency: [['mean', 'Mean seconds'], ['median', 'Median seconds']],
  prompt_level: [['mean_level_score', 'Mean level score'], ['most_independent', 'Most independent level']],
  physiological: [['mean', 'Mean of the primary channel'], ['pre_post_change', 'Pre → post change']],
};

const num = (s: string) => (s.trim() === '' ? Number.NaN : Number(s));
const minimum = (s: MeasureState) => (s.minOpportunities.trim() === '' ? {} : { minOpportunities: num(s.minOpportunities) });
/** Order chosen levels as the standard hierarchy does (most independent first). */
const ordered = (levels: string[]) => PROMPT_LEVELS.filter((l) => levels.includes(l));

/** "1 = No engagement" per line → anchors. */
export function parseAnchors(text: string): { value: number; label: string }[] {
  return lines(text).map((l) => {
    const m = /^(-?\d+)\s*[=:–-]\s*(.+)$/.exec(l);
    return m ? { value: Number(m[1]), label: m[2]!.trim() } : { value: Number.NaN, label: l };
  });
}

export function toConfig(s: MeasureState): MeasurementConfigInput {
  const metric = s.metric || METRICS[s.type]?.[0]?.[0];
  switch (s.type) {
    case 'trials':
      return { type: 'trials', metric: metric as 'percent_success', ...(s.promptLevels.length ? { promptLevels: ordered(s.promptLevels) } : {}), ...minimum(s) };
    case 'frequency':
      return { type: 'frequency', metric: metric as 'count' };
    case 'duration':
      return { type: 'duration', metric: metric as 'total_seconds' };
    case 'latency':
      return { type: 'latency', metric: metric as 'mean', maxSeconds: num(s.latencyMax), ...minimum(s) };
    case 'rating':
      return { type: 'rating', min: num(s.min), max: num(s.max), anchors: parseAnchors(s.anchors) };
    case 'prompt_level':
      return { type: 'prompt_level', metric: metric as 'mean_level_score', hierarchy: ordered(s.hierarchy), ...minimum(s) };
    case 'task_analysis':
      return { type: 'task_analysis', steps: lines(s.steps) };
    case 'physiological':
      return {
        type: 'physiological', metric: metric as 'mean', channels: PHYSIOLOGICAL_CHANNELS.filter((c) => s.channels.includes(c)),
        primaryChannel: s.primaryChannel as 'heart_rate',
      };
    case 'pre_post':
      return { type: 'pre_post', scaleName: s.scaleName, min: num(s.min), max: num(s.max) };
  }
}

/** A criterion a therapist would likely start from, per measurement type. */
export const DEFAULT_CRITERION: Record<MeasurementType, string> = {
  trials: '≥ 80 % in 3 consecutive sessions',
  frequency: '≥ 5 in 3 consecutive sessions',
  duration: '≥ 120 s in 3 consecutive sessions',
  latency: '≤ 5 s in 3 consecutive sessions',
  rating: '≥ 4 in 3 consecutive sessions',
  prompt_level: '≥ 5 in 3 consecutive sessions',
  task_analysis: '≥ 80 % in 3 consecutive sessions',
  physiological: '≥ 95 in 3 consecutive sessions',
  pre_post: '≤ −2 in 3 consecutive sessions',
};
