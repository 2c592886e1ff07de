/** The queries a chart needs, shared by the screens that show parts of it. */
import { useQuery } from '@tanstack/react-query';
import { get } from '../api/client.js';
import type { Answer, Client, GoalDomain, HomePractice, Note, ObjectiveProgress, Plan, SessionListItem } from '../api/types.js';

export type Iep = Answer<'/api/v1/clients/{id}/ieps'>['items'][number];

export const useClient = (id: string) => useQuery({ queryKey: ['client', id], queryFn: () => get<Client>(`/clients/${id}`) });
export const usePlan = (id: string) => useQuery({ queryKey: ['plan', id], queryFn: () => get<Plan>(`/clients/${id}/plan`) });
export const useClientProgress = (id: string) =>
  useQuery({ queryKey: ['progress', 'client', id], queryFn: () => get<{ clientId: string; objectives: ObjectiveProgress[] }>(`/clients/${id}/progress`) });
export const useClientSessions = (id: string) =>
  useQuery({ queryKey: ['sessions', 'client', id], queryFn: () => get<{ items: SessionListItem[] }>(`/sessions?clientId=${id}&limit=100`) });
export const useClientNotes = (id: string) => useQuery({ queryKey: ['notes', 'client', id], queryFn: () => get<{ items: Note[] }>(`/clients/${id}/notes`) });
export const useDomains = () => useQuery({ queryKey: ['goal-domains'], queryFn: () => get<{ items: GoalDomain[] }>('/goal-domains'), staleTime: 600_000 });
export const useHomePractices = (id: string) => useQuery({ queryKey: ['home-practices', id], queryFn: () => get<{ items: HomePractice[] }>(`/clients/${id}/home-practices`) });
/** The student's IEPs on file, oldest first (the chart's IEP panel and the reports screen). */
export const useIeps = (id: string, enabled = true) =>
  useQuery({ queryKey: ['ieps', id], queryFn: () => get<{ items: Iep[] }>(`/clients/${id}/ieps`), enabled });
