/** A title written to hijack the page (tests/helpers/modified-site.ts) does nothing in Chromium. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from '../helpers/browser';
import { startNginx, type Nginx } from '../helpers/nginx';
import { modifiedSite, hostileTitle } from '../helpers/modified-site';

let browser: Browser;
let nginx: Nginx;
beforeAll(async () => {
  [browser, nginx] = await Promise.all([launch(), modifiedSite().then(startNginx)]);
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
});

it('an event whose title holds "</script><meta http-equiv=refresh …>" stays on its page, title shown as text', async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const elsewhere: string[] = [];
    page.on('request', (r) => !r.url().startsWith(nginx.url) && elsewhere.push(r.url()));
    await page.goto(`${nginx.url}/su-kien/2026-12-22-tieu-de-doc-hai/`);
    await page.waitForTimeout(1500); // a refresh "content=0" would have fired by now
    expect(new URL(page.url()).pathname).toBe('/su-kien/2026-12-22-tieu-de-doc-hai/');
    expect(elsewhere).toEqual([]);
    expect(await page.locator('h1').innerText()).toBe(hostileTitle);
    expect(await page.locator('meta[http-equiv="refresh" i]').count()).toBe(0);
  } finally {
    await context.close();
  }
});
