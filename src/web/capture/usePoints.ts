/** This session's points: the device's own (kept first) merged with what the server has from elsewhere. */
import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { get } from '../api/client.js';
import type { DataPoint } from '../api/types.js';
import type { LocalPoint } from './db.js';
import { sessionPoints, subscribe } from './outbox.js';

export type ShownPoint = Pick<LocalPoint, 'id' | 'sessionId' | 'clientId' | 'objectiveId' | 'deliveredInterventionId' | 'recordedAt' | 'event'> & {
  seq: number;
  sent: boolean;
  error?: string;
};

export function usePoints(sessionId: string) {
  const [local, setLocal] = useState<LocalPoint[] | null>(null);
  const server = useQuery({
    queryKey: ['data-points', sessionId],
    queryFn: () => get<{ items: DataPoint[] }>(`/sessions/${sessionId}/data-points`),
    retry: false,
  });
  useEffect(() => {
    let alive = true;
    const refresh = () => void sessionPoints(sessionId).then((p) => alive && setLocal(p));
    refresh();
    const off = subscribe(refresh);
    return () => {
      alive = false;
      off();
    };
  }, [sessionId]);
  const known = new Set((local ?? []).map((p) => p.id));
  const shown: ShownPoint[] = [
    ...(local ?? []).filter((p) => !p.voided).map((p) => ({ ...p, sent: p.sent === 1 })),
    ...(server.data?.items ?? []).filter((p) => !known.has(p.id)).map((p) => ({ ...p, seq: Date.parse(p.recordedAt) * 1000, sent: true })),
  ].sort((a, b) => a.seq - b.seq);
  return { points: shown, ready: local !== null };
}
