/** A session with the plans of its participants; kept on the device so capture opens without a connection. */
import { useQuery } from '@tanstack/react-query';
import { ApiError, get } from '../api/client.js';
import type { Plan, PlanObjective, SessionDetail } from '../api/types.js';
import { loadBundle, saveBundle, type SessionBundle } from './db.js';

async function fetchBundle(sessionId: string): Promise<SessionBundle & { offline: boolean }> {
  try {
    const session = await get<SessionDetail>(`/sessions/${sessionId}`);
    const plans = await Promise.all(session.participants.map((p) => get<Plan>(`/clients/${p.clientId}/plan`)));
    const bundle: SessionBundle = { sessionId, session, plans: Object.fromEntries(plans.map((p) => [p.clientId, p])), savedAt: new Date().toISOString() };
    await saveBundle(bundle).catch(() => undefined);
    return { ...bundle, offline: false };
  } catch (e) {
    if (e instanceof ApiError && e.offline) {
      const saved = await loadBundle(sessionId);
      if (saved) return { ...saved, offline: true };
    }
    throw e;
  }
}

export const useSessionBundle = (sessionId: string) =>
  useQuery({ queryKey: ['session-bundle', sessionId], queryFn: () => fetchBundle(sessionId), retry: (n, e) => !(e instanceof ApiError && e.status >= 400 && e.status < 500) && n < 1 });

/** The objectives data is taken for: working objectives (baseline or active) of each participant. */
export function workingObjectives(plan: Plan | undefined): (PlanObjective & { goalStatement: string })[] {
  if (!plan) return [];
  return plan.goals.flatMap((g) =>
    g.objectives.filter((o) => o.status === 'baseline' || o.status === 'active').map((o) => ({ ...o, goalStatement: g.statement })),
  );
}
