/** The objective's choice, made during capture: after a trial the prompt level stays, or goes back to the most independent. */
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { asApiError, patch } from '../api/client.js';
import type { PlanObjective } from '../api/types.js';
import { humanize } from '../ui/labels.js';
import { canPlan, useMe } from '../shell/me.js';
import { DEFAULT_PROMPT_AFTER_TRIAL } from '../../domain/capture.js';

export function PromptRule({ objective, sessionId }: { objective: PlanObjective; sessionId: string }) {
  const qc = useQueryClient();
  const me = useMe();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Shown as chosen at once; the saved copy of the plan follows when the server has it.
  const [asked, setAsked] = useState<'stay' | 'reset' | null>(null);
  const rule = asked ?? objective.promptAfterTrial ?? DEFAULT_PROMPT_AFTER_TRIAL;
  const first = objective.measurement.type === 'trials' ? objective.measurement.promptLevels?.[0] : undefined;
  async function set(promptAfterTrial: 'stay' | 'reset') {
    setBusy(true);
    setError(null);
    setAsked(promptAfterTrial);
    try {
      await patch(`/objectives/${objective.id}`, { version: objective.version, promptAfterTrial });
      await qc.invalidateQueries({ queryKey: ['session-bundle', sessionId] });
      setAsked(null);
    } catch (e) {
      setAsked(null);
      const err = asApiError(e);
      setError(err.offline ? 'Changing this needs a connection; it was not changed.' : err.detail);
    } finally {
      setBusy(false);
    }
  }
  const back = humanize(first ?? 'independent').toLowerCase();
  // The choice is the plan's: who cannot change the plan (an intern) reads it.
  if (!canPlan(me)) return <p className="prompt-rule hint">After each trial: {rule === 'reset' ? `back to ${back}` : 'the prompt level stays'}</p>;
  return (
    <label className="prompt-rule check">
      <input type="checkbox" checked={rule === 'reset'} disabled={busy} onChange={(e) => void set(e.target.checked ? 'reset' : 'stay')} />
      After each trial, back to {back}<span className="sr-only"> ({objective.label})</span>
      {error && <span className="field-error" role="alert"> {error}</span>}
    </label>
  );
}
