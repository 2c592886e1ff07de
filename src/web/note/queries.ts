import { useQuery } from '@tanstack/react-query';
import { get } from '../api/client.js';
import type { Note } from '../api/types.js';

export interface User {
  id: string;
  name: string;
  credentials: string | null;
  roles: string[];
  supervisorIds: string[];
  active: boolean;
}

export const useNote = (id: string) => useQuery({ queryKey: ['note', id], queryFn: () => get<Note>(`/notes/${id}`) });
export const useUsers = () => useQuery({ queryKey: ['users'], queryFn: () => get<{ items: User[] }>('/users'), staleTime: 600_000 });

export function signerName(users: User[] | undefined, id: string | null): string {
  const u = users?.find((x) => x.id === id);
  return u ? `${u.name}${u.credentials ? `, ${u.credentials}` : ''}` : 'a clinician';
}

export const SECTION_LABEL: Record<string, string> = {
  subjective: 'Subjective', objective: 'Objective', assessment: 'Assessment', plan: 'Plan', data: 'Data',
};

const ORDER = ['subjective', 'data', 'objective', 'assessment', 'plan'];
/** The note's sections in their clinical order (S, O, A, P or D, A, P). */
export const orderedSections = (sections: Record<string, string>): [string, string][] =>
  Object.entries(sections).sort(([a], [b]) => ORDER.indexOf(a) - ORDER.indexOf(b));
