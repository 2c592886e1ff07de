/**
 * Deterministic ids for the demo: UUID v4s drawn from a seed, so two loads of the demo give the same
 * records with the same ids. An id is named by what it is for (`client/maya`), and a stream gives a
 * client's records their ids in the order the loader creates them.
 */
import { createHash } from 'node:crypto';

/** The seed every demo id derives from; change it and every id changes. */
export const DEMO_SEED = 'crescendo-demo-practice/1';

/** A UUID v4 (version and variant bits set) whose random bits are the SHA-256 of the seed and name. */
export function seededUuid(name: string, seed = DEMO_SEED): string {
  const b = createHash('sha256').update(`${seed}\u0000${name}`).digest();
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.subarray(0, 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A seeded UUID v4 generator: the n-th id it gives depends only on the seed, the stream's name and n. */
export function idStream(name: string, seed = DEMO_SEED): () => string {
  let n = 0;
  return () => seededUuid(`${name}#${n++}`, seed);
}
