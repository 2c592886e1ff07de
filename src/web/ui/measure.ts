/** Words for an objective's measurement and criterion, from the domain's own phrasing. */
import { criterionPhrase } from '../../domain/progress/mastery.js';
import { unitOf, type MeasurementConfig } from '../../domain/measurement.js';
import type { MasteryCriterion } from '../../domain/criterion.js';
import { MEASUREMENT_LABEL } from './labels.js';

export const criterionText = (c: MasteryCriterion, m: MeasurementConfig) => criterionPhrase(c, unitOf(m));

export function measurementText(m: MeasurementConfig): string {
  const base = MEASUREMENT_LABEL[m.type] ?? m.type;
  switch (m.type) {
    case 'rating':
      return `${base} ${m.min}–${m.max}`;
    case 'pre_post':
      return `${base}: ${m.scaleName} ${m.min}–${m.max}`;
    case 'task_analysis':
      return `${base}: ${m.steps.length} steps`;
    case 'physiological':
      return `${base}: ${m.channels.map((c) => c.replace(/_/g, ' ')).join(', ')}`;
    case 'trials':
      return m.promptLevels ? `${base}, with prompt levels` : base;
    default:
      return base;
  }
}
