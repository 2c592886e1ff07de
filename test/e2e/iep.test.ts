/**
 * A student's IEPs on the chart in Chromium: a therapist enters one for a school client (bad values
 * refused beside their fields first), sees it listed, corrects the minutes, and the reports screen
 * offers the IEP progress report; a client outside the school population gets the panel and the
 * report once an IEP is on file.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { Running } from './server.js';
import { demoInChromium, screen, signIn } from './helpers.js';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
/** The error shown under one labelled field of a form. */
const errorOf = (form: Locator, label: string) => form.locator('.field', { has: form.page().getByLabel(label, { exact: true }) }).locator('.field-error');

describe('IEPs on the client chart in Chromium', () => {
  let server: Running;
  let page: Page;
  const demo = demoInChromium();
  beforeAll(() => ({ server, page } = demo));

  it('enters an IEP for a school client, refusing a bad value beside its field, lists it and corrects the minutes', async () => {
    await signIn(page, server.url, 'therapist1@demo.crescendo.test');
    await page.getByRole('region', { name: 'Clients' }).getByRole('link', { name: 'Zoe Williams' }).click();
    await page.getByRole('heading', { name: /Zoe Williams/, level: 1 }).waitFor();
    const panel = page.getByRole('region', { name: 'IEPs' });
    await panel.getByText('No IEP on file.').waitFor();
    await panel.getByRole('button', { name: 'Enter an IEP' }).click();

    const form = panel.getByRole('form', { name: 'Enter an IEP' });
    await form.getByLabel('Start date').fill(day(-30));
    await form.getByLabel('End date').fill(day(-40));
    await form.getByLabel('Annual review').fill(day(320));
    await form.getByLabel('Re-evaluation (optional)').fill(day(700));
    await form.getByLabel('Eligibility category').selectOption('speech-or-language-impairment');
    await form.getByLabel('Music therapy minutes').fill('30');
    await form.getByLabel('Minutes given').selectOption('week');
    await form.getByLabel('Setting', { exact: true }).fill('push-in, general education classroom');
    await form.getByLabel('Case manager').fill('Dana Ruiz, speech-language pathologist');
    await form.getByRole('button', { name: 'Add a progress report date' }).click();
    await form.getByLabel('Progress report 1').fill(day(40));
    await form.getByRole('button', { name: 'Save IEP' }).click();
    await errorOf(form, 'End date').filter({ hasText: 'must not be before the start date' }).waitFor();
    expect(await form.getByLabel('End date').getAttribute('aria-invalid')).toBe('true');
    await form.getByRole('alert').filter({ hasText: 'Please correct the fields marked above.' }).waitFor();
    expect(await form.getByLabel('Case manager').inputValue()).toBe('Dana Ruiz, speech-language pathologist');
    await panel.scrollIntoViewIfNeeded();
    await screen(page, 'iep-form-error', { fullPage: false });

    await form.getByLabel('End date').fill(day(335));
    await form.getByLabel('Music therapy minutes').fill('0');
    await form.getByRole('button', { name: 'Save IEP' }).click();
    await errorOf(form, 'Music therapy minutes').waitFor();
    expect(await form.getByLabel('Music therapy minutes').getAttribute('aria-invalid')).toBe('true');
    expect(await errorOf(form, 'End date').count()).toBe(0);
    expect(await panel.getByRole('article').count()).toBe(0);

    await form.getByLabel('Music therapy minutes').fill('30');
    await form.getByRole('button', { name: 'Save IEP' }).click();
    const iep = panel.getByRole('article', { name: /^IEP / });
    await iep.waitFor();
    expect(await form.count()).toBe(0);
    const listed = await iep.innerText();
    expect(listed).toContain('Speech or language impairment');
    expect(listed).not.toContain('§');
    expect(listed).toContain('30 minutes per week');
    expect(listed).toContain('push-in, general education classroom');
    expect(listed).toContain('Dana Ruiz, speech-language pathologist');
    expect(listed).toContain('in force');
    for (const label of ['Progress reports', 'Annual review', 'Re-evaluation']) expect(listed).toContain(label);

    await page.setViewportSize({ width: 390, height: 844 });
    await iep.getByRole('button', { name: /^Correct the IEP/ }).click();
    const correct = panel.getByRole('form', { name: /^Correct the IEP of / });
    expect(await correct.getByLabel('Music therapy minutes').inputValue()).toBe('30');
    await correct.getByLabel('Music therapy minutes').fill('45');
    await correct.scrollIntoViewIfNeeded();
    await screen(page, 'iep-correct-390', { fullPage: false });
    await correct.getByRole('button', { name: 'Save correction' }).click();
    await iep.getByText('45 minutes per week').waitFor();
    expect(await iep.innerText()).toContain('Dana Ruiz, speech-language pathologist');

    const stored = await page.request.get(`${server.url}/api/v1${new URL(page.url()).pathname}/ieps`);
    const items = ((await stored.json()) as { items: { serviceMinutes: number; version: number; progressReportDates: string[] }[] }).items;
    expect(items.map((i) => [i.serviceMinutes, i.version, i.progressReportDates])).toEqual([[45, 2, [day(40)]]]);

    for (const [width, height] of [[390, 844], [768, 1024], [1280, 900]] as const) {
      await page.setViewportSize({ width, height });
      await panel.scrollIntoViewIfNeeded();
      await screen(page, `iep-${width}`, { fullPage: false });
    }
  });

  it('keeps a correction made on a stale version, with the server’s refusal', async () => {
    const panel = page.getByRole('region', { name: 'IEPs' });
    const iep = panel.getByRole('article', { name: /^IEP / });
    await iep.getByRole('button', { name: /^Correct the IEP/ }).click();
    const correct = panel.getByRole('form', { name: /^Correct the IEP of / });
    const url = `${server.url}/api/v1${new URL(page.url()).pathname}/ieps`;
    const [stored] = ((await (await page.request.get(url)).json()) as { items: { id: string; version: number }[] }).items;
    const other = await page.request.patch(`${url}/${stored!.id}`, { data: { version: stored!.version, caseManager: 'Dana Ruiz, SLP' } });
    expect(other.status()).toBe(200);
    await correct.getByLabel('Music therapy minutes').fill('60');
    await correct.getByRole('button', { name: 'Save correction' }).click();
    await correct.getByRole('alert').filter({ hasText: /changed by someone else \(you edited version 2, it is now version 3\)/ }).waitFor();
    expect(await correct.getByLabel('Music therapy minutes').inputValue()).toBe('60');
    await correct.getByRole('button', { name: 'Cancel' }).click();
    await iep.getByText('Dana Ruiz, SLP').waitFor();
    expect(await iep.innerText()).toContain('45 minutes per week');
  });

  it('offers the IEP progress report on the reports screen', async () => {
    await page.getByRole('link', { name: 'Reports' }).click();
    await page.getByRole('heading', { name: 'Reports: Zoe Williams' }).waitFor();
    await page.getByRole('radio', { name: 'IEP progress report' }).check();
    const [tab] = await Promise.all([demo.context.waitForEvent('page'), page.getByRole('link', { name: /Open report/ }).click()]);
    await tab.waitForLoadState();
    await tab.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await tab.locator('body').innerText()).toContain('Zoe Williams');
    await tab.close();
  });

  it('gives a client outside the school population the panel and the IEP report once an IEP is on file', async () => {
    const api = async (url: string, data: unknown) => {
      const r = await page.request.post(`${server.url}/api/v1${url}`, { data });
      if (!r.ok()) throw new Error(`POST ${url}: ${r.status()} ${await r.text()}`);
    };
    const id = crypto.randomUUID();
    await api('/clients', { id, firstName: 'Rosa', lastName: 'Nguyen', populations: ['autism'], setting: 'outpatient', status: 'active' });
    await page.goto(`${server.url}/clients/${id}`);
    await page.getByRole('heading', { name: /Rosa Nguyen/, level: 1 }).waitFor();
    await page.getByRole('region', { name: 'Assessments' }).waitFor();
    expect(await page.getByRole('region', { name: 'IEPs' }).count()).toBe(0);
    await page.goto(`${server.url}/clients/${id}/reports`);
    await page.getByRole('radio', { name: 'Progress report', exact: true }).waitFor();
    expect(await page.getByRole('radio', { name: 'IEP progress report' }).count()).toBe(0);

    await api(`/clients/${id}/ieps`, {
      id: crypto.randomUUID(), startsOn: day(-30), endsOn: day(335), annualReviewOn: day(320), reevaluationOn: null, eligibility: 'autism',
      serviceMinutes: 120, servicePer: 'month', serviceSetting: 'pull-out, therapy room', caseManager: 'Sam Lee, special education teacher',
    });
    await page.goto(`${server.url}/clients/${id}/reports`);
    await page.getByRole('radio', { name: 'IEP progress report' }).waitFor();
    await page.goto(`${server.url}/clients/${id}`);
    const panel = page.getByRole('region', { name: 'IEPs' });
    await panel.getByText('120 minutes per month').waitFor();
    expect(await panel.innerText()).toContain('not stated');
  });
});
