/** A real server process: `node --import tsx src/server/main.ts`, as `npm run dev` runs it, timed to its first healthy answer. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

export interface Server {
  proc: ChildProcess;
  url: string;
  /** Spawn → first 200 from /api/health, in seconds. */
  startSeconds: number;
  /** Resident set size now, and its peak, in MB (Linux /proc). */
  rss(): { rss: number | null; peak: number | null };
  stop(): Promise<void>;
}

export type Target = { databaseUrl: string } | { dataDir: string };

export async function startServer(target: Target, timeoutMs = 180_000): Promise<Server> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1' };
  delete env.DATABASE_URL;
  delete env.TEST_DATABASE_URL;
  delete env.CRESCENDO_DATA_DIR;
  if ('databaseUrl' in target) env.DATABASE_URL = target.databaseUrl;
  else env.CRESCENDO_DATA_DIR = target.dataDir;
  const started = performance.now();
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  proc.stderr!.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4000);
  });
  let exited: number | null = null;
  const exit = new Promise<void>((resolve) => proc.on('exit', (code) => { exited = code ?? -1; resolve(); }));
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (exited !== null) throw new Error(`the server exited (${exited}) before answering: ${stderr.trim()}`);
    if (performance.now() - started > timeoutMs) {
      proc.kill('SIGKILL');
      throw new Error(`the server did not answer within ${timeoutMs / 1000} s: ${stderr.trim()}`);
    }
    try {
      const r = await fetch(`${url}/api/health`);
      await r.arrayBuffer();
      if (r.status === 200) break;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  const startSeconds = (performance.now() - started) / 1000;
  return {
    proc, url, startSeconds,
    rss: () => {
      try {
        const status = readFileSync(`/proc/${proc.pid}/status`, 'utf8');
        const kb = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+) kB`).exec(status)?.[1] ?? NaN) / 1024;
        return { rss: kb('VmRSS'), peak: kb('VmHWM') };
      } catch {
        return { rss: null, peak: null };
      }
    },
    stop: async () => {
      if (exited !== null) return;
      proc.kill('SIGTERM');
      const t = setTimeout(() => proc.kill('SIGKILL'), 15_000);
      await exit;
      clearTimeout(t);
    },
  };
}
