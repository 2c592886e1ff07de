/**
 * The recordings' file store: content-addressed files under one directory, each named by the
 * sha256 of its bytes (ab/abcdef….bin), so a clip uploaded twice is stored once and a file that no
 * longer matches its name is seen to be damaged. A file is written to a temporary name beside its
 * place and renamed there, so a crash never leaves half a clip under a real name.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';

export const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const HEX64 = /^[0-9a-f]{64}$/;

export class RecordingStore {
  constructor(readonly dir: string) {}

  pathOf(sha256: string): string {
    if (!HEX64.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
    return path.join(this.dir, sha256.slice(0, 2), `${sha256}.bin`);
  }

  has(sha256: string): boolean {
    return existsSync(this.pathOf(sha256));
  }

  /** Stores the bytes (once: the same bytes again change nothing) and returns their sha256. */
  put(bytes: Buffer): string {
    const sha256 = sha256Of(bytes);
    const target = this.pathOf(sha256);
    if (existsSync(target) && statSync(target).size === bytes.length) return sha256;
    mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
    const tmp = path.join(path.dirname(target), `.${randomUUID()}.partial`);
    try {
      writeFileSync(tmp, bytes, { mode: 0o600, flush: true });
      renameSync(tmp, target);
    } finally {
      rmSync(tmp, { force: true });
    }
    return sha256;
  }

  /** Stores bytes that must be the ones named (a restore): refused when they are not. */
  putExpected(sha256: string, bytes: Buffer): void {
    if (sha256Of(bytes) !== sha256) throw new Error(`the audio for ${sha256} does not match its hash`);
    this.put(bytes);
  }

  read(sha256: string): Buffer {
    return readFileSync(this.pathOf(sha256));
  }

  /** The bytes start..end (inclusive) of a stored file. */
  stream(sha256: string, start: number, end: number): Readable {
    return createReadStream(this.pathOf(sha256), { start, end });
  }

  /** Whether the stored file is there and still holds the bytes its name says. */
  intact(sha256: string): boolean {
    return this.has(sha256) && sha256Of(this.read(sha256)) === sha256;
  }
}
