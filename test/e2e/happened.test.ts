/**
 * A session as a music therapist records it, in Chromium on the demo practice, through the screens:
 * Harold (Parkinson's, gait) has a session planned for now; he arrives 10 minutes late; his baseline
 * cadence is entered and the RAS cue set 5 % above it; his steps are counted to the click; two songs
 * in two keys and tempi are recorded on the RAS intervention; the second planned intervention is not
 * delivered and is unticked at the end. Then what a clinician checks before signing: the note, the
 * progress graph and the repertoire say what happened, no more and no less.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { Running } from './server.js';
import { card, demoInChromium, screen, signIn, waitAllSaved } from './helpers.js';
import { seededUuid } from '../../src/cli/demo/ids.js';

const harold = seededUuid('client/harold');
// The clinic's zone (the demo practice is in Chicago): the therapist's browser is there too.
const ZONE = 'America/Chicago';
const CUED = 'During walking with a rhythmic auditory cue, Harold will walk at a cadence of at least 100 steps per minute across 3 consecutive sessions.';
const TEN_METRE = 'Harold will complete the 10-metre walk test in 12 s or less in 4 of 5 sessions.';
const RAS = 'Rhythmic auditory stimulation for gait training';
const PSE = 'Patterned sensory enhancement for sit-to-stand and functional movement';
const LATE = 10;
const BASELINE = 100; // steps/min, entered from the uncued walk
const CUE = 105; // +5 %
const STEPS = 53; // counted over a 30-second walk to the cue
// A march at the cue tempo for the walk, and a warm-up song at his own pace.
const SONGS = [
  { title: 'The Washington Post', key: 'B♭ major', tempo: '105' },
  { title: 'Johnny B. Goode', key: 'A major', tempo: '84' },
] as const;
const SIZES = [[768, 1024], [390, 844]] as const;

/** A date as the clinic's calendar has it (the session's local date, whatever the UTC date is). */
const clinicDate = (instant: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
const clinicTime = (instant: Date) => new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);

describe('a session as it happened, recorded by hand', () => {
  const demo = demoInChromium();
  let server: Running;
  let context: BrowserContext;
  let page: Page;
  let sessionId = '';
  let sessionDate = '';
  let noteText = '';
  beforeAll(async () => {
    server = demo.server;
    context = await demo.browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: ZONE, locale: 'en-US' });
    page = await context.newPage();
    demo.page = page; // a failure's screenshot is of this page
  });

  async function shots(name: string) {
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      await page.evaluate(() => window.scrollTo(0, 0));
      const wider = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(wider, `${name} scrolls sideways at ${width} px`).toBe(0);
      await screen(page, `happened-${name}-${width}`, { axe: width === 768 });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  it('links a second intervention in Harold’s plan, plans a session starting now and adds both', async () => {
    await signIn(page, server.url, 'therapist2@demo.crescendo.test');
    await page.goto(`${server.url}/clients/${harold}/plan`);
    await page.getByRole('heading', { name: 'Treatment plan: Harold Jensen' }).waitFor();
    await page.getByLabel('Objective', { exact: true }).selectOption({ label: TEN_METRE });
    await page.getByLabel('Goal domain', { exact: true }).last().selectOption({ label: 'All domains' });
    const pse = page.getByRole('article', { name: PSE });
    await pse.getByRole('button', { name: /Link/ }).click();
    await pse.getByText('Linked').waitFor();

    await page.goto(`${server.url}/clients/${harold}`);
    await page.getByRole('link', { name: 'Plan a session' }).click();
    await page.getByRole('heading', { name: 'Plan a session' }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Harold Jensen' }).isChecked()).toBe(true);
    const now = new Date();
    sessionDate = clinicDate(now);
    await page.getByLabel('Date').fill(sessionDate);
    await page.getByLabel('Start time').fill(clinicTime(now));
    await page.getByText(`Time zone: ${ZONE}`).waitFor();
    await page.getByLabel('Duration (minutes)').fill('45');
    await page.getByLabel('Location (optional)').fill('Rehabilitation centre, therapy gym');
    await page.getByRole('button', { name: 'Create session' }).click();
    await page.getByRole('heading', { name: 'Participants' }).waitFor();
    sessionId = new URL(page.url()).pathname.split('/')[2]!;
    for (const name of [RAS, PSE]) {
      await page.getByRole('article', { name }).getByRole('button', { name: /to this session/ }).click();
      await page.getByRole('listitem').filter({ hasText: new RegExp(`${name}\\s*planned, not delivered`) }).waitFor();
    }
  });

  it('records the late arrival, the cue 5 % over the entered cadence and the steps walked to it', async () => {
    await page.getByRole('link', { name: 'Start capture' }).click();
    await card(page, CUED).waitFor();
    const attendance = page.getByLabel('Attendance of Harold');
    await attendance.selectOption('late');
    await page.getByLabel(/minutes late/).fill(String(LATE));
    await page.getByLabel(/minutes late/).blur();
    await expect.poll(async () => {
      const s = (await (await page.request.get(`${server.url}/api/v1/sessions/${sessionId}`)).json()) as { participants: { attendance: string; lateMinutes: number | null }[] };
      return [s.participants[0]!.attendance, s.participants[0]!.lateMinutes];
    }).toEqual(['late', LATE]);

    await page.getByRole('radio', { name: RAS }).check();
    const panel = page.getByRole('region', { name: 'RAS metronome' });
    await panel.getByLabel(/Baseline cadence/).fill(String(BASELINE));
    for (let i = 0; i < 5; i++) await panel.getByRole('button', { name: '1 % faster' }).click();
    await panel.getByTestId('cue-tempo').filter({ hasText: `${CUE} bpm` }).waitFor();
    await panel.getByText('+5 % of baseline').waitFor();
    await panel.getByRole('radio', { name: '2/4' }).check();
    await panel.getByRole('button', { name: `Start click at ${CUE} bpm` }).click();
    await panel.getByTestId('metronome-status').filter({ hasText: `Clicking at ${CUE} bpm` }).waitFor();
    const cued = card(page, CUED);
    for (let i = 0; i < STEPS; i++) await cued.getByRole('button', { name: /Occurrence/ }).click();
    await cued.getByRole('button', { name: `Occurrence (${STEPS})` }).waitFor();
    await panel.getByRole('button', { name: 'Stop click' }).click();
    // The walk was timed: the cadence is the steps over its 30 s, not over the whole session.
    await cued.getByLabel('Seconds counted over').fill('30');
    await cued.getByRole('button', { name: 'Save Seconds counted over' }).click();
    await cued.getByTestId('tally').filter({ hasText: `${STEPS} steps in 30 s (${STEPS * 2} steps/min)` }).waitFor();
    await waitAllSaved(page);
    const stored = (await (await page.request.get(`${server.url}/api/v1/sessions/${sessionId}/data-points`)).json()) as { items: { event: { kind: string }; cueTempoBpm: number | null }[] };
    expect(stored.items.filter((p) => p.event.kind === 'occurrence').map((p) => p.cueTempoBpm)).toEqual(Array(STEPS).fill(CUE));
  });

  it('records two songs, in two keys and tempi, on the RAS intervention', async () => {
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Session' }).click();
    await page.getByRole('heading', { name: 'Participants' }).waitFor();
    await page.getByRole('button', { name: `+ Song, key and tempo for ${RAS}` }).click();
    const form = page.getByRole('form', { name: `Add a song to ${RAS}` });
    for (const s of SONGS) {
      await form.getByLabel('Song or piece').fill(s.title);
      await form.getByLabel('Key').selectOption(s.key);
      await form.getByLabel('Tempo (bpm)').fill(s.tempo);
      await form.getByRole('button', { name: 'Add song' }).click();
      await page.getByText(`♪ ${s.title} (${s.key}, ${s.tempo} bpm`).waitFor();
    }
    await form.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('listitem').filter({ hasText: new RegExp(`${RAS}\\s*delivered`) }).waitFor();
    // Ticked as planned for today; it turns out there is no time for it.
    await page.getByRole('listitem').filter({ hasText: PSE }).getByRole('checkbox').click(); // saved, then the list refreshes: wait for the words, not the box
    await page.getByRole('listitem').filter({ hasText: new RegExp(`${PSE}\\s*delivered`) }).waitFor();
  });

  it('ends the session: the step before the note unticks what was not delivered', async () => {
    await page.getByRole('link', { name: 'Start capture' }).click();
    await card(page, CUED).waitFor();
    await page.getByRole('button', { name: 'End session and write the note' }).click();
    const step = page.getByRole('region', { name: 'Before the note: what happened' });
    await step.waitFor();
    const pse = step.getByRole('listitem').filter({ hasText: PSE });
    await pse.getByRole('checkbox').click();
    await step.getByRole('listitem').filter({ hasText: new RegExp(`${PSE}\\s*planned, not delivered`) }).waitFor();
    for (const s of SONGS) await step.getByText(`♪ ${s.title} (${s.key}, ${s.tempo} bpm`).waitFor();
    await shots('end-step');
    await step.getByRole('button', { name: 'Go on to the note' }).click();
    await page.getByRole('heading', { name: /SOAP note: Harold Jensen/ }).waitFor();
  });

  it('drafts the note with the late arrival, only what was delivered, both songs and the cadence to the cue', async () => {
    const objective = page.getByTestId('note-objective');
    await expect.poll(() => objective.textContent()).toContain('Harold arrived');
    noteText = (await objective.innerText()).trim();
    console.log(`--- the note's objective section ---\n${noteText}\n---`);
    const lines = noteText.split('\n');
    expect(lines[0]).toMatch(new RegExp(`^Harold arrived ${LATE} minutes late to a \\d+-minute individual session on ${sessionDate}, and took part for \\d+ minutes\\.$`));
    const delivered = lines.slice(lines.indexOf('Interventions delivered:') + 1).filter((l) => l.startsWith('•'));
    expect(delivered).toHaveLength(1);
    expect(delivered[0]).toContain(RAS);
    for (const s of SONGS) expect(delivered[0]).toContain(`${s.title} (${s.key}, ${s.tempo} bpm`);
    expect(delivered.join('\n')).not.toContain(PSE);
    expect(lines).toContain(`Planned and not delivered: ${PSE}.`);
    expect(lines).toContain(`• Cadence with the cue: ${STEPS} steps in 30 s (${STEPS * 2} steps/min), walked to a RAS cue at ${CUE} bpm.`);
    // Only the cued cadence was walked to the click.
    expect(lines.filter((l) => l.includes('RAS cue at'))).toHaveLength(1);
    expect(noteText).not.toMatch(/\.\.|\.:|\s\./);
    await page.getByLabel('Subjective').fill('Harold arrived 10 minutes late (transport delay); reports his legs feel “freer” this week.');
    await page.getByLabel('Assessment').fill('Entrained to the cue within the first bars; stride lengthened.');
    await page.getByLabel('Plan').fill('Continue RAS at +5 %; patterned sensory enhancement for sit-to-stand next session.');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByText(/^Saved at/).waitFor();
    await shots('note');
  });

  it('graphs the session’s cadence with its cue tempo', async () => {
    await page.goto(`${server.url}/clients/${harold}/progress`);
    await page.getByRole('link', { name: /rhythmic auditory cue/ }).click();
    await page.getByRole('heading', { level: 1, name: /rhythmic auditory cue/ }).waitFor();
    await page.getByTestId('progress-chart').locator('svg').waitFor();
    await page.getByText(/The session values as a table/).click();
    const table = page.getByRole('table', { name: 'Session values' });
    const last = table.getByRole('row').last();
    const cells = await last.getByRole('cell').allInnerTexts();
    expect(cells.join(' | ')).toContain(`${STEPS * 2} steps/min`);
    expect(cells).toContain(`${CUE} steps/min`);
    await shots('progress');
  });

  it('lists both songs in Harold’s repertoire with key and tempo on the session’s date', async () => {
    await page.goto(`${server.url}/clients/${harold}`);
    await page.getByRole('link', { name: 'Music', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Music: Harold Jensen' }).waitFor();
    const shown = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${sessionDate}T12:00:00Z`));
    for (const s of SONGS) {
      const song = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: s.title }) });
      await song.getByText(`last ${shown}`).waitFor();
      await song.getByText('Each use').click();
      await song.getByText(`${shown}: ${s.title} (${s.key}, ${s.tempo} bpm`).waitFor();
    }
    await shots('repertoire');
  });
});
