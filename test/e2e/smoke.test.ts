import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { cleanup, launchBrowser, runCli, SHOTS, startServer, tempDataDir, type Running } from './server.js';

const PASSWORD = 'demo practice passphrase';

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page } as never).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

describe('first run and the demo caseload in Chromium', () => {
  let browser: Browser;
  const dirs: string[] = [];
  const servers: Running[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    for (const s of servers) await s.stop();
    dirs.forEach(cleanup);
  });

  it('a new practice: create it, then see an empty caseload', async () => {
    const dir = tempDataDir();
    dirs.push(dir);
    const server = await startServer(dir);
    servers.push(server);
    const context = await browser.newContext({ viewport: { width: 768, height: 1024 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Create your practice' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Practice name').fill('Riverside Music Therapy');
    await page.getByLabel('Your name').fill('Rosa Reyes');
    await page.getByLabel('Email').fill('rosa@riverside.example');
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create practice' }).click();
    await page.getByText('must be at least 12 characters').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'setup-error.png'), fullPage: true });
    expect(await page.getByLabel('Practice name').inputValue()).toBe('Riverside Music Therapy');
    await page.getByLabel('Password').fill('a long riverside passphrase');
    await page.getByRole('button', { name: 'Create practice' }).click();
    await page.getByRole('heading', { name: 'My caseload' }).waitFor();
    await page.getByText('No clients yet').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'caseload-empty.png'), fullPage: true });
    await context.close();
  });

  it('the demo practice: sign in as a therapist and see the caseload; a second server on the same directory is refused', async () => {
    const dir = tempDataDir();
    dirs.push(dir);
    const demo = runCli(dir, 'demo', '--password', PASSWORD);
    expect(demo.status, demo.stderr).toBe(0);
    expect(demo.stdout).toContain('therapist1@demo.crescendo.test');
    const again = runCli(dir, 'demo', '--password', PASSWORD);
    expect(again.stdout).toContain('already loaded');
    const server = await startServer(dir);
    servers.push(server);
    const second = runCli(dir, 'demo');
    expect(second.status).toBe(1);
    expect(second.stderr).toContain(dir);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Sign in to Crescendo' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'sign-in.png') });
    await page.getByLabel('Email').fill('therapist1@demo.crescendo.test');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'My caseload' }).waitFor();
    await page.getByRole('rowheader', { name: /Maya Lopez/ }).waitFor();
    expect(await page.getByRole('rowheader', { name: /Ruth Feldman/ }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'caseload-demo.png'), fullPage: true });
    await page.setViewportSize({ width: 360, height: 780 });
    await page.screenshot({ path: path.join(SHOTS, 'caseload-phone.png'), fullPage: true });
    await context.close();
  });
});
