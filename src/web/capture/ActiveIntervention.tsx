/** Which delivered intervention is running now; each data point is tagged with it. */
import { useState } from 'react';
import type { Plan, SessionDetail } from '../api/types.js';
import { Link } from '../router/router.js';

export function useActiveIntervention(sessionId: string): [string | null, (id: string | null) => void] {
  const key = `crescendo.active.${sessionId}`;
  const [active, setActive] = useState<string | null>(() => localStorage.getItem(key));
  return [
    active,
    (id) => {
      if (id) localStorage.setItem(key, id);
      else localStorage.removeItem(key);
      setActive(id);
    },
  ];
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
          {names.get(d.interventionId) ?? 'Intervention'}
        </label>
      ))}
    </fieldset>
  );
}
