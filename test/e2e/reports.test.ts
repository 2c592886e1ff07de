/**
 * Reports and the client profile in Chromium: a progress report read in a new tab and saved as a
 * PDF, the caseload outcome report, and the profile and care team edited from the chart.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SHOTS, type Running } from './server.js';
import { demoInChromium, screen, signIn } from './helpers.js';

describe('reports and the client profile in Chromium', () => {
  let browser: Browser;
  let server: Running;
  let context: BrowserContext;
  let page: Page;
  let chartUrl = '';

  const api = async <T>(url: string): Promise<T> => {
    const r = await page.request.get(`${server.url}/api/v1${url}`);
    if (!r.ok()) throw new Error(`GET ${url}: ${r.status()} ${await r.text()}`);
    return (await r.json()) as T;
  };

  const demo = demoInChromium();
  beforeAll(() => ({ server, browser, context, page } = demo));

  it('opens the progress report from the chart in a new tab, and refuses a period that ends before it starts', async () => {
    await signIn(page, server.url, 'therapist1@demo.crescendo.test');
    await page.getByRole('region', { name: 'Clients' }).getByRole('link', { name: 'Maya Lopez' }).click();
    await page.getByRole('heading', { name: /Maya Lopez/, level: 1 }).waitFor();
    chartUrl = new URL(page.url()).pathname;
    await page.getByRole('link', { name: 'Reports' }).click();
    await page.getByRole('heading', { name: 'Reports: Maya Lopez' }).waitFor();
    expect(await page.getByRole('radio', { name: 'Progress report', exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Clinical team' }).isChecked()).toBe(true);
    expect(await page.getByLabel('From', { exact: true }).inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await screen(page, 'reports-panel');

    await page.getByLabel('From', { exact: true }).fill('2030-06-01');
    await page.getByLabel('To', { exact: true }).fill('2030-01-31');
    await page.getByRole('link', { name: /Open report/ }).click();
    await page.getByText('The period must not end before it starts').waitFor();
    await page.getByRole('alert').filter({ hasText: 'Please correct the fields marked above.' }).waitFor();
    expect(await page.getByLabel('To', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(context.pages().length).toBe(1);
    await screen(page, 'reports-period-error');

    await page.getByRole('button', { name: 'Whole record' }).click();
    expect(await page.getByLabel('From', { exact: true }).inputValue()).toBe('');
    expect(await page.getByText('The period must not end before it starts').count()).toBe(0);
    const plan = await api<{ goals: { objectives: { statement: string }[] }[] }>(`${chartUrl}/plan`);
    const objective = plan.goals.flatMap((g) => g.objectives)[0]!.statement;
    const [tab] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: /Open report/ }).click()]);
    await tab.waitForLoadState();
    await tab.getByRole('heading', { level: 1 }).first().waitFor();
    const text = await tab.locator('body').innerText();
    expect(text).toContain('Maya Lopez');
    expect(text).toContain(objective);
    expect(new URL(tab.url()).searchParams.get('voice')).toBe('clinical');
    await tab.screenshot({ path: path.join(SHOTS, 'report-progress-html.png'), fullPage: false });
    await tab.close();
  });

  it('opens the family version and saves the PDF', async () => {
    await page.getByRole('radio', { name: 'Family' }).check();
    const [tab] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: /Open report/ }).click()]);
    await tab.waitForLoadState();
    expect(new URL(tab.url()).searchParams.get('voice')).toBe('family');
    expect(await tab.locator('body').innerText()).toContain('What we are working on');
    await tab.close();

    await page.getByRole('radio', { name: 'Clinical team' }).check();
    const [response, download] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/reports/progress') && r.url().includes('format=pdf')),
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download PDF' }).click(),
    ]);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/pdf');
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
    expect(download.suggestedFilename()).toMatch(/^progress-report-lopez-maya-.*\.pdf$/);
    await page.getByRole('status').filter({ hasText: /Saved progress-report-lopez-maya/ }).waitFor();
  });

  it('asks a discharge summary for an optional reason', async () => {
    await page.getByRole('radio', { name: 'Discharge summary' }).check();
    expect(await page.getByLabel('From', { exact: true }).count()).toBe(0);
    await page.getByLabel('Reason for discharge (optional)').fill('Family moved out of state.');
    const [tab] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: /Open report/ }).click()]);
    await tab.waitForLoadState();
    expect(await tab.locator('body').innerText()).toContain('Family moved out of state.');
    await tab.close();
  });

  it('links the caseload outcome report from the caseload for a clinician', async () => {
    await page.getByRole('link', { name: 'Caseload', exact: true }).first().click();
    await page.getByRole('link', { name: 'Outcome report' }).click();
    await page.getByRole('heading', { name: 'Caseload outcome report', level: 1 }).waitFor();
    await screen(page, 'outcome-report', { fullPage: false });
    const [tab] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: /Open report/ }).click()]);
    await tab.waitForLoadState();
    const r = await tab.request.get(tab.url());
    expect(r.headers()['content-type']).toContain('text/html');
    await tab.getByRole('heading', { level: 1 }).first().waitFor();
    await tab.close();
  });

  it('edits the profile: an empty last name is refused beside the field, a preferred name is saved', async () => {
    await page.goto(`${server.url}${chartUrl}`);
    await page.getByRole('button', { name: 'Edit profile' }).click();
    await page.getByRole('heading', { name: 'Edit profile' }).waitFor();
    await screen(page, 'profile-edit', { fullPage: false });
    await page.getByLabel('Last name').fill('');
    await page.getByLabel('Preferred name (optional)').fill('Mimi');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('must not be empty', { exact: true }).waitFor();
    expect(await page.getByLabel('Last name').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Preferred name (optional)').inputValue()).toBe('Mimi');
    await screen(page, 'profile-edit-error', { fullPage: false });

    await page.getByLabel('Last name').fill('Lopez');
    await page.getByRole('button', { name: 'Add a diagnosis' }).click();
    const diagnosis = page.getByRole('group', { name: /^Diagnosis \d+$/ }).last();
    await diagnosis.getByLabel('Diagnosis', { exact: true }).fill('Sensory processing difficulties');
    await diagnosis.getByLabel('ICD-10 code (optional)').fill('F88');
    await page.getByLabel('Songs').fill('Twinkle Twinkle\nBaby Shark');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByRole('heading', { name: /Mimi Lopez/, level: 1 }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: /Mimi Lopez/, level: 1 }).waitFor();
    await page.getByText('Sensory processing difficulties (F88)').waitFor();
    await page.getByText('Twinkle Twinkle · Baby Shark').waitFor();
    await screen(page, 'profile-saved', { fullPage: false });
  });

  it('keeps the typed changes and explains when someone else saved the profile first', async () => {
    await page.getByRole('button', { name: 'Edit profile' }).click();
    await page.getByLabel('Preferred name (optional)').fill('Maya-Rose');
    const current = await api<{ id: string; version: number }>(`/clients/${chartUrl.split('/').pop()}`);
    const other = await page.request.patch(`${server.url}/api/v1/clients/${current.id}`, { data: { version: current.version, referral: { source: 'School nurse', reason: 'Social communication' } } });
    expect(other.ok()).toBe(true);
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Someone else saved this profile while you were editing').waitFor();
    expect(await page.getByLabel('Preferred name (optional)').inputValue()).toBe('Maya-Rose');
    await screen(page, 'profile-edit-conflict');
    await page.getByRole('button', { name: 'Load the current profile' }).click();
    await expect.poll(() => page.getByLabel('Referred by').inputValue(), { timeout: 30_000 }).toBe('School nurse');
    expect(await page.getByLabel('Preferred name (optional)').inputValue()).toBe('Mimi');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('heading', { name: /Mimi Lopez/, level: 1 }).waitFor();
  });

  it('adds a clinician to the care team and removes them again', async () => {
    const team = page.getByRole('region', { name: 'Care team' });
    await team.getByLabel('Clinician').selectOption({ label: 'Priya Raman, MT-BC, NMT' });
    await team.getByRole('button', { name: 'Add to care team' }).click();
    await team.getByRole('listitem').filter({ hasText: 'Priya Raman' }).waitFor();
    await page.reload();
    await team.getByRole('listitem').filter({ hasText: 'Priya Raman' }).waitFor();
    await screen(page, 'care-team', { fullPage: false });
    await team.getByRole('button', { name: 'Remove Priya Raman from the care team' }).click();
    await team.getByRole('button', { name: 'Remove Priya Raman', exact: true }).click();
    await team.getByRole('listitem').filter({ hasText: 'Priya Raman' }).waitFor({ state: 'detached' });
    expect(await team.getByRole('listitem').filter({ hasText: 'Jordan Ellis' }).count()).toBe(1);
  });

  it('does not offer the outcome report to an administrator', async () => {
    const admin = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const p = await admin.newPage();
    await signIn(p, server.url, 'admin@demo.crescendo.test');
    await p.getByRole('rowheader', { name: /Maya|Mimi/ }).first().waitFor();
    expect(await p.getByRole('link', { name: 'Outcome report' }).count()).toBe(0);
    await admin.close();
  });
});
