/** The family's page in Chromium at phone width: the invitation, the consent, the home practice logged in two taps. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Running } from './server.js';
import { demoInChromium, screen, signIn } from './helpers.js';
import { clinicDay } from '../../src/server/testing/fixtures.js';

const FAMILY_PASSWORD = 'our family music passphrase';

describe('the family view in Chromium', () => {
  let server: Running;
  let page: Page;
  const demo = demoInChromium();
  beforeAll(() => ({ server, page } = demo));

  it('a parent joins from the invitation, sees the plan in plain words and logs today’s practice', async () => {
    await signIn(page, server.url, 'therapist1@demo.crescendo.test');
    const api = async <T>(method: 'post' | 'get', url: string, data?: unknown): Promise<T> => {
      const r = await page.request[method](`${server.url}/api/v1${url}`, data ? { data } : {});
      if (!r.ok()) throw new Error(`${method} ${url}: ${r.status()} ${await r.text()}`);
      return (await r.json()) as T;
    };
    const clients = await api<{ items: { id: string; firstName: string }[] }>('get', '/clients');
    const maya = clients.items.find((c) => c.firstName === 'Maya')!;
    const sessions = await api<{ items: { id: string; status: string }[] }>('get', `/sessions?clientId=${maya.id}&limit=100`);
    let delivery: { id: string; objectiveIds: string[] } | undefined;
    for (const s of sessions.items.filter((x) => x.status === 'completed')) {
      const detail = await api<{ delivered: { id: string; delivered: boolean; objectiveIds: string[] }[] }>('get', `/sessions/${s.id}`);
      delivery = detail.delivered.find((d) => d.delivered && d.objectiveIds.length > 0);
      if (delivery) break;
    }
    expect(delivery).toBeTruthy();
    const today = clinicDay(); // the demo practice's clinic is in America/Chicago too
    await api('post', `/clients/${maya.id}/home-practices`, { id: crypto.randomUUID(), deliveredInterventionId: delivery!.id, objectiveId: delivery!.objectiveIds[0], what: 'Play the drum turn-taking game before dinner', timesPerWeek: 3, startsOn: today });
    const inv = await api<{ path: string }>('post', `/clients/${maya.id}/family-invitations`, { id: crypto.randomUUID(), email: 'ana.lopez@family.example', name: 'Ana Lopez', relationship: 'parent', shares: ['goals', 'progress', 'sessions', 'home_practice'] });
    await page.context().clearCookies();

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}${inv.path}`);
    await page.getByRole('heading', { name: 'Follow Maya’s music therapy' }).waitFor();
    await screen(page, 'family-join-390');
    await page.getByLabel('Choose a password').fill(FAMILY_PASSWORD);
    await page.getByLabel(/I agree to see what is listed above/).check();
    await page.getByRole('button', { name: 'Join' }).click();
    await page.getByRole('heading', { name: 'Maya’s music therapy' }).waitFor();
    const practice = page.getByRole('article', { name: 'Play the drum turn-taking game before dinner' });
    await practice.getByText('0 of 1 planned days since it began').waitFor();
    await practice.getByRole('button', { name: '✓ Done' }).click();
    await practice.getByText('1 of 1 planned days since it began').waitFor();
    expect(await practice.getByRole('button', { name: '✓ Done' }).getAttribute('aria-pressed')).toBe('true');
    const text = await page.locator('main').innerText();
    // The family page speaks the family report's words, not the clinic's.
    for (const jargon of ['NAP', 'Tau', 'criterion', 'PND', 'baseline']) expect(text).not.toContain(jargon);
    await screen(page, 'family-view-390');
    await page.setViewportSize({ width: 768, height: 1000 });
    await screen(page, 'family-view-768');
    await page.setViewportSize({ width: 1280, height: 900 });
    await screen(page, 'family-view-1280');

    // The clinician sees the adherence beside the objective.
    await page.context().clearCookies();
    await signIn(page, server.url, 'therapist1@demo.crescendo.test');
    await page.goto(`${server.url}/clients/${maya.id}/progress`);
    const line = page.locator('.home-practice').first();
    await line.waitFor();
    expect(await line.innerText()).toContain('3 times a week: 1 of 1 planned days since it began (100 %)');
    await line.scrollIntoViewIfNeeded();
    await screen(page, 'progress-home-practice-1280', { fullPage: false });
    // The chart lists the link with the consent given, and the practice with its adherence.
    await page.goto(`${server.url}/clients/${maya.id}`);
    const family = page.getByRole('region', { name: 'Family and home practice' });
    await family.getByText(/Ana Lopez \(Parent, ana\.lopez@family\.example\): sees the family page/).waitFor();
    expect(await family.innerText()).toContain('Play the drum turn-taking game before dinner');
    await family.scrollIntoViewIfNeeded();
    await screen(page, 'chart-family-1280', { fullPage: false });
  });
});
