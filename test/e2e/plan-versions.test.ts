/** The signed plan document on the plan screen in Chromium: the demo's version 1 of Maya's plan, signed, with her mother's acknowledgement. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Running } from './server.js';
import { demoInChromium, screen, signIn, signOut } from './helpers.js';

describe('the signed plan document in Chromium', () => {
  let server: Running;
  let page: Page;
  const demo = demoInChromium();
  beforeAll(() => ({ server, page } = demo));

  it('shows the signed version with who signed it and the guardian’s acknowledgement, at every width', async () => {
    await signIn(page, server.url, 'therapist1@demo.crescendo.test');
    await page.getByRole('region', { name: 'Clients' }).getByRole('link', { name: 'Maya Lopez' }).click();
    await page.getByRole('link', { name: 'Edit plan' }).click();
    const versions = page.getByRole('region', { name: 'Signed plan document' });
    await versions.getByText('Version 1', { exact: false }).first().waitFor();
    const text = await versions.innerText();
    expect(text).toContain('Signed');
    expect(text).toContain('Jordan Ellis');
    expect(text).toContain('Ana Lopez');
    for (const width of [390, 768, 1280]) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : width === 768 ? 1024 : 900 });
      await versions.scrollIntoViewIfNeeded();
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await screen(page, `plan-versions-${width}`, { fullPage: false });
    }
  });

  it('an intern drafts and signs a version from the plan screen; the supervisor co-signs it; one overtaken before co-signing reads as never in force', async () => {
    const api = async <T>(method: 'post' | 'get' | 'patch', url: string, data?: unknown): Promise<T> => {
      const r = await page.request[method](`${server.url}/api/v1${url}`, data ? { data } : {});
      if (!r.ok()) throw new Error(`${method} ${url}: ${r.status()} ${await r.text()}`);
      return (await r.json()) as T;
    };
    await page.setViewportSize({ width: 1280, height: 900 });
    await signOut(page);
    await signIn(page, server.url, 'therapist1@demo.crescendo.test');
    const maya = (await api<{ items: { id: string; firstName: string }[] }>('get', '/clients')).items.find((c) => c.firstName === 'Maya')!;
    const change = async (frequency: string) => {
      const plan = await api<{ version: number }>('get', `/clients/${maya.id}/plan`);
      await api('patch', `/clients/${maya.id}/plan`, { version: plan.version, frequency });
    };
    await change('2 sessions a week');
    await signOut(page);

    // The intern reaches the plan from the chart, drafts version 2 and signs it: it waits for the co-signature.
    await signIn(page, server.url, 'intern@demo.crescendo.test');
    await page.getByRole('region', { name: 'Clients' }).getByRole('link', { name: 'Maya Lopez' }).click();
    await page.getByRole('link', { name: 'Treatment plan' }).click();
    const versions = page.getByRole('region', { name: 'Signed plan document' });
    await versions.getByRole('button', { name: 'Draft version 2 from the current plan' }).click();
    await versions.getByText('Your signature puts it in force once your supervisor co-signs it.').waitFor();
    await versions.getByRole('button', { name: 'Sign version 2' }).click();
    await versions.getByText('Awaiting co-signature').waitFor();
    expect(await versions.innerText()).toContain('not in force until the supervisor co-signs it');
    expect(await versions.getByRole('button', { name: /Record acknowledgement/ }).count()).toBe(0);
    await screen(page, 'plan-versions-intern-1280', { fullPage: false });
    await signOut(page);

    // The supervisor co-signs version 2 on the same screen.
    await signIn(page, server.url, 'supervisor@demo.crescendo.test');
    await page.goto(`${server.url}/clients/${maya.id}/plan`);
    await versions.getByRole('button', { name: 'Co-sign version 2' }).click();
    await versions.getByText('co-signed by', { exact: false }).first().waitFor();
    await signOut(page);

    // A version 3 the intern signs is overtaken by a version 4 the therapist signs before any co-signature.
    await signIn(page, server.url, 'therapist1@demo.crescendo.test');
    await change('3 sessions a week');
    await signOut(page);
    await signIn(page, server.url, 'intern@demo.crescendo.test');
    const v3 = await api<{ id: string; contentHash: string }>('post', `/clients/${maya.id}/plan/versions`);
    await api('post', `/plan-versions/${v3.id}/sign`, { contentHash: v3.contentHash });
    await signOut(page);
    await signIn(page, server.url, 'therapist1@demo.crescendo.test');
    await change('1 session a week');
    const v4 = await api<{ id: string; contentHash: string }>('post', `/clients/${maya.id}/plan/versions`);
    await api('post', `/plan-versions/${v4.id}/sign`, { contentHash: v4.contentHash });
    await signOut(page);
    await signIn(page, server.url, 'supervisor@demo.crescendo.test');
    await page.goto(`${server.url}/clients/${maya.id}/plan`);
    await versions.getByText('Never in force').waitFor();
    const text = await versions.innerText();
    expect(text).toContain('not co-signed before version 4 was put in force, so it never will be');
    expect(await versions.getByRole('button', { name: 'Co-sign version 3' }).count()).toBe(0);
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
      await versions.scrollIntoViewIfNeeded();
      await screen(page, `plan-versions-overtaken-${width}`, { fullPage: false });
    }
  });
});
