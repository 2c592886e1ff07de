/**
 * Recording in Chromium with its fake microphone: a few seconds recorded in capture for a session
 * with a data point, sent to the server, then heard from the objective's progress graph, where the
 * session's point carries the recording's mark. Screens at phone, tablet and desktop widths.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { apiClient, PASSWORD, screen, signIn } from './helpers.js';
import { cleanup, launchBrowser, runCli, SHOTS, startServer, tempDataDir, type Running } from './server.js';

const OBJECTIVE = 'Sings the hello song with the group';

describe('a session recorded in the browser', () => {
  const dir = tempDataDir();
  let server: Running;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    const loaded = runCli(dir, 'demo', '--password', PASSWORD);
    expect(loaded.status, loaded.stderr).toBe(0);
    server = await startServer(dir);
    browser = await launchBrowser(['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream']);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['microphone'], { origin: server.url });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    cleanup(dir);
  });

  it('records four seconds in capture, and plays them from the progress graph', async () => {
    await signIn(page, server.url, 'therapist1@demo.crescendo.test');
    const clientId = await apiClient(page, server.url, 'Noor', 'Haddad', OBJECTIVE);
    const api = async <T>(method: 'post' | 'get', url: string, data?: unknown): Promise<T> => {
      const r = await page.request[method](`${server.url}/api/v1${url}`, data ? { data } : {});
      expect(r.ok(), `${method} ${url}: ${await r.text()}`).toBe(true);
      return (await r.json()) as T;
    };
    const sessionId = crypto.randomUUID();
    await api('post', '/sessions', { id: sessionId, type: 'individual', startsAt: new Date(Date.now() - 20 * 60_000).toISOString(), durationMinutes: 30, setting: 'school', participants: [{ clientId, attendance: 'present' }] });
    const plan = await api<{ goals: { objectives: { id: string }[] }[] }>('get', `/clients/${clientId}/plan`);
    const objectiveId = plan.goals[0]!.objectives[0]!.id;
    await api('post', `/sessions/${sessionId}/data-points`, { id: crypto.randomUUID(), clientId, objectiveId, recordedAt: new Date().toISOString(), event: { kind: 'trial', outcome: 'success' } });

    await page.goto(`${server.url}/sessions/${sessionId}/capture`);
    await page.getByText('Recordings of this session').click();
    await page.getByLabel('Consent to record given by').selectOption('guardian');
    await page.getByLabel('Title').fill('Hello song, first time all the words');
    for (const width of [390, 768, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await screen(page, `recordings-capture-${width}`);
    }
    await page.getByRole('button', { name: '● Record' }).click();
    await page.getByRole('button', { name: /Stop and keep/ }).waitFor();
    await page.waitForTimeout(4000);
    await page.getByRole('button', { name: /Stop and keep/ }).click();
    await page.getByTestId('recording-status').filter({ hasText: 'Recording kept' }).waitFor({ timeout: 20_000 });
    await page.getByTestId('recording').first().waitFor();
    await screen(page, 'recordings-capture-recorded-1280');

    const { items } = await api<{ items: { id: string; mime: string; bytes: number; durationMs: number; consentBasis: string }[] }>('get', `/sessions/${sessionId}/recordings`);
    expect(items).toHaveLength(1);
    const clip = items[0]!;
    expect(clip.mime).toBe('audio/webm');
    expect(clip.consentBasis).toBe('guardian');
    expect(clip.durationMs).toBeGreaterThan(3500);
    // What a minute of this browser's recording costs in storage (the README's sizing figure).
    console.log(`recorded ${clip.bytes} bytes in ${clip.durationMs} ms: ${Math.round((clip.bytes / clip.durationMs) * 60_000)} bytes per minute, ${Math.round((clip.bytes * 8) / clip.durationMs)} kbit/s`);

    await page.goto(`${server.url}/clients/${clientId}/progress/${objectiveId}`);
    await page.getByTestId('progress-chart').locator('svg').waitFor();
    await expect.poll(() => page.getByTestId('progress-chart').locator('text', { hasText: '♪' }).count()).toBe(1);
    const player = page.getByRole('region', { name: 'Recordings of these sessions' }).locator('audio');
    await expect.poll(() => player.count()).toBe(1);
    for (const width of [390, 768, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await screen(page, `recordings-progress-${width}`);
    }
    const played = await player.evaluate(async (el: HTMLAudioElement) => {
      el.muted = true;
      await el.play();
      await new Promise((resolve) => setTimeout(resolve, 1500));
      el.pause();
      return { time: el.currentTime, error: el.error?.message ?? null };
    });
    expect(played.error).toBeNull();
    expect(played.time).toBeGreaterThan(0.5);
    await page.screenshot({ path: path.join(SHOTS, 'recordings-progress-played.png') });
  });
});
