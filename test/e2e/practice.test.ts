/**
 * The practice's settings in Chromium: an admin changes the late-entry window and the NICU live-music
 * minimum, a bad value is refused next to its field with nothing lost, and a therapist reads them.
 * An assessment on a validated scale from the chart: the total as the scale scores it, while it is
 * filled in and once saved; a date before the client's birth refused beside its field.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Running } from './server.js';
import { demoInChromium, screen, signIn, signOut } from './helpers.js';

describe('practice settings and assessments in Chromium', () => {
  let server: Running;
  let browser: Browser;
  let page: Page;
  const demo = demoInChromium();
  beforeAll(() => ({ server, browser, page } = demo));

  it('an admin changes them; a bad value is refused beside its field', async () => {
    await signIn(page, server.url, 'admin@demo.crescendo.test');
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Practice settings' }).waitFor();
    expect(await page.getByLabel('NICU: live music from (weeks PMA)').inputValue()).toBe('32');
    await page.getByLabel('Late entry after (hours)').fill('0');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('must be at least 1 hour').waitFor();
    expect(await page.getByLabel('Late entry after (hours)').getAttribute('aria-invalid')).toBe('true');
    await screen(page, 'settings-error');
    await page.getByLabel('Late entry after (hours)').fill('24');
    await page.getByLabel('NICU: live music from (weeks PMA)').fill('33');
    await page.getByRole('checkbox', { name: 'Assessment' }).check();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    for (const [w, h] of [[390, 844], [768, 1024], [1280, 900]] as const) {
      await page.setViewportSize({ width: w, height: h });
      await screen(page, `settings-admin-${w}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `no sideways scroll at ${w}`).toBe(true);
    }
    await page.reload();
    await page.getByRole('heading', { name: 'Practice settings' }).waitFor();
    expect(await page.getByLabel('Late entry after (hours)').inputValue()).toBe('24');
    expect(await page.getByRole('checkbox', { name: 'Assessment' }).isChecked()).toBe(true);
    await signOut(page);
  });

  it('a therapist reads them and cannot change them', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, server.url, 'therapist1@demo.crescendo.test');
    await page.goto(`${server.url}/settings`);
    await page.getByRole('heading', { name: 'Practice settings' }).waitFor();
    await page.getByText('33 weeks PMA (voice only before)').waitFor();
    await page.getByText('24 hours').waitFor();
    expect(await page.getByRole('button', { name: 'Save settings' }).count()).toBe(0);
    await screen(page, 'settings-therapist-390');
    void browser;
  });

  it('a therapist records a PAINAD on the chart and sees its total', async () => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.goto(`${server.url}/`);
    await page.getByRole('region', { name: 'Clients' }).getByRole('link', { name: 'Grace Kim' }).click();
    await page.getByRole('heading', { name: 'Assessments' }).waitFor();
    await page.getByRole('button', { name: 'New assessment' }).click();
    const form = page.getByRole('form', { name: 'New assessment' });
    await form.getByLabel('Template').selectOption({ label: 'Pain Assessment in Advanced Dementia (PAINAD)' });
    await form.getByLabel('Kind').selectOption('reassessment');
    await form.getByLabel('Breathing, independent of vocalization').selectOption('1');
    await form.getByLabel('Negative vocalization').selectOption('0');
    await form.getByLabel('Facial expression').selectOption('2');
    await form.getByText('No total yet: 2 items unanswered').waitFor();
    await form.getByLabel('Body language').selectOption('1');
    await form.getByLabel('Consolability').selectOption('0');
    await form.getByText('Total 4 (range 0–10)').waitFor();
    await form.getByLabel('Assessed on').fill('1950-01-01');
    await form.getByRole('button', { name: 'Save assessment' }).click();
    await form.locator('.field-error').first().waitFor();
    expect(await form.getByLabel('Assessed on').getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByLabel('Facial expression').inputValue()).toBe('2');
    await screen(page, 'assessment-error-768');
    await form.getByLabel('Assessed on').fill(new Date().toLocaleDateString('en-CA'));
    await form.getByRole('button', { name: 'Save assessment' }).click();
    await page.getByText(/Re-assessment · Pain Assessment in Advanced Dementia \(PAINAD\) · Total 4 \(range 0–10\)/).waitFor();
    for (const [w, h] of [[390, 844], [768, 1024], [1280, 900]] as const) {
      await page.setViewportSize({ width: w, height: h });
      await page.getByRole('heading', { name: 'Assessments' }).scrollIntoViewIfNeeded();
      await screen(page, `assessments-${w}`, { fullPage: false });
    }
  });
});
