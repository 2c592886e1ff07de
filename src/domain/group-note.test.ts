import { describe, expect, it } from 'vitest';
import { chartCopy, draftGroupProcess, draftGroupPurpose, groupMembership, memberAttendanceLine, membershipInChart, type GroupMember } from './group-note.js';

const ava: GroupMember = { clientId: 'a', name: 'Ava', attendance: 'present' };
const noah: GroupMember = { clientId: 'n', name: 'Noah', attendance: 'late', lateMinutes: 5 };
const eli: GroupMember = { clientId: 'e', name: 'Eli', attendance: 'absent', absenceReason: 'hospitalised' };
const mia: GroupMember = { clientId: 'm', name: 'Mia', attendance: 'left_early', leftEarlyMinutes: 10 };
const group = [ava, noah, eli, mia];

describe('memberAttendanceLine', () => {
  it.each([
    [ava, 'Ava: attended, 30 minutes.'],
    [noah, 'Noah: arrived 5 minutes late, 25 minutes.'],
    [mia, 'Mia: left 10 minutes early, 20 minutes.'],
    [eli, 'Eli: absent (hospitalized).'],
    [{ ...eli, absenceReason: null }, 'Eli: absent.'],
    [{ ...ava, attendance: 'expected' }, 'Ava: attendance not recorded.'],
  ])('%o → %s', (m, line) => expect(memberAttendanceLine(m, 30)).toBe(line));
});

describe('groupMembership (the group note names every member)', () => {
  it('counts, then every member with minutes or the absence reason', () => {
    expect(groupMembership(group, 30)).toBe(
      ['4 members, 3 attended:', '• Ava: attended, 30 minutes.', '• Noah: arrived 5 minutes late, 25 minutes.', '• Eli: absent (hospitalized).', '• Mia: left 10 minutes early, 20 minutes.'].join('\n'),
    );
  });
});

/** Truth table of the privacy rule: what one member's chart says of the others. */
describe('membershipInChart', () => {
  it.each([
    // for, policy, members, expected
    ['a', 'count', group, 'Ava: attended, 30 minutes.\n3 other group members: 2 attended, 1 did not.'],
    ['e', 'count', group, 'Eli: absent (hospitalized).\n3 other group members: 3 attended.'],
    ['a', 'count', [ava, noah], 'Ava: attended, 30 minutes.\n1 other group member: 1 attended.'],
    ['a', 'count', [ava], 'Ava: attended, 30 minutes.\nNo other group members.'],
    ['a', 'first_names', group, 'Ava: attended, 30 minutes.\nOther group members attended: Noah, Mia; did not attend: Eli.'],
    ['e', 'first_names', group, 'Eli: absent (hospitalized).\nOther group members attended: Ava, Noah, Mia.'],
    ['n', 'first_names', [noah, eli], 'Noah: arrived 5 minutes late, 25 minutes.\nOther group members did not attend: Eli.'],
  ] as const)('for %s with %s', (forId, policy, members, expected) => expect(membershipInChart(members, forId, 30, policy)).toBe(expected));

  it('never names another member by default, and never gives another member’s reason or minutes', () => {
    for (const self of group) {
      const count = membershipInChart(group, self.clientId, 30);
      for (const other of group.filter((m) => m !== self)) expect(count).not.toContain(other.name);
      const named = membershipInChart(group, self.clientId, 30, 'first_names');
      if (self !== eli) expect(named).not.toContain('hospitalized');
      if (self !== noah) expect(named).not.toContain('25 minutes');
    }
  });

  it('the chart copy keeps the purpose and process as written', () => {
    const copy = chartCopy({ purpose: 'Social skills.', process: 'Hello song.' }, group, 'a', 30);
    expect(copy).toEqual({ purpose: 'Social skills.', process: 'Hello song.', membership: membershipInChart(group, 'a', 30) });
  });
});

describe('drafting the shared part', () => {
  it('purpose from the goal domains served, once each', () => {
    expect(draftGroupPurpose('Friendship Band', ['Structured group engagement', 'Inhibition', 'Structured group engagement'])).toBe('Friendship Band: a group working on structured group engagement; inhibition.');
    expect(draftGroupPurpose(null, [])).toBe('');
  });
  it('process: delivered interventions with the group’s music, no objective, no artefacts', () => {
    const text = draftGroupProcess([
      { name: 'Turn-taking drum game', technique: 'music_based_games', music: ['“Pass the Beat” (C major, 96 bpm).'], delivered: true },
      { name: 'Hello song', technique: 'therapeutic_singing', music: [], delivered: false },
    ]);
    expect(text).toBe('Interventions delivered to the group:\n• Turn-taking drum game (music based games) — “Pass the Beat” (C major, 96 bpm).\nPlanned and not delivered: Hello song.');
    expect(text).not.toMatch(/\.\.|\.:/);
    expect(draftGroupProcess([])).toBe('No intervention was delivered to the group.');
  });
});
