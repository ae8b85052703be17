/**
 * "Thoát nhanh" on every page type, in Chromium on a phone-sized screen: within the first three Tab
 * stops and activated from the keyboard, by a tap, and by Shift pressed three times; still on screen
 * after scrolling; Back does not return to the page; a plain link without JavaScript; and no exit while
 * the reader is typing.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { phone } from '../helpers/browser';
import { siteInBrowser } from '../helpers/site-in-browser';
import { pageTypes } from '../helpers/page-types';
import { siteSettingsFile } from '../helpers/content-copy';

const site = siteInBrowser();
const neutral = siteSettingsFile().quickExitUrl;

/** A context where the neutral site is answered locally (the test machine has no network). */
async function reader(options: BrowserContextOptions = phone) {
  const context: BrowserContext = await site.context(options);
  await context.route(`${neutral}**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>Neutral</title><p>neutral</p>' }),
  );
  return context.newPage();
}
const left = (page: Page) => page.waitForURL(`${neutral}**`, { timeout: 5_000 });

describe('on every page type', () => {
  it.each(Object.entries(pageTypes()))('%s (%s): within 3 Tab stops, Shift × 3, sticky, a tap', async (_t, url) => {
    const page = await reader();
    await page.goto(site.url + url);
    let stops = 0;
    while (stops < 3 && !(await page.evaluate(() => document.activeElement?.hasAttribute('data-quick-exit')))) {
      await page.keyboard.press('Tab');
      stops++;
    }
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Thoát nhanh');
    await page.locator('h1').click(); // out of the field order, not typing
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await left(page);

    await page.goto(site.url + url);
    await page.mouse.wheel(0, 5000); // still on screen after scrolling
    const box = (await page.locator('[data-quick-exit]').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(640);
    await page.locator('[data-quick-exit]').tap();
    await left(page);
  });
});

describe('what it does', () => {
  it('is activated from the keyboard, and replaces the page and its history entry (Back does not return)', async () => {
    const page = await reader();
    await page.goto(site.url + '/');
    await page.goto(site.url + '/ho-tro/tre-em-gap-nguy-hiem/');
    await page.focus('[data-quick-exit]');
    await page.keyboard.press('Enter');
    await left(page);
    await page.goBack();
    expect(page.url()).toBe(`${site.url}/`);
  });

  it('works as a plain link without JavaScript', async () => {
    const page = await reader({ ...phone, javaScriptEnabled: false });
    await page.goto(site.url + '/quyen-tre-em/');
    await page.click('[data-quick-exit]');
    await left(page);
  });

  it('does not fire while the reader types in a field (Shift for capitals)', async () => {
    const page = await reader({});
    await page.goto(site.url + '/ho-tro/');
    await page.click('#site-search');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await page.keyboard.type('Tre Em');
    await page.waitForTimeout(300);
    expect(page.url()).toBe(`${site.url}/ho-tro/`);
  });
});
