import { describe, expect, it } from 'vitest';
import { cosignDecision, overtakenBy, planVersionStatus, signatureNeedsCosign, type CosignFacts, type PlanVersionStatus } from './plan-cosign.js';
import type { Role } from './roles.js';

describe('a plan version’s status from its signatures', () => {
  const cases: [string, Parameters<typeof planVersionStatus>[0], ReturnType<typeof planVersionStatus>][] = [
    ['not signed', { signedAt: null, requiresCosign: false, cosignedAt: null }, 'draft'],
    ['signed by a therapist', { signedAt: '2026-12-01T15:00:00Z', requiresCosign: false, cosignedAt: null }, 'signed'],
    ['signed by an intern', { signedAt: '2026-12-01T15:00:00Z', requiresCosign: true, cosignedAt: null }, 'awaiting_cosign'],
    ['signed by an intern, co-signed', { signedAt: '2026-12-01T15:00:00Z', requiresCosign: true, cosignedAt: '2026-12-02T15:00:00Z' }, 'signed'],
  ];
  it.each(cases)('%s', (_, v, want) => expect(planVersionStatus(v)).toBe(want));
});

describe('whose signature needs a co-signature', () => {
  const cases: [Role[], boolean][] = [
    [['intern'], true],
    [['therapist'], false],
    [['supervisor'], false],
    [['intern', 'therapist'], false],
    [['intern', 'supervisor'], false],
    [['supervisor', 'admin'], false],
  ];
  it.each(cases)('%j → %s', (roles, want) => expect(signatureNeedsCosign(roles)).toBe(want));
});

describe('who may co-sign a plan version, and what results', () => {
  const ok: CosignFacts = { status: 'awaiting_cosign', isSigner: false, supervisesSigner: true, hashMatches: true, laterInForce: false };
  const cases: [string, Partial<CosignFacts>, string][] = [
    ['the intern’s supervisor, the version read', {}, 'signed'],
    ['a draft', { status: 'draft' }, 'conflict'],
    ['already in force', { status: 'signed' }, 'conflict'],
    ['the intern who signed it', { isSigner: true, supervisesSigner: false }, 'forbidden'],
    ['another clinician, not the intern’s supervisor', { supervisesSigner: false }, 'forbidden'],
    ['the supervisor, another content hash', { hashMatches: false }, 'conflict'],
    ['the supervisor, a later version already in force', { laterInForce: true }, 'conflict'],
    ['not the supervisor, another content hash: refused as not the supervisor', { supervisesSigner: false, hashMatches: false }, 'forbidden'],
  ];
  it.each(cases)('%s → %s', (_, over, want) => {
    const d = cosignDecision({ ...ok, ...over });
    expect(d.ok ? d.status : d.refuse).toBe(want);
  });
});

describe('a version awaiting co-signature that a later version in force overtook', () => {
  const v = (number: number, status: PlanVersionStatus) => ({ number, status });
  const cases: [string, { number: number; status: PlanVersionStatus }, { number: number; status: PlanVersionStatus }[], number | null][] = [
    ['awaiting, nothing later', v(2, 'awaiting_cosign'), [v(1, 'signed'), v(2, 'awaiting_cosign')], null],
    ['awaiting, a later draft only', v(2, 'awaiting_cosign'), [v(2, 'awaiting_cosign'), v(3, 'draft')], null],
    ['awaiting, a later one also awaiting', v(2, 'awaiting_cosign'), [v(2, 'awaiting_cosign'), v(3, 'awaiting_cosign')], null],
    ['awaiting, a later one in force', v(2, 'awaiting_cosign'), [v(1, 'signed'), v(2, 'awaiting_cosign'), v(3, 'signed')], 3],
    ['awaiting, two later in force: the first', v(2, 'awaiting_cosign'), [v(4, 'signed'), v(2, 'awaiting_cosign'), v(3, 'signed')], 3],
    ['awaiting, only an earlier one in force', v(2, 'awaiting_cosign'), [v(1, 'signed'), v(2, 'awaiting_cosign')], null],
    ['signed, a later one in force', v(2, 'signed'), [v(2, 'signed'), v(3, 'signed')], null],
    ['draft, a later one in force', v(2, 'draft'), [v(2, 'draft'), v(3, 'signed')], null],
  ];
  it.each(cases)('%s', (_, version, all, want) => expect(overtakenBy(version, all)).toBe(want));
});
