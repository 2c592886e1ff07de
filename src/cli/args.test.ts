/** The CLI refuses an option its command does not take: a typo must not widen what a command does. */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from './args.js';

const run = promisify(execFile);

describe('crescendo arguments', () => {
  it('reads each command with its own options', () => {
    expect(parseArgs(['export', 'fhir', '--out', 'b.json', '--client', 'c1'])).toEqual({ words: ['export', 'fhir'], flags: { out: 'b.json', client: 'c1' } });
    expect(parseArgs(['backup', '--out=x.json'])).toEqual({ words: ['backup'], flags: { out: 'x.json' } });
    expect(parseArgs(['user', 'add', '--email', 'a@b.example', '--role', 'therapist', '--name', 'A B']).flags).toEqual({ email: 'a@b.example', role: 'therapist', name: 'A B' });
  });

  it.each([
    [['export', 'fhir', '--out', 'f.json', '--clinet', 'X'], 'unknown option --clinet for "export fhir" (it takes --out, --client)'],
    [['export', 'csv', '--out', 'd', '--client', 'X'], 'unknown option --client for "export csv" (it takes --out)'],
    [['backup', '--out'], '--out needs a value'],
    [['backup', '--out', 'x', 'extra'], 'unexpected argument extra for "backup"'],
    [['restore', '-i', 'x'], 'unknown option -i for "restore"'],
    [['export', 'xml'], 'unknown command: export xml'],
    [[], 'no command given'],
  ])('refuses %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });

  it('`export fhir --clinet X` exits 2 with the reason and writes nothing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'crescendo-cli-'));
    const out = path.join(dir, 'bundle.json');
    const failed = await run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'export', 'fhir', '--out', out, '--clinet', 'X'], {
      env: { ...process.env, CRESCENDO_DATA_DIR: path.join(dir, 'data'), DATABASE_URL: '' },
    }).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(failed?.code).toBe(2);
    expect(failed?.stderr.split('\n')[0]).toBe('crescendo: unknown option --clinet for "export fhir" (it takes --out, --client); nothing was done');
    expect(existsSync(out)).toBe(false);
    expect(existsSync(path.join(dir, 'data'))).toBe(false);
  }, 60_000);
});
