import { describe, expect, it } from 'vitest';
import { authorship } from './authorship.js';
import type { ReportPerson } from './inputs.js';

const jordan: ReportPerson = { id: 't1', name: 'Jordan Ellis', credentials: 'MT-BC', role: 'primary', roles: ['therapist'] };
const sam: ReportPerson = { id: 'i1', name: 'Sam Intern', credentials: null, role: 'member', roles: ['intern'] };
const renee: ReportPerson = { id: 's1', name: 'Renee Okafor', credentials: 'MT-BC', roles: ['supervisor'] };
const admin: ReportPerson = { id: 'a1', name: 'Alex Admin', credentials: null, roles: ['admin'] };
const priya: ReportPerson = { id: 't2', name: 'Priya Raman', credentials: 'MT-BC, NMT', role: 'member', roles: ['therapist'] };
const as = (p: ReportPerson, isIntern = false) => ({ ...p, isIntern });

describe('authorship: the treating therapist authors and signs; anyone else reviews', () => {
  const cases: [string, ReturnType<typeof as>, ReportPerson[], { author: string; reviewedBy: string | null; needsCosign: boolean }][] = [
    ['the client’s own therapist prepares it', as(jordan), [jordan, sam], { author: 'Jordan Ellis', reviewedBy: null, needsCosign: false }],
    ['an intern on the care team prepares it: the intern authors, a co-signature is needed', as(sam, true), [jordan, sam], { author: 'Sam Intern', reviewedBy: null, needsCosign: true }],
    ['a second therapist on the care team prepares it', as(priya), [jordan, priya], { author: 'Priya Raman', reviewedBy: null, needsCosign: false }],
    ['a supervisor prepares it: the client’s therapist authors, the supervisor reviews', as(renee), [jordan, sam], { author: 'Jordan Ellis', reviewedBy: 'Renee Okafor', needsCosign: false }],
    ['an admin prepares it: the client’s therapist authors, the admin reviews', as(admin), [jordan], { author: 'Jordan Ellis', reviewedBy: 'Alex Admin', needsCosign: false }],
    ['a supervisor on the care team only as a member still reviews', as(renee), [jordan, { ...renee, role: 'member' }], { author: 'Jordan Ellis', reviewedBy: 'Renee Okafor', needsCosign: false }],
    ['a supervisor who is the client’s primary clinician authors', as(renee), [{ ...renee, role: 'primary' }], { author: 'Renee Okafor', reviewedBy: null, needsCosign: false }],
    ['no primary named: the first therapist on the team authors, not the intern', as(renee), [{ ...sam }, { ...jordan, role: 'member' }], { author: 'Jordan Ellis', reviewedBy: 'Renee Okafor', needsCosign: false }],
    ['only an intern treats: the intern authors and needs a co-signature', as(renee), [sam], { author: 'Sam Intern', reviewedBy: 'Renee Okafor', needsCosign: true }],
    ['no care team: the preparer authors', as(renee), [], { author: 'Renee Okafor', reviewedBy: null, needsCosign: false }],
  ];
  for (const [what, preparer, team, want] of cases)
    it(what, () => {
      const a = authorship(preparer, team);
      expect({ author: a.author.name, reviewedBy: a.reviewedBy?.name ?? null, needsCosign: a.needsCosign }).toEqual(want);
    });

  it('matches people by id when both have one, not by a shared name', () => {
    const namesake = { ...jordan, id: 'other', role: 'member' };
    expect(authorship(as({ ...jordan, id: 'x', roles: ['supervisor'] }), [namesake, { ...priya, role: 'primary' }]).author.name).toBe('Priya Raman');
  });
});
