/**
 * The prompt level of each trials objective during capture, one state for the card and the thumb bar.
 * After each trial the objective's own choice applies (domain/capture.ts): the level stays, or goes
 * back to the most independent.
 */
import { useState } from 'react';
import { DEFAULT_PROMPT_AFTER_TRIAL, promptLevelAfterTrial, type PromptAfterTrial } from '../../domain/capture.js';
import type { PromptLevel } from '../../domain/measurement.js';
import type { PlanObjective } from '../api/types.js';

export interface PromptControl {
  /** The level the next trial is tagged with; undefined when the objective does not tag prompt levels. */
  level: PromptLevel | undefined;
  choose(level: PromptLevel): void;
  /** Called once a trial is on the device. */
  afterTrial(): void;
}

const levelsOf = (o: PlanObjective): readonly PromptLevel[] => (o.measurement.type === 'trials' ? o.measurement.promptLevels ?? [] : []);

export function usePromptLevels(): (clientId: string, objective: PlanObjective) => PromptControl {
  const [chosen, setChosen] = useState<Record<string, PromptLevel>>({});
  return (clientId, objective) => {
    const key = `${clientId}/${objective.id}`;
    const levels = levelsOf(objective);
    // Unset: the most independent level, as capture always started.
    const level = promptLevelAfterTrial(levels, chosen[key], 'stay');
    const rule: PromptAfterTrial = objective.promptAfterTrial ?? DEFAULT_PROMPT_AFTER_TRIAL;
    return {
      level,
      choose: (l) => setChosen((c) => ({ ...c, [key]: l })),
      afterTrial: () => {
        const next = promptLevelAfterTrial(levels, level, rule);
        if (next && next !== level) setChosen((c) => ({ ...c, [key]: next }));
      },
    };
  };
}
