import { randomBytes, scryptSync } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../db/schema.js';
import { api, engines, startPractice, type Practice } from '../testing/harness.js';
import { COMMON_PASSWORDS } from './common-passwords.js';
import { hashPassword, lowerPasswordCostForTests, passwordProblems, restoreProductionPasswordCost } from './passwords.js';

/** A hash as an older Crescendo wrote it: N = 2^14, and of the text exactly as typed. */
function legacyHash(password: string, N = 16384): string {
  const salt = randomBytes(16);
  const key = scryptSync(password, salt, 32, { N, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
  return `scrypt$${N}$8$1$${salt.toString('base64')}$${key.toString('base64')}`;
}

describe('password rules', () => {
  it('the blocklist holds the 10,000 most common passwords', () => {
    expect(COMMON_PASSWORDS.size).toBeGreaterThanOrEqual(10_000);
    for (const p of ['leavemealone', 'qazwsxedcrfv', '123qweasdzxc']) expect(passwordProblems(p)).toMatch(/commonly used/);
  });

  it('normalizes (NFKC) before the common-password check: full-width letters are the same password', () => {
    expect(passwordProblems('ｐａｓｓｗｏｒｄｐａｓｓｗｏｒｄ')).toMatch(/commonly used/);
    expect(passwordProblems('ＬＥＡＶＥＭＥＡＬＯＮＥ')).toMatch(/commonly used/);
  });

  it("hashes at OWASP's minimum scrypt cost (N = 2^17, r = 8, p = 1)", async () => {
    restoreProductionPasswordCost();
    try {
      expect(await hashPassword('a long clinic passphrase 42')).toMatch(/^scrypt\$131072\$8\$1\$/);
    } finally {
      lowerPasswordCostForTests();
    }
  });

  it('the cost can be lowered only inside the test runner', () => {
    const saved = process.env.VITEST;
    delete process.env.VITEST;
    try {
      expect(() => lowerPasswordCostForTests()).toThrow(/only inside the test runner/);
    } finally {
      process.env.VITEST = saved;
    }
  });
});

describe.each(engines())('stored hashes are renewed at sign-in on %s', (engine) => {
  let p: Practice;
  beforeAll(async () => {
    p = await startPractice(engine);
  });
  afterAll(() => p.close());

  const hashOf = async (id: string) => (await p.database.db.select({ h: users.passwordHash }).from(users).where(eq(users.id, id)))[0]!.h;
  const signIn = (email: string, password: string) => api(p.app).post('/api/v1/auth/login', { email, password });

  it('a hash of a lower cost signs in and is rehashed at the production cost', async () => {
    const id = p.users.therapist2.id;
    await p.database.db.update(users).set({ passwordHash: legacyHash('an older clinic passphrase 7') }).where(eq(users.id, id));
    restoreProductionPasswordCost();
    try {
      expect((await signIn('therapist2@test.example', 'an older clinic passphrase 7')).status).toBe(200);
      expect(await hashOf(id)).toMatch(/^scrypt\$131072\$8\$1\$/);
    } finally {
      lowerPasswordCostForTests();
    }
    expect((await signIn('therapist2@test.example', 'an older clinic passphrase 7')).status).toBe(200);
  });

  it('a hash made of the unnormalized text still signs in, and is renewed from the NFKC form', async () => {
    const id = p.users.intern.id;
    const typed = 'ﬁddle ﬁngers practice ²⁴'; // ligatures and superscripts change under NFKC
    expect(typed.normalize('NFKC')).not.toBe(typed);
    const old = legacyHash(typed);
    await p.database.db.update(users).set({ passwordHash: old }).where(eq(users.id, id));
    expect((await signIn('intern@test.example', typed)).status).toBe(200);
    expect(await hashOf(id)).not.toBe(old);
    // The renewed hash is of the NFKC form: typed either way, it is the same password.
    expect((await signIn('intern@test.example', typed.normalize('NFKC'))).status).toBe(200);
    expect((await signIn('intern@test.example', typed)).status).toBe(200);
  });
});
