/** The signed plan document on the plan screen in Chromium: the demo's version 1 of Maya's plan, signed, with her mother's acknowledgement. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Running } from './server.js';
import { demoInChromium, screen, signIn } from './helpers.js';

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
});
