import { describe, expect, it } from 'vitest';
import { cosignDecision, planVersionStatus, signatureNeedsCosign, type CosignFacts } from './plan-cosign.js';
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
