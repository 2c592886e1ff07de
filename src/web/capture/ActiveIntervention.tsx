/**
 * Which delivered intervention is running now; each data point is tagged with it. Until the therapist
 * chooses, it is the next one in the session's planned order not yet delivered (domain/capture.ts).
 */
import { useState } from 'react';
import { nextPlannedIntervention } from '../../domain/capture.js';
import type { Plan, SessionDetail } from '../api/types.js';
import { Link } from '../router/router.js';

const NONE = 'none';

/**
 * [the intervention now, choose (kept on this device for this session), keep]. `keep` holds the
 * default once data is tagged with it: the server then counts it delivered, and a reload must not move on.
 */
export function useActiveIntervention(sessionId: string, session: SessionDetail | undefined): [string | null, (id: string | null) => void, () => void] {
  const key = `crescendo.active.${sessionId}`;
  const [chosen, setChosen] = useState<string | null>(() => localStorage.getItem(key));
  const known = chosen === NONE || session?.delivered.some((d) => d.id === chosen);
  const active = known ? (chosen === NONE ? null : chosen) : session ? nextPlannedIntervention(session.delivered) : null;
  const choose = (id: string | null) => {
    localStorage.setItem(key, id ?? NONE);
    setChosen(id ?? NONE);
  };
  return [active, choose, () => !known && active && choose(active)];
}

export function ActiveIntervention({ session, plans, active, onChange }: { session: SessionDetail; plans: Record<string, Plan>; active: string | null; onChange: (id: string | null) => void }) {
  const names = new Map(Object.values(plans).flatMap((p) => p.goals.flatMap((g) => g.objectives.flatMap((o) => o.links.map((l) => [l.intervention.id, l.intervention.name] as const)))));
  if (session.delivered.length === 0)
    return (
      <p className="notice">
        No interventions are recorded for this session yet; data is still taken. <Link to={`/sessions/${session.id}`}>Add interventions</Link>
      </p>
    );
  return (
    <fieldset className="chips-row active-iv">
      <legend>Intervention now</legend>
      <label className="chip big">
        <input type="radio" name="active-iv" checked={!active} onChange={() => onChange(null)} />
        None
      </label>
      {session.delivered.map((d) => (
        <label key={d.id} className="chip big">
          <input type="radio" name="active-iv" checked={active === d.id} onChange={() => onChange(d.id)} />
          {d.intervention?.name ?? names.get(d.interventionId) ?? 'Intervention'}
        </label>
      ))}
    </fieldset>
  );
}
