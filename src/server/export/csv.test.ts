/** The research export: RFC 4180 CSV, tidy tables whose rows match the data, a complete data dictionary. */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { engines, startPractice, type Practice } from '../testing/harness.js';
import { parseArgs } from '../../cli/args.js';
import { exportCsvCommand } from '../../cli/export.js';
import { asWritten, csvField, parseCsv, toCsv, type Table } from './csv.js';
import { expectOk, id } from '../testing/fixtures.js';
import { exportWorld, TRICKY_CONDITION, type ExportWorld } from './test-world.js';

describe('CSV (RFC 4180)', () => {
  it('quotes only what needs quoting and doubles quotes', () => {
    expect([csvField('plain'), csvField('a,b'), csvField('say "hi"'), csvField('two\nlines'), csvField(null), csvField(2.5), csvField(false)]).toEqual([
      'plain', '"a,b"', '"say ""hi"""', '"two\nlines"', '', '2.5', 'false',
    ]);
  });

  it('reads back exactly what it writes, whatever the text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }).chain((n) => fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: n, maxLength: n }), { maxLength: 6 })), (rows) => {
        const width = rows[0]?.length ?? 1;
        const table: Table<string[]> = { file: 'x.csv', description: '', rows, columns: Array.from({ length: width }, (_, i) => ({ name: `c${i}`, description: '', value: (r: string[]) => r[i] })) };
        expect(parseCsv(toCsv(table))).toEqual([table.columns.map((c) => c.name), ...rows.map((r) => r.map(asWritten))]);
      }),
    );
  });

  it('defuses text a spreadsheet would run as a formula (OWASP): a leading quote, and the field quoted', () => {
    const planted = ['=HYPERLINK("http://x.example")', '+1+1', '-2+3', '@SUM(A1)', '\t=1+1', '\r=1+1'];
    expect(planted.map(csvField)).toEqual(['"\'=HYPERLINK(""http://x.example"")"', '"\'+1+1"', '"\'-2+3"', '"\'@SUM(A1)"', '"\'\t=1+1"', '"\'\r=1+1"']);
    expect([csvField('a=b'), csvField(' =1')]).toEqual(['a=b', ' =1']);
  });

  it('writes typed numbers as numbers, negative ones included', () => {
    expect([csvField(-0.5), csvField(-12), csvField(0)]).toEqual(['-0.5', '-12', '0']);
  });
});

describe.each(engines())('research export on %s', (engine) => {
  let p: Practice;
  let w: ExportWorld;
  let dir: string;
  let message: string;
  const read = (file: string) => {
    const [header, ...rows] = parseCsv(readFileSync(path.join(dir, file), 'utf8'));
    return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
  };
  beforeAll(async () => {
    p = await startPractice(engine);
    w = await exportWorld(p);
    dir = path.join(mkdtempSync(path.join(tmpdir(), 'crescendo-csv-')), 'export');
    message = await exportCsvCommand(p.database, parseArgs(['export', 'csv', '--out', dir]));
  });
  afterAll(() => p.close());

  it('writes the tables and the data dictionary', () => {
    for (const f of ['data_points.csv', 'session_summaries.csv', 'objectives.csv', 'sessions.csv', 'session_participants.csv', 'delivered_interventions.csv', 'clients.csv', 'data_dictionary.md'])
      expect(existsSync(path.join(dir, f)), f).toBe(true);
    expect(message).toContain(`data_points.csv ${w.points} rows`);
    expect(readFileSync(path.join(dir, 'sessions.csv'), 'utf8')).toMatch(/\r\n$/);
  });

  it('has one row per data point, per objective per session, per objective and per session', () => {
    const points = read('data_points.csv');
    expect(points).toHaveLength(w.points);
    const trials = points.filter((r) => r.objective_id === w.maya.trials.id);
    expect(trials).toHaveLength(4 * 4 + 1);
    expect(trials[0]).toMatchObject({ event_kind: 'trial', outcome: 'success', measurement_type: 'trials', client_id: w.maya.client.id, seconds: '' });
    expect(points.find((r) => r.event_kind === 'duration')).toMatchObject({ seconds: '30', outcome: '' });
    const summaries = read('session_summaries.csv');
    expect(summaries).toHaveLength(4 * 4 + 1 + 1);
    const first = summaries.find((r) => r.objective_id === w.maya.trials.id && r.session_id === w.individual[0]!.id)!;
    expect(first).toMatchObject({ value: '25', unit: '%', event_count: '4', metric: 'percent_success' });
    expect(read('objectives.csv')).toHaveLength(7);
    expect(read('sessions.csv')).toHaveLength(5);
    expect(read('session_participants.csv')).toHaveLength(6);
    expect(read('delivered_interventions.csv')).toHaveLength(4 + 2);
    expect(read('clients.csv').map((c) => c.client_id).sort()).toEqual([w.maya.client.id, w.noah.client.id].sort());
    expect(readFileSync(path.join(dir, 'clients.csv'), 'utf8')).not.toContain('Maya');
  });

  it('round-trips a field with a comma, quotes and a line break', () => {
    const raw = readFileSync(path.join(dir, 'objectives.csv'), 'utf8');
    expect(raw).toContain('"When the ""big"" drum, the red one, is\nplayed; then waits"');
    expect(read('objectives.csv').find((o) => o.objective_id === w.extra.id)!.condition).toBe(TRICKY_CONDITION);
  });

  it('describes every column of every file in the data dictionary', () => {
    const dictionary = readFileSync(path.join(dir, 'data_dictionary.md'), 'utf8');
    for (const f of ['data_points.csv', 'session_summaries.csv', 'objectives.csv', 'sessions.csv', 'session_participants.csv', 'delivered_interventions.csv', 'clients.csv']) {
      expect(dictionary).toContain(`## ${f}`);
      const [header] = parseCsv(readFileSync(path.join(dir, f), 'utf8'));
      for (const column of header!) expect(dictionary, `${f}: ${column}`).toMatch(new RegExp(`\\| \`${column}\` \\| \\S`));
    }
    expect(dictionary).toContain('OWASP');
  });

  it('writes formulas planted in free text as text: = + - @ TAB CR each get a leading quote', async () => {
    const planted = ['=cmd|" /C calc"!A0', '+SUM(1,2)', '-1+2', '@SUM(A1:A9)', '\t=1+1', '\r=2+2'];
    const ids: string[] = [];
    for (const condition of planted) {
      const o = await expectOk(
        p.users.therapist1.api.post(`/api/v1/goals/${w.maya.goal.id}/objectives`, {
          id: id(), statement: 'Plays on cue', behaviour: 'plays', condition, measurement: { type: 'frequency', metric: 'count' },
          criterion: { comparator: '>=', value: 3, window: { kind: 'consecutive', sessions: 3 }, minSessions: 3 }, direction: 'increase', status: 'active',
        }),
        201,
      );
      ids.push(o.id);
    }
    const again = `${dir}-formulas`;
    await exportCsvCommand(p.database, parseArgs(['export', 'csv', '--out', again]));
    const raw = readFileSync(path.join(again, 'objectives.csv'), 'utf8');
    const [header, ...rows] = parseCsv(raw);
    const condition = header!.indexOf('condition');
    const byId = new Map(rows.map((r) => [r[0], r[condition]]));
    expect(ids.map((i) => byId.get(i))).toEqual(planted.map((t) => `'${t}`));
    for (const t of planted) expect(raw).toContain(`"'${t.replace(/"/g, '""')}"`);
    expect(raw).not.toMatch(/,[=+@\t]/);
  });
});
