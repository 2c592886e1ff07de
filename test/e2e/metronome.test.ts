/**
 * The RAS metronome in Chromium: the click track the app schedules, rendered offline and checked
 * onset by onset against the grid; and in capture, a cadence tapped along to steps, a cue 5 % above
 * it, the click started, and a trial stored on the server with its cue tempo. Screenshots at phone,
 * tablet and desktop widths, with nothing scrolling sideways.
 */
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiClient, card, demoInChromium, screen, signIn, waitAllSaved } from './helpers.js';

const WALK = 'Walks 10 metres at the cue tempo without a loss of balance';

/** The page's clock stopped, so taps land exactly where page.clock.runFor puts them. */
async function pauseClock(page: Page) {
  const now = Date.now();
  await page.clock.install({ time: now });
  await page.clock.pauseAt(now + 1000);
}

interface Rendered {
  expected: number;
  onsets: number[];
  maxDeviationMs: number;
  peaks: number[];
  accents: boolean[];
}

/** The app's click-track module (src/web/music/click-track.ts), bundled as it is for the app, for a blank page. */
async function clickTrackScript(): Promise<string> {
  const out = await build({ entryPoints: ['src/web/music/click-track.ts'], bundle: true, write: false, format: 'iife', globalName: 'ClickTrack', platform: 'browser', target: 'chrome110' });
  return out.outputFiles[0]!.text;
}

/**
 * Renders `seconds` of the click track at `bpm` in an OfflineAudioContext and finds each onset as the
 * first sample above a threshold after a quiet gap; compares them with the grid start + k·60/bpm.
 */
function renderAndFindOnsets(page: Page, bpm: number, beatsPerBar: 2 | 4, seconds: number): Promise<Rendered> {
  return page.evaluate(async ({ bpm, beatsPerBar, seconds }) => {
    const start = 0.05;
    const { samples, sampleRate } = await (window as unknown as { ClickTrack: typeof import('../../src/web/music/click-track.js') }).ClickTrack.renderClickTrack(bpm, beatsPerBar, seconds, { start, sampleRate: 48_000 });
    const threshold = 0.1;
    const quiet = Math.round(0.04 * sampleRate);
    const onsets: number[] = [];
    const peaks: number[] = [];
    let lastLoud = -Infinity;
    for (let i = 0; i < samples.length; i++) {
      const a = Math.abs(samples[i]!);
      if (a <= threshold) continue;
      if (i - lastLoud > quiet) {
        onsets.push(i / sampleRate);
        peaks.push(0);
      }
      peaks[peaks.length - 1] = Math.max(peaks.at(-1)!, a);
      lastLoud = i;
    }
    const beat = 60 / bpm;
    const expected = Math.floor((seconds - start - 0.03) / beat) + 1;
    const deviations = onsets.map((t, k) => Math.abs(t - (start + k * beat)) * 1000);
    return { expected, onsets, maxDeviationMs: Math.max(...deviations), peaks, accents: onsets.map((_, k) => k % beatsPerBar === 0) };
  }, { bpm, beatsPerBar, seconds });
}

describe('the RAS metronome in Chromium', () => {
  const demo = demoInChromium();
  let page: Page;
  beforeAll(() => ({ page } = demo));

  it.each([
    [100, 4],
    [97, 4],
    [97, 2],
    [143.7, 4],
  ] as const)('renders the click track at %s bpm in %s/4 with every onset within 1 ms of the grid, beat 1 accented', async (bpm, beats) => {
    const blank = await demo.context.newPage();
    await blank.goto('about:blank');
    await blank.addScriptTag({ content: await clickTrackScript() });
    const r = await renderAndFindOnsets(blank, bpm, beats, 12);
    await blank.close();
    console.log(`${bpm} bpm ${beats}/4: ${r.onsets.length} onsets, max deviation ${r.maxDeviationMs.toFixed(4)} ms`);
    expect(r.onsets.length).toBe(r.expected);
    expect(r.expected).toBeGreaterThanOrEqual(19);
    expect(r.maxDeviationMs).toBeLessThan(1);
    // Each click placed once: a beat scheduled twice would sound twice as loud.
    r.peaks.forEach((p, k) => expect(p, `click ${k}`).toBeCloseTo(r.accents[k] ? 0.9 : 0.55, 1));
  });

  it('taps the cadence, cues 5 % above it, clicks, and stores the cue tempo with the trial', async () => {
    const { server } = demo;
    await signIn(page, server.url, 'therapist1@demo.crescendo.test');
    const clientId = await apiClient(page, server.url, 'Rosa', 'Marquez', WALK);
    const sessionId = crypto.randomUUID();
    const made = await page.request.post(`${server.url}/api/v1/sessions`, {
      data: { id: sessionId, type: 'individual', startsAt: new Date(Date.now() - 5 * 60_000).toISOString(), durationMinutes: 30, setting: 'school', participants: [{ clientId, attendance: 'present' }] },
    });
    expect(made.status(), await made.text()).toBe(201);
    // Delivered: RAS gait training for the walking objective, so a song can be entered for it later.
    const plan = (await (await page.request.get(`${server.url}/api/v1/clients/${clientId}/plan`)).json()) as { goals: { objectives: { id: string }[] }[] };
    const library = (await (await page.request.get(`${server.url}/api/v1/interventions?q=gait`)).json()) as { items: { id: string; key: string }[] };
    const ras = library.items.find((i) => i.key === 'ras_gait_training')!;
    const delivered = await page.request.post(`${server.url}/api/v1/sessions/${sessionId}/interventions`, { data: { id: crypto.randomUUID(), interventionId: ras.id, objectiveIds: [plan.goals[0]!.objectives[0]!.id] } });
    expect(delivered.status(), await delivered.text()).toBe(201);
    await page.goto(`${server.url}/sessions/${sessionId}/capture`);
    const panel = page.getByRole('region', { name: 'RAS metronome' });
    await panel.waitFor();
    const go = panel.getByRole('button', { name: /Start click/ });
    expect(await go.isDisabled()).toBe(true);

    // Steps at exactly 100 a minute on the page's clock, the first tap a late reaction to "go".
    await pauseClock(page);
    const stepButton = panel.getByRole('button', { name: 'Tap each step' });
    await stepButton.click();
    await page.clock.runFor(900);
    for (let i = 0; i < 18; i++) {
      await stepButton.click();
      await page.clock.runFor(600);
    }
    await stepButton.click();
    await page.clock.resume();
    expect(await panel.getByLabel(/Baseline cadence/).inputValue()).toBe('100');
    await panel.getByTestId('cadence-taps').filter({ hasText: '19 steps over 12 s' }).waitFor();

    for (let i = 0; i < 5; i++) await panel.getByRole('button', { name: '1 % faster' }).click();
    await panel.getByTestId('cue-tempo').filter({ hasText: '105 bpm' }).waitFor();
    await panel.getByText('+5 % of baseline').waitFor();
    await panel.getByRole('radio', { name: '2/4' }).check();
    await panel.getByRole('button', { name: 'Start click at 105 bpm' }).click();
    await panel.getByRole('button', { name: 'Stop click' }).waitFor();
    await panel.getByTestId('metronome-status').filter({ hasText: 'Clicking at 105 bpm, accent on beat 1 of 2/4' }).waitFor();
    // Stop is offered only once the audio context is running; a failure to start would show here.
    expect(await panel.getByRole('alert').count()).toBe(0);

    await card(page, WALK).getByRole('button', { name: /Correct/ }).click();
    await waitAllSaved(page);

    for (const [width, height] of [[390, 844], [768, 1024], [1280, 900]] as const) {
      await page.setViewportSize({ width, height });
      await panel.getByRole('button', { name: 'Stop click' }).waitFor();
      const sideways = await page.evaluate(() => {
        const w = document.documentElement.clientWidth;
        const wide = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > w + 0.5).map((e) => `${e.tagName.toLowerCase()}.${e.className}`);
        return { by: document.documentElement.scrollWidth - w, wide: wide.slice(0, 6) };
      });
      expect(sideways, `sideways scroll at ${width} px`).toEqual({ by: 0, wide: [] });
      const small = await panel.locator('button').evaluateAll((bs) => bs.map((b) => b.getBoundingClientRect()).filter((r) => r.height < 48 || r.width < 48).length);
      expect(small, `metronome buttons under 48 px at ${width} px`).toBe(0);
      // From the top, as the therapist sees it (the sticky bar otherwise sits over the page in a full-page shot).
      await page.evaluate(() => window.scrollTo(0, 0));
      await screen(page, `metronome-${width}`);
    }
    // On a phone, scrolled to the trial buttons: Stop stays on screen at the bottom, above nothing that needs it.
    await page.setViewportSize({ width: 390, height: 844 });
    await card(page, WALK).scrollIntoViewIfNeeded();
    await screen(page, 'metronome-390-scrolled', { fullPage: false, axe: false });
    const [stopBox, correctBox] = await Promise.all([panel.getByRole('button', { name: 'Stop click' }).boundingBox(), card(page, WALK).getByRole('button', { name: /Correct/ }).boundingBox()]);
    expect(stopBox!.y + stopBox!.height).toBeLessThanOrEqual(844);
    expect(correctBox!.y + correctBox!.height, 'the trial button is not under Stop').toBeLessThanOrEqual(stopBox!.y);

    await panel.getByRole('button', { name: 'Stop click' }).click();
    await panel.getByTestId('metronome-status').filter({ hasText: 'Stopped' }).waitFor();
    await card(page, WALK).getByRole('button', { name: /Incorrect/ }).click();
    await card(page, WALK).getByText('1/2 trials correct').waitFor();

    const onServer = async () => {
      const r = await page.request.get(`${server.url}/api/v1/sessions/${sessionId}/data-points`);
      return ((await r.json()) as { items: { event: { outcome: string }; cueTempoBpm: number | null }[] }).items.map((p) => [p.event.outcome, p.cueTempoBpm]);
    };
    // The outbox sends in the background: wait until the server has both.
    await expect.poll(onServer, { timeout: 20_000 }).toEqual([['success', 105], ['failure', null]]);
  });

  it('tap tempo fills a song’s tempo on the session page', async () => {
    const { server } = demo;
    await page.setViewportSize({ width: 1280, height: 900 });
    const sessionUrl = new URL(page.url()).pathname.replace(/\/capture$/, '');
    await page.goto(`${server.url}${sessionUrl}`);
    await page.getByRole('button', { name: /Song, key and tempo/ }).click();
    const form = page.getByRole('form', { name: /Add a song/ });
    await pauseClock(page);
    const tapButton = form.getByRole('button', { name: /Tap tempo/ });
    for (let i = 0; i < 8; i++) {
      await tapButton.click();
      await page.clock.runFor(652);
    }
    await page.clock.resume();
    // 652 ms a beat is 92.0 bpm.
    expect(await form.getByLabel('Tempo (bpm)').inputValue()).toBe('92');
    await form.getByRole('button', { name: /Tap tempo.*92\.0 bpm/ }).waitFor();
    await screen(page, 'song-tap-tempo');
    await form.getByLabel('Song or piece').fill('Stars and Stripes Forever');
    await form.getByRole('button', { name: 'Add song' }).click();
    await page.getByText(/Stars and Stripes Forever.*92 bpm/).first().waitFor();
  });
});
