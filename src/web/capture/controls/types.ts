import type { DataEvent, MeasurementConfig } from '../../../domain/measurement.js';
import type { ShownPoint } from '../usePoints.js';
import type { PromptControl } from '../prompt.js';

export type Config<T extends MeasurementConfig['type']> = Extract<MeasurementConfig, { type: T }>;

export interface ControlProps<T extends MeasurementConfig['type']> {
  config: Config<T>;
  /** This objective's points in this session, oldest first. */
  points: ShownPoint[];
  /** Resolves once the event is safely on the device. */
  record: (event: DataEvent) => Promise<unknown>;
  /** Identifies this objective of this participant, for timers that survive a reload. */
  timerKey: string;
  timerInfo: { sessionId: string; clientId: string; objectiveId: string };
  /** The prompt level shared by the card and the thumb bar (trials with prompt levels). */
  prompt?: PromptControl;
  /** 'bar': the thumb bar's compact form (labels shortened, legends for screen readers only). */
  variant?: 'card' | 'bar';
}
