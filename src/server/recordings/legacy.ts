/**
 * The legacy export (hospice legacy work): a client's legacy recordings as plain audio files with a
 * simple index page, in one tar archive the family opens with any archive tool. Only clips the
 * therapist marked as legacy are in it: a session recording of a group holds other clients' voices.
 */
import { clipLength } from '../../domain/recordings.js';
import type { Ctx } from '../access/acting-user.js';
import { requireClient } from '../access/policy.js';
import { inRead } from '../access/run.js';
import { audit } from '../audit/audit.js';
import { ruleBroken } from '../http/problem.js';
import { esc } from '../reports/html-layout.js';
import { ascii } from '../reports/deliver.js';
import { clientRows } from './service.js';
import type { RecordingStore } from './store.js';
import { tarOf } from './tar.js';


const EXTENSION: Record<string, string> = { 'audio/webm': 'webm', 'audio/ogg': 'ogg', 'audio/mp4': 'm4a', 'audio/mpeg': 'mp3', 'audio/wav': 'wav' };


export async function legacyExport(ctx: Ctx, store: RecordingStore, clientId: string): Promise<{ filename: string; bytes: Buffer; count: number }> {
  return inRead(ctx, async (db) => {
    const { client } = await requireClient(db, ctx, clientId);
    const rows = await clientRows(db, ctx, clientId, true);
    if (rows.length === 0) throw ruleBroken('this client has no legacy recordings yet: mark a recording as legacy when it is uploaded', [{ path: 'params.id', message: 'no legacy recordings' }], 'no-legacy-recordings');
    const name = client.preferredName ?? client.firstName;
    const folder = `${ascii(`${name} ${client.lastName}`)}-recordings`;
    const files = rows.map((x, i) => ({
      ...x,
      file: `${String(i + 1).padStart(2, '0')}-${x.localDate}-${ascii(x.r.title || 'recording').slice(0, 40)}.${EXTENSION[x.r.mime] ?? 'audio'}`,
    }));
    const items = files
      .map((f) => `<li><p><strong>${esc(f.r.title || 'Recording')}</strong> — ${esc(f.localDate)}${f.r.durationMs ? ` (${clipLength(f.r.durationMs)})` : ''}</p><audio controls src="${esc(f.file)}"></audio><p><a href="${esc(f.file)}">${esc(f.file)}</a></p></li>`)
      .join('\n');
    const index = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Recordings of ${esc(name)} ${esc(client.lastName)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5}li{margin-bottom:1.5rem}audio{width:100%}</style></head>
<body><h1>Recordings of ${esc(name)} ${esc(client.lastName)}</h1>
<p>${files.length} recording${files.length === 1 ? '' : 's'} from music therapy, oldest first. Open a file to listen; each one is a plain audio file you can copy and keep.</p>
<ol>
${items}
</ol></body></html>
`;
    const bytes = tarOf([{ name: `${folder}/index.html`, bytes: Buffer.from(index, 'utf8') }, ...files.map((f) => ({ name: `${folder}/${f.file}`, bytes: store.read(f.r.sha256) }))]);
    await audit(db, ctx, { action: 'export', entityType: 'legacy_recordings', entityId: clientId, clientId, detail: { recordings: files.map((f) => f.r.id) } });
    return { filename: `${folder}.tar`, bytes, count: files.length };
  });
}
