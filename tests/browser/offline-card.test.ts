/**
 * The offline emergency card under faults, in Chromium, through a proxy in front of the real nginx:
 * no network, a 10 s delay, a 503, the address without its slash, and a number changed by an editor
 * (the proxy then serves a second build); and the card printed on one A6 sheet.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, phone } from '../helpers/browser';
import { startNginx, type Nginx } from '../helpers/nginx';
import { startFaultProxy } from '../helpers/fault-proxy';
import { modifiedSite, changedNumber, changedLabel } from '../helpers/modified-site';

let browser: Browser;
let current: Nginx;
let changed: Nginx;
let proxy: Awaited<ReturnType<typeof startFaultProxy>>;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [browser, current, changed] = await Promise.all([launch(), startNginx(), modifiedSite().then(startNginx)]);
  proxy = await startFaultProxy(current.url);
});
afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()));
  await browser?.close();
  await Promise.all([proxy?.stop(), current?.stop(), changed?.stop()]);
});

/** A reader who opened the card once: its worker is active and has saved the card. */
async function readerWithSavedCard() {
  const context = await browser.newContext(phone);
  contexts.push(context);
  const page = await context.newPage();
  await page.goto(`${proxy.url}/khan-cap/`);
  await until(page, async () => !!navigator.serviceWorker.controller && !!(await caches.match('/khan-cap/')));
  return { context, page };
}

/** Wait until an async check in the page is true (waitForFunction would not await it). */
async function until(page: Page, check: (arg: string) => Promise<boolean>, arg = '', timeoutMs = 20_000) {
  for (const end = Date.now() + timeoutMs; Date.now() < end; await page.waitForTimeout(100))
    if (await page.evaluate(check, arg)) return;
  throw new Error(`still false after ${timeoutMs} ms: ${check}`);
}
const savedNotice = (page: Page) => page.locator('[data-saved-at]');

describe('the offline emergency card', () => {
  it('opens with no network after one visit, and says when it was saved', async () => {
    const { context, page } = await readerWithSavedCard();
    await context.setOffline(true);
    await page.reload();
    expect(await page.locator('h1').innerText()).toBe('Thẻ số khẩn cấp');
    expect(await page.locator('main a[href="tel:111"]').count()).toBe(1);
    expect(await savedNotice(page).innerText()).toMatch(/^Bản đã lưu trong máy lúc \d{2}:\d{2}/);
  });

  it('does not wait for a network that hangs: the saved copy opens while the server takes 10 s', async () => {
    const { page } = await readerWithSavedCard();
    proxy.fault('/khan-cap/', { delayMs: 10_000 });
    try {
      // Well before the server would answer.
      await page.reload({ timeout: 8_000 });
      expect(await savedNotice(page).isVisible()).toBe(true);
      expect(await page.locator('main a[href="tel:113"]').count()).toBe(1);
    } finally {
      proxy.fault('/khan-cap/');
    }
  });

  it('shows the saved copy, not the error, when the server answers 503', async () => {
    const { page } = await readerWithSavedCard();
    proxy.fault('/khan-cap/', { status: 503 });
    try {
      const response = await page.reload();
      expect(response?.status()).toBe(200);
      expect(await page.locator('body').innerText()).not.toContain('Lỗi máy chủ');
      expect(await savedNotice(page).isVisible()).toBe(true);
    } finally {
      proxy.fault('/khan-cap/');
    }
  });

  it('opens offline at its address without the final slash too', async () => {
    const { context, page } = await readerWithSavedCard();
    await context.setOffline(true);
    await page.goto(`${proxy.url}/khan-cap`);
    expect(new URL(page.url()).pathname).toBe('/khan-cap/');
    expect(await page.locator('main a[href="tel:111"]').count()).toBe(1);
  });

  it('is saved again, with the new number, when the reader visits any page after an editor changed it', async () => {
    const { context, page } = await readerWithSavedCard();
    proxy.switchTo(changed.url);
    try {
      await page.goto(`${proxy.url}/`); // any page: the browser finds the new worker, which saves the new card
      await until(
        page,
        async (n) => (await (await caches.match('/khan-cap/'))?.text())?.includes(`tel:${n}`) ?? false,
        changedNumber.to,
        30_000,
      );
      await context.setOffline(true);
      await page.goto(`${proxy.url}/khan-cap/`);
      expect(await page.locator(`main a[href="tel:${changedNumber.to}"]`).count()).toBe(1);
      expect(await page.locator(`main a[href="tel:${changedNumber.from}"]`).count()).toBe(0);
      expect(await page.locator('main').innerText()).toContain(changedLabel.to.slice(8, -1));
      expect(await page.evaluate(async () => (await caches.keys()).length)).toBe(1); // the old copy is gone
    } finally {
      proxy.switchTo(current.url);
    }
  });

  it('prints on one A6 sheet with every number', async () => {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${current.url}/khan-cap/`);
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page(?![a-z])/g)).toHaveLength(1);
    const [, w, h] = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf)!;
    // A6 is 105 × 148 mm = 297.6 × 419.5 pt.
    expect(Math.round(Number(w))).toBe(298);
    expect(Math.round(Number(h))).toBe(420);
  });
});
