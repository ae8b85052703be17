/**
 * What "Thoát nhanh" does, in Chromium (on every page type it is tested with the page's other checks,
 * tests/browser/accessibility.test.ts): activated from the keyboard; Back does not return to the page;
 * a plain link without JavaScript; and no exit while the reader is typing.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { phone } from '../helpers/browser';
import { siteInBrowser } from '../helpers/site-in-browser';
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
