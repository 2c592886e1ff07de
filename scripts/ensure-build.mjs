// Builds the web app and the server when the build is missing or older than the sources,
// so `npm ci && npm start` on a fresh clone is all it takes.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { execSync } from 'node:child_process';

function newest(dir) {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const marker = 'dist/server/main.js';
const web = 'dist/web/index.html';
const stale = !existsSync(marker) || !existsSync(web) || Math.max(newest('src'), newest('drizzle')) > Math.min(statSync(marker).mtimeMs, statSync(web).mtimeMs);
if (stale) {
  process.stdout.write('Building Crescendo (first start or changed sources)…\n');
  execSync('npm run build', { stdio: 'inherit' });
}
