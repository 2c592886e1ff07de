/** The chart's Billing section in Chromium: the demo client's service lines and what her authorization has left. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Running } from './server.js';
import { demoInChromium, screen, signIn } from './helpers.js';

describe('billing on the client chart in Chromium', () => {
  let server: Running;
  let page: Page;
  const demo = demoInChromium();
  beforeAll(() => ({ server, page } = demo));

  it('lists the service lines with units and charges, and the authorization’s remaining units', async () => {
    await signIn(page, server.url, 'therapist1@demo.crescendo.test');
    await page.getByRole('region', { name: 'Clients' }).getByRole('link', { name: 'Maya Lopez' }).click();
    const billing = page.getByRole('region', { name: 'Billing' });
    await billing.getByRole('table').waitFor();
    await billing.getByText(/PA-2026-0412/).waitFor();
    const text = await billing.innerText();
    expect(text).toMatch(/Example Health Plan \(PA-2026-0412\).*: \d+ of 54 units used, \d+ remaining/);
    const first = billing.getByRole('row').nth(1);
    expect(await first.innerText()).toMatch(/97530 · Therapeutic activities, each 15 minutes\s+Example Health Plan\s+4\d\s+3\s+\$114\.00/);
    await billing.scrollIntoViewIfNeeded();
    await screen(page, 'chart-billing', { fullPage: false });
  });
});
