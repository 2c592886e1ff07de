/**
 * Signing out on a shared device: the user's cached sessions, plans, remembered identity and note
 * drafts leave the device; an entry still unsent stays, for its user only. Another therapist signing
 * in on the same device neither sees nor sends it (she is told only that another account has one
 * waiting); the first therapist's next sign-in sends it. The prompt before sign-out, at phone,
 * tablet and desktop widths.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiClient, card, demoInChromium, screen, signIn, signOut, waitAllSaved } from './helpers.js';

const FIRST = 'therapist1@demo.crescendo.test';
const OTHER = 'therapist2@demo.crescendo.test';
const DRUM = 'Plays a two-bar drum pattern back to the therapist';

/** What the device holds: the capture database's stores and the app's localStorage keys. */
function onDevice(page: Page) {
  return page.evaluate(async () => {
    const d = await new Promise<IDBDatabase>((ok, fail) => {
      const r = indexedDB.open('crescendo-capture');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => fail(r.error);
    });
    const all = (store: string) =>
      new Promise<unknown[]>((ok, fail) => {
        const r = d.transaction(store).objectStore(store).getAll();
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
    const [bundles, timers, points] = await Promise.all([all('bundles'), all('timers'), all('points')]);
    d.close();
    const keys = Object.keys(localStorage).filter((k) => k.startsWith('crescendo.')).sort();
    return {
      bundles: bundles.length,
      timers: timers.length,
      points: (points as { userId: string; sent: number; attempted: number }[]).map((p) => ({ userId: p.userId, sent: p.sent, attempted: p.attempted })),
      keys,
    };
  });
}

describe('signing out on a shared device', () => {
  const demo = demoInChromium();
  let page: Page;
  let sessionId = '';
  let firstId = '';
  const serverPoints = async () => {
    const r = await page.request.get(`${demo.server.url}/api/v1/sessions/${sessionId}/data-points`);
    expect(r.status()).toBe(200);
    return ((await r.json()) as { items: { event: { outcome: string } }[] }).items.map((p) => p.event.outcome);
  };
  beforeAll(() => ({ page } = demo));

  it('clears the cached session, the remembered user and note drafts', async () => {
    const { server } = demo;
    await signIn(page, server.url, FIRST);
    const clientId = await apiClient(page, server.url, 'Ada', 'Brook', DRUM);
    sessionId = crypto.randomUUID();
    const made = await page.request.post(`${server.url}/api/v1/sessions`, {
      data: { id: sessionId, type: 'individual', startsAt: new Date(Date.now() - 5 * 60_000).toISOString(), durationMinutes: 30, setting: 'school', participants: [{ clientId, attendance: 'present' }] },
    });
    expect(made.status(), await made.text()).toBe(201);
    await page.goto(`${server.url}/sessions/${sessionId}/capture`);
    await card(page, DRUM).getByRole('button', { name: 'Correct', exact: true }).click();
    await expect.poll(serverPoints, { timeout: 20_000 }).toEqual(['success']);
    await expect.poll(async () => (await onDevice(page)).points.map((p) => p.sent), { timeout: 10_000 }).toEqual([1]);
    await waitAllSaved(page);
    // A draft typed in a note and not saved yet (what the note editor keeps here).
    await page.evaluate(() => localStorage.setItem('crescendo.note-draft.example', JSON.stringify({ subjective: 'Arrived tired.' })));
    const before = await onDevice(page);
    firstId = (JSON.parse((await page.evaluate(() => localStorage.getItem('crescendo.me')))!) as { id: string }).id;
    expect(before.bundles).toBe(1);
    expect(before.keys).toEqual(['crescendo.me', 'crescendo.note-draft.example']);
    expect(before.points).toEqual([{ userId: firstId, sent: 1, attempted: 1 }]);

    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Sign out with data still on this device?' });
    await dialog.getByText('1 unsaved note draft will be deleted from this device').waitFor();
    await dialog.getByRole('button', { name: 'Sign out now' }).click();
    await page.getByRole('heading', { name: 'Sign in to Crescendo' }).waitFor();
    expect(await onDevice(page)).toEqual({ bundles: 0, timers: 0, points: [], keys: [] });
  });

  it('keeps an unsent entry for its user only: another user neither sees nor sends it, the same user’s sign-in sends it', async () => {
    const { server, context } = demo;
    await signIn(page, server.url, FIRST);
    await page.goto(`${server.url}/sessions/${sessionId}/capture`);
    const drum = card(page, DRUM);
    await drum.getByText('1/1 trials correct').waitFor();
    await context.setOffline(true);
    await drum.getByRole('button', { name: 'Incorrect', exact: true }).click();
    await page.getByText('1 entry not yet sent').first().waitFor({ timeout: 10_000 });

    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Sign out with data still on this device?' });
    await dialog.getByText(/1 entry not yet sent\. It stays on this device for you only/).waitFor();
    // The choice that keeps the user here has the focus; Escape keeps her signed in too.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Stay signed in');
    for (const [width, height] of [[390, 844], [768, 1024], [1280, 900]] as const) {
      await page.setViewportSize({ width, height });
      await screen(page, `signout-prompt-${width}`, { fullPage: false });
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await dialog.getByRole('button', { name: 'Sign out now' }).click();
    await page.getByRole('heading', { name: 'Sign in to Crescendo' }).waitFor();
    const left = await onDevice(page);
    expect(left).toEqual({ bundles: 0, timers: 0, points: [{ userId: firstId, sent: 0, attempted: 0 }], keys: ['crescendo.pending-logout'] });

    // Back online, another therapist signs in on the same device.
    await context.setOffline(false);
    await signIn(page, server.url, OTHER);
    await page.getByTestId('other-account-pending').filter({ hasText: '1 entry of another account on this device, kept for that account' }).waitFor();
    expect(await page.getByTestId('sync-status').first().getAttribute('data-unsent')).toBe('0');
    await page.setViewportSize({ width: 390, height: 844 });
    await screen(page, 'signout-other-account-390', { fullPage: false });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByText('All data saved').first().waitFor();
    await page.goto(`${server.url}/sessions/${sessionId}/capture`);
    await page.waitForTimeout(6000); // longer than the outbox's 4 s round
    await expect(page.getByText(/trials correct/).count()).resolves.toBe(0);
    expect((await onDevice(page)).points).toEqual([{ userId: firstId, sent: 0, attempted: 0 }]);
    await signOut(page);

    // The first therapist again: her entry is sent, and the device keeps nothing unsent.
    await signIn(page, server.url, FIRST);
    await expect.poll(serverPoints, { timeout: 20_000 }).toEqual(['success', 'failure']);
    await waitAllSaved(page);
    expect(await page.getByTestId('other-account-pending').count()).toBe(0);
    await page.goto(`${server.url}/sessions/${sessionId}/capture`);
    await card(page, DRUM).getByText('1/2 trials correct').waitFor();
  });
});
