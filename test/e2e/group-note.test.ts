/** The demo group's last session in Chromium: its drafted group note, and a member's own note with the shared part. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Running } from './server.js';
import { demoInChromium, screen, signIn } from './helpers.js';

describe('group note in Chromium', () => {
  let server: Running;
  let page: Page;
  const demo = demoInChromium();
  beforeAll(() => ({ server, page } = demo));

  it('shows the shared part, every member’s attendance and each attending member’s data; a member’s note names no other member', async () => {
    await signIn(page, server.url, 'therapist1@demo.crescendo.test');
    const groupSessionId = await page.evaluate(async () => {
      const r = await fetch('/api/v1/sessions?limit=100');
      const body = (await r.json()) as { items: { id: string; type: string; status: string; startsAt: string }[] };
      return body.items.filter((s) => s.type === 'group' && s.status === 'completed').sort((a, b) => b.startsAt.localeCompare(a.startsAt))[0]!.id;
    });
    await page.goto(`${server.url}/sessions/${groupSessionId}`);
    await page.getByRole('link', { name: 'Group note' }).click();
    await page.getByRole('heading', { name: /^Group note: Friendship Band/ }).waitFor();
    const membership = await page.getByRole('region', { name: 'Membership and attendance' }).innerText();
    expect(membership).toMatch(/4 members, \d attended/);
    expect(membership).toMatch(/Ava: attended, \d+ minutes/);
    expect(await page.getByLabel('Group purpose').inputValue()).toMatch(/social-skills music group/);
    expect(await page.getByTestId('member-data').count()).toBeGreaterThanOrEqual(3);
    for (const [width, height] of [[390, 844], [768, 1024], [1280, 900]] as const) {
      await page.setViewportSize({ width, height });
      await screen(page, `group-note-${width}`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('link', { name: 'Open Ava’s note' }).click();
    await page.getByRole('heading', { name: /SOAP note: Ava/ }).waitFor();
    const shared = await page.getByRole('article', { name: 'Group session' }).innerText();
    expect(shared).toMatch(/3 other group members: \d attended/);
    expect(shared).not.toMatch(/Noah|Liam|Zoe/);
    await page.getByRole('link', { name: 'Sign with the group note…' }).waitFor();
    for (const [width, height] of [[390, 844], [768, 1024], [1280, 900]] as const) {
      await page.setViewportSize({ width, height });
      await screen(page, `group-member-note-${width}`);
    }
  });
});
