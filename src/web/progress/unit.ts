/** The unit a progress screen writes: a cadence (a rate per minute of a walking objective, or one walked to a RAS cue) is steps/min. */
import { isGaitObjective } from '../../domain/metronome.js';
import { formatNumber } from '../../domain/progress/summary.js';
import { unitOf } from '../../domain/measurement.js';
import type { ObjectiveProgress } from '../api/types.js';

export function progressUnit(p: ObjectiveProgress): string {
  const unit = unitOf(p.objective.measurement);
  return unit === '/min' && (p.cued || isGaitObjective(p.objective)) ? 'steps/min' : unit;
}

/** A session's cue tempo as the table writes it: "99.8 steps/min", or "96–101 steps/min (mean 98.5)" when it changed within the session. */
export function cueText(c: { meanBpm: number; minBpm: number; maxBpm: number }): string {
  return c.minBpm === c.maxBpm ? `${formatNumber(c.meanBpm)} steps/min` : `${formatNumber(c.minBpm)}–${formatNumber(c.maxBpm)} steps/min (mean ${formatNumber(c.meanBpm)})`;
}
