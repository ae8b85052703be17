/**
 * The campaign kit in Chromium, served by nginx with the site's own headers: every poster prints on
 * exactly one A4 page with nothing cut off, in its own font, and its QR code reads back from the
 * printed rendering; "Chia sẻ" shares or copies the page's address, is a plain link without
 * JavaScript, and nothing is requested from another site.
 */
import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { htmlPages, page as built } from '../helpers/dist';
import { siteInBrowser } from '../helpers/site-in-browser';
import { url } from '../../src/lib/site-map';

const site = siteInBrowser();
const posters = htmlPages()
  .filter((p) => p.html.includes('<article class="poster"'))
  .map((p) => p.url);
const origin = new URL(built('/').querySelector('link[rel="canonical"]')!.getAttribute('href')!).origin;

/** Requests to anything but the site under test, and console errors (CSP violations among them). */
function watch(page: Page) {
  const seen = { outside: [] as string[], errors: [] as string[] };
  page.on('request', (r) => {
    if (!r.url().startsWith(site.url) && !r.url().startsWith('data:')) seen.outside.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error') seen.errors.push(m.text());
  });
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  return seen;
}

const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
const mediaBox = (pdf: Buffer) =>
  pdf
    .toString('latin1')
    .match(/\/MediaBox\s*\[([^\]]*)\]/)![1]
    .trim()
    .split(/\s+/)
    .map(Number);

describe('posters', () => {
  it('there is one for the hotline and one per event', () => {
    expect(posters).toContain(url.hotlinePoster);
    expect(posters.length).toBeGreaterThan(10);
  });

  it('each prints on exactly one A4 page, in its own font, with nothing cut off', async () => {
    const page = await site.page();
    const seen = watch(page);
    for (const path of posters) {
      // No emulated media: page.pdf() then prints with print CSS, as a browser's Print does.
      await page.emulateMedia({ media: null });
      await page.goto(site.url + path);
      await page.evaluate(() => document.fonts.ready);
      const pdf = await page.pdf({ preferCSSPageSize: true });
      expect(pdfPages(pdf), path).toBe(1);
      // A4 is 595.28 × 841.89 pt.
      const [, , width, height] = mediaBox(pdf);
      expect([Math.round(width), Math.round(height)], path).toEqual([595, 842]);
      // Every letter printed in the poster font, none in a fallback.
      const fonts = new Set(
        [...pdf.toString('latin1').matchAll(/\/BaseFont\s*\/(?:[A-Z]{6}\+)?([\w-]+)/g)].map((m) => m[1]),
      );
      expect([...fonts], path).toEqual(expect.arrayContaining(['BeVietnamPro-Bold', 'BeVietnamPro-Regular']));
      expect(
        [...fonts].filter((f) => !f.startsWith('BeVietnamPro-')),
        path,
      ).toEqual([]);
      await page.emulateMedia({ media: 'print' });
      const layout = await page.evaluate(() => {
        const poster = document.querySelector('.poster')!;
        const bottom = poster.getBoundingClientRect().bottom;
        const title = poster.querySelector('h1')!;
        return {
          titleWhole: title.scrollHeight <= title.clientHeight,
          cut: [...poster.children]
            .filter((c) => c.getBoundingClientRect().bottom > bottom + 0.5)
            .map((c) => c.className),
          titleSize: parseFloat(getComputedStyle(title.querySelector('.poster-fit')!).fontSize),
        };
      });
      expect(layout, path).toMatchObject({ titleWhole: true, cut: [] });
      // 48 pt = 64 CSS px: readable from 2 m.
      expect(layout.titleSize, path).toBeGreaterThanOrEqual(64);
    }
    expect(seen).toEqual({ outside: [], errors: [] });
  });

  it('the QR code reads back from the printed rendering as the page’s public address', async () => {
    const page = await site.page({ deviceScaleFactor: 2 });
    const cases = [
      [url.hotlinePoster, url.help],
      ...[posters.find((p) => p !== url.hotlinePoster)!, posters.at(-1)!].map((p) => [p, p.replace('/in/', '/')]),
    ];
    for (const [poster, target] of cases) {
      await page.goto(site.url + poster);
      await page.emulateMedia({ media: 'print' });
      const png = await page.locator('.poster-qr svg').screenshot();
      const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      const code = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height);
      expect(code?.data, poster).toBe(`${origin}${target}`);
    }
  });
});

describe('Chia sẻ', () => {
  const path = posters.find((p) => p !== url.hotlinePoster)!.replace('/in/', '/');
  const share = (page: Page) => page.getByRole('button', { name: 'Chia sẻ' });

  it('copies the page’s public address when the phone has no share sheet', async () => {
    const context = await site.context();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
    const page = await context.newPage();
    const seen = watch(page);
    await page.goto(site.url + path);
    await expect(page.getByRole('link', { name: 'Chia sẻ' }).isHidden()).resolves.toBe(true);
    await share(page).click();
    await page.locator('[aria-live]').filter({ hasText: 'Đã chép liên kết' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}${path}`);
    expect(seen).toEqual({ outside: [], errors: [] });
  });

  it('opens the share sheet with the title and address where there is one', async () => {
    const context = await site.context();
    await context.addInitScript(() => {
      const calls: unknown[] = [];
      Object.assign(window, { shareCalls: calls });
      Object.assign(navigator, {
        share: async (data: unknown) => void calls.push(data),
        canShare: () => true,
      });
    });
    const page = await context.newPage();
    await page.goto(site.url + path);
    await share(page).press('Enter');
    const calls = await page.evaluate(() => (window as unknown as { shareCalls: unknown[] }).shareCalls);
    expect(calls).toEqual([{ title: await page.locator('h1').textContent(), url: `${origin}${path}` }]);
  });

  it('is a plain link to the page without JavaScript', async () => {
    const page = await site.page({ javaScriptEnabled: false }, path);
    const link = page.getByRole('link', { name: 'Chia sẻ' });
    await expect(link.getAttribute('href')).resolves.toBe(path);
    await expect(share(page).count()).resolves.toBe(0);
  });
});
