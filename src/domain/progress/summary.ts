/**
 * Session summaries: one objective's raw events in one session → the single
 * value progress follows (chosen by the configuration's metric), plus details.
 *
 * Rules shared by every type:
 * - only the event kinds the measurement type records are used (see
 *   EVENT_KINDS_FOR); `eventCount` is how many raw events of those kinds fed
 *   the summary (for task analysis a re-recorded step still counts as an event
 *   even though only its last recording decides the step);
 * - a session with no opportunities has value null, never 0;
 * - nothing is rounded here; `formatSummary` rounds for display only.
 */
import {
  CHANNEL_RANGES,
  EVENT_KINDS_FOR,
  type DataEvent,
  type MeasurementConfig,
  type PhysiologicalChannel,
  type PromptLevel,
} from '../measurement.js';
import { isSevere } from '../severity.js';

export interface SessionSummary {
  /** The primary value chosen by config.metric; null when nothing was observed. */
  value: number | null;
  unit: string;
  /** Raw events used. */
  eventCount: number;
  metric: string;
  details: Record<string, number | string | null>;
}

export interface SummaryOptions {
  /** Observation time for frequency and duration when no 'observation' event was recorded. */
  observedSeconds?: number | null;
}

type Config<T extends MeasurementConfig['type']> = Extract<MeasurementConfig, { type: T }>;
type Event<K extends DataEvent['kind']> = Extract<DataEvent, { kind: K }>;

function ofKind<K extends DataEvent['kind']>(events: readonly DataEvent[], kind: K): Event<K>[] {
  return events.filter((e): e is Event<K> => e.kind === kind);
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

function percent(part: number, whole: number): number | null {
  return whole > 0 ? (100 * part) / whole : null;
}

function summarizeTrials(config: Config<'trials'>, events: readonly DataEvent[]): SessionSummary {
  const trials = ofKind(events, 'trial');
  const successes = trials.filter((t) => t.outcome === 'success').length;
  const independent = trials.filter(
    (t) => t.outcome === 'success' && (t.promptLevel === undefined || t.promptLevel === 'independent'),
  ).length;
  const pSuccess = percent(successes, trials.length);
  const pIndependent = percent(independent, trials.length);
  return {
    value: config.metric === 'percent_independent' ? pIndependent : pSuccess,
    unit: '%',
    eventCount: trials.length,
    metric: config.metric,
    details: {
      trials: trials.length,
      successes,
      independent,
      percent_success: pSuccess,
      percent_independent: pIndependent,
    },
  };
}

/** Observed time: the sum of 'observation' events, else the option; null when neither is positive. */
function observedTime(events: readonly DataEvent[], opts: SummaryOptions): { seconds: number | null; windows: number } {
  const windows = ofKind(events, 'observation');
  if (windows.length > 0) return { seconds: windows.reduce((s, w) => s + w.seconds, 0), windows: windows.length };
  const fallback = opts.observedSeconds;
  return { seconds: fallback !== undefined && fallback !== null && fallback > 0 ? fallback : null, windows: 0 };
}

function summarizeFrequency(config: Config<'frequency'>, events: readonly DataEvent[], opts: SummaryOptions): SessionSummary {
  const count = ofKind(events, 'occurrence').length;
  const observed = observedTime(events, opts);
  // Zero occurrences in an observation window is an observed 0; nothing at all is no data.
  const countValue = count > 0 || observed.seconds !== null ? count : null;
  const rate = observed.seconds !== null ? count / (observed.seconds / 60) : null;
  return {
    value: config.metric === 'rate_per_minute' ? rate : countValue,
    unit: config.metric === 'rate_per_minute' ? '/min' : 'occurrences',
    eventCount: count + observed.windows,
    metric: config.metric,
    details: { count: countValue, observed_seconds: observed.seconds, rate_per_minute: rate },
  };
}

/** A timed test: each timing is a trial; the value is their mean, with the speed when a distance is set. */
function summarizeTimedTest(config: Config<'duration'>, events: readonly DataEvent[]): SessionSummary {
  const times = ofKind(events, 'duration').map((b) => b.seconds);
  const m = mean(times);
  const distance = config.test?.distanceMetres;
  return {
    value: m,
    unit: 's',
    eventCount: times.length,
    metric: 'test_seconds',
    details: { test: config.test?.name ?? 'timed test', trials: times.length, mean_seconds: m, speed_m_per_s: m && distance ? distance / m : null },
  };
}

function summarizeDuration(config: Config<'duration'>, events: readonly DataEvent[], opts: SummaryOptions): SessionSummary {
  if (config.metric === 'test_seconds') return summarizeTimedTest(config, events);
  const bouts = ofKind(events, 'duration');
  const total = bouts.reduce((s, b) => s + b.seconds, 0);
  const observed = observedTime(events, opts);
  const totalValue = bouts.length > 0 || observed.seconds !== null ? total : null;
  const pct = observed.seconds !== null ? (100 * total) / observed.seconds : null;
  return {
    value: config.metric === 'percent_of_observed' ? pct : totalValue,
    unit: config.metric === 'percent_of_observed' ? '%' : 's',
    eventCount: bouts.length + observed.windows,
    metric: config.metric,
    details: { total_seconds: totalValue, bouts: bouts.length, observed_seconds: observed.seconds, percent_of_observed: pct },
  };
}

function summarizeLatency(config: Config<'latency'>, events: readonly DataEvent[]): SessionSummary {
  const seconds = ofKind(events, 'latency').map((e) => e.seconds);
  const m = mean(seconds);
  const md = median(seconds);
  return {
    value: config.metric === 'median' ? md : m,
    unit: 's',
    eventCount: seconds.length,
    metric: config.metric,
    details: { responses: seconds.length, mean_seconds: m, median_seconds: md },
  };
}

function summarizeRating(config: Config<'rating'>, events: readonly DataEvent[]): SessionSummary {
  const values = ofKind(events, 'rating').map((e) => e.value);
  const m = mean(values);
  return {
    value: m,
    unit: 'rating',
    eventCount: values.length,
    metric: 'mean',
    details: { ratings: values.length, mean: m, scale_min: config.min, scale_max: config.max },
  };
}

/** Level score: hierarchy.length − 1 − index, so the most independent level scores highest. */
export function promptLevelScore(hierarchy: readonly PromptLevel[], level: PromptLevel): number | null {
  const i = hierarchy.indexOf(level);
  return i < 0 ? null : hierarchy.length - 1 - i;
}

function summarizePromptLevel(config: Config<'prompt_level'>, events: readonly DataEvent[]): SessionSummary {
  // Levels outside the configured hierarchy cannot be scored and are not used.
  const prompts = ofKind(events, 'prompt').filter((p) => config.hierarchy.includes(p.level));
  const scores = prompts.map((p) => promptLevelScore(config.hierarchy, p.level) as number);
  const best = scores.length > 0 ? Math.max(...scores) : null;
  const bestLevel = best === null ? null : (config.hierarchy[config.hierarchy.length - 1 - best] ?? null);
  const meanScore = mean(scores);
  return {
    value: config.metric === 'most_independent' ? best : meanScore,
    unit: 'level score',
    eventCount: prompts.length,
    metric: config.metric,
    details: {
      prompts: prompts.length,
      most_independent: bestLevel,
      most_independent_score: best,
      mean_level_score: meanScore,
      max_score: config.hierarchy.length - 1,
    },
  };
}

function summarizeTaskAnalysis(config: Config<'task_analysis'>, events: readonly DataEvent[]): SessionSummary {
  const steps = ofKind(events, 'step').filter((s) => s.step < config.steps.length);
  const last = new Map<number, Event<'step'>['result']>();
  for (const s of steps) last.set(s.step, s.result); // the last recording of a step counts
  const results = [...last.values()];
  const independent = results.filter((r) => r === 'independent').length;
  const pct = percent(independent, results.length);
  return {
    value: pct,
    unit: '%',
    eventCount: steps.length,
    metric: 'percent_independent',
    details: {
      steps_total: config.steps.length,
      steps_recorded: results.length,
      steps_independent: independent,
      steps_prompted: results.filter((r) => r === 'prompted').length,
      steps_not_done: results.filter((r) => r === 'not_done').length,
      percent_independent: pct,
    },
  };
}

function summarizePhysiological(config: Config<'physiological'>, events: readonly DataEvent[]): SessionSummary {
  const readings = ofKind(events, 'reading').filter((r) => config.channels.includes(r.channel));
  const details: Record<string, number | string | null> = {};
  for (const channel of config.channels) {
    const values = readings.filter((r) => r.channel === channel).map((r) => r.value);
    details[`${channel}_readings`] = values.length;
    details[`${channel}_mean`] = mean(values);
  }
  const primary = readings.filter((r) => r.channel === config.primaryChannel);
  const pre = mean(primary.filter((r) => r.when === 'pre').map((r) => r.value));
  const post = mean(primary.filter((r) => r.when === 'post').map((r) => r.value));
  const change = pre !== null && post !== null ? post - pre : null;
  Object.assign(details, { primary_channel: config.primaryChannel, pre_mean: pre, post_mean: post, pre_post_change: change });
  const primaryMean = mean(primary.map((r) => r.value));
  return {
    value: config.metric === 'pre_post_change' ? change : primaryMean,
    unit: CHANNEL_RANGES[config.primaryChannel].unit,
    eventCount: readings.length,
    metric: config.metric,
    details,
  };
}

function summarizePrePost(config: Config<'pre_post'>, events: readonly DataEvent[]): SessionSummary {
  const scales = ofKind(events, 'scale');
  const pre = scales.filter((s) => s.when === 'pre').at(-1)?.value ?? null;
  const post = scales.filter((s) => s.when === 'post').at(-1)?.value ?? null;
  const change = pre !== null && post !== null ? post - pre : null;
  return {
    value: change,
    unit: 'points',
    eventCount: scales.length,
    metric: 'post_minus_pre',
    details: { scale: config.scaleName, pre, post, change },
  };
}

/**
 * Summarize one session's events for one objective. Events of kinds the type does not record are ignored.
 * A session with fewer opportunities than the objective's minimum keeps its counts but has value null
 * (not a data session), with the value it would have had and the minimum in its details.
 */
export function summarizeSession(
  config: MeasurementConfig,
  events: DataEvent[],
  opts: SummaryOptions = {},
): SessionSummary {
  const summary = summarizeEvents(config, events, opts);
  const min = 'minOpportunities' in config ? config.minOpportunities : undefined;
  if (min === undefined || summary.value === null || summary.eventCount >= min) return summary;
  return { ...summary, value: null, details: { ...summary.details, uncounted_value: summary.value, min_opportunities: min } };
}

/** Below the objective's minimum of opportunities: the counts are there, the value does not count. */
export function belowMinimum(s: SessionSummary): { had: number; needed: number; value: number } | null {
  const needed = s.details.min_opportunities;
  const value = s.details.uncounted_value;
  return typeof needed === 'number' && typeof value === 'number' && s.value === null ? { had: s.eventCount, needed, value } : null;
}

function summarizeEvents(config: MeasurementConfig, events: DataEvent[], opts: SummaryOptions): SessionSummary {
  const allowed = EVENT_KINDS_FOR[config.type];
  const used = events.filter((e) => allowed.includes(e.kind));
  switch (config.type) {
    case 'trials':
      return summarizeTrials(config, used);
    case 'frequency':
      return summarizeFrequency(config, used, opts);
    case 'duration':
      return summarizeDuration(config, used, opts);
    case 'latency':
      return summarizeLatency(config, used);
    case 'rating':
      return summarizeRating(config, used);
    case 'prompt_level':
      return summarizePromptLevel(config, used);
    case 'task_analysis':
      return summarizeTaskAnalysis(config, used);
    case 'physiological':
      return summarizePhysiological(config, used);
    case 'pre_post':
      return summarizePrePost(config, used);
  }
}

// ---------------------------------------------------------------------------
// Display

/** A number for display: at most `digits` decimals, trailing zeros dropped, a true minus sign. */
export function formatNumber(n: number, digits = 1): string {
  const rounded = Number(n.toFixed(digits));
  const text = String(Object.is(rounded, -0) ? 0 : rounded);
  return text.replace('-', '−');
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** An observation window: seconds under two minutes ("30 s"), else minutes ("43 min"). */
function formatObserved(seconds: number): string {
  return seconds < 120 ? `${formatNumber(seconds)} s` : `${formatNumber(seconds / 60)} min`;
}

/** A rate per minute on a document, by what it counts: cadence in steps per minute, heart rate in beats per minute. */
export const RATE_UNITS = { steps: 'steps/min', heartbeats: 'bpm' } as const;
const COUNTED = { steps: 'step', heartbeats: 'beat' } as const;

function num(details: SessionSummary['details'], key: string): number | null {
  const v = details[key];
  return typeof v === 'number' ? v : null;
}

function formatTrials(config: Config<'trials'>, s: SessionSummary): string {
  const n = num(s.details, 'trials') ?? 0;
  if (n === 0) return 'no trials recorded';
  const ok = num(s.details, 'successes') ?? 0;
  const text = `${ok}/${n} trials correct (${formatNumber(num(s.details, 'percent_success') ?? 0)} %)`;
  if (config.promptLevels === undefined && config.metric !== 'percent_independent') return text;
  const ind = num(s.details, 'independent') ?? 0;
  return `${text}, ${ind} independent (${formatNumber(num(s.details, 'percent_independent') ?? 0)} %)`;
}

/**
 * "12 occurrences in 30 min (0.4/min)"; a count of steps or heartbeats says so ("41 steps in 30 s
 * (82 steps/min)"); "90 s in 10 min (15 % of observed time)".
 */
function formatCountOrTime(config: Config<'frequency'> | Config<'duration'>, s: SessionSummary): string {
  const observed = num(s.details, 'observed_seconds');
  const counts = config.type === 'frequency' ? config.counts : undefined;
  const amount = num(s.details, config.type === 'frequency' ? 'count' : 'total_seconds');
  if (amount === null) return 'not observed';
  const what = config.type === 'frequency' ? plural(amount, counts ? COUNTED[counts] : 'occurrence') : `${formatNumber(amount)} s`;
  if (observed === null) return `${what} (observation time not recorded)`;
  const rate = formatNumber(num(s.details, 'rate_per_minute') ?? 0, 2);
  const extra =
    config.type === 'frequency'
      ? counts ? `${rate} ${RATE_UNITS[counts]}` : `${rate}/min`
      : `${formatNumber(num(s.details, 'percent_of_observed') ?? 0)} % of observed time`;
  return `${what} in ${formatObserved(observed)} (${extra})`;
}

/** "10MWT 14.0 s (0.71 m/s)", or "10MWT mean 14.2 s of 3 trials (0.70 m/s)": a test time, never a share of the session. */
function formatTimedTest(s: SessionSummary): string {
  const name = String(s.details.test ?? 'timed test');
  const m = num(s.details, 'mean_seconds');
  if (m === null) return `${name} not timed`;
  const trials = num(s.details, 'trials') ?? 1;
  const speed = num(s.details, 'speed_m_per_s');
  const time = trials > 1 ? `mean ${m.toFixed(1)} s of ${trials} trials` : `${m.toFixed(1)} s`;
  return `${name} ${time}${speed !== null ? ` (${speed.toFixed(2)} m/s)` : ''}`;
}

/** How a document names each channel and its unit: levels with units, never "/min" alone. */
export const CHANNEL_WORDS: Record<PhysiologicalChannel, { name: string; unit: string }> = {
  heart_rate: { name: 'heart rate', unit: ' bpm' },
  spo2: { name: 'SpO₂', unit: ' %' },
  respiratory_rate: { name: 'respiratory rate', unit: ' breaths/min' },
  behavioural_state: { name: 'behavioural state', unit: '' },
};

/**
 * The six behavioural states as the record scores them, 1 to 6: the names the capture control, the
 * NICU assessment and the goal bank's state objective use.
 */
export const BEHAVIOURAL_STATES = ['deep sleep', 'light sleep', 'drowsy', 'quiet alert', 'active alert', 'crying'] as const;

/**
 * A channel's level with its unit: "145 bpm", "95 %"; a behavioural state with its name, since a
 * number alone says nothing: "3 (drowsy)", "4.5 (between quiet alert and active alert)".
 */
export function channelValue(channel: PhysiologicalChannel, v: number, digits = 1): string {
  const text = formatNumber(v, digits);
  if (channel !== 'behavioural_state') return `${text}${CHANNEL_WORDS[channel].unit}`;
  const shown = Number(v.toFixed(digits));
  if (shown < 1 || shown > 6) return text;
  const name = (n: number) => BEHAVIOURAL_STATES[n - 1];
  return Number.isInteger(shown) ? `${text} (${name(shown)})` : `${text} (between ${name(Math.floor(shown))} and ${name(Math.ceil(shown))})`;
}

/** "heart rate 158 → 146 bpm (−12 bpm); heart rate mean 153 bpm (4 readings); SpO₂ mean 96 % (2 readings)": every channel captured. */
function formatPhysiological(config: Config<'physiological'>, s: SessionSummary): string {
  const w = CHANNEL_WORDS[config.primaryChannel];
  const parts: string[] = [];
  const pre = num(s.details, 'pre_mean');
  const post = num(s.details, 'post_mean');
  if (pre !== null && post !== null) {
    const change = post - pre;
    parts.push(`${w.name} ${formatNumber(pre)} → ${formatNumber(post)}${w.unit} (${change > 0 ? '+' : ''}${formatNumber(change)}${w.unit})`);
  }
  const channels = [config.primaryChannel, ...config.channels.filter((c) => c !== config.primaryChannel)];
  for (const channel of channels) {
    const m = num(s.details, `${channel}_mean`);
    if (m === null) continue;
    parts.push(`${CHANNEL_WORDS[channel].name} mean ${channelValue(channel, m)} (${plural(num(s.details, `${channel}_readings`) ?? 0, 'reading')})`);
  }
  return parts.length ? parts.join('; ') : `no ${w.name} readings`;
}

function formatOther(config: MeasurementConfig, s: SessionSummary): string {
  const d = s.details;
  switch (config.type) {
    case 'latency': {
      const m = num(d, 'mean_seconds');
      if (m === null) return 'no responses timed';
      const md = num(d, 'median_seconds') ?? m;
      return `mean latency ${formatNumber(m)} s, median ${formatNumber(md)} s (${plural(num(d, 'responses') ?? 0, 'response')})`;
    }
    case 'rating': {
      const m = num(d, 'mean');
      if (m === null) return 'no ratings recorded';
      return `mean rating ${formatNumber(m)} on ${config.min}–${config.max} (${plural(num(d, 'ratings') ?? 0, 'rating')})`;
    }
    case 'prompt_level': {
      const best = d['most_independent'];
      if (typeof best !== 'string') return 'no prompt levels recorded';
      const meanScore = formatNumber(num(d, 'mean_level_score') ?? 0);
      return `most independent: ${best.replace(/_/g, ' ')}; mean level score ${meanScore} of ${num(d, 'max_score')} (${plural(num(d, 'prompts') ?? 0, 'prompt')})`;
    }
    case 'task_analysis': {
      const n = num(d, 'steps_recorded') ?? 0;
      if (n === 0) return 'no steps recorded';
      return `${num(d, 'steps_independent')}/${n} steps independent (${formatNumber(num(d, 'percent_independent') ?? 0)} %)`;
    }
    case 'pre_post': {
      const pre = num(d, 'pre');
      const post = num(d, 'post');
      if (pre === null && post === null) return `no ${config.scaleName} scores recorded`;
      if (pre === null || post === null) return `${config.scaleName} ${pre === null ? `post ${formatNumber(post as number)}, no pre score` : `pre ${formatNumber(pre)}, no post score`}`;
      const change = post - pre;
      // A severe level before the session is said even when the change is good (severity.ts).
      const severe = isSevere(config, pre) ? '; severe before the session' : '';
      return `${config.scaleName} ${formatNumber(pre)} → ${formatNumber(post)} (change ${change > 0 ? '+' : ''}${formatNumber(change)}${severe})`;
    }
    default:
      return s.value === null ? 'no data' : `${formatNumber(s.value)} ${s.unit}`;
  }
}

/** A short human phrase for a summary, e.g. "8/10 trials correct (80 %), 6 independent (60 %)". */
/** `during`: the session is still going (capture's tally): a minimum not yet reached is a count to go, not a verdict. */
export function formatSummary(config: MeasurementConfig, summary: SessionSummary, opts: { during?: boolean } = {}): string {
  const below = belowMinimum(summary);
  if (below) {
    const what = config.type === 'trials' ? 'trials' : config.type === 'latency' ? 'responses' : 'opportunities';
    const counted = formatCounted(config, { ...summary, value: below.value });
    if (opts.during) return `${counted} · ${below.had} of at least ${below.needed} ${what}`;
    return `${counted}: fewer than the ${below.needed} ${what} the objective requires, so this session does not count toward mastery`;
  }
  return formatCounted(config, summary);
}

function formatCounted(config: MeasurementConfig, summary: SessionSummary): string {
  switch (config.type) {
    case 'trials':
      return formatTrials(config, summary);
    case 'frequency':
    case 'duration':
      return config.metric === 'test_seconds' ? formatTimedTest(summary) : formatCountOrTime(config, summary);
    case 'physiological':
      return formatPhysiological(config, summary);
    default:
      return formatOther(config, summary);
  }
}
