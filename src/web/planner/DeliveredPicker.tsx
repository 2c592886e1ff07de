/** Adding the interventions delivered, from the participants' plans: each names the objectives it serves. */
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { newId, post } from '../api/client.js';
import type { Intervention, SessionDetail } from '../api/types.js';
import type { SessionBundle } from '../capture/db.js';
import { workingObjectives } from '../capture/bundle.js';
import { InterventionCard } from '../library/InterventionCard.js';
import { useSave } from '../api/useSave.js';
import { Field } from '../ui/Field.js';
import { interventionEligibility, pmaOf } from '../../domain/nicu.js';

interface Offer {
  iv: Intervention;
  objectives: { id: string; statement: string; client: string; clientId: string }[];
}

/** The PMA verdict (domain/nicu.ts) for each NICU infant the offer serves, on the session's date: the refusals, by name. */
export function eligibilityWarnings(offer: Offer, bundle: SessionBundle): string[] {
  const seen = new Map(offer.objectives.map((o) => [o.clientId, o.client]));
  return [...seen].flatMap(([clientId, name]) => {
    const nicu = bundle.plans[clientId]?.nicu;
    if (!nicu) return [];
    const facts = { birthDate: nicu.birthDate, gestationalAgeWeeks: nicu.gestationalAgeWeeks, gestationalAgeDays: nicu.gestationalAgeDays };
    const v = interventionEligibility({ intervention: offer.iv, pma: pmaOf(facts, bundle.session.localDate), liveMusicMinPmaWeeks: nicu.liveMusicMinPmaWeeks });
    return v.eligible ? [] : [`${name}: ${v.reason}`];
  });
}

/** Interventions linked in the plans, each with the working objectives (of present participants) it serves. */
export function offersFor(bundle: SessionBundle): Offer[] {
  const byIv = new Map<string, Offer>();
  for (const p of bundle.session.participants) {
    if (p.attendance === 'absent' || p.attendance === 'cancelled') continue;
    for (const o of workingObjectives(bundle.plans[p.clientId]))
      for (const l of o.links) {
        const offer = byIv.get(l.intervention.id) ?? { iv: l.intervention, objectives: [] };
        offer.objectives.push({ id: o.id, statement: o.statement, client: p.name, clientId: p.clientId });
        byIv.set(l.intervention.id, offer);
      }
  }
  return [...byIv.values()];
}

function OfferCard({ offer, session, group, warnings }: { offer: Offer; session: SessionDetail; group: boolean; warnings: string[] }) {
  const qc = useQueryClient();
  const [chosen, setChosen] = useState(offer.objectives.map((o) => o.id));
  const [overrideReason, setOverrideReason] = useState('');
  const { error, busy, run } = useSave();
  async function add() {
    await run(async () => {
      await post(`/sessions/${session.id}/interventions`, { id: newId(), interventionId: offer.iv.id, objectiveIds: chosen, ...(overrideReason.trim() ? { overrideReason } : {}) });
      await qc.invalidateQueries({ queryKey: ['session-bundle', session.id] });
    });
  }
  return (
    <InterventionCard iv={offer.iv} headingLevel={4}>
      <fieldset className="field">
        <legend>Serves</legend>
        {offer.objectives.map((o) => (
          <label key={o.id} className="check">
            <input type="checkbox" checked={chosen.includes(o.id)} onChange={(e) => setChosen(e.target.checked ? [...chosen, o.id] : chosen.filter((x) => x !== o.id))} />
            {group ? `${o.client}: ` : ''}{o.statement}
          </label>
        ))}
        {error?.under('objectiveIds') && <p className="field-error">{error.under('objectiveIds')}</p>}
      </fieldset>
      {warnings.map((w) => <p key={w} className="warn" role="note">Not eligible: {w}.</p>)}
      {warnings.length > 0 && (
        <Field label="Override reason" hint="Why it is right for this infant all the same; recorded in the audit." value={overrideReason} onChange={(e) => setOverrideReason(e.target.value)} />
      )}
      {error && !error.under('objectiveIds') && <p className="field-error">{error.detail}</p>}
      <button type="button" className="primary" disabled={busy || chosen.length === 0} onClick={add}>
        Add<span className="sr-only"> {offer.iv.name}</span> to this session
      </button>
      {chosen.length === 0 && <p className="hint">Choose at least one objective: every intervention serves one.</p>}
    </InterventionCard>
  );
}

export function DeliveredPicker({ bundle }: { bundle: SessionBundle }) {
  const delivered = new Set(bundle.session.delivered.map((d) => d.interventionId));
  const offers = offersFor(bundle).filter((o) => !delivered.has(o.iv.id));
  const group = bundle.session.participants.length > 1;
  if (offers.length === 0)
    return <p className="empty">Every intervention linked in the plans is in this session. Link more in a client’s plan.</p>;
  return (
    <div className="cards">
      {offers.map((o) => (
        <OfferCard key={o.iv.id} offer={o} session={bundle.session} group={group} warnings={eligibilityWarnings(o, bundle)} />
      ))}
    </div>
  );
}
