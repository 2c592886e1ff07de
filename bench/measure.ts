/** Timing helpers: repeated runs summarized as median and p95, and throughput with N requests in flight. */
import { performance } from 'node:perf_hooks';

export interface Timing {
  median: number;
  p95: number;
  max: number;
  n: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * p) - 1))]!;
}

export function summarize(samples: number[]): Timing {
  const s = [...samples].sort((a, b) => a - b);
  return { median: percentile(s, 0.5), p95: percentile(s, 0.95), max: s.at(-1) ?? NaN, n: s.length };
}

/** Runs `fn` `warmup` times untimed, then `reps` times timed (ms). `fn` gets the repetition index. */
export async function timeReps(fn: (i: number) => Promise<unknown>, reps: number, warmup = 2): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const t: number[] = [];
  for (let i = 0; i < reps; i++) {
    const s = performance.now();
    await fn(i);
    t.push(performance.now() - s);
  }
  return summarize(t);
}

export interface Throughput {
  /** Points (or requests) per second over the wall time. */
  perSecond: number;
  requests: number;
  points: number;
  errors: number;
  firstError: string | null;
  seconds: number;
  latency: Timing;
}

/**
 * `inFlight` workers, each issuing requests one after another until `total` requests have been made;
 * `fn` returns how many points the request stored (a batch of 50 counts as 50).
 */
export async function throughput(inFlight: number, total: number, fn: (worker: number, i: number) => Promise<number>): Promise<Throughput> {
  let next = 0;
  let points = 0;
  let errors = 0;
  let firstError: string | null = null;
  const lat: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async (_, w) => {
      for (let i = next++; i < total; i = next++) {
        const s = performance.now();
        try {
          const n = await fn(w, i); // not `points += await …`: that reads `points` before the await
          points += n;
        } catch (err) {
          errors++;
          firstError ??= (err as Error).message.slice(0, 300);
        }
        lat.push(performance.now() - s);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { perSecond: points / seconds, requests: total, points, errors, firstError, seconds, latency: summarize(lat) };
}
