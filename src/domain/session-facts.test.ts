import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { attended, captureRefusal, checkAttendance, documentationOwed, emptySections, isLateEntry, missed, noteRefusal, serviceMinutes, sessionLength, unrecordedAttendance } from './session-facts.js';
import { attendanceSentence } from './notes.js';

const at = (iso: string) => Date.parse(iso);
const session = { startsAt: '2026-03-02T10:30:00Z', durationMinutes: 45, status: 'planned' as string, actualStartAt: null as string | null, actualEndAt: null as string | null };

describe('attendance', () => {
  it('attended and missed, value by value', () => {
    const table = { expected: [false, false], present: [true, false], late: [true, false], left_early: [true, false], absent: [false, true], cancelled: [false, true] };
    for (const [a, [att, miss]] of Object.entries(table)) expect([attended(a), missed(a)]).toEqual([att, miss]);
  });
  it('a reason only for an absence, minutes only for late or leaving early', () => {
    expect(checkAttendance({ attendance: 'absent', absenceReason: 'illness' })).toEqual([]);
    expect(checkAttendance({ attendance: 'present', absenceReason: 'illness' }).map((p) => p.path)).toEqual(['body.absenceReason']);
    expect(checkAttendance({ attendance: 'present', lateMinutes: 5 }).map((p) => p.path)).toEqual(['body.lateMinutes']);
    expect(checkAttendance({ attendance: 'late', lateMinutes: 5 })).toEqual([]);
    expect(checkAttendance({ attendance: 'late', leftEarlyMinutes: 5 }).map((p) => p.path)).toEqual(['body.leftEarlyMinutes']);
  });
  it('a session with a participant not recorded does not end', () => {
    expect(unrecordedAttendance([{ attendance: 'expected' }, { attendance: 'present' }])).toHaveLength(1);
  });
});

describe('real times and service minutes', () => {
  it('uses the recorded start and end when both are known, else the plan', () => {
    expect(sessionLength(session)).toEqual({ minutes: 45, source: 'planned' });
    expect(sessionLength({ ...session, actualStartAt: '2026-03-02T10:34:00Z', actualEndAt: '2026-03-02T11:12:00Z' })).toEqual({ minutes: 38, source: 'recorded' });
    expect(sessionLength({ ...session, actualStartAt: '2026-03-02T10:34:00Z' })).toEqual({ minutes: 45, source: 'planned' });
    expect(sessionLength({ ...session, actualStartAt: '2026-03-02T10:34:00Z', actualEndAt: '2026-03-02T10:34:12Z' })).toEqual({ minutes: 1, source: 'recorded' }); // recorded, if short
  });
  it('service minutes: 0 unless attended, less minutes late or missed at the end', () => {
    expect(serviceMinutes(session, { attendance: 'present' })).toBe(45);
    expect(serviceMinutes(session, { attendance: 'late', lateMinutes: 10 })).toBe(35);
    expect(serviceMinutes(session, { attendance: 'left_early', leftEarlyMinutes: 15 })).toBe(30);
    expect(serviceMinutes(session, { attendance: 'absent', absenceReason: 'illness' })).toBe(0);
    expect(serviceMinutes(session, { attendance: 'expected' })).toBe(0);
    expect(serviceMinutes({ ...session, status: 'cancelled' }, { attendance: 'present' })).toBe(0);
  });
  it('service minutes never exceed the session length nor go below 0', () => {
    fc.assert(fc.property(fc.integer({ min: 5, max: 480 }), fc.integer({ min: 1, max: 480 }), (len, late) => {
      const m = serviceMinutes({ ...session, durationMinutes: len }, { attendance: 'late', lateMinutes: late });
      return m >= 0 && m <= len;
    }));
  });
});

describe('a session that has not happened', () => {
  it('takes data from 10 minutes before the start, never on a cancelled session', () => {
    expect(captureRefusal(session, at('2026-02-24T10:30:00Z'))).toMatch(/not before/);
    expect(captureRefusal(session, at('2026-03-02T10:19:00Z'))).toMatch(/not before/);
    expect(captureRefusal(session, at('2026-03-02T10:21:00Z'))).toBeNull();
    expect(captureRefusal({ ...session, status: 'cancelled' }, at('2026-03-02T10:40:00Z'))).toMatch(/cancelled/);
  });
  it('drafts once started; signs once ended (or past its planned end)', () => {
    expect(noteRefusal(session, at('2026-02-24T10:30:00Z'), 'draft')).toMatch(/not started/);
    expect(noteRefusal(session, at('2026-03-02T10:26:00Z'), 'sign')).toMatch(/ended/);
    expect(noteRefusal({ ...session, status: 'completed' }, at('2026-03-02T10:50:00Z'), 'sign')).toBeNull();
    expect(noteRefusal(session, at('2026-03-02T11:16:00Z'), 'sign')).toBeNull();
    expect(noteRefusal({ ...session, actualStartAt: '2026-03-02T10:00:00Z' }, at('2026-03-02T10:05:00Z'), 'draft')).toBeNull();
  });
});

describe('empty written sections', () => {
  it('splits required (refused) from optional (confirmed)', () => {
    expect(emptySections('SOAP', { subjective: 'ok', assessment: ' ', plan: '' }, ['plan'])).toEqual({ required: ['plan'], optional: ['assessment'] });
    expect(emptySections('DAP', { data: '', assessment: 'a', plan: 'p' }, [])).toEqual({ required: [], optional: [] });
  });
});

describe('the note’s attendance sentence', () => {
  const s = { localDate: '2026-03-02', durationMinutes: 45, type: 'individual', setting: 'school' };
  it('never says attended when attendance was not recorded', () => {
    expect(attendanceSentence('Maya', { ...s, attendance: 'expected' })).toBe('Maya’s attendance at the individual session on 2026-03-02 is not recorded.');
    expect(attendanceSentence('Maya', { ...s, attendance: 'absent', absenceReason: 'illness' })).toBe('Maya was absent from the individual session on 2026-03-02 (illness).');
    expect(attendanceSentence('Maya', { ...s, attendance: 'late', lateMinutes: 10, length: { minutes: 40, source: 'recorded' } })).toBe('Maya arrived 10 minutes late to a 40-minute individual session on 2026-03-02, and took part for 30 minutes.');
    expect(attendanceSentence('Maya', { ...s, attendance: 'present' })).toMatch(/planned length/);
  });
});

describe('late entries', () => {
  const s = { startsAt: '2026-03-02T15:00:00Z', durationMinutes: 30, status: 'completed' };
  it.each([
    [s, '2026-03-04T15:30:00Z', 48, false], // exactly 48 h after the planned end
    [s, '2026-03-04T15:30:01Z', 48, true],
    [{ ...s, actualEndAt: '2026-03-02T16:10:00Z' }, '2026-03-04T16:00:00Z', 48, false], // the recorded end counts
    [s, '2026-03-03T16:00:00Z', 24, true], // a stricter policy
    [s, '2026-03-02T15:40:00Z', 48, false],
  ])('%o signed %s with a %i h window → late %s', (session, signed, hours, late) => expect(isLateEntry(session, at(signed), hours)).toBe(late));
});

describe('documentation owed', () => {
  const ended = { startsAt: '2026-03-02T10:30:00Z', durationMinutes: 45, status: 'planned', actualStartAt: null, actualEndAt: null };
  const h = (n: number) => at('2026-03-02T11:15:00Z') + n * 3_600_000;
  it.each([
    // session, attendance, note, now → owed, late
    [ended, 'present', null, h(1), 'note', false],
    [ended, 'late', 'draft', h(47), 'note', false],
    [ended, 'left_early', 'awaiting_cosign', h(49), 'note', true],
    [ended, 'expected', null, h(2), 'attendance', false],
    [ended, 'present', 'signed', h(100), null, false],
    [ended, 'absent', null, h(100), null, false],
    [ended, 'cancelled', null, h(100), null, false],
    [{ ...ended, status: 'cancelled' }, 'present', null, h(100), null, false],
    [ended, 'present', null, h(-0.5), null, false],
    [{ ...ended, status: 'completed' }, 'present', null, h(-0.5), 'note', false],
    [{ ...ended, actualEndAt: '2026-03-02T10:50:00Z' }, 'present', null, at('2026-03-04T10:51:00Z'), 'note', true],
  ] as const)('%o, %s, note %s, at %i → %s (late %s)', (s, attendance, note, now, owed, late) => {
    const r = documentationOwed(s, attendance, note, now);
    expect(r?.owed ?? null).toBe(owed);
    expect(r?.late ?? false).toBe(late);
  });
  it('counts from the recorded end when there is one, and never from before it', () => {
    const s = { ...ended, actualEndAt: '2026-03-02T11:00:00Z' };
    expect(documentationOwed(s, 'present', null, at('2026-03-02T12:00:00Z'))?.sinceMs).toBe(3_600_000);
    expect(documentationOwed({ ...ended, status: 'completed' }, 'present', null, at('2026-03-02T11:00:00Z'))?.sinceMs).toBe(0);
  });
});
