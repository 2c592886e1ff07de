/** Password hashing with node:crypto scrypt (memory-hard), and the password rules. */
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { PASSWORD_MIN_LENGTH } from '../../domain/roles.js';
import { COMMON_PASSWORDS } from './common-passwords.js';

export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/** OWASP's minimum for scrypt. 128 · N · r bytes = 128 MiB per hash, so maxmem is raised above it. */
export const PRODUCTION_COST: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };
const MAXMEM = 256 * 1024 * 1024;
const KEYLEN = 32;
let cost: ScryptCost = PRODUCTION_COST;

/**
 * Test suites create many users; at the production cost each hash takes most of a second on a
 * shared machine. Only a vitest worker outside production may lower it; anything else throws.
 */
export function lowerPasswordCostForTests(N = 2 ** 10): void {
  if (process.env.VITEST !== 'true' || process.env.NODE_ENV === 'production')
    throw new Error('the password cost can be lowered only inside the test runner');
  cost = { N, r: 8, p: 1 };
}

export function restoreProductionPasswordCost(): void {
  cost = PRODUCTION_COST;
}

function scrypt(password: string, salt: Buffer, keylen: number, opts: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => scryptCb(password, salt, keylen, opts, (err, key) => (err ? reject(err) : resolve(key))));
}

/** What is hashed and checked: the NFKC form, so the same password typed on any keyboard is the same. */
export const normalizePassword = (password: string) => password.normalize('NFKC');

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const { N, r, p } = cost;
  const key = await scrypt(normalizePassword(password), salt, KEYLEN, { N, r, p, maxmem: MAXMEM });
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export interface Verified {
  ok: boolean;
  /** The stored hash should be replaced: a lower cost than today's, or made from the unnormalized text. */
  rehash: boolean;
}

async function matches(candidate: string, stored: string): Promise<{ ok: boolean; weaker: boolean }> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return { ok: false, weaker: false };
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  const expected = Buffer.from(key, 'base64');
  try {
    const actual = await scrypt(candidate, Buffer.from(salt, 'base64'), expected.length, { ...params, maxmem: MAXMEM });
    const weaker = params.N < cost.N || params.r < cost.r || params.p < cost.p;
    return { ok: actual.length === expected.length && timingSafeEqual(actual, expected), weaker };
  } catch {
    return { ok: false, weaker: false };
  }
}

/**
 * Checks the NFKC form first; a password whose raw text differs from its NFKC form is also tried
 * as typed, for hashes made before passwords were normalized (then the hash is renewed).
 */
export async function checkStoredPassword(password: string, stored: string): Promise<Verified> {
  const normalized = normalizePassword(password);
  const first = await matches(normalized, stored);
  if (first.ok) return { ok: true, rehash: first.weaker };
  if (normalized === password) return { ok: false, rehash: false };
  const raw = await matches(password, stored);
  return { ok: raw.ok, rehash: raw.ok };
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  return (await checkStoredPassword(password, stored)).ok;
}

let dummy: { cost: ScryptCost; hash: string } | null = null;
/** A hash at today's cost to verify against when the account does not exist, so timing does not reveal it. */
export async function dummyHash(): Promise<string> {
  if (dummy?.cost !== cost) dummy = { cost, hash: await hashPassword(randomBytes(16).toString('hex')) };
  return dummy.hash;
}

export function passwordProblems(password: string, context: string[] = []): string | null {
  const normalized = normalizePassword(password);
  if (normalized.length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (normalized.length > 256) return 'must be at most 256 characters';
  const lower = normalized.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return 'is a commonly used password; choose another';
  if (context.some((c) => c.length >= 4 && lower.includes(normalizePassword(c).toLowerCase()))) return 'must not contain your name or email';
  if (new Set(normalized).size < 4) return 'is too repetitive';
  return null;
}
