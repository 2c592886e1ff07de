/** Shared steps for the browser tests of the therapist's day. */
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { cleanup, launchBrowser, runCli, SHOTS, startServer, tempDataDir, type Running } from './server.js';

export const PASSWORD = 'demo practice passphrase';

export interface DemoInChromium {
  server: Running;
  browser: Browser;
  context: BrowserContext;
  page: Page;
}

/**
 * For a describe block: the demo practice loaded into a fresh data directory and served, one Chromium
 * page on it (set once the block's first beforeAll has run); a failed test leaves a screenshot.
 */
export function demoInChromium(): DemoInChromium {
  const dir = tempDataDir();
  const demo = {} as DemoInChromium;
  beforeAll(async () => {
    const loaded = runCli(dir, 'demo', '--password', PASSWORD);
    expect(loaded.status, loaded.stderr).toBe(0);
    demo.server = await startServer(dir);
    demo.browser = await launchBrowser();
    demo.context = await demo.browser.newContext({ viewport: { width: 1280, height: 900 } });
    demo.page = await demo.context.newPage();
    if (process.env.E2E_DEBUG) demo.page.on('console', (m) => console.log(`[browser ${m.type()}] ${m.text()}`));
  });
  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail') await demo.page?.screenshot({ path: path.join(SHOTS, `failed-${ctx.task.name.slice(0, 40).replace(/[^a-z]+/gi, '-')}.png`), fullPage: true });
  });
  afterAll(async () => {
    await demo.browser?.close();
    await demo.server?.stop();
    cleanup(dir);
  });
  return demo;
}

export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page } as never).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
}

/** Checks the screen with axe (0 serious/critical) and saves test-results/<name>.png. */
export async function screen(page: Page, name: string, opts: { fullPage?: boolean; axe?: boolean } = {}) {
  if (opts.axe !== false) expect(await seriousViolations(page), `axe on ${name}`).toEqual([]);
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: opts.fullPage ?? true });
}

export async function signIn(page: Page, url: string, email: string) {
  await page.goto(url);
  await page.getByRole('heading', { name: 'Sign in to Crescendo' }).waitFor();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in to Crescendo' }).waitFor();
}

/** The capture card of one objective (a region named by its statement). */
export const card = (page: Page, statement: string | RegExp) => page.getByRole('region', { name: statement });

export async function waitAllSaved(page: Page) {
  await page.getByTestId('sync-status').first().filter({ hasText: 'All data saved' }).waitFor({ timeout: 20_000 });
}

/** A client with one goal and one trials objective, made through the API (for scenarios that need several). */
export async function apiClient(page: Page, base: string, firstName: string, lastName: string, objective: string, promptLevels?: string[]) {
  const api = async <T>(method: 'post' | 'get', url: string, data?: unknown): Promise<T> => {
    const r = await page.request[method](`${base}/api/v1${url}`, data ? { data } : {});
    if (!r.ok()) throw new Error(`${method} ${url}: ${r.status()} ${await r.text()}`);
    return (await r.json()) as T;
  };
  const id = crypto.randomUUID();
  await api('post', '/clients', { id, firstName, lastName, populations: ['autism'], setting: 'school', status: 'active' });
  const domains = await api<{ items: { id: string; key: string }[] }>('get', '/goal-domains');
  const goalId = crypto.randomUUID();
  await api('post', `/clients/${id}/goals`, { id: goalId, domainId: domains.items.find((d) => d.key === 'social_skills')!.id, statement: `${firstName} will take part in group music making.` });
  await api('post', `/goals/${goalId}/objectives`, {
    id: crypto.randomUUID(), statement: objective, behaviour: objective, status: 'active', direction: 'increase',
    measurement: { type: 'trials', ...(promptLevels ? { promptLevels } : {}) },
    criterion: { comparator: '>=', value: 80, window: { kind: 'consecutive', sessions: 3 }, minSessions: 3 },
  });
  return id;
}
